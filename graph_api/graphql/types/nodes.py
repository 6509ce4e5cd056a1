"""The GraphQL type of every node kind, and the object for a stored node.

The types themselves are generated from the metamodel, one class per kind with every
field written out, in :mod:`graph_api.graphql.types.node_types` (``Step``,
``PainPoint``...): import them from there by name. Their relationship fields run
:mod:`graph_api.graphql.types.related`.
"""

from graph_api.graphql.types.base import GraphNode
from graph_api.graphql.types.node_types import NODE_TYPES
from graph_api.store.base import NodeRecord
from graph_api.store.read_plan import ReadPage, RelatedKey


def to_node(record: NodeRecord, related: "dict[RelatedKey, ReadPage] | None" = None) -> GraphNode:
    """The GraphQL object for a stored node; ``related``: the relationship reads a read
    plan made below it, for its relationship fields to answer from."""
    return NODE_TYPES[record.kind](record=record, related=related)


__all__ = ["NODE_TYPES", "to_node"]
