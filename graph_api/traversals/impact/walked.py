"""The GraphQL type of one walked relationship, shared by ``impact`` and ``paths``.

Both read every node of their chains before they answer (:func:`preloaded_nodes`) and
build these objects whole: plain fields, which the executor reads without a resolver
call each (an impact answer has tens of thousands of them).
"""

from collections.abc import Mapping

import strawberry

from graph_api.graphql.types.base import GraphNode
from graph_api.store.base import NodeRef
from graph_api.traversals.impact.result import Hop


@strawberry.type(
    description="A relationship crossed by a chain or path, shown in its stored direction "
    "(`source` -> `target`), with the way the walk crossed it."
)
class WalkedRelationship:
    type: str = strawberry.field(description="The relationship type, e.g. `SERVES`.")
    source: GraphNode = strawberry.field(
        description="The node the relationship starts at (as stored)."
    )
    target: GraphNode = strawberry.field(
        description="The node the relationship ends at (as stored)."
    )
    forward: bool = strawberry.field(
        description="True when the walk went from `source` to `target`, false when it "
        "went from `target` back to `source`."
    )


def walked(hop: Hop, nodes: Mapping[NodeRef, GraphNode]) -> WalkedRelationship:
    """``hop`` with its ends taken from ``nodes``."""
    return WalkedRelationship(
        type=hop.type, source=nodes[hop.source], target=nodes[hop.target], forward=hop.forward
    )
