"""The smallest valid node of every kind, for tests that walk every triple of the metamodel.

Values are derived from each kind's properties (a required text gets the key, a number
its lower bound, an enum its first value), so a kind added to the metamodel is covered
without a change here.
"""

import typing
from datetime import date
from enum import Enum
from typing import Any

from annotated_types import Ge

from graph_api.metamodel import NODE_KINDS, RELATIONSHIPS, RelationshipSpec


def minimal_props(kind: str, key: str, *, graphql: bool = False) -> dict[str, Any]:
    """The required properties of ``kind`` with the simplest valid values (camelCase);
    with ``graphql``, as a GraphQL input gives them (an enum by its name)."""
    props: dict[str, Any] = {}
    for attribute, field in NODE_KINDS[kind].scalar_fields().items():
        if not field.is_required():
            continue
        annotation = field.annotation
        low = next((m.ge for m in field.metadata if isinstance(m, Ge)), None)
        value: Any
        if isinstance(annotation, type) and issubclass(annotation, Enum):
            first = next(iter(annotation))
            value = first.name if graphql else first.value
        elif annotation is str:
            value = key.upper()
        elif annotation in (int, float):
            value = low if low is not None else 1
        elif annotation is date:
            value = "2026-01-05"
        else:  # pragma: no cover - a new property type needs a value here
            raise TypeError(f"{kind}.{attribute}: no minimal value for {annotation!r}")
        props[field.alias or attribute] = typing.cast(Any, value)
    return props


def ends(spec: RelationshipSpec) -> tuple[str, str]:
    """The keys of a triple's two ends in these tests (distinct for a kind joined to itself)."""
    return ("source-node", "target-node")


def triple_id(spec: RelationshipSpec) -> str:
    return "-".join(spec.triple)


TRIPLES = list(RELATIONSHIPS)
