"""Property validation derived from the metamodel (no store involved).

Covers the numeric ranges (severity 1-5, importance and satisfaction 0-10, emotion 1-5,
frequency 0-1) at and just beyond their bounds, enum values, unknown properties,
required properties, and the located errors ``property_errors`` reports.
"""

from typing import Any

import pytest
from pydantic import ValidationError

from graph_api.errors import FieldError, ValidationFailed
from graph_api.metamodel import validate_properties
from graph_api.metamodel.validation import property_errors, validated_properties

BASE: dict[str, dict[str, Any]] = {
    "PainPoint": {"name": "Slow", "severity": 3},
    "Outcome": {"statement": "Minimize waiting", "importance": 5, "satisfaction": 5},
    "Step": {"name": "Pay", "order": 1},
    "Channel": {"name": "Web", "kind": "digital"},
    "Job": {"statement": "Get online"},
    "Capability": {"name": "Billing", "level": 1},
}


def _with(kind: str, prop: str, value: Any) -> dict[str, Any]:
    """The base properties of ``kind`` with ``prop`` set to ``value``."""
    return {**BASE[kind], prop: value}


RANGES = [
    ("PainPoint", "severity", [1, 5], [0, 6]),
    ("Outcome", "importance", [0, 10, 7.5], [-0.1, 10.5]),
    ("Outcome", "satisfaction", [0, 10], [-1, 10.01]),
    ("Step", "emotion", [1, 5], [0, 6]),
    ("PainPoint", "frequency", [0, 1, 0.25], [-0.01, 1.01]),
    ("Capability", "level", [1, 3, 7, 2**31 - 1], [0, -1, 2**31]),
]


@pytest.mark.parametrize(("kind", "prop", "good", "bad"), RANGES)
def test_range_bounds(kind: str, prop: str, good: list[float], bad: list[float]) -> None:
    for value in good:
        model = validate_properties(kind, _with(kind, prop, value))
        assert model.model_dump(by_alias=True)[prop] == value
    for value in bad:
        with pytest.raises(ValidationError) as info:
            validate_properties(kind, _with(kind, prop, value))
        assert [e["loc"] for e in info.value.errors()] == [(prop,)]


@pytest.mark.parametrize(
    ("kind", "prop", "good", "bad"),
    [
        ("Channel", "kind", ["digital", "physical", "assisted", "partner"], "satellite"),
        ("Job", "kind", ["functional", "emotional", "social"], "spiritual"),
    ],
)
def test_enum_values(kind: str, prop: str, good: list[str], bad: str) -> None:
    for value in good:
        stored, errors = property_errors(kind, _with(kind, prop, value))
        assert (stored[prop], errors) == (value, [])
    _, errors = property_errors(kind, _with(kind, prop, bad))
    assert [e.path for e in errors] == [prop]
    assert errors[0].message.startswith("Input should be ")


def test_unknown_property_is_rejected() -> None:
    _, errors = property_errors("Step", _with("Step", "colour", "blue"))
    assert errors == [FieldError("colour", "Extra inputs are not permitted")]


@pytest.mark.parametrize(
    ("kind", "values", "missing"),
    [
        ("Step", {"name": "Pay"}, ["order"]),
        ("Channel", {"name": "Web"}, ["kind"]),
        ("PainPoint", {}, ["name", "severity"]),
        ("Measurement", {"value": 3}, ["at"]),
    ],
)
def test_required_properties(kind: str, values: dict[str, Any], missing: list[str]) -> None:
    _, errors = property_errors(kind, values)
    assert [(e.path, e.message) for e in errors] == [(m, "Field required") for m in missing]


def test_errors_are_located_under_a_prefix() -> None:
    _, errors = property_errors("Step", {"name": "Pay", "order": 1, "emotion": 9}, "steps[2]")
    assert errors == [FieldError("steps[2].emotion", "Input should be less than or equal to 5")]


def test_stored_properties_are_camel_case_json_without_unset_optionals() -> None:
    stored, errors = property_errors(
        "Evidence",
        {"kind": "survey", "summary": "  NPS survey  ", "collectedAt": "2026-03-31"},
    )
    assert errors == []
    assert stored == {"kind": "survey", "summary": "NPS survey", "collectedAt": "2026-03-31"}


def test_defaults_are_stored() -> None:
    assert validated_properties("Touchpoint", {"name": "Kiosk"}) == {
        "name": "Kiosk",
        "differentiating": False,
    }


def test_validated_properties_raises_every_problem() -> None:
    with pytest.raises(ValidationFailed) as info:
        validated_properties("PainPoint", {"name": "", "severity": 7, "colour": "red"})
    assert info.value.code == "VALIDATION"
    assert sorted(e.path for e in info.value.errors) == ["colour", "name", "severity"]
    assert info.value.extensions["code"] == "VALIDATION"
    assert len(info.value.extensions["errors"]) == 3
