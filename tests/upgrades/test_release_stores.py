"""Stores written by the release before store versions, opened by this code, on both stores.

The fixtures hold the demo model, nodes written by an API key, by JWTs (one whose sub
reads ``key:5``), a node holding control characters, a link, a delete, and the change
log of all of it. Opening upgrades them from version 1 to 3: subjects namespaced, text
repaired, and nothing else different (every row, node, relationship and log entry is
compared with what the release wrote).
"""

import copy
from collections.abc import AsyncIterator, Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from graph_api.metamodel import node_spec
from graph_api.metamodel.text import UNREPRESENTABLE
from graph_api.model_io import export_model
from graph_api.store.base import SYSTEM, GraphStore, NodeRef
from graph_api.store.change_log import ChangeLogQuery
from graph_api.store.upgrades import CURRENT_VERSION
from tests.upgrades.release import (
    StoreView,
    dump_view,
    embedded_view,
    neo4j_raw,
    neo4j_view,
    release_store,
    sqlite_version,
)

STORES = ["embedded", "neo4j"]
JWT_SUBJECTS = {"ed@example.org": "jwt:ed@example.org", "key:5": "jwt:key:5"}
"""Every JWT subject the fixtures recorded, and what it becomes."""
REPAIRED = {
    ("Persona", "blank-name"): {"name": "blank-name"},
    ("System", "bad-text"): {
        "name": "Badnamectl",
        "kind": "Legacy",
        "description": "first line\nsecondline\ttab",
        "lifecycle": "active",
        "translations": [
            {"language": "de", "label": "SchlechterName", "description": "Beschreibung"}
        ],
        "attributes": [{"name": "Owner", "value": "Opsteam"}],
    },
}
"""The two nodes holding control characters, as the repair leaves them: tab and newline
kept, U+FFFF gone, the translation left with nothing removed, a blank name the key."""


class Release:
    """The release's store of one kind, made present for one test."""

    def __init__(self, kind: str, directory: Path) -> None:
        self.kind = kind
        self.directory = directory
        self.make: Callable[..., GraphStore] = release_store(kind, directory)

    def view(self) -> StoreView:
        if self.kind == "embedded":
            return embedded_view(self.directory / "graph.db")
        return neo4j_view()

    def written(self) -> StoreView:
        """What the release wrote, read from the fixture itself."""
        if self.kind == "embedded":
            return embedded_view(self.directory / "graph.db")
        return dump_view()

    async def opened(self, **options: Any) -> GraphStore:
        store = self.make(**options)
        await store.open()
        return store


@pytest.fixture(params=STORES)
async def release(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Release]:
    if request.param == "neo4j":
        request.getfixturevalue("clean_neo4j")
    yield Release(request.param, tmp_path)


def _subject(recorded: str) -> str:
    return JWT_SUBJECTS.get(recorded, recorded)


def expected_after(before: StoreView, after: StoreView) -> StoreView:
    """``before`` as the upgrade should leave it, written independently of its code: the
    JWT subjects renamed, the two nodes repaired with a new version by ``system``, and one
    UPDATED entry each at the end of the log. The repair's time is taken from ``after``."""
    expected = copy.deepcopy(before)
    for node in expected.nodes.values():
        node["createdBy"], node["updatedBy"] = (
            _subject(node["createdBy"]),
            _subject(node["updatedBy"]),
        )
    for entry in expected.log:
        entry["actor"] = _subject(entry["actor"])
    seq = max(e["seq"] for e in before.log)
    # The store repairs its nodes in the order of kind and key.
    for kind, key in sorted(REPAIRED):
        node = expected.nodes[(kind, key)]
        repaired_at = after.nodes[(kind, key)]["updatedAt"]
        assert datetime.fromisoformat(repaired_at) > datetime.fromisoformat(node["updatedAt"])
        node.update(
            props=REPAIRED[(kind, key)],
            version=node["version"] + 1,
            updatedBy=SYSTEM,
            updatedAt=repaired_at,
        )
        seq += 1
        expected.log.append(
            {
                "seq": seq,
                "at": repaired_at,
                "actor": SYSTEM,
                "change": "UPDATED",
                "kind": kind,
                "key": key,
                "version": node["version"],
                "relationship": None,
                "source": None,
                "target": None,
                "refs": [f"{kind}:{key}"],
            }
        )
    return expected


async def test_opening_upgrades_from_version_1_to_the_current_one(release: Release) -> None:
    store = await release.opened()
    try:
        report = store.last_upgrade  # type: ignore[attr-defined]
    finally:
        await store.close()
    assert (report.from_version, report.to_version) == (1, CURRENT_VERSION) == (1, 3)
    assert [s.step.name for s in report.steps] == ["namespace-subjects", "repair-text"]
    subjects, text = (s.changes for s in report.steps)
    # ed@example.org wrote 3 nodes and updated key-writer; key:5 wrote lookalike.
    assert subjects.counts == {
        "nodes' createdBy": 4,
        "nodes' updatedBy": 5,
        "change-log actors": 7,
    }
    assert subjects.details == [
        "'ed@example.org' -> 'jwt:ed@example.org'",
        "'key:5' -> 'jwt:key:5'",
    ]
    assert text.counts == {"nodes repaired": 2, "texts repaired": 8}
    assert [d.split(":")[0] for d in text.details] == ["Persona 'blank-name'", "System 'bad-text'"]
    assert "the node's key put in its place" in text.details[0]
    assert "translations[1]: neither label nor description left, removed" in text.details[1]
    if release.kind == "embedded":
        assert sqlite_version(release.directory / "graph.db") == CURRENT_VERSION


