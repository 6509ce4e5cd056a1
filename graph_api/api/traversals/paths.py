"""``paths``: the shortest relationship paths between two nodes, whatever the directions."""

from typing import Annotated

import strawberry
from strawberry.types import Info

from graph_api.api.ids import decode_global_id
from graph_api.api.traversals.loading import preload, preloaded_node
from graph_api.api.traversals.walked import WalkedRelationship
from graph_api.api.types.base import GraphNode
from graph_api.errors import FieldError, NotFound, ValidationFailed
from graph_api.store.base import NodeRef
from graph_api.store.results import GraphPath, PathsResult

MAX_LENGTH = 10
MAX_PATHS = 100

FromId = Annotated[
    strawberry.ID, strawberry.argument(description="The global ID of the node to start from.")
]
ToId = Annotated[
    strawberry.ID, strawberry.argument(description="The global ID of the node to reach.")
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


@strawberry.type(description="A path between two nodes: its nodes and the relationships between.")
class RelationshipPath:
    path: strawberry.Private[GraphPath]

    @strawberry.field(description="How many relationships the path has.")
    def length(self) -> int:
        return len(self.path.hops)

    @strawberry.field(description="The nodes along the path, from the start to the end.")
    def nodes(self, info: Info) -> list[GraphNode]:
        return [preloaded_node(info, ref) for ref in self.path.nodes]

    @strawberry.field(description="The relationships along the path, in walking order.")
    def hops(self) -> list[WalkedRelationship]:
        return [WalkedRelationship(hop=hop) for hop in self.path.hops]


@strawberry.type(description="The shortest paths between two nodes.")
class Paths:
    ends: strawberry.Private[tuple[NodeRef, NodeRef]]
    result: strawberry.Private[PathsResult]

    @strawberry.field(description="The node the paths start from.")
    def start(self, info: Info) -> GraphNode:
        return preloaded_node(info, self.ends[0])

    @strawberry.field(description="The node the paths reach.")
    def end(self, info: Info) -> GraphNode:
        return preloaded_node(info, self.ends[1])

    @strawberry.field(
        description="The length of the shortest paths; null when no path of at most "
        "`maxLength` relationships links the nodes."
    )
    def length(self) -> int | None:
        return self.result.length

    @strawberry.field(description="How many paths of the shortest length there are.")
    def total(self) -> int:
        return self.result.total

    @strawberry.field(
        description="The first `first` shortest paths, ordered by their nodes' kinds and "
        "keys in path order, then by relationship types."
    )
    def paths(self) -> list[RelationshipPath]:
        return [RelationshipPath(path=path) for path in self.result.paths]


async def resolve_paths(
    info: Info,
    from_id: FromId,
    to_id: ToId,
    max_length: MaxLength = 6,
    first: FirstPaths = 10,
) -> Paths:
    start, end = decode_global_id(from_id, "fromId"), decode_global_id(to_id, "toId")
    errors = []
    if start == end:
        errors.append(FieldError("toId", "must name another node than fromId"))
    if not 1 <= max_length <= MAX_LENGTH:
        errors.append(FieldError("maxLength", f"must be between 1 and {MAX_LENGTH}"))
    if not 1 <= first <= MAX_PATHS:
        errors.append(FieldError("first", f"must be between 1 and {MAX_PATHS}"))
    if errors:
        raise ValidationFailed(errors)
    for ref in (start, end):
        if await info.context.loaders.nodes(ref.kind).load(ref.key) is None:
            raise NotFound(ref.kind, ref.key)
    result = await info.context.store.paths(start, end, max_length, first)
    await preload(info, [ref for path in result.paths for ref in path.nodes])
    return Paths(ends=(start, end), result=result)


FIELDS = {
    "paths": strawberry.field(
        resolver=resolve_paths,
        description="The shortest paths between two nodes along relationships of any type "
        "and direction: only paths of the shortest length (null `length` when it exceeds "
        "`maxLength`), the first `first` of them in a stable order, with how many there "
        "are. NOT_FOUND if either node does not exist.",
    ),
}
