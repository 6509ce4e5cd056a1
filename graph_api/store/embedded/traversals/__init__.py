"""The traversal queries on the embedded store's in-memory graph, one module per query.

Every module has its Cypher twin in :mod:`graph_api.store.neo4j.traversals`; the
contract tests check that both give the same answers.
"""

from graph_api.store.embedded.traversals import painful_steps

__all__ = ["painful_steps"]