async def test_everything_but_subjects_and_text_is_as_the_release_wrote_it(
    release: Release,
) -> None:
    before = release.written()
    recorded = {n[by] for n in before.nodes.values() for by in ("createdBy", "updatedBy")}
    recorded |= {e["actor"] for e in before.log}
    assert recorded == {*JWT_SUBJECTS, SYSTEM, _api_key(before)}, "the subjects expected"
    store = await release.opened()
    await store.close()
    after = release.view()
    expected = expected_after(before, after)
    assert after.links == expected.links
    assert after.log == expected.log
    assert after.nodes == expected.nodes


def _api_key(view: StoreView) -> str:
    subject: str = view.nodes[("Persona", "key-writer")]["createdBy"]
    assert subject.startswith("key:") and len(subject) == len("key:") + 12
    return subject


async def test_the_api_reads_namespaced_subjects_and_repaired_text(release: Release) -> None:
    api_key = _api_key(release.written())
    store = await release.opened()
    try:
        personas = await store.get_nodes("Persona", ["key-writer", "jwt-writer", "lookalike"])
        assert {k: (r.created_by, r.updated_by) for k, r in personas.items()} == {
            "key-writer": (api_key, "jwt:ed@example.org"),
            "jwt-writer": ("jwt:ed@example.org", "jwt:ed@example.org"),
            "lookalike": ("jwt:key:5", "jwt:key:5"),
        }
        entries = await store.change_log(ChangeLogQuery(node=NodeRef("System", "bad-text")))
        assert [(e.actor, e.event.type.value, e.event.version) for e in entries] == [
            ("jwt:ed@example.org", "CREATED", 1),
            (SYSTEM, "UPDATED", 2),
        ]
        # Search reads the repaired texts, the translations' too (on Neo4j, the derived
        # properties its full-text index covers were written again with them).
        for words in ("Badnamectl", "SchlechterName", "secondline"):
            hits = await store.search(words, None, 5)
            assert [h.node for h in hits] == [NodeRef("System", "bad-text")], words
        assert await store.search("Schlechter", None, 5) == []
    finally:
        await store.close()


async def test_exports_differ_only_by_the_repaired_text(release: Release) -> None:
    unupgraded = await release.opened(upgrade_on_open=False)
    try:
        before = await export_model(unupgraded)
    finally:
        await unupgraded.close()
    store = await release.opened()
    try:
        after = await export_model(store)
    finally:
        await store.close()
    expected = copy.deepcopy(before)
    for (kind, key), props in REPAIRED.items():
        (entry,) = [e for e in expected[node_spec(kind).plural] if e["key"] == key]
        own = _property_names(kind)
        links = {name: value for name, value in entry.items() if name not in own}
        entry.clear()
        entry.update({**links, **props})
    assert after == expected
    assert [text for text in _texts(after) if UNREPRESENTABLE.search(text)] == []
    assert [text for text in _texts(before) if UNREPRESENTABLE.search(text)] != []


def _property_names(kind: str) -> set[str]:
    model = node_spec(kind).properties
    return {(info.alias or name) for name, info in model.model_fields.items()}


def _texts(value: Any) -> list[str]:
    """Every text in an exported document."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return []


async def test_opening_again_changes_nothing(release: Release) -> None:
    store = await release.opened()
    await store.close()
    once = release.view()
    again = await release.opened()
    try:
        report = again.last_upgrade  # type: ignore[attr-defined]
    finally:
        await again.close()
    assert (report.from_version, report.to_version, report.steps) == (3, 3, [])
    assert report.lines() == [f"{release.kind} store: at version 3, nothing to do"]
    assert release.view() == once


async def test_neo4j_keeps_no_unrepresentable_text_anywhere(
    clean_neo4j: None, tmp_path: Path
) -> None:
    store = await Release("neo4j", tmp_path).opened()
    await store.close()
    nodes, _ = neo4j_raw()
    node = nodes[(("System",), "bad-text")]
    # The derived texts the full-text index covers were written again from the repair.
    assert (node["translationLabels"], node["translationDescriptions"]) == (
        "SchlechterName",
        "Beschreibung",
    )
    holding = [
        (name, field)
        for name, props in nodes.items()
        for field, value in props.items()
        if isinstance(value, str)
        # In translations and attributes (JSON text) a control character is an escape.
        if UNREPRESENTABLE.search(value) or "\\u000" in value or "\\u001" in value
    ]
    assert holding == []
