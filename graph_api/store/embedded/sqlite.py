"""The embedded store's file: every committed write, persisted to SQLite.

The whole graph is loaded into memory at start; each write then persists its net effect
in one SQLite transaction (WAL journal, ``synchronous=FULL``), so a write the API
acknowledged survives a crash of the process.
"""

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from graph_api.store.base import NodeRecord, NodeRef
from graph_api.store.change_log import (
    ChangeEvent,
    ChangeLogEntry,
    ChangeLogQuery,
    ChangeType,
    parse_ref,
    ref_text,
)
from graph_api.store.embedded.memory import Edge, MemoryGraph
from graph_api.store.upgrades.versions import CURRENT_VERSION

_SCHEMA = """
CREATE TABLE IF NOT EXISTS nodes (
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    props TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    updated_by TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (kind, key)
);
CREATE TABLE IF NOT EXISTS edges (
    type TEXT NOT NULL,
    source_kind TEXT NOT NULL,
    source_key TEXT NOT NULL,
    target_kind TEXT NOT NULL,
    target_key TEXT NOT NULL,
    identifier TEXT,
    PRIMARY KEY (source_kind, source_key, type, target_kind, target_key)
);
CREATE TABLE IF NOT EXISTS change_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    change TEXT NOT NULL,
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    version INTEGER,
    relationship TEXT,
    source TEXT,
    target TEXT
);
CREATE TABLE IF NOT EXISTS change_log_refs (
    seq INTEGER NOT NULL REFERENCES change_log (seq),
    ref TEXT NOT NULL,
    PRIMARY KEY (ref, seq)
);
"""
_AUDIT_COLUMNS = ("created_by", "updated_by")
"""Columns files written before the audit trail lack; added on open."""
EDGE_COLUMNS = "type, source_kind, source_key, target_kind, target_key"
"""The columns naming a relationship, as statements list them."""


def has_link_identifiers(conn: sqlite3.Connection) -> bool:
    """Whether the file's ``edges`` have the ``identifier`` column (version 7 on)."""
    return any(row[1] == "identifier" for row in conn.execute("PRAGMA table_info(edges)"))


class SqliteFile:
    """Reads the graph from, and writes changes to, one SQLite database."""

    def __init__(self, path: str) -> None:
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        # The store serialises its own writes; the connection is used from one thread.
        self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        if path != ":memory:":
            self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=FULL")
        tables = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'nodes'"
        new = self._conn.execute(tables).fetchone() is None
        self._conn.executescript(_SCHEMA)
        if new:  # a new file starts at the current version: it has nothing to upgrade
            self._conn.execute(f"PRAGMA user_version = {CURRENT_VERSION}")
        columns = {row[1] for row in self._conn.execute("PRAGMA table_info(nodes)")}
        for column in _AUDIT_COLUMNS:
            if column not in columns:
                self._conn.execute(
                    f"ALTER TABLE nodes ADD COLUMN {column} TEXT NOT NULL DEFAULT ''"
                )
        self._identifiers = has_link_identifiers(self._conn)
        """False for a file of a version before 7 opened without upgrading it."""

    @property
    def connection(self) -> sqlite3.Connection:
        """The file's connection, for the store's upgrades (graph_api.store.upgrades)."""
        return self._conn

    def close(self) -> None:
        self._conn.close()

    def change_log(self, query: ChangeLogQuery) -> list[ChangeLogEntry]:
        return read_change_log(self._conn, query)

    def last_change_seq(self) -> int:
        row = self._conn.execute("SELECT max(seq) FROM change_log").fetchone()
        return int(row[0] or 0)

    def load(self, memory: MemoryGraph) -> None:
        """Fill ``memory`` with everything in the file."""
        for kind, key, props, created, updated, version, by, last_by in self._conn.execute(
            "SELECT kind, key, props, created_at, updated_at, version, created_by, updated_by "
            "FROM nodes"
        ):
            memory.put(
                NodeRecord(
                    kind,
                    key,
                    json.loads(props),
                    datetime.fromisoformat(created),
                    datetime.fromisoformat(updated),
                    version,
                    by,
                    last_by,
                )
            )
        self._identifiers = has_link_identifiers(self._conn)  # an upgrade may have added it
        identifier = "identifier" if self._identifiers else "NULL"
        for type_, sk, skey, tk, tkey, ident in self._conn.execute(
            f"SELECT {EDGE_COLUMNS}, {identifier} FROM edges"
        ):
            memory.add_edge((NodeRef(sk, skey), NodeRef(tk, tkey), type_), ident)

    def persist(
        self,
        memory: MemoryGraph,
        nodes: Iterable[NodeRef],
        edges: Iterable[Edge],
        log: Sequence[ChangeEvent] = (),
        actor: str = "",
    ) -> list[ChangeLogEntry]:
        """Write the touched ``nodes`` and ``edges`` and append ``log``, in one transaction;
        the entries appended."""
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            for ref in nodes:
                record = memory.get(ref)
                if record is None:
                    conn.execute(
                        "DELETE FROM nodes WHERE kind = ? AND key = ?", (ref.kind, ref.key)
                    )
                else:
                    conn.execute(
                        "INSERT OR REPLACE INTO nodes VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (
                            record.kind,
                            record.key,
                            json.dumps(record.props, sort_keys=True),
                            record.created_at.isoformat(),
                            record.updated_at.isoformat(),
                            record.version,
                            record.created_by,
                            record.updated_by,
                        ),
                    )
            for edge in edges:
                source, target, type_ = edge
                row = (source.kind, source.key, type_, target.kind, target.key)
                if memory.has_edge(edge):
                    self._put_edge(edge, memory.identifier(edge))
                else:
                    conn.execute(
                        "DELETE FROM edges WHERE source_kind = ? AND source_key = ? AND type = ? "
                        "AND target_kind = ? AND target_key = ?",
                        row,
                    )
            entries = [append_change(conn, event, actor) for event in log]
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return entries

    def _put_edge(self, edge: Edge, identifier: str | None) -> None:
        """Insert the relationship ``edge``, or give the stored one ``identifier``."""
        source, target, type_ = edge
        row = (type_, source.kind, source.key, target.kind, target.key)
        if self._identifiers:
            self._conn.execute(
                f"INSERT OR REPLACE INTO edges ({EDGE_COLUMNS}, identifier) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (*row, identifier),
            )
        elif identifier is None:
            self._conn.execute(
                f"INSERT OR IGNORE INTO edges ({EDGE_COLUMNS}) VALUES (?, ?, ?, ?, ?)", row
            )
        else:  # only `graph-api upgrade` opens such a file, and it writes nothing
            raise RuntimeError(
                "this store file is older than link identifiers: upgrade it before writing one"
            )


