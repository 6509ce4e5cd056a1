"""Typed ``where`` and ``orderBy`` inputs per kind, generated from the metamodel.

``<Kind>Where`` has a test input per property and audit field (``StringFilter``,
``IntFilter``, ...), ``AND``/``OR``/``NOT``, and a ``<Other>RelationFilter`` (``some``,
``none``, ``all``) per relationship field. ``<Kind>OrderBy`` names one property with a
direction. :func:`to_filter` and :func:`to_order` turn them into the store's terms
(:mod:`graph_api.store.listing`), with every problem reported with its path.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any, cast

import strawberry

from graph_api.errors import FieldError, ValidationFailed
from graph_api.graphql.types.scalars import base_type
from graph_api.metamodel import ENUMS, NODE_KINDS, RelationshipField, relationship_fields
from graph_api.store.listing import (
    AllOf,
    AnyOf,
    Filter,
    Not,
    Operator,
    PropertyTest,
    Quantifier,
    Related,
    SortKey,
)

_DESCRIPTIONS = {
    "eq": "Equal to this value.",
    "in": "Equal to one of these values.",
    "contains": "Contains this text (case-sensitive).",
    "startsWith": "Starts with this text (case-sensitive).",
    "gt": "Greater than this value.",
    "gte": "Greater than or equal to this value.",
    "lt": "Less than this value.",
    "lte": "Less than or equal to this value.",
    "isNull": "true: the property is not set; false: it is set.",
}
_ATTRS = {"in": "in_", "startsWith": "starts_with", "isNull": "is_null"}


def _test_input(name: str, value_type: Any, operators: list[str], description: str) -> type:
    annotations: dict[str, Any] = {}
    namespace: dict[str, Any] = {"__annotations__": annotations}
    for op in operators:
        attr = _ATTRS.get(op, op)
        if op == "in":
            annotations[attr] = list[value_type] | None
        elif op == "isNull":
            annotations[attr] = bool | None
        else:
            annotations[attr] = value_type | None
        namespace[attr] = strawberry.field(
            name=op, description=_DESCRIPTIONS[op], default=strawberry.UNSET
        )
    return strawberry.input(type(name, (), namespace), description=description)


_ORDERED = ["eq", "in", "gt", "gte", "lt", "lte", "isNull"]
TEST_INPUTS: dict[Any, type] = {
    str: _test_input(
        "StringFilter",
        str,
        ["eq", "in", "contains", "startsWith", "isNull"],
        "Tests on a text; every test given must hold.",
    ),
    int: _test_input("IntFilter", int, _ORDERED, "Tests on an integer; every test must hold."),
    float: _test_input("FloatFilter", float, _ORDERED, "Tests on a number; every test must hold."),
    bool: _test_input("BooleanFilter", bool, ["eq", "isNull"], "Tests on a boolean."),
    date: _test_input("DateFilter", date, _ORDERED, "Tests on a date; every test must hold."),
    datetime: _test_input(
        "DateTimeFilter", datetime, _ORDERED, "Tests on a timestamp; every test must hold."
    ),
    **{
        enum: _test_input(
            f"{enum.__name__}Filter", enum, ["eq", "in", "isNull"], f"Tests on a {enum.__name__}."
        )
        for enum in ENUMS
    },
}


@strawberry.enum(description="The direction of an order.")
class SortDirection(Enum):
    ASC = "ASC"
    DESC = "DESC"


@dataclass(frozen=True)
class _Entry:
    """What one field of a generated Where input stands for."""

    name: str
    role: str  # "and" | "or" | "not" | "test" | "relation" | "quantifier"
    field: RelationshipField | None = None


_AUDIT = [
    ("key", str, "The node's key."),
    ("createdAt", datetime, "When the node was created."),
    ("updatedAt", datetime, "When the node's properties last changed."),
    ("version", int, "The node's version."),
]


def _property_types(kind: str) -> list[tuple[str, str, Any, str]]:
    """(attribute, GraphQL name, Python type, description) of every filterable field."""
    fields = [(name, name, python_type, text) for name, python_type, text in _AUDIT]
    for attr, field in NODE_KINDS[kind].scalar_fields().items():
        python_type, _ = base_type(field)
        fields.append((f"p_{attr}", field.alias or attr, python_type, field.description or ""))
    return fields


def _add(cls: type, attr: str, annotation: Any, entry: _Entry, description: str) -> _Entry:
    cls.__annotations__[attr] = annotation | None
    field = strawberry.field(name=entry.name, description=description, default=strawberry.UNSET)
    setattr(cls, attr, field)
    return entry


def _fill_where(kind: str, cls: type, relations: dict[str, type]) -> dict[str, _Entry]:
    """Adds the fields of ``<Kind>Where``; returns what each attribute stands for."""
    many = list[cls]  # type: ignore[valid-type]
    slots = {
        "and_": _add(cls, "and_", many, _Entry("AND", "and"), "Every one of these must hold."),
        "or_": _add(cls, "or_", many, _Entry("OR", "or"), "At least one of these must hold."),
        "not_": _add(cls, "not_", cls, _Entry("NOT", "not"), "This must not hold."),
    }
    for attr, name, python_type, text in _property_types(kind):
        slots[attr] = _add(cls, attr, TEST_INPUTS[python_type], _Entry(name, "test"), text)
    for name, rel_field in relationship_fields(kind).items():
        other = rel_field.other_kind
        text = f"Tests on the {other} nodes `{name}` leads to."
        entry = _Entry(name, "relation", rel_field)
        slots[f"r_{name}"] = _add(cls, f"r_{name}", relations[other], entry, text)
    return slots


def _fill_relation(cls: type, where: type) -> None:
    for quantifier, text in [
        ("some", "At least one related node matches."),
        ("none", "No related node matches."),
        ("all", "Every related node matches (true when there are none)."),
    ]:
        _add(cls, quantifier, where, _Entry(quantifier, "quantifier"), text)


def _build() -> tuple[dict[str, type], dict[str, type], dict[type, dict[str, _Entry]]]:
    # Bare classes first: the inputs refer to each other (a step's pain points' steps...).
    wheres = {kind: type(f"{kind}Where", (), {"__annotations__": {}}) for kind in NODE_KINDS}
    relations = {
        kind: type(f"{kind}RelationFilter", (), {"__annotations__": {}}) for kind in NODE_KINDS
    }
    entries = {wheres[kind]: _fill_where(kind, wheres[kind], relations) for kind in NODE_KINDS}
    for kind in NODE_KINDS:
        _fill_relation(relations[kind], wheres[kind])
        strawberry.input(wheres[kind], description=f"Which {kind} nodes to return.")
        strawberry.input(
            relations[kind],
            description=f"Tests on related {kind} nodes; `{{}}` matches any node.",
        )
    return wheres, relations, entries


WHERE_INPUTS, RELATION_INPUTS, _ENTRIES = _build()


def _order_input(kind: str) -> type:
    namespace: dict[str, Any] = {"__annotations__": {}}
    for attr, name, _, text in _property_types(kind):
        namespace["__annotations__"][attr] = SortDirection | None
        namespace[attr] = strawberry.field(name=name, description=text, default=strawberry.UNSET)
    cls = type(f"{kind}OrderBy", (), namespace)
    return strawberry.input(
        cls, description=f"Orders {kind} nodes by one field; give a list for ties."
    )


ORDER_INPUTS: dict[str, type] = {kind: _order_input(kind) for kind in NODE_KINDS}


def to_store_value(value: Any) -> Any:
    """An input value as stores keep it: enums by value, dates as ISO text."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        # A timestamp without an offset is read as UTC, as the stores keep them.
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _set_fields(data: object) -> list[tuple[str, Any, str]]:
    """(python attribute, value, GraphQL name) of the fields a client set."""
    definition = data.__strawberry_definition__  # type: ignore[attr-defined]
    found = []
    for field in definition.fields:
        value = getattr(data, field.python_name)
        if value is not strawberry.UNSET:
            found.append((field.python_name, value, field.graphql_name or field.python_name))
    return found


