"""Stores written by the release before store versions, opened by this code, on both stores.

The fixtures hold the demo model, nodes written by an API key, by JWTs (one whose sub
reads ``key:5``), a node holding control characters, a link, a delete, and the change
log of all of it. Opening upgrades them from version 1 to 8: subjects namespaced, text
repaired (they hold no number to repair, and their hierarchies no cycle), and nothing
else different (every row, node, relationship and log entry is compared with what the
release wrote).
"""

import copy
import logging
from pathlib import Path
from typing import Any

import pytest

from graph_api.metamodel import node_spec
from graph_api.metamodel.text import UNREPRESENTABLE
from graph_api.model_io import export_model
from graph_api.store.base import SYSTEM, NodeRef
from graph_api.store.change_log import ChangeLogQuery
from graph_api.store.upgrades import CURRENT_VERSION
from graph_api.traversals import SEARCH
from graph_api.traversals.search.result import SearchRequest
from tests.upgrades.expected import JWT_SUBJECTS, REPAIRED, expected_after
from tests.upgrades.release import (
    Release,
    StoreView,
    neo4j_raw,
    sqlite_version,
)

BACKLOG_ITEMS = 18
"""The release's demo model holds 18 backlog items (none from a tracker then)."""


async def test_opening_upgrades_from_version_1_to_the_current_one(
    release: Release, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="graph_api.upgrades"):
        store = await release.opened()
    try:
        report = store.last_upgrade  # type: ignore[attr-defined]
    finally:
        await store.close()
    assert [r.getMessage() for r in caplog.records if r.name == "graph_api.upgrades"] == [
        f"{release.kind} store upgraded to version 2 (namespace-subjects): nodes' createdBy: "
        "4, nodes' updatedBy: 5, change-log actors: 7",
        f"{release.kind} store upgraded to version 3 (repair-text): nodes repaired: 2, "
        "texts repaired: 8",
        f"{release.kind} store upgraded to version 4 (repair-numbers): nodes repaired: 0, "
        "nodes deleted: 0",
        f"{release.kind} store upgraded to version 5 (break-hierarchy-cycles): links removed: 0",
        f"{release.kind} store upgraded to version 6 (derive-capability-levels): "
        "capabilities re-levelled: 0",
        f"{release.kind} store upgraded to version 7 (link-identifiers): "
        "links, none with an identifier yet: 703",
        f"{release.kind} store upgraded to version 8 (backlog-tracker-fields): "
        f"backlog items, none from a tracker yet: {BACKLOG_ITEMS}",
    ]
    assert (report.from_version, report.to_version) == (1, CURRENT_VERSION) == (1, 8)
    assert [s.step.name for s in report.steps] == [
        "namespace-subjects",
        "repair-text",
        "repair-numbers",
        "break-hierarchy-cycles",
        "derive-capability-levels",
        "link-identifiers",
        "backlog-tracker-fields",
    ]
    subjects, text, numbers, cycles, levels, identifiers, backlog = (
        s.changes for s in report.steps
    )
    assert (levels.counts, levels.details) == ({"capabilities re-levelled": 0}, [])
    links = {"links, none with an identifier yet": 703}  # every link of the release
    assert (identifiers.counts, identifiers.details) == (links, [])
    items = {"backlog items, none from a tracker yet": BACKLOG_ITEMS}
    assert (backlog.counts, backlog.details) == (items, [])
    assert (numbers.counts, numbers.details) == ({"nodes repaired": 0, "nodes deleted": 0}, [])
    assert (cycles.counts, cycles.details) == ({"links removed": 0}, [])
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
            hits = await store.traverse(SEARCH, SearchRequest(words, None, 5))
            assert [h.node for h in hits] == [NodeRef("System", "bad-text")], words
        # A whole word (followed by a space): the repair joined it to the next one.
        assert await store.traverse(SEARCH, SearchRequest("Schlechter ", None, 5)) == []
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
    assert (report.from_version, report.to_version, report.steps) == (8, 8, [])
    assert report.lines() == [f"{release.kind} store: at version 8, nothing to do"]
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
