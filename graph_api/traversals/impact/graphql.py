"""``impact``: everything a change to one node hits: counts, and pages of hits per kind,
each hit with its chain; the whole answer grouped by kind (deprecated)."""

import asyncio
from collections.abc import Mapping
from itertools import groupby
from typing import Annotated

import strawberry
from strawberry.types import Info
from strawberry.types.nodes import SelectedField

from graph_api.errors import FieldError, NotFound, ValidationFailed
from graph_api.graphql.costs import FieldCost
from graph_api.graphql.identity import ByIdentity
from graph_api.graphql.ids import ANY_KIND_FORMS, resolve_node
from graph_api.graphql.loading import preloaded_nodes, read_nodes
from graph_api.graphql.types.base import GraphNode
from graph_api.graphql.types.node_kind import NodeKind, kind_name, node_kind
from graph_api.store.base import NodeRef
from graph_api.traversals.description import Traversal
from graph_api.traversals.impact import cypher, memory
from graph_api.traversals.impact.hits import (
    MAX_HITS,
    ImpactedNode,
    ImpactHitPage,
    ImpactSummary,
    Walks,
    hits_request,
    impacted,
)
from graph_api.traversals.impact.reads import ImpactReads
from graph_api.traversals.impact.result import ImpactQuery, ImpactRow

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
HitsKind = Annotated[NodeKind, strawberry.argument(description="The kind of the nodes.")]
FirstHits = Annotated[
    int, strawberry.argument(description=f"How many nodes to return, 1-{MAX_HITS}.")
]
AfterHit = Annotated[
    str | None,
    strawberry.argument(
        description="The `endCursor` of the page before (of the same kind's hits); none "
        "for the first page."
    ),
]


DEPRECATED_GROUPS = (
    "Pages instead: summary, and hits(kind:, first:, after:) per kind; the whole answer "
    "streams from GET /impact.ndjson"
)


@strawberry.type(description="The nodes of one kind that the change hits.")
class ImpactGroup:
    kind: NodeKind = strawberry.field(description="The kind of the nodes.")
    count: int = strawberry.field(description="How many nodes of this kind are hit.")
    items: list[ImpactedNode] = strawberry.field(
        description="The nodes hit, nearest first, then by key."
    )


def _groups(rows: list[ImpactRow], nodes: Mapping[NodeRef, GraphNode]) -> list[ImpactGroup]:
    by_kind = sorted(rows, key=lambda r: (r.node.kind, r.distance, r.node.key))
    walks: Walks = ByIdentity()
    groups = [
        ImpactGroup(
            kind=node_kind(kind),
            count=len(items),
            items=[impacted(row, nodes, walks) for row in items],
        )
        for kind, items in ((k, list(g)) for k, g in groupby(by_kind, key=lambda r: r.node.kind))
    ]
    groups.sort(key=lambda g: (g.items[0].distance, g.items[0].node.record.kind))
    return groups