def to_filter(kind: str, where: object, path: str = "where") -> Filter:
    """A ``<Kind>Where`` input as a store filter (all of its fields must hold)."""
    errors: list[FieldError] = []
    result = _where(kind, where, path, errors)
    if errors:
        raise ValidationFailed(errors, "invalid filter")
    return result


def _where(kind: str, where: object, path: str, errors: list[FieldError]) -> Filter:
    entries = _ENTRIES[type(where)]
    parts: list[Filter] = []
    for attr, value, _ in _set_fields(where):
        entry = entries[attr]
        here = f"{path}.{entry.name}"
        if value is None:
            errors.append(FieldError(here, "must not be null; leave it out instead"))
        elif entry.role in ("and", "or"):
            items = tuple(_where(kind, v, f"{here}[{n}]", errors) for n, v in enumerate(value))
            parts.append(AllOf(items) if entry.role == "and" else AnyOf(items))
        elif entry.role == "not":
            parts.append(Not(_where(kind, value, here, errors)))
        elif entry.role == "test":
            parts.extend(_tests(entry.name, value, here, errors))
        else:
            assert entry.field is not None
            parts.extend(_relation(entry.field, value, here, errors))
    return parts[0] if len(parts) == 1 else AllOf(tuple(parts))


def _tests(name: str, tests: object, path: str, errors: list[FieldError]) -> list[Filter]:
    found: list[Filter] = []
    for _, value, op in _set_fields(tests):
        if value is None:
            errors.append(FieldError(f"{path}.{op}", "must not be null; use isNull instead"))
        elif op == "in":
            found.append(PropertyTest(name, "in", tuple(to_store_value(v) for v in value)))
        else:
            found.append(PropertyTest(name, cast(Operator, op), to_store_value(value)))
    return found


def _relation(
    field: RelationshipField, tests: object, path: str, errors: list[FieldError]
) -> list[Filter]:
    found: list[Filter] = []
    for quantifier, value, _ in _set_fields(tests):
        here = f"{path}.{quantifier}"
        if value is None:
            errors.append(FieldError(here, "must not be null; use {} to match any node"))
            continue
        inner = _where(field.other_kind, value, here, errors)
        quantified = cast(Quantifier, quantifier)
        found.append(Related(field, quantified, None if inner == AllOf(()) else inner))
    return found


def to_order(order_by: list[Any] | None, path: str = "orderBy") -> tuple[SortKey, ...]:
    """``orderBy`` as sort keys; each element must name exactly one field."""
    if not order_by:
        return ()
    keys: list[SortKey] = []
    errors: list[FieldError] = []
    for n, item in enumerate(order_by):
        named = _set_fields(item)
        if len(named) != 1 or named[0][1] is None:
            errors.append(FieldError(f"{path}[{n}]", "name exactly one field with a direction"))
            continue
        _, direction, name = named[0]
        keys.append(SortKey(name, descending=direction == SortDirection.DESC))
    if errors:
        raise ValidationFailed(errors, "invalid order")
    return tuple(keys)
