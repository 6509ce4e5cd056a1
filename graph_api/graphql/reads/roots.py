"""What the root fields run: their whole selection read by one plan, in one round trip.

Each function answers None when the request is not planned (plans turned off by the
setting ``read_plans``, or a selection whose arguments fail their checks), and the
resolver then reads level by level through the request's loaders, the reference the
plans are tested against. Otherwise the answer is the projected value, handed to the
response whole (:class:`~graph_api.graphql.reads.execution.Complete`), or, where a value
breaks a type rule, the GraphQL objects of the same read for ordinary completion.
"""

from typing import Any

from graphql import GraphQLResolveInfo
from strawberry.types import Info

from graph_api.graphql.library_seams import resolve_info
from graph_api.graphql.reads.answer import Broken, connection_value, node_value
from graph_api.graphql.reads.execution import Complete, PlannedExecution
from graph_api.graphql.reads.selection import NotPlanned, Planner
from graph_api.graphql.types.base import Connection, GraphNode
from graph_api.graphql.types.nodes import to_node
from graph_api.graphql.types.pagination import planned_connection
from graph_api.store.listing import ListQuery
from graph_api.store.read_plan import Properties, ReadNode, ReadPlan


def planner_for(info: Info) -> Planner | None:
    """The request's planner; None when reads are not planned (``read_plans`` off)."""
    executor: PlannedExecution | None = getattr(info.context, "executor", None)
    return None if executor is None else executor.planner()


def _planned_object(node: ReadNode) -> GraphNode:
    return to_node(node.record, node.related)


def _planned_field(info: Info) -> tuple[Planner, GraphQLResolveInfo[Any]] | None:
    """The request's planner and the root field's resolve info; None when not planned."""
    planner = planner_for(info)
    return None if planner is None else (planner, resolve_info(info))


async def read_listing(
    info: Info, kind: str, query: ListQuery
) -> Complete | Connection[Any] | None:
    """A listing's page and everything selected below it; None when not planned."""
    planned = _planned_field(info)
    if planned is None:
        return None
    planner, raw = planned
    try:
        connection, properties, below, _, _ = planner.connection(
            raw.return_type, raw.field_nodes, planner.object_type(kind)
        )
    except NotPlanned:
        return None
    properties = properties | Properties(frozenset(k.name for k in query.order))
    plan = ReadPlan(kind, None, query, properties, below)
    page = await info.context.store.read(plan)
    try:
        return Complete(connection_value(connection, page, query.order))
    except Broken:
        return planned_connection(page, query.order, _planned_object)


async def read_lookup(info: Info, kind: str, key: str) -> Complete | GraphNode | None:
    """The node of ``kind`` with ``key`` and everything selected below it, or a
    :class:`Complete` None when there is none; None when not planned."""
    planned = _planned_field(info)
    if planned is None:
        return None
    planner, raw = planned
    try:
        shape, properties, below = planner.node_shape(planner.object_type(kind), raw.field_nodes)
    except NotPlanned:
        return None
    answer = await info.context.store.read(ReadPlan(kind, (key,), None, properties, below))
    if not answer.nodes:
        return Complete(None)
    (root,) = answer.nodes
    try:
        return Complete(node_value(shape, root))
    except Broken:
        return _planned_object(root)


__all__ = ["planner_for", "read_listing", "read_lookup"]
