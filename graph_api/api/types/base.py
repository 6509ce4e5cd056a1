"""GraphQL types shared by every node kind: the Relay interfaces and connections."""

from collections.abc import Callable
from datetime import datetime
from typing import Any, Generic, TypeVar

import strawberry

from graph_api.api.ids import global_id
from graph_api.metamodel import node_spec
from graph_api.store.base import NodeRecord


@strawberry.interface(description="An object with a global ID (Relay Node).")
class Node:
    record: strawberry.Private[NodeRecord]

    @strawberry.field(description="The global ID: opaque, stable, unique across all kinds.")
    def id(self) -> strawberry.ID:
        return strawberry.ID(global_id(self.record.ref))


@strawberry.interface(description="A node of the graph: every kind of the metamodel.")
class GraphNode(Node):
    @strawberry.field(description="The node's key: a slug, stable and unique within its kind.")
    def key(self) -> str:
        return self.record.key

    @strawberry.field(description="The node's display name: its name, statement, title or summary.")
    def label(self) -> str:
        return str(self.record.props.get(node_spec(self.record.kind).label_field, ""))

    @strawberry.field(description="When the node was created.")
    def created_at(self) -> datetime:
        return self.record.created_at

    @strawberry.field(description="When the node's properties last changed.")
    def updated_at(self) -> datetime:
        return self.record.updated_at

    @strawberry.field(description="Who created the node (see `changeLog` for the history).")
    def created_by(self) -> str:
        return self.record.created_by

    @strawberry.field(description="Who last changed the node's properties.")
    def updated_by(self) -> str:
        return self.record.updated_by

    @strawberry.field(
        description="Increases with every change; pass it back to update or delete safely."
    )
    def version(self) -> int:
        return self.record.version


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
