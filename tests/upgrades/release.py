"""The stores the release before store versions wrote (``fixtures/``), made present again:
the embedded store's SQLite file copied out, the Neo4j dump replayed with plain Cypher.

Also raw views of a store (every row, every node and relationship with all their
properties), to compare what an upgrade changed with what it should have changed.
"""

import copy
import gzip
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from neo4j import GraphDatabase
from neo4j.time import Date, DateTime

from graph_api.metamodel import NODE_KINDS
from graph_api.metamodel.carried import CARRIED_FIELDS
from graph_api.store.base import GraphStore
from graph_api.store.embedded import EmbeddedStore
from tests.conftest import NEO4J_TEST_DATABASE, NEO4J_TEST_URI, _neo4j_auth, neo4j_store

FIXTURES = Path(__file__).resolve().parent / "fixtures"
EMBEDDED_FILE = FIXTURES / "release-1.db.gz"
NEO4J_DUMP = FIXTURES / "release-1-neo4j.json.gz"


def embedded_release(directory: Path) -> Path:
    """A copy of the release's SQLite file in ``directory`` (the fixture stays untouched)."""
    path = directory / "graph.db"
    path.write_bytes(gzip.decompress(EMBEDDED_FILE.read_bytes()))
    return path


def _from_json(value: Any) -> Any:
    if isinstance(value, dict) and "$datetime" in value:
        return datetime.fromisoformat(value["$datetime"])
    if isinstance(value, dict) and "$date" in value:
        return datetime.fromisoformat(value["$date"]).date()
    if isinstance(value, list):
        return [_from_json(v) for v in value]
    return value


def _to_json(value: Any) -> Any:
    if isinstance(value, DateTime):
        return {"$datetime": value.to_native().isoformat()}
    if isinstance(value, Date):
        return {"$date": value.iso_format()}
    if isinstance(value, list):
        return [_to_json(v) for v in value]
    return value


def release_dump() -> dict[str, Any]:
    """The Neo4j fixture: ``nodes`` (id, labels, properties), ``relationships``."""
    dump: dict[str, Any] = json.loads(gzip.decompress(NEO4J_DUMP.read_bytes()))
    return dump


def replay_neo4j_release() -> None:
    """Write the Neo4j fixture into the (empty) test database, node by node as it was."""
    dump = release_dump()
    by_labels: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for node in dump["nodes"]:
        props = {k: _from_json(v) for k, v in node["properties"].items()}
        by_labels.setdefault(tuple(node["labels"]), []).append({"id": node["id"], "props": props})
    element: dict[int, str] = {}
    with GraphDatabase.driver(NEO4J_TEST_URI, auth=_neo4j_auth()) as driver:
        for labels, rows in by_labels.items():
            records, _, _ = driver.execute_query(
                f"UNWIND $rows AS row CREATE (n:{':'.join(labels)}) SET n = row.props "
                "RETURN row.id AS id, elementId(n) AS element",
                rows=rows,
                database_=NEO4J_TEST_DATABASE,
            )
            element.update({r["id"]: r["element"] for r in records})
        by_type: dict[str, list[dict[str, str]]] = {}
        for rel in dump["relationships"]:
            assert not rel["properties"], "the release wrote no relationship properties"
            ends = {"a": element[rel["start"]], "b": element[rel["end"]]}
            by_type.setdefault(rel["type"], []).append(ends)
        for type_, rows_ in by_type.items():
            driver.execute_query(
                "UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.a "
                f"MATCH (b) WHERE elementId(b) = row.b CREATE (a)-[:{type_}]->(b)",
                rows=rows_,
                database_=NEO4J_TEST_DATABASE,
            )


Node = tuple[tuple[str, ...], str]
"""A node of a raw view: its labels and its identity (key, change-log seq or id)."""
Raw = tuple[dict[Node, dict[str, Any]], set[tuple[Node, str, Node]]]
"""Every node with all its properties; every relationship."""


