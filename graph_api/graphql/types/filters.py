"""Typed ``where`` and ``orderBy`` inputs per kind, and what they mean to a store.

The inputs are generated from the metamodel in :mod:`graph_api.graphql.types.node_filters`.
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

from graph_api.errors import FieldError, ValidationFailed
from graph_api.graphql.types.inputs import set_fields
from graph_api.graphql.types.node_filters import ORDER_INPUTS, RELATION_INPUTS, WHERE_INPUTS
from graph_api.graphql.types.sort_direction import SortDirection
from graph_api.metamodel import NODE_KINDS, RelationshipField, relationship_fields
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


@dataclass(frozen=True)
class _Entry:
    """What one field of a generated Where input stands for."""

    role: str  # "and" | "or" | "not" | "test" | "relation"
    field: RelationshipField | None = None


def _entries(kind: str) -> dict[str, _Entry]:
    """What each field of ``<Kind>Where`` stands for, by GraphQL name."""
    entries = {"AND": _Entry("and"), "OR": _Entry("or"), "NOT": _Entry("not")}
    for name in [*_AUDIT, *(f.alias or a for a, f in NODE_KINDS[kind].scalar_fields().items())]:
        entries[name] = _Entry("test")
    for name, rel_field in relationship_fields(kind).items():
        entries[name] = _Entry("relation", rel_field)
    return entries


_AUDIT = ["key", "createdAt", "updatedAt", "version"]
_ENTRIES = {WHERE_INPUTS[kind]: _entries(kind) for kind in NODE_KINDS}


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
    for _, value, name in set_fields(where):
        entry = entries[name]
        here = f"{path}.{name}"
        if value is None:
            errors.append(FieldError(here, "must not be null; leave it out instead"))
        elif entry.role in ("and", "or"):
            items = tuple(_where(kind, v, f"{here}[{n}]", errors) for n, v in enumerate(value))
            parts.append(AllOf(items) if entry.role == "and" else AnyOf(items))
        elif entry.role == "not":
            parts.append(Not(_where(kind, value, here, errors)))
        elif entry.role == "test":
            parts.extend(_tests(name, value, here, errors))
        else:
            assert entry.field is not None
            parts.extend(_relation(entry.field, value, here, errors))
    return parts[0] if len(parts) == 1 else AllOf(tuple(parts))


def _tests(name: str, tests: object, path: str, errors: list[FieldError]) -> list[Filter]:
    found: list[Filter] = []
    for _, value, op in set_fields(tests):
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
    for quantifier, value, _ in set_fields(tests):
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
        named = set_fields(item)
        if len(named) != 1 or named[0][1] is None:
            errors.append(FieldError(f"{path}[{n}]", "name exactly one field with a direction"))
            continue
        _, direction, name = named[0]
        keys.append(SortKey(name, descending=direction == SortDirection.DESC))
    if errors:
        raise ValidationFailed(errors, "invalid order")
    return tuple(keys)


__all__ = [
    "ORDER_INPUTS",
    "RELATION_INPUTS",
    "WHERE_INPUTS",
    "SortDirection",
    "to_filter",
    "to_order",
    "to_store_value",
]
