"""Every float property of the metamodel refuses infinities and NaN, which no format the
API speaks can carry, with an error naming the property; finite values at the edges of
what a float holds are kept as given."""

import math
import typing

import pytest

from graph_api.metamodel import NODE_KINDS
from graph_api.metamodel.validation import property_errors

NON_FINITE = [float("inf"), float("-inf"), float("nan"), "inf", "-Infinity", "NaN", "1e999"]


def float_properties() -> list[tuple[str, str]]:
    """(kind, property) of every property whose type allows a float, from the metamodel."""
    found = []
    for kind, spec in NODE_KINDS.items():
        for name, field in spec.properties.model_fields.items():
            if float in (typing.get_args(field.annotation) or (field.annotation,)):
                found.append((kind, field.alias or name))
    return found


def test_the_float_properties_are_found() -> None:
    assert sorted(float_properties()) == [
        ("BacklogItem", "estimate"),
        ("Evidence", "score"),
        ("KPI", "target"),
        ("Measurement", "value"),
        ("Outcome", "importance"),
        ("Outcome", "satisfaction"),
        ("PainPoint", "frequency"),
    ]


@pytest.mark.parametrize(("kind", "prop"), float_properties())
@pytest.mark.parametrize("value", NON_FINITE, ids=repr)
def test_each_refuses_them_by_name(kind: str, prop: str, value: object) -> None:
    _, errors = property_errors(kind, {prop: value}, prefix="kpis[3]")
    mine = [e for e in errors if e.path == f"kpis[3].{prop}"]
    assert [e.message for e in mine] == ["Input should be a finite number"]


@pytest.mark.parametrize(
    ("kind", "props", "prop"),
    [
        ("KPI", {"name": "K"}, "target"),
        ("Measurement", {"at": "2026-01-01"}, "value"),
        ("Evidence", {"kind": "survey", "summary": "S"}, "score"),
        ("BacklogItem", {"title": "T"}, "estimate"),
    ],
)
@pytest.mark.parametrize("value", [1.7976931348623157e308, 5e-324, 0.0])
def test_finite_values_at_the_edges_are_kept(
    kind: str, props: dict[str, object], prop: str, value: float
) -> None:
    stored, errors = property_errors(kind, {**props, prop: value})
    assert errors == []
    assert stored[prop] == value and math.isfinite(stored[prop])
