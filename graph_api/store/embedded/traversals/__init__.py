"""The traversal queries on the embedded store's in-memory graph, one module per query.

Every module has its Cypher twin in :mod:`graph_api.store.neo4j.traversals`; the
contract tests check that both give the same answers.
"""

from graph_api.store.embedded.traversals import (
    coverage,
    impact,
    opportunity_scores,
    painful_steps,
    paths,
    search,
    service_blueprint,
    story_map,
    traceability,
    value_stream_health,
)

__all__ = [
    "coverage",
    "impact",
    "opportunity_scores",
    "painful_steps",
    "paths",
    "search",
    "service_blueprint",
    "story_map",
    "traceability",
    "value_stream_health",
]
