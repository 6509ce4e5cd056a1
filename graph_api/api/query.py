"""The Query type: a listing and a lookup per kind, Relay's node fields, traversals."""

import asyncio
from typing import Any

import strawberry
from strawberry.types import Info

from graph_api.api import model_exchange
from graph_api.api.arguments import (
    After,
    First,
    Key,
    NodeId,
    NodeIds,
    Search,
)
from graph_api.api.ids import cursor, decode_cursor, decode_global_id
from graph_api.api.traversals import TRAVERSAL_FIELDS
from graph_api.api.types.base import Connection, Edge, Node, PageInfo
from graph_api.api.types.nodes import NODE_TYPES, to_node
from graph_api.errors import FieldError, ValidationFailed
from graph_api.metamodel import NODE_KINDS
from graph_api.store.base import NodeFilter


def page_size(info: Info, first: int | None) -> int:
    """``first`` checked against the configured maximum page size."""
    settings = info.context.settings
    size = settings.default_page_size if first is None else first
    if not 0 <= size <= settings.max_page_size:
        raise ValidationFailed(
            [FieldError("first", f"must be between 0 and {settings.max_page_size}, got {size}")]
        )
    return size


def _list_field(kind: str) -> Any:
    node_type = NODE_TYPES[kind]

    async def resolve(
        info: Info,
        first: First = None,
        after: After = None,
        search: Search = None,
    ) -> Connection[node_type]:  # type: ignore[valid-type]
        size = page_size(info, first)
        after_key = decode_cursor(after) if after is not None else None
        where = NodeFilter(text=search) if search else None
        page = await info.context.store.list_nodes(kind, first=size, after=after_key, where=where)
        nodes = [to_node(r) for r in page.records]
        edges = [Edge(cursor=cursor(n.record.key), node=n) for n in nodes]
        return Connection(
            edges=edges,
            nodes=nodes,
            total_count=page.total_count,
            page_info=PageInfo(
                has_next_page=page.has_next_page,
                has_previous_page=after_key is not None,
                start_cursor=edges[0].cursor if edges else None,
                end_cursor=edges[-1].cursor if edges else None,
            ),
        )

    return strawberry.field(
        resolver=resolve,
        name=NODE_KINDS[kind].plural,
        description=f"{kind} nodes ordered by key, a page at a time; `search` matches "
        "the label or description, ignoring case.",
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
    ref = decode_global_id(id)
    record = await info.context.loaders.nodes(ref.kind).load(ref.key)
    return to_node(record) if record else None


async def _resolve_nodes(info: Info, ids: NodeIds) -> list[Node | None]:
    refs = [decode_global_id(i, f"ids[{n}]") for n, i in enumerate(ids)]
    loaders = info.context.loaders
    records = await asyncio.gather(*(loaders.nodes(r.kind).load(r.key) for r in refs))
    return [to_node(r) if r else None for r in records]


def build_query() -> type:
    namespace: dict[str, Any] = {
        "node": strawberry.field(
            resolver=_resolve_node, description="The node with this global ID, or null."
        ),
        "nodes": strawberry.field(
            resolver=_resolve_nodes,
            description="The nodes with these global IDs, in order (null where none).",
        ),
        **TRAVERSAL_FIELDS,
        **model_exchange.QUERY_FIELDS,
    }
    for kind in NODE_KINDS:
        namespace[f"list_{kind}"] = _list_field(kind)
        namespace[f"get_{kind}"] = _get_field(kind)
    cls = type("Query", (), namespace)
    return strawberry.type(cls, description="Reading the graph.")
