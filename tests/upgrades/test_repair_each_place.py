"""Text to repair in each place a node keeps text, one place per node, on both stores: the
repair finds every one (Neo4j narrows the nodes it reads with a pattern over its stored
properties, where translations and attributes are JSON text and a control character is an
escape such as ``\\u001b`` or ``\\b``)."""

from pathlib import Path
from typing import Any

import pytest

from graph_api.store.base import GraphStore, UpsertNode
from graph_api.store.embedded import EmbeddedStore
from tests.conftest import neo4j_store
from tests.upgrades.release import record_version

# (key, the one text holding a character to remove, the properties as repaired)
PLACES: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    ("in-name", {"name": "Na\x1bme"}, {"name": "Name"}),
    ("in-kind-del", {"name": "K", "kind": "ER\x7fP"}, {"name": "K", "kind": "ERP"}),
    (
        "in-description-c1",
        {"name": "D", "description": "a\x85b"},
        {"name": "D", "description": "ab"},
    ),
    (
        "in-description-ffff",
        {"name": "F", "description": "a\uffffb"},
        {"name": "F", "description": "ab"},
    ),
    (
        "in-translation-label",
        {"name": "T", "translations": [{"language": "de", "label": "Na\x02me"}]},
        {"name": "T", "translations": [{"language": "de", "label": "Name"}]},
    ),
    (
        "in-translation-description",
        {"name": "U", "translations": [{"language": "de", "description": "x\x1by"}]},
        {"name": "U", "translations": [{"language": "de", "description": "xy"}]},
    ),
    (
        "in-attribute-name-formfeed",
        {"name": "A", "attributes": [{"name": "Own\x0cer", "value": "v"}]},
        {"name": "A", "attributes": [{"name": "Owner", "value": "v"}]},
    ),
    (
        "in-attribute-value-backspace",
        {"name": "B", "attributes": [{"name": "Owner", "value": "Ops\x08team"}]},
        {"name": "B", "attributes": [{"name": "Owner", "value": "Opsteam"}]},
    ),
    (
        "in-attribute-value-del",
        {"name": "C", "attributes": [{"name": "Owner", "value": "Ops\x9fteam"}]},
        {"name": "C", "attributes": [{"name": "Owner", "value": "Opsteam"}]},
    ),
]
CLEAN = {
    "name": "Clean \\b \\u0001 text",
    "description": "a backslash, then b: \\b",
    "attributes": [{"name": "Path", "value": "C:\\bin\\u001f"}],
}
"""Text that holds a backslash and looks like an escape: nothing to remove."""


@pytest.mark.parametrize("kind", ["embedded", "neo4j"])
async def test_each_place_text_is_kept_is_repaired(
    kind: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    path = tmp_path / "graph.db"
    if kind == "neo4j":
        request.getfixturevalue("clean_neo4j")

    def make() -> GraphStore:
        return EmbeddedStore(str(path)) if kind == "embedded" else neo4j_store()

    # Written through the store, which takes any text (the API's checks are above it),
    # then marked as of the release before versions.
    store = make()
    await store.open()
    ops = [UpsertNode("System", key, props) for key, props, _ in PLACES]
    await store.write([*ops, UpsertNode("System", "clean", CLEAN)])
    await store.close()
    record_version(kind, path, 1)

    store = make()
    await store.open()
    try:
        report = store.last_upgrade  # type: ignore[attr-defined]
        found = await store.get_nodes("System", [key for key, _, _ in PLACES] + ["clean"])
    finally:
        await store.close()
    (repair,) = [s.changes for s in report.steps if s.step.name == "repair-text"]
    assert repair.counts == {"nodes repaired": len(PLACES), "texts repaired": len(PLACES)}
    for key, _, repaired in PLACES:
        assert dict(found[key].props) == {"lifecycle": "active", **repaired}, key
        assert found[key].version == 2
    assert dict(found["clean"].props) == CLEAN
    assert found["clean"].version == 1
