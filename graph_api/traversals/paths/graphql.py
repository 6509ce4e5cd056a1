"""``paths``: the shortest relationship paths between two nodes, whatever the directions."""

from collections.abc import Mapping
from typing import Annotated

import strawberry
from strawberry.types import Info

from graph_api.errors import FieldError, NotFound, ValidationFailed
from graph_api.graphql.costs import FieldCost
from graph_api.graphql.ids import ANY_KIND_FORMS, resolve_nodes
from graph_api.graphql.loading import preloaded_nodes
from graph_api.graphql.types.base import GraphNode, PageInfo
from graph_api.store.base import NodeRef
from graph_api.traversals.description import Traversal
from graph_api.traversals.impact.walked import WalkedRelationship, walked
from graph_api.traversals.paths import cypher, memory
from graph_api.traversals.paths.cursors import decode_path_cursor, path_cursor
from graph_api.traversals.paths.result import GraphPath, PathsQuery, PathsResult

MAX_LENGTH = 10
MAX_PATHS = 100

FromId = Annotated[
    strawberry.ID,
    strawberry.argument(description=f"The node to start from, of any kind: {ANY_KIND_FORMS}."),
]
ToId = Annotated[
    strawberry.ID,
    strawberry.argument(description=f"The node to reach, of any kind: {ANY_KIND_FORMS}."),
]
MaxLength = Annotated[
    int,
    strawberry.argument(
        description=f"The longest path to look for, 1-{MAX_LENGTH} relationships (default 6)."
    ),
]
FirstPaths = Annotated[
    int,
    strawberry.argument(
        description=f"How many of the shortest paths to return, 1-{MAX_PATHS} (default 10)."
    ),
]
AfterPath = Annotated[
    str | None,
    strawberry.argument(
        description="Only the paths after this cursor (a `pageInfo.endCursor` of the same "
        "two nodes' paths); null: from the first."
    ),
]


@strawberry.type(description="A path between two nodes: its nodes and the relationships between.")
class RelationshipPath:
    length: int = strawberry.field(description="How many relationships the path has.")
    nodes: list[GraphNode] = strawberry.field(
        description="The nodes along the path, from the start to the end."
    )
    hops: list[WalkedRelationship] = strawberry.field(
        description="The relationships along the path, in walking order."
    )


@strawberry.type(description="The shortest paths between two nodes.")
class Paths:
    start: GraphNode = strawberry.field(description="The node the paths start from.")
    end: GraphNode = strawberry.field(description="The node the paths reach.")
    length: int | None = strawberry.field(
        description="The length of the shortest paths; null when no path of at most "
        "`maxLength` relationships links the nodes."
    )
    total: int = strawberry.field(description="How many paths of the shortest length there are.")
    paths: list[RelationshipPath] = strawberry.field(
        description="The first `first` shortest paths after `after`, ordered by their "
        "nodes' kinds and keys in path order, then by relationship types."
    )
    page_info: PageInfo = strawberry.field(
        description="Where these paths sit among all the shortest paths: pass `endCursor` "
        "as `after` for the next page."
    )


def _page_info(result: PathsResult) -> PageInfo:
    found = result.paths
    return PageInfo(
        has_next_page=result.before + len(found) < result.total,
        has_previous_page=result.before > 0,
        start_cursor=path_cursor(found[0]) if found else None,
        end_cursor=path_cursor(found[-1]) if found else None,
    )


def _path(path: GraphPath, nodes: Mapping[NodeRef, GraphNode]) -> RelationshipPath:
    return RelationshipPath(
        length=len(path.hops),
        nodes=[nodes[ref] for ref in path.nodes],
        hops=[walked(hop, nodes) for hop in path.hops],
    )


async def resolve_paths(
    info: Info,
    from_id: FromId,
    to_id: ToId,
    max_length: MaxLength = 6,
    first: FirstPaths = 10,
    after: AfterPath = None,
) -> Paths:
    start, end = await resolve_nodes(info.context.store, [(from_id, "fromId"), (to_id, "toId")])
    errors = []
    if start == end:
        errors.append(FieldError("toId", "must name another node than fromId"))
    if not 1 <= max_length <= MAX_LENGTH:
        errors.append(FieldError("maxLength", f"must be between 1 and {MAX_LENGTH}"))
    if not 1 <= first <= MAX_PATHS:
        errors.append(FieldError("first", f"must be between 1 and {MAX_PATHS}"))
    order = None
    if after is not None:
        try:
            order = decode_path_cursor(after, start, end, "after")
        except ValidationFailed as exc:
            errors.extend(exc.errors)
    if errors:
        raise ValidationFailed(errors)
    for ref in (start, end):
        if await info.context.loaders.nodes(ref.kind).load(ref.key) is None:
            raise NotFound(ref.kind, ref.key)
    query = PathsQuery(start, end, max_length, first, order)
    result = await info.context.store.traverse(TRAVERSAL, query)
    nodes = await preloaded_nodes(info, [start, end, *(r for p in result.paths for r in p.nodes)])
    return Paths(
        start=nodes[start],
        end=nodes[end],
        length=result.length,
        total=result.total,
        paths=[_path(path, nodes) for path in result.paths],
        page_info=_page_info(result),
    )


TRAVERSAL = Traversal(
    name="paths",
    cypher=cypher.paths,
    in_memory=memory.paths,
    field=strawberry.field(
        resolver=resolve_paths,
        description="The shortest paths between two nodes along relationships of any type "
        "and direction: only paths of the shortest length (null `length` when it exceeds "
        "`maxLength`), `first` of them after `after` in a stable order, with how many "
        "there are; every one of them can be read page by page through `pageInfo`. "
        "NOT_FOUND if either node does not exist.",
    ),
    cost=FieldCost(1_000, scaled_by=("maxLength", MAX_LENGTH)),
)
"""The traversal, as :data:`graph_api.traversals.TRAVERSALS` registers it."""
