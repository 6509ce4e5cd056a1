"""The metamodel: node kinds, relationships and the rules derived from them."""

from graph_api.metamodel.keys import Key, is_key, slugify
from graph_api.metamodel.kinds import NodeProperties
from graph_api.metamodel.registry import (
    ENUMS,
    NODE_KINDS,
    OBJECT_LIST_FIELDS,
    RELATIONSHIP_TYPES,
    Direction,
    NodeSpec,
    RelationshipField,
    check_metamodel,
    find_relationship,
    node_spec,
    outgoing_fields,
    relationship_fields,
    validate_properties,
)
from graph_api.metamodel.relationships import RELATIONSHIPS, Propagation, RelationshipSpec

__all__ = [
    "ENUMS",
    "NODE_KINDS",
    "OBJECT_LIST_FIELDS",
    "RELATIONSHIPS",
    "RELATIONSHIP_TYPES",
    "Direction",
    "Key",
    "NodeProperties",
    "NodeSpec",
    "Propagation",
    "RelationshipField",
    "RelationshipSpec",
    "check_metamodel",
    "find_relationship",
    "is_key",
    "node_spec",
    "outgoing_fields",
    "relationship_fields",
    "slugify",
    "validate_properties",
]
