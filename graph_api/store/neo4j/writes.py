"""Applying a list of write operations inside one Neo4j transaction, in batches.

Consecutive operations of the same sort on the same kind (or relationship triple) run
as one batch: one ``UNWIND`` query to read what they need, checks in Python with the
same rules and wording as the embedded store (:mod:`graph_api.store.rules`), and one
``UNWIND`` query to write. Any failure raises, and the caller's managed transaction
rolls everything back.
"""

from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from neo4j import AsyncManagedTransaction

from graph_api.errors import LinkNotFound, NotFound
from graph_api.metamodel import RelationshipSpec
from graph_api.store.base import (
    SYSTEM,
    AddLink,
    DeleteNode,
    LinkRef,
    NodeRecord,
    NodeRef,
    RemoveLink,
    UpsertNode,
    WriteOp,
    WriteResult,
)
from graph_api.store.capability_levels import (
    HIERARCHY,
    KIND,
    LEVEL,
    derived_levels,
    keep_stored_level,
    relevelled,
    touches_levels,
)
from graph_api.store.neo4j.cypher import IDENTIFIER, get_nodes, label
from graph_api.store.neo4j.records import to_properties, to_record
from graph_api.store.rules import (
    CycleRefused,
    already_exists,
    check_version,
    require_link_identifier,
    require_relationship,
    second_source,
    second_target,
)

ROWS_PER_QUERY = 2_000
"""Nodes written per query: packing a query's rows holds the event loop, so none is huge."""


def _batch_key(op: WriteOp) -> tuple[Any, ...]:
    if isinstance(op, UpsertNode | DeleteNode):
        return (type(op), op.kind)
    return (type(op), op.source.kind, op.type, op.target.kind)


def _identity(op: WriteOp) -> Any:
    if isinstance(op, UpsertNode | DeleteNode):
        return op.key
    return (op.source.key, op.target.key)


def batches(ops: Sequence[WriteOp]) -> Iterator[list[WriteOp]]:
    """Runs of consecutive ops of one sort and kind, none naming the same thing twice."""
    batch: list[WriteOp] = []
    seen: set[Any] = set()
    for op in ops:
        if batch and (_batch_key(op) != _batch_key(batch[0]) or _identity(op) in seen):
            yield batch
            batch, seen = [], set()
        batch.append(op)
        seen.add(_identity(op))
    if batch:
        yield batch


async def fetch_records(
    tx: AsyncManagedTransaction, kind: str, keys: list[str]
) -> dict[str, NodeRecord]:
    """The stored nodes of ``kind`` with ``keys`` (those that exist), by key."""
    result = await tx.run(get_nodes(kind), keys=keys)
    row = await result.single(strict=True)
    records = [to_record(kind, props) for props in row["nodes"]]
    return {r.key: r for r in records}


