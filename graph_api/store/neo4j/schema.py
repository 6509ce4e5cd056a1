"""Neo4j constraints and indexes, derived from the metamodel.

Created idempotently when the store opens, and written to ``schema/neo4j/schema.cypher``
(``graph-api export-schema``) for those who manage their database schema by hand.
"""

from graph_api.metamodel import NODE_KINDS


def schema_statements() -> list[str]:
    """Every constraint and index statement, each idempotent (``IF NOT EXISTS``)."""
    statements = [
        f"CREATE CONSTRAINT {kind.lower()}_key IF NOT EXISTS FOR (n:{kind}) REQUIRE n.key IS UNIQUE"
        for kind in NODE_KINDS
    ]
    # Traversals filter pain points by severity and order steps, stages by position.
    statements += [
        "CREATE INDEX painpoint_severity IF NOT EXISTS FOR (n:PainPoint) ON (n.severity)",
        "CREATE INDEX step_order IF NOT EXISTS FOR (n:Step) ON (n.order)",
        "CREATE INDEX stage_order IF NOT EXISTS FOR (n:Stage) ON (n.order)",
    ]
    return statements


def schema_script() -> str:
    """The statements as a Cypher script (for cypher-shell), one per line."""
    header = (
        "// Neo4j constraints and indexes of graph-api, generated from the metamodel by\n"
        "// `graph-api export-schema`; the API also creates them itself at start-up.\n"
    )
    return header + "".join(f"{s};\n" for s in schema_statements())
