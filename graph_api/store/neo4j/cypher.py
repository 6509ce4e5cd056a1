"""Cypher text for node and relationship reads, built only from metamodel names.

Labels, relationship types and property names are spliced into the text only after
being looked up in the metamodel; every value travels as a ``$parameter``.
"""

from graph_api.metamodel import NODE_KINDS, RelationshipField, node_spec


def node_map(var: str = "n") -> str:
    """How a node is read: a map of its properties, the audit times as ISO text.

    The driver builds a ``neo4j.time.DateTime`` for every temporal value it receives,
    which costs more than decoding the rest of the node; ``datetime.fromisoformat``
    reads the text for a fraction of that (docs/benchmarks.md).
    """
    return (
        f"{var} {{ .*, createdAt: toString({var}.createdAt), "
        f"updatedAt: toString({var}.updatedAt) }}"
    )


def label(kind: str) -> str:
    """The label of ``kind``; KeyError for anything that is not a metamodel kind."""
    return node_spec(kind).name


def get_nodes(kind: str) -> str:
    """The nodes of ``kind`` with ``$keys``, as one row holding the list ``nodes``: one
    record rather than one per node, which the driver reads several times faster."""
    return f"MATCH (n:{label(kind)}) WHERE n.key IN $keys RETURN collect({node_map()}) AS nodes"


def kinds_with_keys() -> str:
    """A row (kind, key) per node with a key in ``$keys``: one look-up in each kind's
    key constraint, all kinds in one query."""
    return " UNION ALL ".join(
        f"MATCH (n:{label(kind)}) WHERE n.key IN $keys RETURN '{kind}' AS kind, n.key AS key"
        for kind in NODE_KINDS
    )


def neighbour_pattern(field: RelationshipField, rel_var: str = "") -> str:
    """The pattern from the owners ``a`` along ``field`` (its relationships named
    ``rel_var`` when given) to the nodes ``n`` it leads to."""
    rel = field.relationship
    source, target = label(rel.source), label(rel.target)
    if field.direction == "out":
        return f"(a:{source})-[{rel_var}:{rel.type}]->(n:{target})"
    return f"(n:{source})-[{rel_var}:{rel.type}]->(a:{target})"


IDENTIFIER = "identifier"
"""The relationship property holding a link's identifier (absent when it has none)."""


def linked_keys(field: RelationshipField) -> str:
    """A row (owner, others) per owner with a key in ``$keys`` and links along ``field``:
    the keys at their other ends."""
    return (
        f"MATCH {neighbour_pattern(field)} WHERE a.key IN $keys "
        "RETURN a.key AS owner, collect(n.key) AS others"
    )


def link_identifiers(field: RelationshipField) -> str:
    """A row (owner, other, identifier) per link along ``field`` from an owner with a key
    in ``$keys`` that has an identifier."""
    return (
        f"MATCH {neighbour_pattern(field, 'r')} WHERE a.key IN $keys "
        f"AND r.{IDENTIFIER} IS NOT NULL "
        f"RETURN a.key AS owner, n.key AS other, r.{IDENTIFIER} AS identifier"
    )
