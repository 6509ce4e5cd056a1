"""What the graph queries' resolvers (impact, paths, search) share: loading the nodes a
traversal named, and the GraphQL type of one walked relationship."""

import strawberry
from strawberry.types import Info

from graph_api.api.types.base import GraphNode
from graph_api.api.types.nodes import to_node
from graph_api.errors import NotFound
from graph_api.store.base import NodeRef
from graph_api.store.results import Hop


async def load_node(info: Info, ref: NodeRef) -> GraphNode:
    """The node a traversal returned, through the request's loaders (batched per kind).

    NOT_FOUND if it was deleted since the traversal ran.
    """
    record = await info.context.loaders.nodes(ref.kind).load(ref.key)
    if record is None:
        raise NotFound(ref.kind, ref.key)
    return to_node(record)


@strawberry.type(
    description="A relationship crossed by a chain or path, shown in its stored direction "
    "(`source` -> `target`), with the way the walk crossed it."
)
class WalkedRelationship:
    hop: strawberry.Private[Hop]

    @strawberry.field(description="The relationship type, e.g. `SERVES`.")
    def type(self) -> str:
        return self.hop.type

    @strawberry.field(description="The node the relationship starts at (as stored).")
    async def source(self, info: Info) -> GraphNode:
        return await load_node(info, self.hop.source)

    @strawberry.field(description="The node the relationship ends at (as stored).")
    async def target(self, info: Info) -> GraphNode:
        return await load_node(info, self.hop.target)

    @strawberry.field(
        description="True when the walk went from `source` to `target`, false when it "
        "went from `target` back to `source`."
    )
    def forward(self) -> bool:
        return self.hop.forward
