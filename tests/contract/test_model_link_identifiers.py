"""Model files with link identifiers, on every store.

A relationship field may give any of its targets as ``{key: <key>, identifier: <text>}``;
the export writes that form for the links that have an identifier, and only for them.
Export -> import into an empty store -> export gives the same document (YAML and JSON);
a bulk load keeps them; a file giving one again changes nothing, a file giving another
changes it. Errors in the form are VALIDATION errors located in the file, and nothing of
the file is written.
"""

from typing import Any

import pytest

from graph_api.bulk import plan_model
from graph_api.errors import ValidationFailed
from graph_api.metamodel import relationship_fields
from graph_api.metamodel.validation import KEY_MAX_LENGTH
from graph_api.model_io import (
    FORMAT,
    ModelFormat,
    dump_document,
    export_model,
    load_model,
    parse_text,
)
from graph_api.store.base import GraphStore
from graph_api.store.embedded import EmbeddedStore

STEPS = relationship_fields("Stage")["steps"]
NEXT = relationship_fields("Step")["next"]


def document() -> dict[str, Any]:
    """Two stages; links with identifiers given from either end, in lists and alone,
    next to bare keys and an inline node."""
    return {
        "format": FORMAT,
        "stages": [
            {
                "key": "plan",
                "name": "Plan",
                "order": 1,
                "steps": [
                    {"key": "check", "identifier": "rel-plan-check"},
                    "buy",
                    {"key": "inline", "name": "Inline", "order": 3},
                ],
            },
            {"key": "travel", "name": "Travel", "order": 2},
        ],
        "channels": [{"key": "app", "name": "App", "kind": "digital"}],
        "touchpoints": [
            {
                "key": "board",
                "name": "Board",
                "differentiating": False,
                "channel": {"key": "app", "identifier": "on-app"},
            }
        ],
        "steps": [
            {"key": "check", "name": "Check", "order": 1, "next": "buy"},
            {
                "key": "buy",
                "name": "Buy",
                "order": 2,
                "next": [{"key": "ride", "identifier": "EAID_1f0b-Flow"}],
            },
            # The link from the stage, given at the step (an incoming field).
            {
                "key": "ride",
                "name": "Ride",
                "order": 1,
                "stage": {"key": "travel", "identifier": "t r"},
            },
        ],
    }


async def test_identifiers_are_read_and_exported_for_the_links_that_have_them(
    store: GraphStore,
) -> None:
    await load_model(store, document())
    assert await store.link_identifiers(STEPS, ["plan", "travel"]) == {
        "plan": {"check": "rel-plan-check"},
        "travel": {"ride": "t r"},
    }
    exported = await export_model(store)
    stages = {s["key"]: s for s in exported["stages"]}
    assert stages["plan"]["steps"] == [
        {"key": "check", "identifier": "rel-plan-check"},
        "buy",
        "inline",
    ]
    assert stages["travel"]["steps"] == [{"key": "ride", "identifier": "t r"}]
    steps = {s["key"]: s for s in exported["steps"]}
    assert steps["check"]["next"] == ["buy"]  # no identifier: a bare key
    assert steps["buy"]["next"] == [{"key": "ride", "identifier": "EAID_1f0b-Flow"}]
    # A single-ended field: the one target, not a list.
    assert exported["touchpoints"][0]["channel"] == {"key": "app", "identifier": "on-app"}


@pytest.mark.parametrize("fmt", list(ModelFormat))
async def test_export_import_export_keeps_identifiers(store: GraphStore, fmt: ModelFormat) -> None:
    await load_model(store, document())
    exported = await export_model(store)
    empty = EmbeddedStore()
    await empty.open()
    try:
        await load_model(empty, parse_text(dump_document(exported, fmt), fmt))
        assert await export_model(empty) == exported
    finally:
        await empty.close()
    # And back into a store of this kind: the same document again.
    again = await load_model(store, parse_text(dump_document(exported, fmt), fmt))
    assert (again.created, again.updated, again.linked) == (0, 0, 0)
    assert await export_model(store) == exported