@strawberry.type(
    description="What a change to one node hits: how many nodes, by kind and distance "
    "(`summary`), and the nodes of each kind a page at a time (`hits`), each with the "
    "chain explaining why. Only the chains of the pages asked for are computed; the fields "
    "of one `impact` walk the graph once between them."
)
class Impact:
    start_ref: strawberry.Private[NodeRef]
    max_depth: strawberry.Private[int]
    reads: strawberry.Private[ImpactReads]
    start_node: strawberry.Private[GraphNode]
    groups_selected: strawberry.Private[bool]
    """Whether `groups` is asked for: `total` then counts its rows, not a summary."""
    _whole: strawberry.Private["asyncio.Task[list[ImpactRow]] | None"] = None

    @strawberry.field(
        description="The nodes hit, one group per kind; groups ordered by their nearest "
        "node's distance, then by kind name. Every node with its chain: at scale, tens of "
        "thousands.",
        deprecation_reason=DEPRECATED_GROUPS,
    )
    async def groups(self, info: Info) -> list[ImpactGroup]:
        rows = await self._rows(info)
        # Every node on a chain is itself hit, or the start, or (for a view) one it
        # shows, where each chain begins. The walk named them all (the start was read
        # already): a kind selected by key alone, as chains usually are, is not read.
        origins = {row.origin for row in rows}
        refs = [self.start_ref, *origins, *(r.node for r in rows)]
        read = await read_nodes(info, refs, named_by_answer=True)
        return _groups(rows, {ref: read.node(ref) for ref in read.found})

    @strawberry.field(description="How many nodes the change hits in all.")
    async def total(self, info: Info) -> int:
        if self.groups_selected:
            return len(await self._rows(info))
        return (await self.reads.summary()).total

    @strawberry.field(description="The node that changes.")
    def start(self) -> GraphNode:
        return self.start_node

    @strawberry.field(description="How many nodes the change hits, by kind and by distance.")
    async def summary(self) -> ImpactSummary:
        return await self.reads.summary()

    @strawberry.field(
        description="A page of the nodes of one kind that the change hits, nearest first, "
        "then by key (the order of a group's items), each with its distance and chain. An "
        "empty page, `count` 0, for a kind nothing of is hit."
    )
    async def hits(
        self, info: Info, kind: HitsKind, first: FirstHits = 20, after: AfterHit = None
    ) -> ImpactHitPage:
        request = hits_request(kind_name(kind), first, after)
        return await self.reads.page(info, request)

    async def _rows(self, info: Info) -> list[ImpactRow]:
        """The whole answer (``groups``), walked once for ``groups`` and ``total``."""
        if self._whole is None:
            query = ImpactQuery(self.start_ref, self.max_depth)
            self._whole = asyncio.ensure_future(info.context.store.traverse(TRAVERSAL, query))
        return await self._whole


def _asks_for(info: Info, name: str) -> bool:
    """Whether the selection of ``info``'s field names field ``name`` directly (also
    through fragments)."""
    pending = list(info.selected_fields)
    while pending:
        for selection in pending.pop().selections:
            if isinstance(selection, SelectedField):
                if selection.name == name:
                    return True
            else:
                pending.append(selection)
    return False


async def resolve_impact(info: Info, node_id: ImpactNodeId, max_depth: MaxDepth = 6) -> Impact:
    store = info.context.store
    start = await resolve_node(store, node_id, "nodeId")
    if not 1 <= max_depth <= MAX_DEPTH:
        raise ValidationFailed([FieldError("maxDepth", f"must be between 1 and {MAX_DEPTH}")])
    if await info.context.loaders.nodes(start.kind).load(start.key) is None:
        raise NotFound(start.kind, start.key)
    nodes = await preloaded_nodes(info, [start])
    return Impact(
        start_ref=start,
        max_depth=max_depth,
        reads=ImpactReads(store, start, max_depth),
        groups_selected=_asks_for(info, "groups"),
        start_node=nodes[start],
    )


TRAVERSAL = Traversal(
    name="impact",
    cypher=cypher.impact,
    in_memory=memory.impact,
    field=strawberry.field(
        resolver=resolve_impact,
        description="Everything a change to a node hits: the nodes reachable along "
        "relationships in the direction the metamodel says impact propagates (e.g. a "
        "system -> the processes using it -> the steps they serve -> their stages -> "
        "journeys -> personas), within `maxDepth` relationships: counted by kind and "
        "distance (`summary`), and a page at a time per kind (`hits`), each with its "
        "distance and one shortest chain. Given a View, everything the view "
        "shows changes: the walk starts from each node it shows and chains begin at one of "
        "them. NOT_FOUND if there is no such node.",
    ),
    cost=FieldCost(1_000, scaled_by=("maxDepth", MAX_DEPTH)),
)
"""The traversal, as :data:`graph_api.traversals.TRAVERSALS` registers it."""
