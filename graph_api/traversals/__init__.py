"""The traversals: the product questions the graph answers, one folder each.

Each folder holds the traversal's query and answer (``result.py``), its Cypher
(``cypher.py``), its in-memory version (``memory.py``) and its GraphQL field
(``graphql.py``, ending with its :class:`Traversal`). :data:`TRAVERSALS` registers each
once: the API adds their fields to Query, the cost limit reads their costs, and a store
runs any of them through ``GraphStore.traverse``. CONTRIBUTING.md says how to add one.
"""

from typing import Any

from graph_api.traversals.coverage.graphql import TRAVERSAL as COVERAGE
from graph_api.traversals.description import Traversal
from graph_api.traversals.evidence_timeline.graphql import TRAVERSAL as EVIDENCE_TIMELINE
from graph_api.traversals.impact.graphql import TRAVERSAL as IMPACT
from graph_api.traversals.journey_health.graphql import TRAVERSAL as JOURNEY_HEALTH
from graph_api.traversals.opportunity_scores.graphql import TRAVERSAL as OPPORTUNITY_SCORES
from graph_api.traversals.painful_steps.graphql import TRAVERSAL as PAINFUL_STEPS
from graph_api.traversals.paths.graphql import TRAVERSAL as PATHS
from graph_api.traversals.search.graphql import TRAVERSAL as SEARCH
from graph_api.traversals.service_blueprint.graphql import TRAVERSAL as SERVICE_BLUEPRINT
from graph_api.traversals.story_map.graphql import TRAVERSAL as STORY_MAP
from graph_api.traversals.traceability.graphql import TRAVERSAL as TRACEABILITY
from graph_api.traversals.value_stream_health.graphql import TRAVERSAL as VALUE_STREAM_HEALTH

TRAVERSALS: tuple[Traversal[Any, Any], ...] = (
    PAINFUL_STEPS,
    OPPORTUNITY_SCORES,
    TRACEABILITY,
    STORY_MAP,
    IMPACT,
    PATHS,
    SEARCH,
    SERVICE_BLUEPRINT,
    COVERAGE,
    VALUE_STREAM_HEALTH,
    JOURNEY_HEALTH,
    EVIDENCE_TIMELINE,
)
"""Every traversal, in the order Query lists their fields."""

__all__ = [
    "COVERAGE",
    "EVIDENCE_TIMELINE",
    "IMPACT",
    "JOURNEY_HEALTH",
    "OPPORTUNITY_SCORES",
    "PAINFUL_STEPS",
    "PATHS",
    "SEARCH",
    "SERVICE_BLUEPRINT",
    "STORY_MAP",
    "TRACEABILITY",
    "TRAVERSALS",
    "VALUE_STREAM_HEALTH",
    "Traversal",
]