async def test_a_file_giving_another_identifier_changes_it_and_a_bare_key_keeps_it(
    store: GraphStore,
) -> None:
    await load_model(store, document())
    changed = document()
    changed["stages"][0]["steps"][0] = {"key": "check", "identifier": "renamed"}
    changed["steps"][2]["stage"] = "travel"  # a bare key: the identifier stays
    await load_model(store, changed)
    assert await store.link_identifiers(STEPS, ["plan", "travel"]) == {
        "plan": {"check": "renamed"},
        "travel": {"ride": "t r"},
    }


async def test_a_bulk_load_keeps_identifiers(store: GraphStore) -> None:
    await store.bulk_create(plan_model(document()), batch_size=2)
    assert await store.link_identifiers(NEXT, ["check", "buy"]) == {
        "check": {},
        "buy": {"ride": "EAID_1f0b-Flow"},
    }
    fresh = EmbeddedStore()
    await fresh.open()
    try:
        await load_model(fresh, document())
        assert await export_model(store) == await export_model(fresh)
    finally:
        await fresh.close()


BAD_FORMS: list[tuple[str, Any, dict[str, str]]] = [
    (
        "no key",
        {"identifier": "rel-1"},
        {"stages[0].steps[0].key": "a link with an identifier names its node by key"},
    ),
    (
        "a field besides key and identifier",
        {"key": "check", "identifier": "rel-1", "name": "Check"},
        {
            "stages[0].steps[0].name": "a link with an identifier is {key: <key>, identifier: "
            "<text>}: no other field (a node with properties is written in its own section)"
        },
    ),
    (
        "a key that is no key",
        {"key": "Not A Key", "identifier": "rel-1"},
        {
            "stages[0].steps[0].key": "'Not A Key' is not a valid key: use lower-case letters "
            f"and digits joined by '-', '_' or '.', at most {KEY_MAX_LENGTH} characters"
        },
    ),
    (
        "an empty identifier",
        {"key": "check", "identifier": ""},
        {
            "stages[0].steps[0].identifier": "the identifier of Stage 'plan' HAS_STEP Step "
            "'check' must not be empty or only white space"
        },
    ),
    (
        "a number",
        {"key": "check", "identifier": 17},
        {
            "stages[0].steps[0].identifier": "the identifier of Stage 'plan' HAS_STEP Step "
            "'check' must be text, not int"
        },
    ),
    (
        "null",
        {"key": "check", "identifier": None},
        {
            "stages[0].steps[0].identifier": "the identifier of Stage 'plan' HAS_STEP Step "
            "'check' must be text, not NoneType"
        },
    ),
    (
        "too long",
        {"key": "check", "identifier": "i" * 300},
        {
            "stages[0].steps[0].identifier": "the identifier of Stage 'plan' HAS_STEP Step "
            "'check' has 300 characters; at most 200 are kept"
        },
    ),
    (
        "a line break",
        {"key": "check", "identifier": "two\nlines"},
        {
            "stages[0].steps[0].identifier": "the identifier of Stage 'plan' HAS_STEP Step "
            "'check' holds U+000A (a control character) at character 4"
        },
    ),
    (
        "a mapping",
        {"key": "check", "identifier": {"id": "x"}},
        {
            "stages[0].steps[0].identifier": "the identifier of Stage 'plan' HAS_STEP Step "
            "'check' must be text, not dict"
        },
    ),
]


@pytest.mark.parametrize(("case", "entry", "errors"), BAD_FORMS, ids=[c[0] for c in BAD_FORMS])
async def test_a_bad_link_form_is_refused_where_the_file_gives_it(
    store: GraphStore, case: str, entry: Any, errors: dict[str, str]
) -> None:
    bad = document()
    bad["stages"][0]["steps"][0] = entry
    with pytest.raises(ValidationFailed) as refused:
        await load_model(store, bad)
    assert {e.path: e.message for e in refused.value.errors} == errors, case
    assert await store.count_nodes() == {}
    with pytest.raises(ValidationFailed):
        plan_model(bad)


async def test_a_link_given_two_identifiers_is_refused(store: GraphStore) -> None:
    bad = document()
    bad["steps"][0]["stage"] = {"key": "plan", "identifier": "other"}  # check's stage, again
    with pytest.raises(ValidationFailed) as refused:
        await load_model(store, bad)
    assert [str(e) for e in refused.value.errors] == [
        "steps[0].stage.identifier: the identifier of Stage 'plan' HAS_STEP Step 'check' is "
        "given twice, 'rel-plan-check' and 'other'"
    ]
    assert await store.count_nodes() == {}
