"""Cypher text for node and relationship reads, built only from metamodel names.

Labels, relationship types and property names are spliced into the text only after
being looked up in the metamodel; every value travels as a ``$parameter``.
"""

from graph_api.metamodel import RelationshipField, node_spec

NODE_RETURN = "n { .* } AS props"


def label(kind: str) -> str:
    """The label of ``kind``; KeyError for anything that is not a metamodel kind."""
    return node_spec(kind).name


def get_nodes(kind: str) -> str:
    return f"MATCH (n:{label(kind)}) WHERE n.key IN $keys RETURN {NODE_RETURN}"


def neighbour_pattern(field: RelationshipField) -> str:
    """The pattern from the owners ``a`` along ``field`` to the nodes ``n`` it leads to."""
    rel = field.relationship
    source, target = label(rel.source), label(rel.target)
    if field.direction == "out":
        return f"(a:{source})-[:{rel.type}]->(n:{target})"
    return f"(n:{source})-[:{rel.type}]->(a:{target})"
