"""Every int property of the metamodel is bounded within what GraphQL's ``Int`` carries
(32 bits, signed), so that whatever is stored can be read back through the API: a value
beyond its bounds is refused with an error naming the property, the bounds themselves are
kept."""

import typing

import pytest
from annotated_types import Ge, Le
from pydantic.fields import FieldInfo

from graph_api.metamodel import NODE_KINDS
from graph_api.metamodel.kinds import INT_MAX, INT_MIN
from graph_api.metamodel.validation import property_errors

REQUIRED = {
    "Stage": {"name": "S", "order": 1},
    "Step": {"name": "S", "order": 1},
    "ValueStreamStage": {"name": "S", "order": 1},
    "Evidence": {"kind": "survey", "summary": "S"},
    "PainPoint": {"name": "P", "severity": 3},
    "Capability": {"name": "C", "level": 1},
    "System": {"name": "S"},
    "BacklogItem": {"title": "T"},
    "Opportunity": {"statement": "S"},
}
"""For each kind with an int property, the other properties a valid node needs."""


def _bound(info: FieldInfo, kind: type) -> int | None:
    found = [getattr(m, "ge" if kind is Ge else "le") for m in info.metadata if isinstance(m, kind)]
    return int(found[0]) if found else None


def int_properties() -> list[tuple[str, str, int, int]]:
    """(kind, property, lowest, highest) of every int property, from the metamodel; a
    missing bound is reported as beyond what GraphQL carries, which the test refuses."""
    found = []
    for kind, spec in NODE_KINDS.items():
        for name, info in spec.properties.model_fields.items():
            if int in (typing.get_args(info.annotation) or (info.annotation,)):
                low, high = _bound(info, Ge), _bound(info, Le)
                found.append(
                    (
                        kind,
                        info.alias or name,
                        INT_MIN - 1 if low is None else low,
                        INT_MAX + 1 if high is None else high,
                    )
                )
    return found


def test_the_int_properties_are_found() -> None:
    assert sorted((kind, prop) for kind, prop, _, _ in int_properties()) == [
        ("BacklogItem", "priority"),
        ("Capability", "level"),
        ("Capability", "maturity"),
        ("Evidence", "sampleSize"),
        ("Opportunity", "effort"),
        ("Opportunity", "value"),
        ("PainPoint", "severity"),
        ("Stage", "order"),
        ("Step", "emotion"),
        ("Step", "order"),
        ("System", "criticality"),
        ("ValueStreamStage", "order"),
    ]


@pytest.mark.parametrize(("kind", "prop", "low", "high"), int_properties())
def test_each_is_bounded_within_graphql_int(kind: str, prop: str, low: int, high: int) -> None:
    assert INT_MIN <= low <= high <= INT_MAX


@pytest.mark.parametrize(("kind", "prop", "low", "high"), int_properties())
def test_each_refuses_values_beyond_its_bounds_by_name(
    kind: str, prop: str, low: int, high: int
) -> None:
    for value in (high + 1, INT_MAX + 1, 2**63, 10**30, low - 1, INT_MIN - 1, -(2**63) - 1):
        _, errors = property_errors(kind, {**REQUIRED[kind], prop: value}, prefix="nodes[2]")
        assert [e.path for e in errors] == [f"nodes[2].{prop}"], (value, errors)
        bound = high if value > high else low
        relation = "less" if value > high else "greater"
        assert errors[0].message == f"Input should be {relation} than or equal to {bound}"


@pytest.mark.parametrize(("kind", "prop", "low", "high"), int_properties())
def test_each_keeps_its_bounds(kind: str, prop: str, low: int, high: int) -> None:
    for value in (low, high):
        stored, errors = property_errors(kind, {**REQUIRED[kind], prop: value})
        assert errors == [] and stored[prop] == value
