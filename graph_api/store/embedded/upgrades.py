"""The upgrade steps on the embedded store's SQLite file.

The version is the file's ``PRAGMA user_version`` (0, as SQLite starts it, for a file of
a release that kept none: :data:`FIRST_VERSION`). Each step runs in one ``BEGIN
IMMEDIATE`` transaction that also sets the version it reaches: a step that fails rolls
back and leaves the file as it was, and the write lock makes a second process opening
the same file wait, then find the step done (the version is read again under the lock).
"""

import json
import sqlite3
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from graph_api.store import capability_levels as levels
from graph_api.store.base import SYSTEM, NodeRef
from graph_api.store.change_log import ChangeEvent, ChangeType
from graph_api.store.embedded.sqlite import append_change, has_link_identifiers
from graph_api.store.upgrades import subjects
from graph_api.store.upgrades.cycle_repair import HIERARCHIES, last_linked, links_to_break
from graph_api.store.upgrades.number_repair import repair_numbers
from graph_api.store.upgrades.text_repair import repair_properties
from graph_api.store.upgrades.versions import (
    FIRST_VERSION,
    StepChanges,
    UpgradeReport,
    check_supported,
    pending_steps,
)

STORE = "embedded"
EmbeddedStep = Callable[[sqlite3.Connection, datetime], StepChanges]


def stored_version(conn: sqlite3.Connection) -> int:
    """The version the file records; :data:`FIRST_VERSION` when it records none."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    return version or FIRST_VERSION


def set_version(conn: sqlite3.Connection, version: int) -> None:
    # PRAGMA takes no parameters; ``version`` is an int from the step table.
    conn.execute(f"PRAGMA user_version = {int(version)}")


def namespace_subjects(conn: sqlite3.Connection, now: datetime) -> StepChanges:
    """Step 2: JWT subjects in ``created_by``, ``updated_by`` and the log's ``actor``."""
    changes = StepChanges()
    renamed: dict[str, str] = {}
    # One pass over each table, however many subjects there are: the rule as a function.
    conn.create_function("namespaced", 1, subjects.namespaced_subject, deterministic=True)
    for what, table, column in (
        ("nodes' createdBy", "nodes", "created_by"),
        ("nodes' updatedBy", "nodes", "updated_by"),
        ("change-log actors", "change_log", "actor"),
    ):
        found = [row[0] for row in conn.execute(f"SELECT DISTINCT {column} FROM {table}")]
        renamed.update(subjects.renames(found))
        cursor = conn.execute(
            f"UPDATE {table} SET {column} = namespaced({column}) "
            f"WHERE {column} != namespaced({column})"
        )
        changes.counts[what] = cursor.rowcount
    changes.details = subjects.rename_details(dict(sorted(renamed.items())))
    return changes


def _rewrite(
    conn: sqlite3.Connection, ref: NodeRef, props: dict[str, Any], version: int, now: datetime
) -> None:
    """The node's repaired properties, as a write by the system records them: a new
    version, ``updatedBy`` system, and an UPDATED entry in the change log."""
    conn.execute(
        "UPDATE nodes SET props = ?, updated_at = ?, version = ?, updated_by = ? "
        "WHERE kind = ? AND key = ?",
        (
            json.dumps(props, sort_keys=True),
            now.isoformat(),
            version + 1,
            SYSTEM,
            ref.kind,
            ref.key,
        ),
    )
    append_change(conn, ChangeEvent(ChangeType.UPDATED, ref, version + 1, now), SYSTEM)


def repair_text(conn: sqlite3.Connection, now: datetime) -> StepChanges:
    """Step 3: every node's text without the characters exports cannot carry."""
    changes = StepChanges(counts={"nodes repaired": 0, "texts repaired": 0})
    rows = conn.execute("SELECT kind, key, props, version FROM nodes ORDER BY kind, key")
    for kind, key, props, version in rows.fetchall():
        repair = repair_properties(kind, key, json.loads(props))
        if repair is None:
            continue
        ref = NodeRef(kind, key)
        _rewrite(conn, ref, repair.props, version, now)
        changes.counts["nodes repaired"] += 1
        changes.counts["texts repaired"] += len(repair.repaired)
        changes.details.append(repair.describe(ref))
    return changes


def _delete_nodes(conn: sqlite3.Connection, refs: list[NodeRef], now: datetime) -> None:
    """The nodes and every link they have gone, with one DELETED entry each (as a delete
    logs). The links go in one pass over the table: a link's target has no index."""
    conn.execute("CREATE TEMP TABLE deleted_nodes (kind TEXT, key TEXT, PRIMARY KEY (kind, key))")
    try:
        conn.executemany("INSERT INTO deleted_nodes VALUES (?, ?)", [(r.kind, r.key) for r in refs])
        conn.execute("DELETE FROM nodes WHERE (kind, key) IN (SELECT kind, key FROM deleted_nodes)")
        conn.execute(
            "DELETE FROM edges WHERE (source_kind, source_key) IN deleted_nodes "
            "OR (target_kind, target_key) IN deleted_nodes"
        )
    finally:
        conn.execute("DROP TABLE temp.deleted_nodes")
    for ref in refs:
        append_change(conn, ChangeEvent(ChangeType.DELETED, ref, None, now), SYSTEM)


