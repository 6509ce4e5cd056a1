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


def _filter(kind: str) -> str:
    label_field = node_spec(kind).label_field
    return (
        "($text IS NULL OR toLower(coalesce(toString(n."
        f"{label_field}), '') + '\\n' + coalesce(n.description, '')) CONTAINS toLower($text)) "
        "AND all(name IN keys($equals) WHERE n[name] = $equals[name])"
    )


def list_nodes(kind: str) -> str:
    return (
        f"MATCH (n:{label(kind)}) WHERE ($after IS NULL OR n.key > $after) AND {_filter(kind)} "
        f"RETURN {NODE_RETURN} ORDER BY n.key LIMIT $limit"
    )


def count_nodes_of(kind: str) -> str:
    return f"MATCH (n:{label(kind)}) WHERE {_filter(kind)} RETURN count(n) AS total"


def neighbours(field: RelationshipField) -> str:
    rel = field.relationship
    source, target = label(rel.source), label(rel.target)
    if field.direction == "out":
        pattern = f"(a:{source})-[:{rel.type}]->(n:{target})"
    else:
        pattern = f"(n:{source})-[:{rel.type}]->(a:{target})"
    order = "n.order, n.key" if node_spec(field.other_kind).ordered else "n.key"
    return (
        f"MATCH {pattern} WHERE a.key IN $keys "
        f"RETURN a.key AS owner, {NODE_RETURN} ORDER BY {order}"
    )
