"""The traversal queries in Cypher, one module per query, each one Cypher query.

Every module has its in-memory twin in :mod:`graph_api.store.embedded.traversals`.
"""

from graph_api.store.neo4j.traversals import (
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
from graph_api.store.neo4j.traversals.base import RunQuery

__all__ = [
    "RunQuery",
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
