"""The upgrade steps on a Neo4j database.

The version is the ``version`` of the one ``:StoreVersion {id: 'graph-api'}`` node
(unique by a constraint), which is not a metamodel kind: listings, counts, exports and
traversals, which all name the kinds' labels, never see it. A database without it is a
new store when it holds no node of a kind and no change log (it starts at the current
version), else one written by a release that kept no version (:data:`FIRST_VERSION`).

Each step runs in one write transaction that first takes the version node's write lock,
reads the version again under it, and sets the version it reaches: a second process
opening the database at the same time waits for the lock, then finds the step done. A
step that fails rolls back whole. A dry run runs the steps in one transaction and rolls
it back.
"""

from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from neo4j import AsyncManagedTransaction

from graph_api.metamodel import NODE_KINDS
from graph_api.metamodel.kinds import INT_MAX, INT_MIN
from graph_api.metamodel.text import UNREPRESENTABLE
from graph_api.store import capability_levels as levels
from graph_api.store.base import (
    SYSTEM,
    DeleteNode,
    NodeRecord,
    RemoveLink,
    UpsertNode,
    WriteOp,
)
from graph_api.store.change_log import change_events
from graph_api.store.neo4j import change_log, sessions
from graph_api.store.neo4j.cypher import label
from graph_api.store.neo4j.records import to_record
from graph_api.store.neo4j.writes import BatchWriter, fetch_records
from graph_api.store.upgrades import subjects
from graph_api.store.upgrades.cycle_repair import HIERARCHIES, last_linked, links_to_break
from graph_api.store.upgrades.number_repair import repair_numbers
from graph_api.store.upgrades.text_repair import repair_properties
from graph_api.store.upgrades.versions import (
    CURRENT_VERSION,
    FIRST_VERSION,
    StepChanges,
    UpgradeReport,
    check_supported,
    pending_steps,
)

STORE = "neo4j"
VERSION_LABEL = "StoreVersion"
VERSION_ID = "graph-api"
VERSION_CONSTRAINT = (
    f"CREATE CONSTRAINT store_version_id IF NOT EXISTS "
    f"FOR (v:{VERSION_LABEL}) REQUIRE v.id IS UNIQUE"
)
Neo4jStep = Callable[[AsyncManagedTransaction, datetime], Awaitable[StepChanges]]

_IS_MODEL_NODE = "any(label IN labels(n) WHERE label IN $kinds)"
_KINDS = list(NODE_KINDS)


async def _value(tx: AsyncManagedTransaction, query: str, **params: Any) -> Any:
    result = await tx.run(query, **params)
    row = await result.single()
    return None if row is None else row[0]


async def stored_version(tx: AsyncManagedTransaction) -> int | None:
    """The version the database records, or None when it records none."""
    found = await _value(
        tx, f"MATCH (v:{VERSION_LABEL} {{id: $id}}) RETURN v.version", id=VERSION_ID
    )
    return None if found is None else int(found)


async def _holds_data(tx: AsyncManagedTransaction) -> bool:
    query = f"MATCH (n) WHERE {_IS_MODEL_NODE} OR n:{change_log.ENTRY} RETURN true AS found LIMIT 1"
    return bool(await _value(tx, query, kinds=_KINDS))


async def version_or_initial(tx: AsyncManagedTransaction) -> int:
    """The recorded version; for a database recording none, the one it is at."""
    version = await stored_version(tx)
    if version is not None:
        return version
    return FIRST_VERSION if await _holds_data(tx) else CURRENT_VERSION


async def _claim(tx: AsyncManagedTransaction) -> int:
    """The version, with the version node made if missing and write-locked until commit."""
    initial = await version_or_initial(tx)
    locked = await _value(
        tx,
        f"MERGE (v:{VERSION_LABEL} {{id: $id}}) ON CREATE SET v.version = $initial "
        # Setting a property takes the node's write lock, held until the commit.
        "SET v.locked = true REMOVE v.locked RETURN v.version",
        id=VERSION_ID,
        initial=initial,
    )
    return int(locked)


