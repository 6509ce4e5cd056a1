"""The change log in Neo4j: ``:ChangeLogEntry`` nodes appended in each write's transaction.

Entries are numbered from one ``:ChangeLogSequence`` node that every write increments in
its own transaction: Neo4j locks the node until the commit, so numbers follow commit
order and a rolled-back write leaves no gap. Each entry lists the nodes it concerns in
``refs`` (``Kind:key``), which ``changeLog(nodeId)`` filters on.
"""

from datetime import UTC
from typing import Any

from neo4j import AsyncManagedTransaction

from graph_api.store.base import NodeRef
from graph_api.store.change_log import (
    ChangeEvent,
    ChangeLogEntry,
    ChangeLogQuery,
    ChangeType,
    parse_ref,
    ref_text,
)

ENTRY, SEQUENCE = "ChangeLogEntry", "ChangeLogSequence"
ROWS_PER_QUERY = 2_000
"""Entries per query: packing a query's rows holds the event loop, so none is huge."""
SCHEMA = [
    f"CREATE CONSTRAINT change_log_seq IF NOT EXISTS FOR (e:{ENTRY}) REQUIRE e.seq IS UNIQUE",
    f"CREATE INDEX change_log_refs IF NOT EXISTS FOR (e:{ENTRY}) ON (e.refs)",
    f"CREATE CONSTRAINT change_log_sequence IF NOT EXISTS "
    f"FOR (s:{SEQUENCE}) REQUIRE s.id IS UNIQUE",
]


def _text(ref: NodeRef | None) -> str | None:
    return None if ref is None else ref_text(ref)


async def append(
    tx: AsyncManagedTransaction, events: list[ChangeEvent], actor: str
) -> list[ChangeLogEntry]:
    """Append ``events`` as entries of this transaction (two queries, whatever the count);
    the entries appended."""
    if not events:
        return []
    result = await tx.run(
        f"MERGE (s:{SEQUENCE} {{id: 'change-log'}}) ON CREATE SET s.value = 0 "
        "SET s.value = s.value + $count RETURN s.value AS last",
        count=len(events),
    )
    last = int((await result.single(strict=True))["last"])
    first = last - len(events) + 1
    # A write's entries share its time: sent once, not per row (the driver converts
    # each time value in Python, seconds of work on the event loop for a large import).
    times = {event.at for event in events}
    shared = times.pop() if len(times) == 1 else None
    rows: list[dict[str, Any]] = []
    for seq, event in enumerate(events, start=first):
        ends = {event.node, *(r for r in (event.source, event.target) if r is not None)}
        rows.append(
            {
                "seq": seq,
                "at": None if shared else event.at,
                "actor": actor,
                "change": event.type.value,
                "kind": event.node.kind,
                "key": event.node.key,
                "version": event.version,
                "relationship": event.relationship,
                "source": _text(event.source),
                "target": _text(event.target),
                "refs": sorted(ref_text(r) for r in ends),
            }
        )
    for start in range(0, len(rows), ROWS_PER_QUERY):
        await tx.run(
            f"UNWIND $rows AS row CREATE (e:{ENTRY}) SET e = row, e.at = coalesce(row.at, $at)",
            rows=rows[start : start + ROWS_PER_QUERY],
            at=shared,
        )
    return [ChangeLogEntry(seq, actor, event) for seq, event in enumerate(events, start=first)]


LAST_SEQ = f"MATCH (s:{SEQUENCE} {{id: 'change-log'}}) RETURN s.value AS last"
"""The sequence's value is the newest entry's seq: both commit in the same transaction."""
READ = (
    f"MATCH (e:{ENTRY}) WHERE ($ref IS NULL OR $ref IN e.refs) "
    "AND ($since IS NULL OR e.at >= $since) AND ($after IS NULL OR e.seq > $after) "
    "RETURN e { .* } AS entry ORDER BY e.seq LIMIT $first"
)


def read_parameters(query: ChangeLogQuery) -> dict[str, Any]:
    return {
        "ref": _text(query.node),
        "since": query.since.astimezone(UTC) if query.since else None,
        "after": query.after_seq,
        "first": query.first,
    }


def to_entry(row: dict[str, Any]) -> ChangeLogEntry:
    at = row["at"]
    return ChangeLogEntry(
        int(row["seq"]),
        str(row["actor"]),
        ChangeEvent(
            ChangeType(row["change"]),
            NodeRef(row["kind"], row["key"]),
            row.get("version"),
            at.to_native() if hasattr(at, "to_native") else at,
            row.get("relationship"),
            parse_ref(row.get("source")),
            parse_ref(row.get("target")),
        ),
    )
