"""The Query type: a listing and a lookup per kind, Relay's node fields, traversals."""

from typing import Any

import strawberry
from strawberry.types import Info

from graph_api.api import archimate_exchange, change_log, model_exchange
from graph_api.api.node_fields import NodeQueries
from graph_api.api.node_resolvers import declared_fields
from graph_api.diagrams import graphql as diagram_fields
from graph_api.graphql.arguments import NodeId, NodeIds
from graph_api.graphql.ids import resolve_node, resolve_nodes
from graph_api.graphql.loading import read_nodes
from graph_api.graphql.reads.roots import read_lookup
from graph_api.graphql.types.base import Node
from graph_api.graphql.types.nodes import to_node
from graph_api.traversals import TRAVERSALS


async def _resolve_node(info: Info, id: NodeId) -> Node | None:
    ref = await resolve_node(info.context.store, id, "id")
    planned = await read_lookup(info, ref.kind, ref.key)
    if planned is not None:
        return planned  # type: ignore[return-value]  # a Complete answer is passed through
    record = await info.context.loaders.nodes(ref.kind).load(ref.key)
    return to_node(record) if record else None


async def _resolve_nodes(info: Info, ids: NodeIds) -> list[Node | None]:
    refs = await resolve_nodes(info.context.store, [(i, f"ids[{n}]") for n, i in enumerate(ids)])
    # Every kind in one store call, with the fields selected below the nodes.
    read = await read_nodes(info, refs)
    return [read.found.get(ref) for ref in refs]


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
    # A listing and a lookup per kind: generated, in graph_api/api/node_fields.py.
    namespace.update(declared_fields(NodeQueries))
    cls = type("Query", (), namespace)
    return strawberry.type(cls, description="Reading the graph.")