async def _set_version(tx: AsyncManagedTransaction, version: int, now: datetime) -> None:
    await tx.run(
        f"MATCH (v:{VERSION_LABEL} {{id: $id}}) SET v.version = $version, v.upgradedAt = $now",
        id=VERSION_ID,
        version=version,
        now=now,
    )


async def namespace_subjects(tx: AsyncManagedTransaction, now: datetime) -> StepChanges:
    """Step 2: JWT subjects in ``createdBy``, ``updatedBy`` and the log's ``actor``."""
    changes = StepChanges()
    renamed: dict[str, str] = {}
    for what, nodes, field in (
        ("nodes' createdBy", _IS_MODEL_NODE, "createdBy"),
        ("nodes' updatedBy", _IS_MODEL_NODE, "updatedBy"),
        ("change-log actors", f"n:{change_log.ENTRY}", "actor"),
    ):
        result = await tx.run(
            f"MATCH (n) WHERE {nodes} RETURN DISTINCT n.{field} AS subject", kinds=_KINDS
        )
        changed = subjects.renames([row["subject"] async for row in result])
        count = 0
        if changed:
            count = await _value(
                tx,
                f"MATCH (n) WHERE {nodes} AND n.{field} IN keys($renames) "
                f"SET n.{field} = $renames[n.{field}] RETURN count(n)",
                kinds=_KINDS,
                renames=changed,
            )
        changes.counts[what] = int(count)
        renamed.update(changed)
    changes.details = subjects.rename_details(dict(sorted(renamed.items())))
    return changes


def _java_escaped(pattern: str) -> str:
    """``pattern`` with every character but printable ASCII as a ``\\uXXXX`` escape, which
    Java's regular expressions (Cypher's ``=~``) read as that character: a lone surrogate
    could not even be sent to the server as itself."""
    return "".join(c if " " <= c <= "~" else f"\\u{ord(c):04x}" for c in pattern)


CANDIDATE_TEXT = (
    "(?s).*(?:"
    + _java_escaped(UNREPRESENTABLE.pattern)
    # Translations and attributes are JSON text, where a control character is an escape.
    + r"|\\u00[01][0-9a-fA-F]|\\[bf]"
    + ").*"
)
"""What a text property holding a character to remove matches (and a few that hold
none, which the repair then leaves alone): narrows the nodes read to those worth it."""


async def repair_text(tx: AsyncManagedTransaction, now: datetime) -> StepChanges:
    """Step 3: every node's text without the characters exports cannot carry."""
    changes = StepChanges(counts={"nodes repaired": 0, "texts repaired": 0})
    result = await tx.run(
        f"MATCH (n) WHERE {_IS_MODEL_NODE} "
        "AND any(k IN keys(n) WHERE n[k] IS :: STRING AND n[k] =~ $pattern) "
        "RETURN [label IN labels(n) WHERE label IN $kinds][0] AS kind, n { .* } AS props "
        "ORDER BY kind, n.key",
        kinds=_KINDS,
        pattern=CANDIDATE_TEXT,
    )
    records = [to_record(row["kind"], row["props"]) async for row in result]
    ops: list[UpsertNode] = []
    for record in records:
        repair = repair_properties(record.kind, record.key, record.props)
        if repair is None:
            continue
        ops.append(_rewrite(record, repair.props))
        changes.counts["nodes repaired"] += 1
        changes.counts["texts repaired"] += len(repair.repaired)
        changes.details.append(repair.describe(record.ref))
    await _write_as_system(tx, now, ops)
    return changes


def _rewrite(record: NodeRecord, props: dict[str, Any]) -> UpsertNode:
    """The write of a node's repaired properties, refused if it changed meanwhile."""
    return UpsertNode(
        record.kind, record.key, props, must_exist=True, expected_version=record.version
    )


async def _write_as_system(
    tx: AsyncManagedTransaction,
    now: datetime,
    ops: Sequence[WriteOp],
    *,
    derive_levels: bool = False,
) -> None:
    """The repairs, as any write: a new version (or the node gone with its links),
    updatedBy system, the search texts of translations derived again, and the change
    log's entries, all in the step's transaction. Capability levels are derived only
    from the step that brought that in (6), so that each step does what its version says
    on both stores."""
    if ops:
        writer = BatchWriter(tx, now, SYSTEM, derive_levels=derive_levels)
        written = await writer.apply(ops)
        await change_log.append(tx, change_events(written, now), SYSTEM)