class BatchWriter:
    """Applies batches of one write, collecting what it did."""

    def __init__(
        self,
        tx: AsyncManagedTransaction,
        now: datetime,
        actor: str = SYSTEM,
        *,
        derive_levels: bool = True,
    ) -> None:
        self.tx = tx
        self.now = now
        self.actor = actor
        self.result = WriteResult()
        self.derive_levels = derive_levels
        """False for the upgrade steps before levels were derived (they write the data
        of their version); every other write derives them."""
        self._added: set[LinkRef] = set()
        """The links this write added: their identifier is part of the addition."""

    async def apply(self, ops: Sequence[WriteOp]) -> WriteResult:
        for batch in batches(ops):
            first = batch[0]
            if isinstance(first, UpsertNode):
                await self._upserts([op for op in batch if isinstance(op, UpsertNode)])
            elif isinstance(first, DeleteNode):
                await self._deletes([op for op in batch if isinstance(op, DeleteNode)])
            elif isinstance(first, AddLink):
                await self._links([op for op in batch if isinstance(op, AddLink)])
            else:
                await self._unlinks([op for op in batch if isinstance(op, RemoveLink)])
        if self.derive_levels and touches_levels(ops):
            await self._derive_levels()
        return self.result

    async def _derive_levels(self) -> None:
        """Each capability's level from the hierarchy, stored where it changed: a new
        version for a capability this write had not changed otherwise."""
        result = await self.tx.run(
            f"MATCH (c:{label(KIND)}) OPTIONAL MATCH (c)-[:{HIERARCHY}]->(w:{label(KIND)}) "
            f"RETURN c.key AS key, c.{LEVEL} AS level, w.key AS whole"
        )
        rows = [row async for row in result]
        stored = {row["key"]: row["level"] for row in rows}
        levels = derived_levels({row["key"]: row["whole"] for row in rows})
        changed = {key: level for key, level in levels.items() if stored[key] != level}
        if not changed:
            return
        current = await fetch_records(self.tx, KIND, sorted(changed))
        written = {*self.result.created, *self.result.updated}
        records = [
            relevelled(
                self.result.records.get(NodeRef(KIND, key)) or current[key],
                level,
                self.result,
                written,
                self.now,
                self.actor,
            )
            for key, level in sorted(changed.items())
        ]
        await self._store(KIND, records)

    async def _upserts(self, ops: list[UpsertNode]) -> None:
        kind = ops[0].kind
        existing = await fetch_records(self.tx, kind, [op.key for op in ops])
        records: list[NodeRecord] = []
        for op in ops:
            ref, props, current = op.ref, dict(op.props), existing.get(op.key)
            keep_stored_level(kind, props, current.props if current else None)
            if current is None:
                if op.must_exist:
                    raise NotFound(kind, op.key)
                record = NodeRecord(
                    kind, op.key, props, self.now, self.now, 1, self.actor, self.actor
                )
                self.result.created.append(ref)
            else:
                if op.create_only:
                    raise already_exists(ref)
                check_version(ref, current.version, op.expected_version)
                if dict(current.props) == props:
                    self.result.unchanged.append(ref)
                    self.result.records[ref] = current
                    continue
                record = replace(
                    current,
                    props=props,
                    updated_at=self.now,
                    version=current.version + 1,
                    updated_by=self.actor,
                )
                self.result.updated.append(ref)
            self.result.records[ref] = record
            records.append(record)
        await self._store(kind, records)

    async def _store(self, kind: str, records: list[NodeRecord]) -> None:
        """Write ``records`` of ``kind`` whole, each node made if new."""
        rows: list[dict[str, Any]] = []
        for record in records:
            stored = to_properties(record)
            # This write's time is sent once, not per row: the driver converts each time
            # value in Python, seconds of work on the event loop for a large import.
            del stored["updatedAt"]
            if record.created_at == self.now:
                del stored["createdAt"]
            rows.append({"key": record.key, "props": stored})
        for start in range(0, len(rows), ROWS_PER_QUERY):
            await self.tx.run(
                f"UNWIND $rows AS row MERGE (n:{label(kind)} {{key: row.key}}) SET n = row.props, "
                "n.updatedAt = $now, n.createdAt = coalesce(row.props.createdAt, $now)",
                rows=rows[start : start + ROWS_PER_QUERY],
                now=self.now,
            )

    async def _deletes(self, ops: list[DeleteNode]) -> None:
        kind = ops[0].kind
        existing = await fetch_records(self.tx, kind, [op.key for op in ops])
        for op in ops:
            current = existing.get(op.key)
            if current is None:
                raise NotFound(kind, op.key)
            check_version(op.ref, current.version, op.expected_version)
        keys = [op.key for op in ops]
        await self.tx.run(
            f"MATCH (n:{label(kind)}) WHERE n.key IN $keys DETACH DELETE n", keys=keys
        )
        for op in ops:
            self.result.deleted.append(op.ref)
            self.result.records.pop(op.ref, None)

    async def _require_nodes(self, refs: list[NodeRef]) -> None:
        """NOT_FOUND unless every node of ``refs`` exists.

        Each node is looked up once (a batch of links names its ends many times over: a
        KPI's thousands of measurements), and not at all when this write upserted it (a
        delete takes a node out of ``records``): a key is an index seek, slow on the
        nodes a large write has just made."""
        by_kind: dict[str, dict[str, None]] = {}
        for ref in refs:
            if ref not in self.result.records:
                by_kind.setdefault(ref.kind, {})[ref.key] = None
        found: set[NodeRef] = set(self.result.records)
        for kind, keys in by_kind.items():
            result = await self.tx.run(
                f"MATCH (n:{label(kind)}) WHERE n.key IN $keys RETURN n.key AS key",
                keys=list(keys),
            )
            found.update([NodeRef(kind, row["key"]) async for row in result])
        for ref in refs:
            if ref not in found:
                raise NotFound(ref.kind, ref.key)

    async def _existing_links(
        self, spec: RelationshipSpec, ops: Sequence[AddLink | RemoveLink]
    ) -> dict[tuple[str, str], str | None]:
        """Which of the links ``ops`` name are stored: their key pairs, each with the
        link's identifier (None when it has none)."""
        rows = [{"s": o.source.key, "t": o.target.key} for o in ops]
        result = await self.tx.run(
            f"UNWIND $rows AS row MATCH (a:{label(spec.source)} {{key: row.s}})"
            f"-[r:{spec.type}]->(b:{label(spec.target)} {{key: row.t}}) "
            f"RETURN row.s AS s, row.t AS t, r.{IDENTIFIER} AS identifier",
            rows=rows,
        )
        return {(row["s"], row["t"]): row["identifier"] async for row in result}

    async def _links(self, ops: list[AddLink]) -> None:
        spec = require_relationship(ops[0].type, ops[0].source, ops[0].target)
        for op in ops:
            require_link_identifier(op)
        await self._require_nodes([r for op in ops for r in (op.source, op.target)])
        present = await self._existing_links(spec, ops)
        await self._identify(
            spec, [op for op in ops if (op.source.key, op.target.key) in present], present
        )
        new = [op for op in ops if (op.source.key, op.target.key) not in present]
        if not new:
            return
        source_label, target_label = label(spec.source), label(spec.target)
        if spec.single_target:
            await self._check_single_end(spec, new, "out")
        if spec.single_source:
            await self._check_single_end(spec, new, "in")
        # The rows CREATE returns are the relationships it made (same round trip), so the
        # result lists what the database did; the check above ran in this transaction, so
        # none of them existed, and a batch never names one link twice.
        result = await self.tx.run(
            f"UNWIND $rows AS row MATCH (a:{source_label} {{key: row.s}}) "
            f"MATCH (b:{target_label} {{key: row.t}}) CREATE (a)-[r:{spec.type}]->(b) "
            f"SET r.{IDENTIFIER} = row.i RETURN row.s AS s, row.t AS t",
            rows=[{"s": op.source.key, "t": op.target.key, "i": op.identifier} for op in new],
        )
        created = {(row["s"], row["t"]) async for row in result}
        if spec.acyclic:
            await self._check_acyclic(spec, new)
        added = [
            LinkRef(op.type, op.source, op.target)
            for op in new
            if (op.source.key, op.target.key) in created
        ]
        self.result.links_added.extend(added)
        self._added.update(added)
        self.result.linked += len(added)

    async def _identify(
        self,
        spec: RelationshipSpec,
        ops: list[AddLink],
        present: dict[tuple[str, str], str | None],
    ) -> None:
        """Give the stored links of ``ops`` the identifiers they give, where they differ."""
        changed = [
            op
            for op in ops
            if op.identifier is not None
            and op.identifier != present[(op.source.key, op.target.key)]
        ]
        if not changed:
            return
        await self.tx.run(
            f"UNWIND $rows AS row MATCH (a:{label(spec.source)} {{key: row.s}})"
            f"-[r:{spec.type}]->(b:{label(spec.target)} {{key: row.t}}) "
            f"SET r.{IDENTIFIER} = row.i",
            rows=[{"s": op.source.key, "t": op.target.key, "i": op.identifier} for op in changed],
        )
        self.result.links_identified.extend(op.link for op in changed if op.link not in self._added)

    async def _check_single_end(
        self, spec: RelationshipSpec, ops: list[AddLink], side: str
    ) -> None:
        """A second target for a single-target source (or source for a single-source target)."""
        own_kind, other_kind = (
            (spec.source, spec.target) if side == "out" else (spec.target, spec.source)
        )
        pattern = (
            f"(a:{label(own_kind)})-[:{spec.type}]->(b:{label(other_kind)})"
            if side == "out"
            else f"(b:{label(other_kind)})-[:{spec.type}]->(a:{label(own_kind)})"
        )
        owners = [o.source.key if side == "out" else o.target.key for o in ops]
        result = await self.tx.run(
            f"MATCH {pattern} WHERE a.key IN $keys RETURN a.key AS own, b.key AS other",
            keys=owners,
        )
        taken: dict[str, str] = {row["own"]: row["other"] async for row in result}
        for o in ops:
            own, other = (o.source, o.target) if side == "out" else (o.target, o.source)
            if own.key in taken and taken[own.key] != other.key:
                first = NodeRef(other.kind, taken[own.key])
                raise (second_target if side == "out" else second_source)(spec, own, first)
            taken[own.key] = other.key

    async def _check_acyclic(self, spec: RelationshipSpec, ops: list[AddLink]) -> None:
        """Refuse the link of ``ops`` that closes a cycle of a hierarchy, as the embedded
        store does, which makes them one at a time: the first to close one, named from it.

        The links are made already (in this transaction, rolled back on the refusal). A
        link closes a cycle when a chain leads from its target back to its source (of no
        length for a node made part of itself); of the cycle's links, the one closing it
        is the last of ``ops`` (each node has one whole at most, so a node's key names
        its link). ``SHORTEST`` walks each node once: it ends on a cycle stored before
        this rule was kept."""
        node = label(spec.target)
        result = await self.tx.run(
            f"UNWIND $rows AS row MATCH (a:{node} {{key: row.s}}), (b:{node} {{key: row.t}}) "
            f"MATCH p = SHORTEST 1 (b) (()-[:{spec.type}]->(:{node}))* (a) "
            "WITH row, p, reduce(last = -1, n IN nodes(p) | "
            "  CASE WHEN coalesce($index[n.key], -1) > last THEN $index[n.key] ELSE last END"
            ") AS closing WHERE closing = row.i "
            "RETURN row.s AS s, [n IN nodes(p) | n.key] AS chain ORDER BY row.i LIMIT 1",
            rows=[{"s": op.source.key, "t": op.target.key, "i": i} for i, op in enumerate(ops)],
            index={op.source.key: i for i, op in enumerate(ops)},
        )
        closing = await result.single()
        if closing is not None:
            chain = [NodeRef(spec.source, closing["s"])]
            chain += [NodeRef(spec.target, key) for key in closing["chain"]]
            raise CycleRefused(spec.type, chain)

    async def _unlinks(self, ops: list[RemoveLink]) -> None:
        spec = require_relationship(ops[0].type, ops[0].source, ops[0].target)
        present = await self._existing_links(spec, ops)
        for op in ops:
            if (op.source.key, op.target.key) not in present:
                raise LinkNotFound(f"no {op.type} relationship from {op.source} to {op.target}")
        await self.tx.run(
            f"UNWIND $rows AS row MATCH (a:{label(spec.source)} {{key: row.s}})"
            f"-[r:{spec.type}]->(b:{label(spec.target)} {{key: row.t}}) DELETE r",
            rows=[{"s": op.source.key, "t": op.target.key} for op in ops],
        )
        # Each of them was checked present above, in this transaction, so DELETE removed it.
        self.result.links_removed.extend(LinkRef(op.type, op.source, op.target) for op in ops)
        self.result.unlinked += len(ops)
