"""The embedded store's file: every committed write, persisted to SQLite.

The whole graph is loaded into memory at start; each write then persists its net effect
in one SQLite transaction (WAL journal, ``synchronous=FULL``), so a write the API
acknowledged survives a crash of the process.
"""

import json
import sqlite3
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from graph_api.store.base import NodeRecord, NodeRef
from graph_api.store.embedded.memory import Edge, MemoryGraph

_SCHEMA = """
CREATE TABLE IF NOT EXISTS nodes (
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    props TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL,
    PRIMARY KEY (kind, key)
);
CREATE TABLE IF NOT EXISTS edges (
    type TEXT NOT NULL,
    source_kind TEXT NOT NULL,
    source_key TEXT NOT NULL,
    target_kind TEXT NOT NULL,
    target_key TEXT NOT NULL,
    PRIMARY KEY (source_kind, source_key, type, target_kind, target_key)
);
"""


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
        self._conn.executescript(_SCHEMA)

    def close(self) -> None:
        self._conn.close()

    def load(self, memory: MemoryGraph) -> None:
        """Fill ``memory`` with everything in the file."""
        for kind, key, props, created, updated, version in self._conn.execute(
            "SELECT kind, key, props, created_at, updated_at, version FROM nodes"
        ):
            memory.put(
                NodeRecord(
                    kind,
                    key,
                    json.loads(props),
                    datetime.fromisoformat(created),
                    datetime.fromisoformat(updated),
                    version,
                )
            )
        for type_, sk, skey, tk, tkey in self._conn.execute(
            "SELECT type, source_kind, source_key, target_kind, target_key FROM edges"
        ):
            memory.add_edge((NodeRef(sk, skey), NodeRef(tk, tkey), type_))

    def persist(self, memory: MemoryGraph, nodes: Iterable[NodeRef], edges: Iterable[Edge]) -> None:
        """Write the current state of the touched ``nodes`` and ``edges`` in one transaction."""
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
                        "INSERT OR REPLACE INTO nodes VALUES (?, ?, ?, ?, ?, ?)",
                        (
                            record.kind,
                            record.key,
                            json.dumps(record.props, sort_keys=True),
                            record.created_at.isoformat(),
                            record.updated_at.isoformat(),
                            record.version,
                        ),
                    )
            for edge in edges:
                source, target, type_ = edge
                row = (source.kind, source.key, type_, target.kind, target.key)
                if memory.has_edge(edge):
                    conn.execute(
                        "INSERT OR IGNORE INTO edges VALUES (?, ?, ?, ?, ?)",
                        (type_, source.kind, source.key, target.kind, target.key),
                    )
                else:
                    conn.execute(
                        "DELETE FROM edges WHERE source_kind = ? AND source_key = ? AND type = ? "
                        "AND target_kind = ? AND target_key = ?",
                        row,
                    )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
