"""One refusal lists every error of a write, on both stores; nothing is written.

A create with a bad key, an empty label, a bad enum value, an out-of-range number and a
text no export can carry is refused with all five, the key's first, then the properties
in the metamodel's order. An update lists every bad property. A model file with errors
in many nodes of many kinds (bad keys, unknown references, a key defined twice, bad
enum values, a cycle) lists each once, in document order, references missing from the
store among them.
"""

from typing import Any

import pytest

from graph_api.errors import ValidationFailed
from graph_api.model_io import FORMAT, load_model
from graph_api.services import nodes as node_service
from graph_api.store.base import GraphStore
from tests.snapshots import take_snapshot

BAD_ITEM = {
    "title": "",
    "kind": "saga",
    "priority": 9,
    "estimate": -2,
    "description": "bell \x07 rings",
}
BAD_ITEM_PATHS = ["description", "title", "kind", "priority", "estimate"]


async def refusal(write: Any) -> ValidationFailed:
    with pytest.raises(ValidationFailed) as info:
        await write
    return info.value


async def test_create_lists_the_key_and_every_property(store: GraphStore) -> None:
    error = await refusal(node_service.create_node(store, "BacklogItem", "Bad Key!", BAD_ITEM))
    assert [e.path for e in error.errors] == ["key", *BAD_ITEM_PATHS]
    messages = {e.path: e.message for e in error.errors}
    assert messages["key"].startswith("'Bad Key!' is not a valid key")
    assert "U+0007" in messages["description"]
    assert "'epic', 'feature', 'story', 'task' or 'bug'" in messages["kind"]
    assert messages["priority"] == "Input should be less than or equal to 5"
    assert error.message.startswith("invalid BacklogItem: key: 'Bad Key!' is not a valid key")
    assert error.message.endswith("(and 1 more)")
    assert await store.count_nodes() == {}


async def test_create_the_issue_s_persona(store: GraphStore) -> None:
    error = await refusal(node_service.create_node(store, "Persona", "Bad Key!", {"name": ""}))
    assert [(e.path, e.message) for e in error.errors] == [
        (
            "key",
            "'Bad Key!' is not a valid key: use lower-case letters and digits joined by "
            "'-', '_' or '.', at most 120 characters",
        ),
        ("name", "String should have at least 1 character"),
    ]


async def test_create_without_a_key_lists_what_blocks_deriving_one(store: GraphStore) -> None:
    """A label that gives no key is an error with the others; an empty label is one."""
    no_key = await refusal(
        node_service.create_node(store, "PainPoint", None, {"name": "!!!", "severity": 7})
    )
    assert [e.path for e in no_key.errors] == ["key", "severity"]
    empty = await refusal(
        node_service.create_node(store, "PainPoint", None, {"name": "", "severity": 7})
    )
    assert [e.path for e in empty.errors] == ["name", "severity"]
    assert await store.count_nodes() == {}


async def test_update_lists_every_property(store: GraphStore) -> None:
    created = await node_service.create_node(store, "BacklogItem", "item", {"title": "Item"})
    error = await refusal(node_service.update_node(store, "BacklogItem", "item", BAD_ITEM))
    assert [e.path for e in error.errors] == BAD_ITEM_PATHS
    assert await node_service.get_node(store, "BacklogItem", "item") == created


MANY_ERRORS = {
    "format": FORMAT,
    "personas": [
        {"key": "Bad Key!", "name": "Bad", "jobs": ["unknown-job"]},
        {"key": "commuter", "name": "Commuter", "jobs": ["commute"]},
        {"key": "commuter", "name": "Commuter again"},
    ],
    "jobs": [
        {"key": "commute", "statement": "Get to work", "kind": "spiritual"},
        {"key": "stored-job", "statement": "Stored"},
    ],
    "channels": [{"key": "app", "name": "App", "kind": "hologram"}],
    "touchpoints": [
        {"key": "board", "name": "Board", "channel": "app", "painPoints": ["no-such-pain"]},
        {"key": "Kiosk", "name": "Kiosk", "channel": "nowhere"},
    ],
    "processes": [
        {"key": "p1", "name": "P1", "parent": "p3"},
        {"key": "p3", "name": "P3", "parent": "p1", "kind": "odd"},
    ],
    "capabilities": [{"key": "cap", "name": "Cap", "maturity": 6, "parent": "stored-cap"}],
}
"""Errors in eleven places of seven kinds; the capability's parent is in the store."""
MANY_ERROR_PATHS = [
    "personas[0].key",
    "personas[0].jobs[0]",  # unknown-job: in neither the file nor the store
    "personas[2]",  # commuter defined twice
    "jobs[0].kind",
    "channels[0].kind",
    "touchpoints[0].painPoints[0]",  # no-such-pain
    "touchpoints[1].key",
    "touchpoints[1].channel",  # nowhere
    "processes[1].kind",
    "processes[1].parent",  # p3 -> p1 -> p3
    "capabilities[0].maturity",
]


async def test_a_model_file_lists_every_error_in_document_order(store: GraphStore) -> None:
    await load_model(
        store,
        {
            "format": FORMAT,
            "capabilities": [{"key": "stored-cap", "name": "Stored", "level": 1}],
        },
    )
    before = await take_snapshot(store)
    error = await refusal(load_model(store, MANY_ERRORS, "many.yaml"))
    assert [e.path for e in error.errors] == MANY_ERROR_PATHS
    assert error.message.startswith(f"many.yaml is invalid ({len(MANY_ERROR_PATHS)} errors)")
    messages = {e.path: e.message for e in error.errors}
    assert messages["personas[0].jobs[0]"] == (
        "Job 'unknown-job' is neither in the file nor in the store"
    )
    assert messages["personas[2]"] == ("Persona 'commuter' is defined twice (first at personas[1])")
    assert messages["processes[1].parent"].endswith("would make a cycle: p3 → p1 → p3")
    assert await take_snapshot(store) == before
