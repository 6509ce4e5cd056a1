"""Naming nodes in arguments (``graph_api/graphql/ids.py``), without a store.

Global IDs round-trip for every kind; the three forms (global ID, ``Kind:key``, bare key)
are read alike; malformed values are refused with VALIDATION located at the argument's
path, saying what was wrong and which forms are accepted. Bare keys in arguments of any
kind, which need the store, are tested over HTTP in tests/api/test_node_arguments.py.
"""

import base64

import pytest

from graph_api.errors import FieldError, ValidationFailed
from graph_api.graphql.ids import (
    LONGEST_NODE_ARGUMENT,
    NodeName,
    global_id,
    node_ref,
    parse_node_name,
)
from graph_api.metamodel import NODE_KINDS
from graph_api.metamodel.keys import KEY_MAX_LENGTH
from graph_api.store.base import NodeRef


def _b64(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _refusal(value: str, kind: str | None = None, path: str = "nodeId") -> str:
    with pytest.raises(ValidationFailed) as info:
        parse_node_name(value, path, kind)
    assert info.value.code == "VALIDATION"
    ((error),) = info.value.errors
    assert error.path == path
    return error.message


@pytest.mark.parametrize("kind", sorted(NODE_KINDS))
def test_every_form_names_the_node_for_every_kind(kind: str) -> None:
    ref = NodeRef(kind, "some-key_1.2")
    value = global_id(ref)
    assert "=" not in value
    for form in (value, f"{kind}:some-key_1.2", f"{kind.lower()}:some-key_1.2"):
        assert parse_node_name(form, "nodeId") == NodeName(kind, "some-key_1.2"), form
        assert node_ref(form, kind, "id") == ref, form
    assert node_ref("some-key_1.2", kind, "id") == ref


def test_a_bare_key_leaves_the_kind_open_where_the_argument_takes_any() -> None:
    assert parse_node_name("crm", "nodeId") == NodeName(None, "crm")
    assert parse_node_name("crm", "journeyId", "Journey") == NodeName("Journey", "crm")


def test_global_id_is_base64_of_kind_and_key() -> None:
    assert global_id(NodeRef("Step", "fr-book-engineer")) == _b64("Step:fr-book-engineer")


def test_the_longest_global_id_is_accepted() -> None:
    kind = max(NODE_KINDS, key=len)
    value = global_id(NodeRef(kind, "k" * KEY_MAX_LENGTH))
    assert len(value) == LONGEST_NODE_ARGUMENT
    assert parse_node_name(value, "nodeId") == NodeName(kind, "k" * KEY_MAX_LENGTH)


@pytest.mark.parametrize(
    ("value", "starts"),
    [
        ("", "'' names no node: write a global ID"),
        ("!!", "'!!' is not a node ID: write a global ID (the `id` field of a node), Kind:key"),
        ("not base64 at all", "'not base64 at all' is not a node ID"),
        ("Fr-Book", "'Fr-Book' is not a node ID"),
        ("crm\u00e9", "'crm\u00e9' is not a node ID"),
        (" crm", "' crm' is not a node ID"),
        (base64.urlsafe_b64encode(b"\xff\xfe:x").decode(), "'__46eA==' is not a node ID"),
        ("Nope:key", "'Nope:key' names no kind: 'Nope' is not a kind; the kinds are Persona,"),
        ("Sytem:crm", "'Sytem:crm' names no kind: 'Sytem' is not a kind: did you mean System?"),
        ("\u65e5\u672c:crm", "'\u65e5\u672c:crm' names no kind"),
        ("\u212aPI:x", "'\u212aPI:x' names no kind: '\u212aPI' is not a kind: did you mean KPI?"),
        ("\u017fystem:crm", "'\u017fystem:crm' names no kind: '\u017fystem' is not a kind: did"),
        ("System:", "'System:' has no key after the colon: write `System:key`"),
        (":crm", "':crm' has no kind before the colon: write Kind:key, e.g. `System:crm`"),
        (":", "':' has no kind before the colon"),
        ("System:Bad Key", "'System:Bad Key' has an invalid key 'Bad Key' (a key is lower-case"),
        ("System:a:b", "'System:a:b' has an invalid key 'a:b'"),
        (_b64("Nope:key"), f"{_b64('Nope:key')!r} is the global ID of 'Nope:key', which names"),
        (_b64("Step:Bad Key"), f"{_b64('Step:Bad Key')!r} is the global ID of 'Step:Bad Key',"),
        (_b64("Step:"), f"{_b64('Step:')!r} is the global ID of 'Step:', which has no key"),
    ],
)
def test_malformed_values_are_refused_saying_why(value: str, starts: str) -> None:
    assert _refusal(value).startswith(starts)


@pytest.mark.parametrize("length", [LONGEST_NODE_ARGUMENT + 1, 10_000, 1_000_000])
def test_a_value_longer_than_any_node_id_is_refused_and_not_echoed(length: int) -> None:
    message = _refusal("A" * length)
    assert f"... ({length} characters) is longer than any node ID" in message
    assert len(message) < 400


@pytest.mark.parametrize("noise", ["%", "!", " ", "===="])
def test_global_ids_with_stray_characters_are_refused(noise: str) -> None:
    value = global_id(NodeRef("Step", "fr-book-engineer"))
    assert "is not a node ID" in _refusal(value[:4] + noise + value[4:])


def test_a_node_of_another_kind_is_refused_naming_both_kinds() -> None:
    step_id = global_id(NodeRef("Step", "fr-call-support"))
    for value in (step_id, "Step:fr-call-support"):
        assert _refusal(value, "Journey", "journeyId") == (f"{value!r} names a Step, not a Journey")
    with pytest.raises(ValidationFailed) as info:
        parse_node_name("Team:ops", "targetId", "Step", kind_because="Stage.steps leads to Step")
    assert info.value.errors == [
        FieldError("targetId", "'Team:ops' names a Team, not a Step (Stage.steps leads to Step)")
    ]


def test_a_malformed_value_of_one_kind_says_which_forms_that_kind_takes() -> None:
    assert _refusal("Fault Repair", "Journey", "id") == (
        "'Fault Repair' is not a node ID: write a global ID (the `id` field of a Journey), "
        "`Journey:key` or a Journey's key (lower-case letters and digits, joined by single "
        "-, _ or .)"
    )
