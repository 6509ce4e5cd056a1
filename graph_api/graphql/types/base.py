"""GraphQL types shared by every node kind: the Relay interfaces and connections."""

from collections.abc import Callable
from datetime import datetime
from typing import Any, Generic, TypeVar

import strawberry

from graph_api.graphql.ids import global_id
from graph_api.graphql.types.carried_types import Attribute, Translation
from graph_api.metamodel import NodeProperties, node_spec
from graph_api.store.base import NodeRecord
from graph_api.store.read_plan import ReadPage, RelatedKey

# The node types' fields have no resolvers of their own: Strawberry reads them through
# the schema's default resolver (:func:`read_field`), which takes them from the record.
# A field without a resolver skips Strawberry's per-call work (an Info object, argument
# conversion, the extension chain), the larger part of what a field of a big answer costs.


def record_field(description: str, name: str | None = None) -> Any:
    """A node field read from the record by :func:`read_field`: no resolver, and a default
    so that a node is made from its record alone (the attribute itself is never read)."""
    return strawberry.field(name=name, description=description, default=None)


def _described(name: str) -> str:
    """The metamodel's description of a property every kind has."""
    return NodeProperties.model_fields[name].description or name


@strawberry.interface(description="An object with a global ID (Relay Node).")
class Node:
    record: strawberry.Private[NodeRecord]
    id: strawberry.ID = record_field("The global ID: opaque, stable, unique across all kinds.")


@strawberry.interface(description="A node of the graph: every kind of the metamodel.")
class GraphNode(Node):
    key: str = record_field("The node's key: a slug, stable and unique within its kind.")
    label: str = record_field("The node's display name: its name, statement, title or summary.")
    created_at: datetime = record_field("When the node was created.")
    updated_at: datetime = record_field("When the node's properties last changed.")
    created_by: str = record_field("Who created the node (see `changeLog` for the history).")
    updated_by: str = record_field("Who last changed the node's properties.")
    version: int = record_field(
        "Increases with every change; pass it back to update or delete safely."
    )
    # Every kind has these three (NodeProperties); on the interface, a client can read
    # them on any node, an impact answer's say, without a fragment per kind.
    description: str | None = record_field(_described("description"))
    related: strawberry.Private["dict[RelatedKey, ReadPage] | None"] = None
    """The relationship reads a read plan made below this node (by what they read), for
    its relationship fields to answer from; None for a node read on its own."""
    translations: list[Translation] | None = record_field(_described("translations"))
    attributes: list[Attribute] | None = record_field(_described("attributes"))


FieldReader = Callable[[NodeRecord], Any]
"""Reads one field's value from a node's record."""

AUDIT_READERS: dict[str, FieldReader] = {
    "id": lambda record: strawberry.ID(global_id(record.ref)),
    "key": lambda record: record.key,
    "label": lambda record: str(record.props.get(node_spec(record.kind).label_field, "")),
    "created_at": lambda record: record.created_at,
    "updated_at": lambda record: record.updated_at,
    "created_by": lambda record: record.created_by,
    "updated_by": lambda record: record.updated_by,
    "version": lambda record: record.version,
}
"""The readers of the fields every node has, by Python name."""

FIELD_READERS: dict[type, dict[str, FieldReader]] = {}
"""Per node type, the reader of each of its fields without a resolver (by Python name);
filled in by :mod:`graph_api.graphql.types.node_types` as it makes the types."""


def read_field(source: Any, name: str) -> Any:
    """The schema's default resolver: a node's field from its record, else the attribute."""
    readers = FIELD_READERS.get(type(source))
    if readers is not None:
        read = readers.get(name)
        if read is not None:
            return read(source.record)
    return getattr(source, name)


@strawberry.type(description="Where a page sits in its listing (Relay).")
class PageInfo:
    has_next_page: bool = strawberry.field(description="Whether more nodes follow this page.")
    has_previous_page: bool = strawberry.field(description="Whether nodes come before this page.")
    start_cursor: str | None = strawberry.field(description="The cursor of the first edge.")
    end_cursor: str | None = strawberry.field(
        description="The cursor of the last edge: pass it as `after` for the next page."
    )


T = TypeVar("T")


def _edge_cursor(root: "Edge[Any]") -> str:
    return root.make_cursor()


@strawberry.type(description="A node in a page, with its cursor.")
class Edge(Generic[T]):
    cursor: str = strawberry.field(
        resolver=_edge_cursor, description="The node's position in the listing."
    )
    node: T = strawberry.field(description="The node.")
    make_cursor: strawberry.Private[Callable[[], str]]
    """Made only when asked for: most clients read the nodes alone."""


def _connection_edges(root: "Connection[Any]") -> list[Edge[Any]]:
    return root.make_edges()


def _connection_page_info(root: "Connection[Any]") -> PageInfo:
    return root.make_page_info()


@strawberry.type(description="A page of nodes ordered by key (Relay connection).")
class Connection(Generic[T]):
    edges: list[Edge[T]] = strawberry.field(
        resolver=_connection_edges, description="The nodes of the page with cursors."
    )
    nodes: list[T] = strawberry.field(description="The nodes of the page.")
    page_info: PageInfo = strawberry.field(
        resolver=_connection_page_info, description="Where the page sits in the listing."
    )
    total_count: int = strawberry.field(description="How many nodes the whole listing holds.")
    # Made only when asked for: a nested query has a connection per parent node, and
    # most clients read the nodes alone, so cursors are computed only where wanted.
    make_edges: strawberry.Private[Callable[[], list[Edge[T]]]]
    make_page_info: strawberry.Private[Callable[[], PageInfo]]


@strawberry.type(description="What a delete mutation removed.")
class DeletedNode:
    id: strawberry.ID = strawberry.field(description="The global ID the node had.")
    kind: str = strawberry.field(description="The node's kind.")
    key: str = strawberry.field(description="The node's key.")


@strawberry.type(description="A relationship that a link or unlink mutation acted on.")
class LinkResult:
    type: str = strawberry.field(description="The relationship type, e.g. 'HAS_STEP'.")
    source: GraphNode = strawberry.field(description="The node the relationship starts at.")
    target: GraphNode = strawberry.field(description="The node the relationship ends at.")
    identifier: str | None = strawberry.field(
        default=None,
        description="The identifier the relationship keeps (another tool's name for it), "
        "after a link; null when it has none, and after an unlink.",
    )