CANDIDATE_NUMBER = (
    "any(k IN keys(n) WHERE "
    # NaN compares false with everything, so "not within the largest float" holds for it.
    "(n[k] IS :: FLOAT AND NOT abs(n[k]) <= 1.7976931348623157e308) "
    "OR (n[k] IS :: INTEGER AND NOT (n[k] >= $int_min AND n[k] <= $int_max)))"
)
"""What a node holding a number to repair matches: narrows the nodes read to those."""


async def repair_numbers_step(tx: AsyncManagedTransaction, now: datetime) -> StepChanges:
    """Step 4: non-finite floats and ints beyond GraphQL's Int, by the rule of each."""
    changes = StepChanges(counts={"nodes repaired": 0, "nodes deleted": 0})
    result = await tx.run(
        f"MATCH (n) WHERE {_IS_MODEL_NODE} AND {CANDIDATE_NUMBER} "
        "RETURN [label IN labels(n) WHERE label IN $kinds][0] AS kind, n { .* } AS props "
        "ORDER BY kind, n.key",
        kinds=_KINDS,
        int_min=INT_MIN,
        int_max=INT_MAX,
    )
    records = [to_record(row["kind"], row["props"]) async for row in result]
    ops: list[WriteOp] = []
    for record in records:
        repair = repair_numbers(record.kind, record.key, record.props)
        if repair is None:
            continue
        changes.details.append(repair.describe(record.ref))
        if repair.delete:
            ops.append(DeleteNode(record.kind, record.key, expected_version=record.version))
            changes.counts["nodes deleted"] += 1
            continue
        ops.append(_rewrite(record, repair.props))
        changes.counts["nodes repaired"] += 1
    await _write_as_system(tx, now, ops)
    return changes


async def break_hierarchy_cycles(tx: AsyncManagedTransaction, now: datetime) -> StepChanges:
    """Step 5: the links closing a cycle of a hierarchy removed, as an unlink removes
    them (the ends keep their version; an UNLINKED entry by the system each)."""
    changes = StepChanges(counts={"links removed": 0})
    ops: list[WriteOp] = []
    for spec in HIERARCHIES:
        result = await tx.run(
            f"MATCH (a:{label(spec.source)})-[:{spec.type}]->(b:{label(spec.target)}) "
            "RETURN a.key AS source, b.key AS target",
        )
        links = [(row["source"], row["target"]) async for row in result]
        result = await tx.run(
            f"MATCH (e:{change_log.ENTRY}) WHERE e.change = 'LINKED' "
            "AND e.relationship = $type AND e.kind = $kind "
            "RETURN e.source AS source, e.target AS target, e.seq AS seq",
            type=spec.type,
            kind=spec.source,
        )
        entries = [(row["source"], row["target"], row["seq"]) async for row in result]
        for link in links_to_break(spec, links, last_linked(spec, entries)):
            ops.append(RemoveLink(spec.type, link.source_ref, link.target_ref))
            changes.counts["links removed"] += 1
            changes.details.append(link.describe())
    await _write_as_system(tx, now, ops)
    return changes


async def derive_capability_levels(tx: AsyncManagedTransaction, now: datetime) -> StepChanges:
    """Step 6: each capability's level derived from the hierarchy, rewritten where the
    stored one differs (the write derives the levels, as every write touching a
    capability does)."""
    changes = StepChanges(counts={"capabilities re-levelled": 0})
    kind = label(levels.KIND)
    result = await tx.run(
        f"MATCH (c:{kind}) OPTIONAL MATCH (c)-[:{levels.HIERARCHY}]->(w:{kind}) "
        f"RETURN c.key AS key, c.{levels.LEVEL} AS level, w.key AS whole ORDER BY key"
    )
    rows = [row async for row in result]
    stored = {row["key"]: row["level"] for row in rows}
    wholes = {row["key"]: row["whole"] for row in rows if row["whole"] is not None}
    changed = levels.levels_to_change(stored, wholes)
    if not changed:
        return changes
    records = await fetch_records(tx, levels.KIND, list(changed))
    await _write_as_system(
        tx,
        now,
        [_rewrite(records[key], dict(records[key].props)) for key in changed],
        derive_levels=True,
    )
    for key, level in changed.items():
        changes.counts["capabilities re-levelled"] += 1
        changes.details.append(levels.describe_change(key, stored[key], level))
    return changes


