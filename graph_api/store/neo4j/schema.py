"""Neo4j constraints and indexes, derived from the metamodel.

Created idempotently when the store opens, and written to ``schema/neo4j/schema.cypher``
(``graph-api export-schema``) for those who manage their database schema by hand.
"""

from typing import Any

from graph_api.metamodel import NODE_KINDS
from graph_api.store.neo4j import change_log
from graph_api.store.search_terms import FULLTEXT_INDEX, SEARCHED_FIELDS


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
        # The tracker import matches backlog items by the tracker's key.
        "CREATE INDEX backlogitem_tracker_key IF NOT EXISTS FOR (n:BacklogItem) ON (n.trackerKey)",
    ]
    statements.append(fulltext_statement())
    statements += change_log.SCHEMA
    return statements


def fulltext_statement() -> str:
    """The full-text index ``search`` queries: every kind's text label, description and
    translations' texts.

    The analyzer is pinned (whole words, lower-cased, no stop words: what the embedded
    store's tokenizer mimics); updates are indexed within the writing transaction.
    """
    kinds = "|".join(NODE_KINDS)
    fields = ", ".join(f"n.{f}" for f in SEARCHED_FIELDS)
    return (
        f"CREATE FULLTEXT INDEX {FULLTEXT_INDEX} IF NOT EXISTS FOR (n:{kinds}) ON EACH [{fields}] "
        "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words', "
        "`fulltext.eventually_consistent`: false}}"
    )


FULLTEXT_FIELDS = (
    f"SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties "
    f"WHERE name = '{FULLTEXT_INDEX}' RETURN labelsOrTypes, properties"
)
DROP_FULLTEXT = f"DROP INDEX {FULLTEXT_INDEX} IF EXISTS"


def fulltext_is_stale(rows: list[dict[str, Any]]) -> bool:
    """Whether the full-text index found (``FULLTEXT_FIELDS``' rows) covers other kinds
    or fields than :func:`fulltext_statement` gives, as one made by an earlier version
    does (before a kind was added, say): it is dropped and made again, since ``IF NOT
    EXISTS`` would keep it as it is."""
    if not rows:
        return False
    labels = sorted(str(label) for label in rows[0]["labelsOrTypes"] or ())
    fields = sorted(str(p) for p in rows[0]["properties"] or ())
    return labels != sorted(NODE_KINDS) or fields != sorted(SEARCHED_FIELDS)


def schema_script() -> str:
    """The statements as a Cypher script (for cypher-shell), one per line."""
    header = (
        "// Neo4j constraints and indexes of graph-api, generated from the metamodel by\n"
        "// `graph-api export-schema`; the API also creates them itself at start-up.\n"
    )
    return header + "".join(f"{s};\n" for s in schema_statements())
