"""Benchmarking graph-api against the reference implementation, @neo4j/graphql.

``neo4j-graphql/`` is the reference server (Node); ``neo4j_graphql_typedefs.py`` writes
its type definitions from our metamodel; ``operations/`` holds the operations the
benchmark runs, each in three forms (our GraphQL, @neo4j/graphql, plain Cypher);
``check_equivalence.py`` proves the three give the same answers.
"""
