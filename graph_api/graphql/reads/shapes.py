"""The shape a planned answer is projected by: per node type, its selected fields in
response order (leaves, ``__typename``, relationship fields), and per connection its
parts; and which GraphQL fields walk which relationship."""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from graphql import GraphQLOutputType

from graph_api.graphql.types.base import FieldReader
from graph_api.metamodel import NODE_KINDS, RelationshipField, relationship_fields
from graph_api.store.read_plan import RelatedKey


@dataclass(frozen=True, slots=True)
class Leaf:
    """A scalar or enum field of a node, read from its record."""

    name: str
    read: FieldReader
    type: GraphQLOutputType
    stored: str | None = None
    """The stored name ``read`` takes a plain value from (a property or the key), if so."""
    direct: "Callable[[Any], Any] | None" = None
    """The value from the stored one where that is plain (:func:`~graph_api.graphql.reads.
    answer.direct_leaf`); with ``stored``, an answer reads it without the record."""


@dataclass(frozen=True, slots=True)
class TypeName:
    name: str
    value: str


@dataclass(frozen=True, slots=True)
class Related:
    """A relationship field of a node: ``shape`` is ``single``, ``list`` or ``connection``."""

    name: str
    key: RelatedKey
    shape: str
    type: GraphQLOutputType
    node: "NodeShape | None"
    """The related nodes' shape (a single or list field)."""
    connection: "ConnectionShape | None" = None
    """The connection's parts (a connection field), each part with its nodes' shape."""


@dataclass(slots=True)
class NodeShape:
    """What a node of one type answers: its selected fields in response order.

    ``whole`` is false when a field is selected that only ordinary completion answers
    (an object-valued property such as ``translations``): the answer is then completed
    by the executor, from the same read.
    """

    type_name: str
    entries: list[Leaf | TypeName | Related] = field(default_factory=list)
    whole: bool = True


@dataclass(slots=True)
class ConnectionShape:
    """What a connection answers: ``(response name, part, detail)`` in response order.
    Parts are ``totalCount``, ``nodes`` (its detail: the nodes' shape), ``edges`` (a list
    of ``(response name, part, detail)`` whose ``node`` has the nodes' shape), ``pageInfo``
    (its parts) and ``__typename``."""

    type_name: str
    parts: list[tuple[str, str, Any]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class RelationshipSlot:
    """A GraphQL field that walks a relationship: which, and as what."""

    field: RelationshipField
    shape: str


def _slots() -> dict[tuple[str, str], RelationshipSlot]:
    slots = {}
    for kind in NODE_KINDS:
        for name, spec in relationship_fields(kind).items():
            if spec.single:
                slots[(kind, name)] = RelationshipSlot(spec, "single")
            else:
                slots[(kind, name)] = RelationshipSlot(spec, "list")
                slots[(kind, f"{name}Connection")] = RelationshipSlot(spec, "connection")
    return slots


SLOTS = _slots()
"""Every relationship field of every node type, by (type name, GraphQL field name)."""