def append_change(conn: sqlite3.Connection, event: ChangeEvent, actor: str) -> ChangeLogEntry:
    """Append ``event`` by ``actor`` to the change log, in the caller's transaction."""
    cursor = conn.execute(
        "INSERT INTO change_log (at, actor, change, kind, key, version, relationship, "
        "source, target) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            event.at.isoformat(),
            actor,
            event.type.value,
            event.node.kind,
            event.node.key,
            event.version,
            event.relationship,
            ref_text(event.source) if event.source else None,
            ref_text(event.target) if event.target else None,
        ),
    )
    ends = {event.node, *(r for r in (event.source, event.target) if r is not None)}
    seq = cursor.lastrowid
    assert seq is not None  # an INSERT's row id
    rows = [(seq, ref_text(ref)) for ref in ends]
    conn.executemany("INSERT INTO change_log_refs VALUES (?, ?)", rows)
    return ChangeLogEntry(seq, actor, event)


def read_change_log(conn: sqlite3.Connection, query: ChangeLogQuery) -> list[ChangeLogEntry]:
    """Entries in commit order: about ``query.node`` (or all), from ``since``, after a seq."""
    conditions: list[str] = ["1 = 1"]
    params: list[object] = []
    table = "change_log"
    if query.node is not None:
        table = "change_log JOIN change_log_refs USING (seq)"
        conditions.append("ref = ?")
        params.append(ref_text(query.node))
    if query.since is not None:
        conditions.append("at >= ?")
        params.append(query.since.astimezone(UTC).isoformat())
    if query.after_seq is not None:
        conditions.append("seq > ?")
        params.append(query.after_seq)
    rows = conn.execute(
        "SELECT seq, at, actor, change, kind, key, version, relationship, source, target "
        f"FROM {table} WHERE {' AND '.join(conditions)} ORDER BY seq LIMIT ?",
        (*params, query.first),
    ).fetchall()
    return [
        ChangeLogEntry(
            seq,
            actor,
            ChangeEvent(
                ChangeType(change),
                NodeRef(kind, key),
                version,
                datetime.fromisoformat(at),
                relationship,
                parse_ref(source),
                parse_ref(target),
            ),
        )
        for seq, at, actor, change, kind, key, version, relationship, source, target in rows
    ]
