"""The traversal queries as GraphQL fields: one module per query, each with its types.

Every module exposes ``FIELDS``, the Query fields it adds; :data:`TRAVERSAL_FIELDS`
collects them for :mod:`graph_api.api.query`.
"""

from typing import Any

from graph_api.api.traversals import painful_steps

TRAVERSAL_FIELDS: dict[str, Any] = {
    **painful_steps.FIELDS,
    # -- product queries (opportunityScores, traceability, storyMap) --
    # -- graph queries (impact, paths, search) --
    # -- blueprint queries (serviceBlueprint, coverage, valueStreamHealth) --
}

__all__ = ["TRAVERSAL_FIELDS"]