def neo4j_raw() -> Raw:
    """Every node of the test database by labels and identity, with all its properties
    as the fixture writes them; every relationship between them."""
    with GraphDatabase.driver(NEO4J_TEST_URI, auth=_neo4j_auth()) as driver:
        nodes, _, _ = driver.execute_query(
            "MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props",
            database_=NEO4J_TEST_DATABASE,
        )
        links, _, _ = driver.execute_query(
            "MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS type, elementId(b) AS b",
            database_=NEO4J_TEST_DATABASE,
        )
    named = {row["id"]: _node(row["labels"], row["props"]) for row in nodes}
    return (
        {named[row["id"]]: {k: _to_json(v) for k, v in row["props"].items()} for row in nodes},
        {(named[r["a"]], r["type"], named[r["b"]]) for r in links},
    )


def _node(labels: list[str], props: dict[str, Any]) -> Node:
    # A change-log entry has the key of the node it is about: its seq names it.
    identity = props["seq"] if "seq" in props else props.get("key", props.get("id"))
    return tuple(sorted(labels)), str(identity)


def dump_raw() -> Raw:
    """The Neo4j fixture as :func:`neo4j_raw` views a database."""
    dump = release_dump()
    named = {n["id"]: _node(n["labels"], n["properties"]) for n in dump["nodes"]}
    return (
        {named[n["id"]]: dict(n["properties"]) for n in dump["nodes"]},
        {(named[r["start"]], r["type"], named[r["end"]]) for r in dump["relationships"]},
    )


