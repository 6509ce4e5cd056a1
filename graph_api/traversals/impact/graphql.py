"""``impact``: everything a change to one node hits, grouped by kind, each with its chain."""

from collections.abc import Mapping
from itertools import groupby
from typing import Annotated

import strawberry
from strawberry.types import Info

from graph_api.errors import FieldError, NotFound, ValidationFailed
from graph_api.graphql.costs import FieldCost
from graph_api.graphql.ids import ANY_KIND_FORMS, resolve_node
from graph_api.graphql.loading import preloaded_nodes
from graph_api.graphql.types.base import GraphNode
from graph_api.graphql.types.node_kind import NodeKind, node_kind
from graph_api.store.base import NodeRef
from graph_api.traversals.description import Traversal
from graph_api.traversals.impact import cypher, memory
from graph_api.traversals.impact.result import ImpactQuery, ImpactRow
from graph_api.traversals.impact.walked import WalkedRelationship, walked

MAX_DEPTH = 10

ImpactNodeId = Annotated[
    strawberry.ID,
    strawberry.argument(description=f"The node that changes, of any kind: {ANY_KIND_FORMS}."),
]
MaxDepth = Annotated[
    int,
    strawberry.argument(
        description=f"The longest chain to follow, 1-{MAX_DEPTH} relationships (default 6)."
    ),
]


@strawberry.type(description="A node hit by the change, with one chain explaining why.")
class ImpactedNode:
    node: GraphNode = strawberry.field(description="The node hit.")
    distance: int = strawberry.field(description="How many relationships its shortest chain has.")
    path: list[WalkedRelationship] = strawberry.field(
        description="One shortest chain from the changed node to this one, in walking "
        "order: of the shortest, the one whose nodes (kind, then key, in order) come first."
    )


@strawberry.type(description="The nodes of one kind that the change hits.")
class ImpactGroup:
    kind: NodeKind = strawberry.field(description="The kind of the nodes.")
    count: int = strawberry.field(description="How many nodes of this kind are hit.")
    items: list[ImpactedNode] = strawberry.field(
        description="The nodes hit, nearest first, then by key."
    )


@strawberry.type(description="What a change to one node hits, by kind.")
class Impact:
    groups: list[ImpactGroup] = strawberry.field(
        description="The nodes hit, one group per kind; groups ordered by their nearest "
        "node's distance, then by kind name."
    )
    total: int = strawberry.field(description="How many nodes the change hits in all.")
    start: GraphNode = strawberry.field(description="The node that changes.")


def _groups(rows: list[ImpactRow], nodes: Mapping[NodeRef, GraphNode]) -> list[ImpactGroup]:
    by_kind = sorted(rows, key=lambda r: (r.node.kind, r.distance, r.node.key))
    groups = [
        ImpactGroup(
            kind=node_kind(kind),
            count=len(items),
            items=[
                ImpactedNode(
                    node=nodes[row.node],
                    distance=row.distance,
                    path=[walked(hop, nodes) for hop in row.hops],
                )
                for row in items
            ],
        )
        for kind, items in ((k, list(g)) for k, g in groupby(by_kind, key=lambda r: r.node.kind))
    ]
    groups.sort(key=lambda g: (g.items[0].distance, g.items[0].node.record.kind))
    return groups


async def resolve_impact(info: Info, node_id: ImpactNodeId, max_depth: MaxDepth = 6) -> Impact:
    start = await resolve_node(info.context.store, node_id, "nodeId")
    if not 1 <= max_depth <= MAX_DEPTH:
        raise ValidationFailed([FieldError("maxDepth", f"must be between 1 and {MAX_DEPTH}")])
    if await info.context.loaders.nodes(start.kind).load(start.key) is None:
        raise NotFound(start.kind, start.key)
    rows = await info.context.store.traverse(TRAVERSAL, ImpactQuery(start, max_depth))
    # Every node on a chain is itself hit, or the start, or (for a view) one it shows,
    # where each chain begins.
    origins = {row.origin for row in rows}
    nodes = await preloaded_nodes(info, [start, *origins, *(row.node for row in rows)])
    return Impact(groups=_groups(rows, nodes), total=len(rows), start=nodes[start])


TRAVERSAL = Traversal(
    name="impact",
    cypher=cypher.impact,
    in_memory=memory.impact,
    field=strawberry.field(
        resolver=resolve_impact,
        description="Everything a change to a node hits: the nodes reachable along "
        "relationships in the direction the metamodel says impact propagates (e.g. a "
        "system -> the processes using it -> the steps they serve -> their stages -> "
        "journeys -> personas), within `maxDepth` relationships, grouped by kind, each "
        "with its distance and one shortest chain. Given a View, everything the view "
        "shows changes: the walk starts from each node it shows and chains begin at one of "
        "them. NOT_FOUND if there is no such node.",
    ),
    cost=FieldCost(1_000, scaled_by=("maxDepth", MAX_DEPTH)),
)
"""The traversal, as :data:`graph_api.traversals.TRAVERSALS` registers it."""
