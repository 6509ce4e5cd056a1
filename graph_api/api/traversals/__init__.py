"""The traversal queries as GraphQL fields: one module per query, each with its types.

Every module exposes ``FIELDS``, the Query fields it adds; :data:`TRAVERSAL_FIELDS`
collects them for :mod:`graph_api.api.query`.
"""

from typing import Any

from graph_api.api.traversals import (
    coverage,
    diagrams,
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

TRAVERSAL_FIELDS: dict[str, Any] = {
    **painful_steps.FIELDS,
    **opportunity_scores.FIELDS,
    **traceability.FIELDS,
    **story_map.FIELDS,
    **impact.FIELDS,
    **paths.FIELDS,
    **search.FIELDS,
    **service_blueprint.FIELDS,
    **coverage.FIELDS,
    **value_stream_health.FIELDS,
    **diagrams.FIELDS,
}

__all__ = ["TRAVERSAL_FIELDS"]
