"""Relay global IDs (``graph_api/api/ids.py``).

Round trips for every kind, keys accepted where an ID or a key is allowed, and malformed
values refused with VALIDATION errors located at the argument's path.
"""

import base64

import pytest

from graph_api.api.ids import decode_global_id, global_id, node_ref
from graph_api.errors import FieldError, ValidationFailed
from graph_api.metamodel import NODE_KINDS
from graph_api.store.base import NodeRef


def _b64(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


@pytest.mark.parametrize("kind", sorted(NODE_KINDS))
def test_global_id_round_trip(kind: str) -> None:
    ref = NodeRef(kind, "some-key_1.2")
    value = global_id(ref)
    assert "=" not in value
    assert decode_global_id(value) == ref


def test_global_id_is_base64_of_kind_and_key() -> None:
    assert global_id(NodeRef("Step", "fr-book-engineer")) == _b64("Step:fr-book-engineer")


@pytest.mark.parametrize(
    "value",
    [
        "",
        "!!",
        "not base64 at all",
        _b64("Nope:key"),  # unknown kind
        _b64("Step:Bad Key"),  # not a key
        _b64("Step:"),  # no key
        _b64("fr-book-engineer"),  # no kind
        "fr-book-engineer",  # a bare key is not a global ID
        base64.urlsafe_b64encode(b"\xff\xfe:x").decode(),  # not UTF-8
    ],
)
def test_malformed_global_ids_are_validation_errors(value: str) -> None:
    with pytest.raises(ValidationFailed) as info:
        decode_global_id(value, "sourceId")
    assert info.value.code == "VALIDATION"
    assert info.value.errors == [FieldError("sourceId", f"{value!r} is not a valid node ID")]


@pytest.mark.parametrize("noise", ["%", "!", " ", "===="])
def test_global_ids_with_stray_characters_are_refused(noise: str) -> None:
    value = global_id(NodeRef("Step", "fr-book-engineer"))
    with pytest.raises(ValidationFailed):
        decode_global_id(value[:4] + noise + value[4:])


def test_node_ref_accepts_an_id_or_a_key() -> None:
    ref = NodeRef("Journey", "fault-repair")
    assert node_ref(global_id(ref), "Journey", "journeyId") == ref
    assert node_ref("fault-repair", "Journey", "journeyId") == ref


def test_node_ref_refuses_an_id_of_another_kind() -> None:
    step_id = global_id(NodeRef("Step", "fr-call-support"))
    with pytest.raises(ValidationFailed) as info:
        node_ref(step_id, "Journey", "journeyId")
    assert info.value.errors == [
        FieldError("journeyId", f"{step_id!r} is a Step ID, not a Journey ID")
    ]


def test_node_ref_refuses_neither_id_nor_key() -> None:
    with pytest.raises(ValidationFailed) as info:
        node_ref("Fault Repair", "Journey", "id")
    assert info.value.errors == [
        FieldError("id", "'Fault Repair' is neither a Journey ID nor a key")
    ]
