"""What an interrupted batched bulk load left in Neo4j, found when its model is loaded again.

Earlier releases committed a bulk load batch by batch, so a load killed half-way left
the nodes (and links) written so far. Those carry the load's stamp: one ``createdAt``
and ``createdBy`` shared by every node of the load, ``version`` 1, and no change-log
entry (ordinary writes always append one). Loading the same model again found them
"already in the store" and refused.

A group of stored nodes sharing one stamp is taken for such leftovers, and deleted in
the new load's own transaction, only if nothing but that load could have made it and
nobody has built on it since:

- no change-log entry was written at its ``createdAt`` (a bulk load writes none);
- every node of it is a node of the model now loaded, with the same properties, and
  untouched since (``version`` 1, ``updatedAt`` = ``createdAt``);
- every link of its nodes joins two of them and is a link of the model;
- it is not the whole model (fewer nodes, or fewer links): a complete earlier load is
  refused as before ("already in the store").

So deleting it loses nothing the new load does not write again.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from neo4j import AsyncTransaction

from graph_api.metamodel import NODE_KINDS
from graph_api.store.base import UpsertNode
from graph_api.store.bulk_plan import (
    BulkPlan,
    BulkRefused,
    check_link_identifiers,
    check_new,
    chunks,
)
from graph_api.store.neo4j.change_log import ENTRY
from graph_api.store.neo4j.cypher import label

if TYPE_CHECKING:  # the store calls this for its bulk_create
    from graph_api.store.neo4j.store import Neo4jStore

DELETE_BATCH = 10_000
_KEYS_BATCH = 10_000

Stamp = tuple[str, str]
"""A load's ``createdAt`` and ``createdBy``. The time as Cypher's text of it: a time
read back and sent again may come back in another zone form (``[UTC]`` for ``Z``),
which ``=`` tells apart."""

_STAMPS = (
    "MATCH (n:{label}) WHERE n.key IN $keys "
    "RETURN DISTINCT toString(n.createdAt) AS at, n.createdBy AS by"
)
_GROUP = (
    "MATCH (n) WHERE toString(n.createdAt) = $at AND n.createdBy = $by "
    "RETURN [l IN labels(n) WHERE l IN $kinds] AS kinds, n.key AS key, "
    "n.version = 1 AND n.updatedAt = n.createdAt AS untouched, "
    "COUNT { (n)--(m) WHERE NOT (toString(m.createdAt) = $at AND m.createdBy = $by) } AS outside"
)
_GROUP_LINKS = (
    "MATCH (a)-[r]->(b) WHERE toString(a.createdAt) = $at AND a.createdBy = $by "
    "AND toString(b.createdAt) = $at AND b.createdBy = $by "
    "RETURN [l IN labels(a) WHERE l IN $kinds] AS source, a.key AS sourceKey, "
    "type(r) AS type, [l IN labels(b) WHERE l IN $kinds] AS target, b.key AS targetKey"
)
_LOGGED = f"MATCH (e:{ENTRY}) WHERE toString(e.at) = $at RETURN count(e) AS n"


@dataclass(frozen=True, slots=True)
class Leftovers:
    """Nodes of interrupted earlier loads of the model, to delete before loading it."""

    nodes: Mapping[str, frozenset[str]]
    """Keys by kind."""
    stamps: tuple[Stamp, ...]

    @property
    def count(self) -> int:
        return sum(len(keys) for keys in self.nodes.values())

    async def delete(self, tx: AsyncTransaction) -> None:
        """Delete them (and their links, all among them) in ``tx``."""
        for at, by in self.stamps:
            for kind, keys in self.nodes.items():
                for batch in chunks(sorted(keys), DELETE_BATCH):
                    result = await tx.run(
                        f"MATCH (n:{label(kind)}) WHERE n.key IN $keys "
                        "AND toString(n.createdAt) = $at AND n.createdBy = $by DETACH DELETE n",
                        keys=list(batch),
                        at=at,
                        by=by,
                    )
                    await result.consume()


async def check_new_but_leftovers(store: "Neo4jStore", plan: BulkPlan) -> Leftovers | None:
    """Check that no node of the plan is stored, but for leftovers of interrupted
    loads of it (returned, for the load to delete in its transaction); raises VALIDATION
    as :func:`~graph_api.store.bulk_plan.check_new` does otherwise."""
    check_link_identifiers(plan)  # before leftovers can excuse the plan's refusal
    try:
        await check_new(store, plan)
        return None
    except BulkRefused:
        leftovers = await find_leftovers(store, plan)
        if leftovers is None:
            raise
    # The other nodes of the plan must still be new.
    rest = {
        kind: [op for op in ops if op.key not in leftovers.nodes.get(kind, frozenset())]
        for kind, ops in plan.nodes.items()
    }
    await check_new(store, BulkPlan(rest))
    return leftovers


async def find_leftovers(store: "Neo4jStore", plan: BulkPlan) -> Leftovers | None:
    """The leftovers of interrupted loads of ``plan``'s model among its stored nodes."""
    stamps: set[Stamp] = set()
    for kind, ops in plan.nodes.items():
        for batch in chunks([op.key for op in ops], _KEYS_BATCH):
            rows = await store.run_read(_STAMPS.format(label=label(kind)), keys=list(batch))
            stamps.update((row["at"], row["by"]) for row in rows)
    found: dict[str, set[str]] = {}
    kept: list[Stamp] = []
    for stamp in sorted(stamps):
        group = await _interrupted_load(store, plan, stamp)
        if group is not None:
            kept.append(stamp)
            for kind, keys in group.items():
                found.setdefault(kind, set()).update(keys)
    if not kept:
        return None
    return Leftovers({kind: frozenset(keys) for kind, keys in found.items()}, tuple(kept))