async def link_identifiers(tx: AsyncManagedTransaction, now: datetime) -> StepChanges:
    """Step 7: nothing to change (a relationship holds its identifier as a property);
    the links are counted, as the embedded store's step counts them."""
    links = await _value(
        tx,
        "MATCH (a)-[r]->(b) WHERE any(label IN labels(a) WHERE label IN $kinds) "
        "AND any(label IN labels(b) WHERE label IN $kinds) RETURN count(r)",
        kinds=_KINDS,
    )
    return StepChanges(counts={"links, none with an identifier yet": int(links)})


async def backlog_tracker_fields(tx: AsyncManagedTransaction, now: datetime) -> StepChanges:
    """Step 8: nothing to change (the new fields are optional properties; the index on the
    tracker key is made with the other indexes when the store opens); the backlog items
    are counted, as the embedded store's step counts them."""
    items = await _value(tx, "MATCH (n:BacklogItem) RETURN count(n)")
    return StepChanges(counts={"backlog items, none from a tracker yet": int(items)})


NEO4J_STEPS: Mapping[int, Neo4jStep] = {
    2: namespace_subjects,
    3: repair_text,
    4: repair_numbers_step,
    5: break_hierarchy_cycles,
    6: derive_capability_levels,
    7: link_identifiers,
    8: backlog_tracker_fields,
}
"""Each step's work on the database, by the version it reaches (tests replace one)."""


class _RolledBack(Exception):
    """Raised at the end of a dry run so that the managed transaction rolls back."""

    def __init__(self, report: UpgradeReport) -> None:
        super().__init__("dry run")
        self.report = report


async def _dry_run(tx: AsyncManagedTransaction) -> UpgradeReport:
    start = await version_or_initial(tx)
    check_supported(STORE, start)
    report = UpgradeReport(STORE, start, start, dry_run=True)
    now = datetime.now(UTC)
    for step in pending_steps(start):
        report.add(step, await NEO4J_STEPS[step.version](tx, now))
    raise _RolledBack(report)


async def upgrade_neo4j(
    open_session: sessions.OpenSession, *, dry_run: bool = False
) -> UpgradeReport:
    """Run the steps the database lacks; with ``dry_run``, in one transaction rolled back."""
    async with open_session(sessions.WRITE) as session:
        await session.run(VERSION_CONSTRAINT)
        if dry_run:
            try:
                await session.execute_write(_dry_run)
            except _RolledBack as done:
                return done.report
            raise AssertionError("a dry run ends by rolling back")  # pragma: no cover
        start = await session.execute_write(_claim)
        check_supported(STORE, start)
        report = UpgradeReport(STORE, start, start)
        for step in pending_steps(start):

            async def run(tx: AsyncManagedTransaction, version: int = step.version) -> Any:
                if await _claim(tx) != version - 1:
                    return None  # another process ran it meanwhile
                now = datetime.now(UTC)
                changes = await NEO4J_STEPS[version](tx, now)
                await _set_version(tx, version, now)
                return changes

            changes = await session.execute_write(run)
            if changes is not None:
                report.add(step, changes)
        # Steps another process ran are not in the report, but the version they reached is.
        report.to_version = await session.execute_read(_read_version)
        check_supported(STORE, report.to_version)
        return report


async def _read_version(tx: AsyncManagedTransaction) -> int:
    return await version_or_initial(tx)


async def check_neo4j_version(open_session: sessions.OpenSession) -> None:
    """:class:`StoreTooNew` for a database this code does not know; nothing else."""
    async with open_session(sessions.READ) as session:
        check_supported(STORE, await session.execute_read(_read_version))
