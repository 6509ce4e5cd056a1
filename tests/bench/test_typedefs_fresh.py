"""``@neo4j/graphql``'s type definitions (bench/neo4j-graphql/typeDefs.graphql) are made
from the metamodel; a metamodel change must regenerate them, or ``make bench`` refuses
to start (``python -m bench.neo4j_graphql_typedefs`` writes them)."""

from bench.neo4j_graphql_typedefs import OUTPUT, type_defs


def test_committed_type_definitions_match_the_metamodel() -> None:
    assert OUTPUT.read_text(encoding="utf-8") == type_defs(), (
        "stale: run .venv/bin/python -m bench.neo4j_graphql_typedefs"
    )
