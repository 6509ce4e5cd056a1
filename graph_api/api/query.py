"""The Query type: a listing and a lookup per kind, Relay's node fields, traversals."""

import asyncio
from typing import Annotated, Any

import strawberry
from strawberry.types import Info

from graph_api.api import archimate_exchange, change_log, model_exchange
from graph_api.diagrams import graphql as diagram_fields
from graph_api.graphql.arguments import (
    After,
    Before,
    First,
    Key,
    Last,
    NodeId,
    NodeIds,
    Search,
)
from graph_api.graphql.ids import resolve_node, resolve_nodes
from graph_api.graphql.types.base import Connection, Node
from graph_api.graphql.types.filters import ORDER_INPUTS, WHERE_INPUTS
from graph_api.graphql.types.list_arguments import list_arguments
from graph_api.graphql.types.nodes import NODE_TYPES, to_node
from graph_api.graphql.types.pagination import to_connection
from graph_api.metamodel import NODE_KINDS
from graph_api.store.listing import ListQuery
from graph_api.traversals import TRAVERSALS


def _list_field(kind: str) -> Any:
    node_type, where_type, order_type = NODE_TYPES[kind], WHERE_INPUTS[kind], ORDER_INPUTS[kind]

    async def resolve(
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            where_type | None,  # type: ignore[valid-type]
            strawberry.argument(description="Only the nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[order_type] | None,  # type: ignore[valid-type]
            strawberry.argument(description="The order, most significant first (then key)."),
        ] = None,
        search: Search = None,
    ) -> Connection[node_type]:  # type: ignore[valid-type]
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
        page = await info.context.store.list_nodes(kind, query)
        return to_connection(page, args.order, to_node)

    return strawberry.field(
        resolver=resolve,
        name=NODE_KINDS[kind].plural,
        description=f"{kind} nodes, a page at a time (Relay): by key unless `orderBy` says "
        "otherwise; `where` filters on properties and relationships; `search` matches the "
        "label or description, ignoring case.",
    )


def _get_field(kind: str) -> Any:
    node_type = NODE_TYPES[kind]

    async def resolve(info: Info, key: Key) -> node_type | None:  # type: ignore[valid-type]
        record = await info.context.loaders.nodes(kind).load(key)
        return to_node(record) if record else None

    return strawberry.field(
        resolver=resolve,
        name=NODE_KINDS[kind].singular,
        description=f"The {kind} with this key, or null.",
    )


async def _resolve_node(info: Info, id: NodeId) -> Node | None:
    ref = await resolve_node(info.context.store, id, "id")
    record = await info.context.loaders.nodes(ref.kind).load(ref.key)
    return to_node(record) if record else None


async def _resolve_nodes(info: Info, ids: NodeIds) -> list[Node | None]:
    refs = await resolve_nodes(info.context.store, [(i, f"ids[{n}]") for n, i in enumerate(ids)])
    loaders = info.context.loaders
    records = await asyncio.gather(*(loaders.nodes(r.kind).load(r.key) for r in refs))
    return [to_node(r) if r else None for r in records]


def build_query() -> type:
    namespace: dict[str, Any] = {
        "node": strawberry.field(
            resolver=_resolve_node, description="The node `id` names, or null if there is none."
        ),
        "nodes": strawberry.field(
            resolver=_resolve_nodes,
            description="The nodes `ids` name, in order (null where there is none).",
        ),
        **{traversal.python_name: traversal.field for traversal in TRAVERSALS},
        **diagram_fields.FIELDS,
        **model_exchange.QUERY_FIELDS,
        **archimate_exchange.QUERY_FIELDS,
        **change_log.QUERY_FIELDS,
    }
    for kind in NODE_KINDS:
        namespace[f"list_{kind}"] = _list_field(kind)
        namespace[f"get_{kind}"] = _get_field(kind)
    cls = type("Query", (), namespace)
    return strawberry.type(cls, description="Reading the graph.")
