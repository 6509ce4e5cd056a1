"""The GraphQL type of every node kind, and the object for a stored node.

The types themselves are generated from the metamodel, one class per kind with every
field written out, in :mod:`graph_api.graphql.types.node_types` (``Step``,
``PainPoint``...): import them from there by name. Their relationship fields run
:mod:`graph_api.graphql.types.related`.
"""

from graph_api.graphql.types.base import GraphNode
from graph_api.graphql.types.node_types import NODE_TYPES
from graph_api.store.base import NodeRecord


def to_node(record: NodeRecord) -> GraphNode:
    """The GraphQL object for a stored node."""
    return NODE_TYPES[record.kind](record=record)


__all__ = ["NODE_TYPES", "to_node"]
