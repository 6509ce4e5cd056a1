"""What the generated Query and Mutation fields of every kind run.

The fields themselves (``steps``, ``step``, ``createStep``, ``updateStep``,
``deleteStep`` ...) are generated from the metamodel in :mod:`graph_api.api.node_fields`,
each a method calling one of the functions below with its kind and its node type.
"""

from typing import Any, TypeVar

import strawberry
from strawberry.types import Info
from strawberry.types.field import StrawberryField

from graph_api.graphql.ids import global_id, node_ref
from graph_api.graphql.reads.roots import read_listing, read_lookup
from graph_api.graphql.types.base import Connection, DeletedNode, GraphNode
from graph_api.graphql.types.inputs import input_values
from graph_api.graphql.types.list_arguments import list_arguments
from graph_api.graphql.types.pagination import to_connection
from graph_api.services import nodes as node_service
from graph_api.store.listing import ListQuery

NodeT = TypeVar("NodeT", bound=GraphNode)


def actor(info: Info) -> str:
    """Who a write is recorded as made by: the caller's subject."""
    subject: str = info.context.principal.subject
    return subject


async def list_nodes(
    info: Info,
    kind: str,
    node_type: type[NodeT],
    where: object | None,
    order_by: list[Any] | None,
    search: str | None,
    *,
    first: int | None,
    after: str | None,
    last: int | None,
    before: str | None,
) -> Connection[NodeT]:
    """``Query.<kinds>``: a page of the nodes of ``kind``."""
    args = list_arguments(
        kind,
        info.context.settings,
        where=where,
        order_by=order_by,
        positional=False,
        first=first,
        after=after,
        last=last,
        before=before,
    )
    assert args.window is not None
    query = ListQuery(args.where, search or None, args.order, args.window)
    planned = await read_listing(info, kind, query)
    if planned is not None:
        return planned  # type: ignore[return-value]  # a Complete answer is passed through
    page = await info.context.store.list_nodes(kind, query)
    return to_connection(page, args.order, lambda record: node_type(record=record))


async def get_node(info: Info, kind: str, node_type: type[NodeT], key: str) -> NodeT | None:
    """``Query.<kind>``: the node of ``kind`` with ``key``, or None."""
    planned = await read_lookup(info, kind, key)
    if planned is not None:
        return planned  # type: ignore[return-value]  # a Complete answer is passed through
    record = await info.context.loaders.nodes(kind).load(key)
    return node_type(record=record) if record else None


async def create_node(
    info: Info, kind: str, node_type: type[NodeT], data: object, key: str | None
) -> NodeT:
    """``Mutation.create<Kind>``: a new node with the properties of ``data``."""
    record = await node_service.create_node(
        info.context.store, kind, key, input_values(data), actor=actor(info)
    )
    return node_type(record=record)


async def update_node(
    info: Info,
    kind: str,
    node_type: type[NodeT],
    node_id: str,
    data: object,
    expected_version: int | None,
) -> NodeT:
    """``Mutation.update<Kind>``: the node with the properties ``data`` sets changed."""
    ref = node_ref(node_id, kind, "id")
    record = await node_service.update_node(
        info.context.store,
        kind,
        ref.key,
        input_values(data),
        expected_version,
        actor=actor(info),
    )
    return node_type(record=record)


async def delete_node(
    info: Info, kind: str, node_id: str, expected_version: int | None
) -> DeletedNode:
    """``Mutation.delete<Kind>``: removes the node and its relationships."""
    ref = node_ref(node_id, kind, "id")
    await node_service.delete_node(
        info.context.store, kind, ref.key, expected_version, actor=actor(info)
    )
    return DeletedNode(id=strawberry.ID(global_id(ref)), kind=kind, key=ref.key)


def declared_fields(cls: type) -> dict[str, StrawberryField]:
    """The Strawberry fields declared in ``cls``'s body, by Python name, in order: how
    the generated ``NodeQueries`` and ``NodeMutations`` join Query and Mutation."""
    return {name: value for name, value in vars(cls).items() if isinstance(value, StrawberryField)}
