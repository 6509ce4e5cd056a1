"""Step 8 on both stores: backlog items may come from a tracker from then on.

A store written at version 7 holds backlog items without tracker fields. Opening brings
it to version 8 with every node and link as it was; an item then takes a tracker, a
tracker key, dates and the kind ``bug``, which a later opening reads back, and on Neo4j
the tracker key is indexed.
"""

from pathlib import Path

import pytest
from neo4j import GraphDatabase

from graph_api.store.base import AddLink, GraphStore, NodeRef, UpsertNode
from graph_api.store.embedded import EmbeddedStore
from graph_api.store.upgrades import CURRENT_VERSION
from tests.conftest import (
    NEO4J_TEST_DATABASE,
    NEO4J_TEST_URI,
    _neo4j_auth,
    neo4j_store,
)
from tests.upgrades.release import (
    embedded_view,
    neo4j_version,
    neo4j_view,
    record_version,
    sqlite_version,
)

ITEMS = {"epic": "epic", "form": "story", "upload": "task"}
"""Backlog items by key, with their kinds: what the upgrade must keep."""


def _make(kind: str, path: Path) -> GraphStore:
    return EmbeddedStore(str(path)) if kind == "embedded" else neo4j_store()


async def _write_at_version_7(kind: str, path: Path) -> None:
    store = _make(kind, path)
    await store.open()
    try:
        await store.write(
            [
                UpsertNode("BacklogItem", key, {"title": key.title(), "kind": item_kind})
                for key, item_kind in ITEMS.items()
            ]
            + [
                AddLink("PART_OF", NodeRef("BacklogItem", part), NodeRef("BacklogItem", "epic"))
                for part in ("form", "upload")
            ]
        )
    finally:
        await store.close()
    record_version(kind, path, 7)


@pytest.fixture(params=["embedded", "neo4j"])
def kind(request: pytest.FixtureRequest) -> str:
    if request.param == "neo4j":
        request.getfixturevalue("clean_neo4j")
    return str(request.param)


async def test_a_version_7_store_reaches_version_8_and_keeps_tracker_fields(
    kind: str, tmp_path: Path
) -> None:
    path = tmp_path / "graph.db"
    await _write_at_version_7(kind, path)
    view = embedded_view if kind == "embedded" else (lambda _: neo4j_view())
    before = view(path)

    store = _make(kind, path)
    await store.open()
    try:
        report = store.last_upgrade  # type: ignore[attr-defined]
        await store.write(
            [
                UpsertNode(
                    "BacklogItem",
                    "upload",
                    {
                        "title": "Upload",
                        "kind": "bug",
                        "tracker": "jira:CLAIMS",
                        "trackerKey": "CLAIMS-7",
                        "openedAt": "2026-10-01",
                        "startedAt": "2026-10-03",
                        "resolvedAt": "2026-10-09",
                    },
                )
            ]
        )
    finally:
        await store.close()

    assert [(s.step.version, s.step.name) for s in report.steps] == [(8, "backlog-tracker-fields")]
    assert report.steps[0].changes.counts == {"backlog items, none from a tracker yet": 3}
    assert (report.from_version, report.to_version) == (7, CURRENT_VERSION) == (7, 8)
    recorded = sqlite_version(path) if kind == "embedded" else neo4j_version()
    assert recorded == 8
    # Nothing but the one item written after the upgrade differs from version 7's data.
    after = view(path)
    assert after.links == before.links
    assert {k: v for k, v in after.nodes.items() if "upload" not in str(k)} == {
        k: v for k, v in before.nodes.items() if "upload" not in str(k)
    }

    again = _make(kind, path)
    await again.open()
    try:
        second = again.last_upgrade  # type: ignore[attr-defined]
        upload = (await again.get_nodes("BacklogItem", ["upload"]))["upload"]
    finally:
        await again.close()
    assert (second.from_version, second.steps) == (8, [])
    assert upload.props["kind"] == "bug"
    assert (upload.props["tracker"], upload.props["trackerKey"]) == ("jira:CLAIMS", "CLAIMS-7")
    assert [str(upload.props[f]) for f in ("openedAt", "startedAt", "resolvedAt")] == [
        "2026-10-01",
        "2026-10-03",
        "2026-10-09",
    ]
    if kind == "neo4j":
        with GraphDatabase.driver(NEO4J_TEST_URI, auth=_neo4j_auth()) as driver:
            records, _, _ = driver.execute_query(
                "SHOW INDEXES YIELD labelsOrTypes, properties "
                "WHERE labelsOrTypes = ['BacklogItem'] RETURN properties",
                database_=NEO4J_TEST_DATABASE,
            )
        assert ["trackerKey"] in [r["properties"] for r in records]
