"""The GraphQL type of one walked relationship, shared by ``impact`` and ``paths``.

Both preload every node of their chains, so the ends resolve without awaiting.
"""

import strawberry
from strawberry.types import Info

from graph_api.api.traversals.loading import preloaded_node
from graph_api.api.types.base import GraphNode
from graph_api.store.results import Hop


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
    def source(self, info: Info) -> GraphNode:
        return preloaded_node(info, self.hop.source)

    @strawberry.field(description="The node the relationship ends at (as stored).")
    def target(self, info: Info) -> GraphNode:
        return preloaded_node(info, self.hop.target)

    @strawberry.field(
        description="True when the walk went from `source` to `target`, false when it "
        "went from `target` back to `source`."
    )
    def forward(self) -> bool:
        return self.hop.forward
