"""Step 7 on both stores: relationships may carry an identifier from then on.

The store is written at version 6 as that release wrote it: on the embedded store, an
``edges`` table without the ``identifier`` column; on Neo4j, relationships without
properties (the step has nothing to do there, but the version advances all the same).
Opening brings it to the current version with every link and node as it was; a link then takes an
identifier, which a later opening reads back.
"""

import sqlite3
from pathlib import Path

import pytest

from graph_api.metamodel import relationship_fields
from graph_api.store.base import AddLink, GraphStore, LinkRef, NodeRef, UpsertNode
from graph_api.store.embedded import EmbeddedStore
from graph_api.store.upgrades import CURRENT_VERSION
from tests.conftest import neo4j_store
from tests.upgrades.release import (
    embedded_view,
    neo4j_version,
    neo4j_view,
    record_version,
    sqlite_version,
)

PROCESSES = ["order", "pick", "pack", "ship"]
"""A process with three parts: links the upgrade must keep."""
PARTS = relationship_fields("Process")["children"]


def _make(kind: str, path: Path, *, upgrade_on_open: bool = True) -> GraphStore:
    store = EmbeddedStore(str(path)) if kind == "embedded" else neo4j_store()
    store.upgrade_on_open = upgrade_on_open  # type: ignore[union-attr]
    return store


def _edge_columns(path: Path) -> list[str]:
    with sqlite3.connect(path) as db:
        return [row[1] for row in db.execute("PRAGMA table_info(edges)")]


async def _write_at_version_6(kind: str, path: Path) -> None:
    store = _make(kind, path)
    await store.open()
    try:
        await store.write(
            [UpsertNode("Process", key, {"name": key.title()}) for key in PROCESSES]
            + [
                AddLink("PART_OF", NodeRef("Process", part), NodeRef("Process", "order"))
                for part in PROCESSES[1:]
            ]
        )
    finally:
        await store.close()
    if kind == "embedded":  # the table as version 6 made it
        with sqlite3.connect(path) as db:
            db.execute("ALTER TABLE edges DROP COLUMN identifier")
        assert "identifier" not in _edge_columns(path)
    record_version(kind, path, 6)


@pytest.fixture(params=["embedded", "neo4j"])
def kind(request: pytest.FixtureRequest) -> str:
    if request.param == "neo4j":
        request.getfixturevalue("clean_neo4j")
    return str(request.param)


def _version(kind: str, path: Path) -> int | None:
    return sqlite_version(path) if kind == "embedded" else neo4j_version()


async def test_a_version_6_store_reaches_version_7_with_its_links(
    kind: str, tmp_path: Path
) -> None:
    path = tmp_path / "graph.db"
    await _write_at_version_6(kind, path)
    view = embedded_view if kind == "embedded" else (lambda _: neo4j_view())
    before = view(path)
    assert len(before.links) == 3

    store = _make(kind, path)
    await store.open()
    try:
        report = store.last_upgrade  # type: ignore[attr-defined]
        parts = await store.neighbours(PARTS, ["order"])
        assert await store.link_identifiers(PARTS, ["order"]) == {"order": {}}
        result = await store.write(
            [AddLink("PART_OF", NodeRef("Process", "pick"), NodeRef("Process", "order"), "r-1")]
        )
    finally:
        await store.close()

    assert [(s.step.version, s.step.name) for s in report.steps] == [
        (7, "link-identifiers"),
        (8, "backlog-tracker-fields"),
    ]
    assert report.steps[0].changes.counts == {"links, none with an identifier yet": 3}
    assert (report.from_version, report.to_version) == (6, CURRENT_VERSION) == (6, 8)
    assert _version(kind, path) == 8
    assert sorted(r.key for r in parts["order"]) == sorted(PROCESSES[1:])
    pick = LinkRef("PART_OF", NodeRef("Process", "pick"), NodeRef("Process", "order"))
    assert result.links_identified == [pick]
    after = view(path)
    assert after.links == before.links
    assert after.nodes == before.nodes  # an identifier is no change to either end
    if kind == "embedded":
        assert _edge_columns(path)[-1] == "identifier"

    again = _make(kind, path)
    await again.open()
    try:
        second = again.last_upgrade  # type: ignore[attr-defined]
        identifiers = await again.link_identifiers(PARTS, ["order"])
    finally:
        await again.close()
    assert (second.from_version, second.steps) == (8, [])
    assert identifiers == {"order": {"pick": "r-1"}}


async def test_a_dry_run_changes_nothing_and_the_links_read_before_the_upgrade(
    kind: str, tmp_path: Path
) -> None:
    path = tmp_path / "graph.db"
    await _write_at_version_6(kind, path)
    store = _make(kind, path, upgrade_on_open=False)
    await store.open()
    try:
        # Opened without upgrading (as `graph-api upgrade` opens it), the links read.
        parts = await store.neighbours(PARTS, ["order"])
        assert await store.link_identifiers(PARTS, ["order"]) == {"order": {}}
        dry = await store.upgrade(dry_run=True)  # type: ignore[attr-defined]
        assert _version(kind, path) == 6
        if kind == "embedded":
            assert "identifier" not in _edge_columns(path)
        real = await store.upgrade()  # type: ignore[attr-defined]
        await store.write(
            [AddLink("PART_OF", NodeRef("Process", "pack"), NodeRef("Process", "order"), "r-2")]
        )
        identifiers = await store.link_identifiers(PARTS, ["order"])
    finally:
        await store.close()
    assert sorted(r.key for r in parts["order"]) == sorted(PROCESSES[1:])
    assert [(s.step.version, s.changes.counts) for s in dry.steps] == [
        (7, {"links, none with an identifier yet": 3}),
        (8, {"backlog items, none from a tracker yet": 0}),
    ]
    assert [(s.step, s.changes.counts) for s in real.steps] == [
        (s.step, s.changes.counts) for s in dry.steps
    ]
    assert _version(kind, path) == 8
    assert identifiers == {"order": {"pack": "r-2"}}