def _only_kind(kinds: list[str]) -> str | None:
    return kinds[0] if len(kinds) == 1 else None


async def _interrupted_load(
    store: "Neo4jStore", plan: BulkPlan, stamp: Stamp
) -> dict[str, set[str]] | None:
    """The nodes stamped ``stamp`` by kind, if they are an interrupted load of ``plan``."""
    at, by = stamp
    if at is None:
        return None  # no audit time: not written by a load
    (logged,) = await store.run_read(_LOGGED, at=at)
    if logged["n"]:
        return None  # an ordinary write, which logs what it creates
    kinds = list(NODE_KINDS)
    wanted: dict[str, dict[str, UpsertNode]] = {
        kind: {op.key: op for op in ops} for kind, ops in plan.nodes.items()
    }
    group: dict[str, set[str]] = {}
    for row in await store.run_read(_GROUP, at=at, by=by, kinds=kinds):
        kind = _only_kind(row["kinds"])
        if kind is None or row["key"] not in wanted.get(kind, {}):
            return None
        if not row["untouched"] or row["outside"]:
            return None
        group.setdefault(kind, set()).add(row["key"])
    links = {
        (spec.source, spec.type, spec.target, s, t)
        for spec, pairs in plan.links.items()
        for s, t in pairs
    }
    found_links = 0
    for row in await store.run_read(_GROUP_LINKS, at=at, by=by, kinds=kinds):
        link = (
            _only_kind(row["source"]),
            row["type"],
            _only_kind(row["target"]),
            row["sourceKey"],
            row["targetKey"],
        )
        if link not in links:
            return None
        found_links += 1
    nodes = sum(len(keys) for keys in group.values())
    if nodes == plan.node_count and found_links == plan.link_count:
        return None  # a complete load of this model
    for kind, keys in group.items():
        for batch in chunks(sorted(keys), _KEYS_BATCH):
            stored = await store.get_nodes(kind, batch)
            if any(r.props != dict(wanted[kind][key].props) for key, r in stored.items()):
                return None
    return group