def repair_numbers_step(conn: sqlite3.Connection, now: datetime) -> StepChanges:
    """Step 4: non-finite floats and ints beyond GraphQL's Int, by the rule of each."""
    changes = StepChanges(counts={"nodes repaired": 0, "nodes deleted": 0})
    # Python's JSON wrote infinities and NaN as the bare words Infinity and NaN, which
    # SQLite's JSON functions refuse: every node's properties are read as Python reads them.
    deleted: list[NodeRef] = []
    rows = conn.execute("SELECT kind, key, props, version FROM nodes ORDER BY kind, key")
    for kind, key, props, version in rows.fetchall():
        repair = repair_numbers(kind, key, json.loads(props))
        if repair is None:
            continue
        ref = NodeRef(kind, key)
        changes.details.append(repair.describe(ref))
        if repair.delete:
            deleted.append(ref)
            continue
        _rewrite(conn, ref, repair.props, version, now)
        changes.counts["nodes repaired"] += 1
    if deleted:
        _delete_nodes(conn, deleted, now)
        changes.counts["nodes deleted"] = len(deleted)
    return changes


def break_hierarchy_cycles(conn: sqlite3.Connection, now: datetime) -> StepChanges:
    """Step 5: the links closing a cycle of a hierarchy removed, as an unlink removes
    them (the ends keep their version; an UNLINKED entry by the system each)."""
    changes = StepChanges(counts={"links removed": 0})
    for spec in HIERARCHIES:
        links = conn.execute(
            "SELECT source_key, target_key FROM edges "
            "WHERE type = ? AND source_kind = ? AND target_kind = ?",
            (spec.type, spec.source, spec.target),
        ).fetchall()
        entries = conn.execute(
            "SELECT source, target, seq FROM change_log "
            "WHERE change = 'LINKED' AND relationship = ? AND kind = ?",
            (spec.type, spec.source),
        )
        for link in links_to_break(spec, links, last_linked(spec, entries)):
            conn.execute(
                "DELETE FROM edges WHERE type = ? AND source_kind = ? AND source_key = ? "
                "AND target_kind = ? AND target_key = ?",
                (spec.type, spec.source, link.source, spec.target, link.target),
            )
            source, target = link.source_ref, link.target_ref
            event = ChangeEvent(ChangeType.UNLINKED, source, None, now, spec.type, source, target)
            append_change(conn, event, SYSTEM)
            changes.counts["links removed"] += 1
            changes.details.append(link.describe())
    return changes


def derive_capability_levels(conn: sqlite3.Connection, now: datetime) -> StepChanges:
    """Step 6: each capability's level derived from the hierarchy, rewritten where the
    stored one differs."""
    changes = StepChanges(counts={"capabilities re-levelled": 0})
    rows = conn.execute(
        "SELECT key, props, version FROM nodes WHERE kind = ? ORDER BY key", (levels.KIND,)
    ).fetchall()
    wholes = conn.execute(
        "SELECT source_key, target_key FROM edges "
        "WHERE type = ? AND source_kind = ? AND target_kind = ?",
        (levels.HIERARCHY, levels.KIND, levels.KIND),
    ).fetchall()
    nodes = {key: (json.loads(props), version) for key, props, version in rows}
    stored = {key: props.get(levels.LEVEL) for key, (props, _) in nodes.items()}
    for key, level in levels.levels_to_change(stored, dict(wholes)).items():
        props, version = nodes[key]
        _rewrite(conn, NodeRef(levels.KIND, key), {**props, levels.LEVEL: level}, version, now)
        changes.counts["capabilities re-levelled"] += 1
        changes.details.append(levels.describe_change(key, stored[key], level))
    return changes


def add_link_identifiers(conn: sqlite3.Connection, now: datetime) -> StepChanges:
    """Step 7: the ``identifier`` column of ``edges``; every link starts without one."""
    if not has_link_identifiers(conn):
        conn.execute("ALTER TABLE edges ADD COLUMN identifier TEXT")
    (links,) = conn.execute("SELECT count(*) FROM edges").fetchone()
    return StepChanges(counts={"links, none with an identifier yet": int(links)})


def backlog_tracker_fields(conn: sqlite3.Connection, now: datetime) -> StepChanges:
    """Step 8: nothing to change (node properties are kept as JSON, and the new fields are
    optional); the backlog items are counted, as Neo4j's step counts them."""
    (items,) = conn.execute("SELECT count(*) FROM nodes WHERE kind = 'BacklogItem'").fetchone()
    return StepChanges(counts={"backlog items, none from a tracker yet": int(items)})


EMBEDDED_STEPS: Mapping[int, EmbeddedStep] = {
    2: namespace_subjects,
    3: repair_text,
    4: repair_numbers_step,
    5: break_hierarchy_cycles,
    6: derive_capability_levels,
    7: add_link_identifiers,
    8: backlog_tracker_fields,
}
"""Each step's work on the file, by the version it reaches (tests replace one)."""


def upgrade_sqlite(conn: sqlite3.Connection, *, dry_run: bool = False) -> UpgradeReport:
    """Run the steps the file lacks; with ``dry_run``, in one transaction rolled back.

    ``conn`` is in autocommit mode (``isolation_level=None``), as the store keeps it.
    """
    start = stored_version(conn)
    check_supported(STORE, start)
    report = UpgradeReport(STORE, start, start, dry_run)
    now = datetime.now(UTC)
    if dry_run:
        conn.execute("BEGIN")
        try:
            for step in pending_steps(start):
                report.add(step, EMBEDDED_STEPS[step.version](conn, now))
        finally:
            conn.execute("ROLLBACK")
        return report
    for step in pending_steps(start):
        conn.execute("BEGIN IMMEDIATE")
        try:
            if stored_version(conn) != step.version - 1:
                conn.execute("ROLLBACK")  # another process ran it meanwhile
                continue
            changes = EMBEDDED_STEPS[step.version](conn, now)
            set_version(conn, step.version)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        report.add(step, changes)
    # Steps another process ran are not in the report, but the version they reached is.
    report.to_version = stored_version(conn)
    check_supported(STORE, report.to_version)
    return report