def sqlite_raw(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the embedded store's tables, in a stable order."""
    with sqlite3.connect(path) as db:
        return {
            "nodes": db.execute("SELECT * FROM nodes ORDER BY kind, key").fetchall(),
            "edges": db.execute("SELECT * FROM edges ORDER BY 1, 2, 3, 4, 5").fetchall(),
            "change_log": db.execute("SELECT * FROM change_log ORDER BY seq").fetchall(),
            "change_log_refs": db.execute(
                "SELECT * FROM change_log_refs ORDER BY seq, ref"
            ).fetchall(),
        }


def neo4j_version() -> int | None:
    """The version the test database records (None when it records none)."""
    with GraphDatabase.driver(NEO4J_TEST_URI, auth=_neo4j_auth()) as driver:
        records, _, _ = driver.execute_query(
            "MATCH (v:StoreVersion {id: 'graph-api'}) RETURN v.version AS version",
            database_=NEO4J_TEST_DATABASE,
        )
    return int(records[0]["version"]) if records else None


def sqlite_version(path: Path) -> int:
    with sqlite3.connect(path) as db:
        return int(db.execute("PRAGMA user_version").fetchone()[0])


def release_store(kind: str, directory: Path) -> Callable[..., GraphStore]:
    """The release's store of ``kind`` made present; returns a maker of stores on it
    (``upgrade_on_open=False`` to open one without upgrading)."""
    if kind == "embedded":
        path = embedded_release(directory)

        def embedded(*, upgrade_on_open: bool = True) -> GraphStore:
            store = EmbeddedStore(str(path))
            store.upgrade_on_open = upgrade_on_open
            return store

        return embedded
    replay_neo4j_release()

    def neo4j(*, upgrade_on_open: bool = True) -> GraphStore:
        store = neo4j_store()
        store.upgrade_on_open = upgrade_on_open  # type: ignore[attr-defined]
        return store

    return neo4j


# A view of either store's data, the same for both: what the tests compare.

NodeView = dict[str, Any]
"""``props`` (as the API reads them), ``version``, ``createdBy``, ``updatedBy``,
``createdAt``, ``updatedAt`` (ISO text)."""


@dataclass
class StoreView:
    nodes: dict[tuple[str, str], NodeView]
    links: set[tuple[str, str, str, str, str]]
    """(type, source kind, source key, target kind, target key)"""
    log: list[dict[str, Any]]
    """Change-log entries in seq order: every column, ``refs`` sorted."""


def _iso(value: Any) -> str:
    text = value["$datetime"] if isinstance(value, dict) else str(value)
    return datetime.fromisoformat(text).isoformat()


def embedded_view(path: Path) -> StoreView:
    raw = sqlite_raw(path)
    nodes = {
        (kind, key): {
            "props": json.loads(props),
            "version": version,
            "createdBy": created_by,
            "updatedBy": updated_by,
            "createdAt": _iso(created),
            "updatedAt": _iso(updated),
        }
        for kind, key, props, created, updated, version, created_by, updated_by in raw["nodes"]
    }
    # The identifier column (version 7 on) is not part of a link's identity.
    links = {(t, sk, skey, tk, tkey) for t, sk, skey, tk, tkey, *_ in raw["edges"]}
    refs: dict[int, list[str]] = {}
    for seq, ref in raw["change_log_refs"]:
        refs.setdefault(seq, []).append(ref)
    columns = ("seq", "at", "actor", "change", "kind", "key", "version", "relationship")
    log = [
        {
            **dict(zip((*columns, "source", "target"), row, strict=True)),
            "at": _iso(row[1]),
            "refs": sorted(refs[row[0]]),
        }
        for row in raw["change_log"]
    ]
    return StoreView(nodes, links, log)


_AUDIT = ("key", "version", "createdBy", "updatedBy", "createdAt", "updatedAt")
_DERIVED = ("translationLabels", "translationDescriptions")


def neo4j_view(raw: Raw | None = None) -> StoreView:
    """The test database's view, or that of ``raw`` (:func:`dump_raw`, say)."""
    raw_nodes, raw_links = raw or neo4j_raw()
    nodes: dict[tuple[str, str], NodeView] = {}
    log: list[dict[str, Any]] = []
    for (labels, _), props in raw_nodes.items():
        if labels == ("ChangeLogEntry",):
            entry = {k: props.get(k) for k in ("seq", "actor", "change", "kind", "key")}
            for name in ("version", "relationship", "source", "target"):
                entry[name] = props.get(name)
            log.append({**entry, "at": _iso(props["at"]), "refs": sorted(props["refs"])})
            continue
        if labels[0] not in NODE_KINDS:
            continue
        own = {k: v for k, v in props.items() if k not in _AUDIT and k not in _DERIVED}
        for name in CARRIED_FIELDS:
            if name in own:
                own[name] = json.loads(own[name])
        nodes[(labels[0], props["key"])] = {
            "props": own,
            "version": props["version"],
            "createdBy": props["createdBy"],
            "updatedBy": props["updatedBy"],
            "createdAt": _iso(props["createdAt"]),
            "updatedAt": _iso(props["updatedAt"]),
        }
    links = {
        (type_, a[0][0], a[1], b[0][0], b[1])
        for a, type_, b in raw_links
        if a[0][0] in NODE_KINDS and b[0][0] in NODE_KINDS
    }
    return StoreView(nodes, links, sorted(log, key=lambda e: int(e["seq"])))


def dump_view() -> StoreView:
    """The Neo4j fixture as :func:`neo4j_view` sees a database (read without replaying)."""
    return neo4j_view(dump_raw())


class Release:
    """The release's store of one kind, made present for one test in ``directory``."""

    def __init__(self, kind: str, directory: Path) -> None:
        self.kind = kind
        self.directory = directory
        self.make: Callable[..., GraphStore] = release_store(kind, directory)
        if kind == "embedded":
            pristine = directory / "as-written"
            pristine.mkdir()
            self._written = embedded_view(embedded_release(pristine))
        else:
            self._written = dump_view()

    @property
    def path(self) -> Path:
        """The embedded store's file."""
        return self.directory / "graph.db"

    def view(self) -> StoreView:
        """The store's data now."""
        return embedded_view(self.path) if self.kind == "embedded" else neo4j_view()

    def written(self) -> StoreView:
        """The store's data as the release wrote it, read from the fixture."""
        return copy.deepcopy(self._written)

    async def opened(self, **options: Any) -> GraphStore:
        store = self.make(**options)
        await store.open()
        return store

    def recorded_version(self) -> int | None:
        """The version the store records (None when it records none)."""
        if self.kind == "embedded":
            return sqlite_version(self.path) or None
        return neo4j_version()

    def record_version(self, version: int) -> None:
        """Make the store record ``version``, as a release that knows it would."""
        record_version(self.kind, self.path, version)


def record_version(kind: str, path: Path, version: int) -> None:
    """Make the store of ``kind`` (the embedded one in ``path``) record ``version``."""
    if kind == "embedded":
        with sqlite3.connect(path) as db:
            db.execute(f"PRAGMA user_version = {int(version)}")
        return
    with GraphDatabase.driver(NEO4J_TEST_URI, auth=_neo4j_auth()) as driver:
        driver.execute_query(
            "MERGE (v:StoreVersion {id: 'graph-api'}) SET v.version = $version",
            version=version,
            database_=NEO4J_TEST_DATABASE,
        )
