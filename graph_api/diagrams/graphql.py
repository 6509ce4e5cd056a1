"""``journeyDiagram``, ``serviceBlueprintDiagram``, ``impactDiagram``: Mermaid text.

Each field runs the resolver of the traversal it draws (``serviceBlueprint`` or
``impact``), so it takes the same arguments and answers the same VALIDATION and
NOT_FOUND errors; the labels it shows are read through the request's loaders, and the
text comes from the pure functions of :mod:`graph_api.diagrams`.
"""

from collections.abc import Iterable
from typing import Annotated

import strawberry
from strawberry.types import Info

from graph_api.diagrams import (
    blueprint_diagram,
    blueprint_refs,
    impact_diagram,
    impact_refs,
    journey_diagram,
    journey_refs,
    label_of,
)
from graph_api.graphql.costs import FieldCost
from graph_api.graphql.loading import preloaded_nodes
from graph_api.store.base import NodeRef
from graph_api.traversals.evidence_window import AsOf, MaxAgeDays
from graph_api.traversals.impact.graphql import (
    MAX_DEPTH,
    TRAVERSAL,
    ImpactNodeId,
    MaxDepth,
    resolve_impact,
)
from graph_api.traversals.impact.result import ImpactQuery
from graph_api.traversals.service_blueprint.graphql import (
    BlueprintJourneyId,
    resolve_service_blueprint,
)


async def _labels(info: Info, refs: Iterable[NodeRef]) -> dict[NodeRef, str]:
    nodes = await preloaded_nodes(info, refs)
    return {ref: label_of(node.record) for ref, node in nodes.items()}


async def resolve_journey_diagram(info: Info, journey_id: BlueprintJourneyId) -> str:
    blueprint = (await resolve_service_blueprint(info, journey_id)).result
    return journey_diagram(blueprint, await _labels(info, journey_refs(blueprint)))


StaleEvidence = Annotated[
    bool,
    strawberry.argument(
        description="Mark each step whose evidence is stale (as `serviceBlueprint`'s "
        "`evidenceStale`, by `maxAgeDays` and `asOf`) with a node of class `stale`; off by "
        "default, so that the same model always draws the same text."
    ),
]


async def resolve_service_blueprint_diagram(
    info: Info,
    journey_id: BlueprintJourneyId,
    stale_evidence: StaleEvidence = False,
    max_age_days: MaxAgeDays = None,
    as_of: AsOf = None,
) -> str:
    answer = await resolve_service_blueprint(info, journey_id, max_age_days, as_of)
    blueprint = answer.result
    labels = await _labels(info, blueprint_refs(blueprint))
    return blueprint_diagram(blueprint, labels, answer.age if stale_evidence else None)


async def resolve_impact_diagram(info: Info, node_id: ImpactNodeId, max_depth: MaxDepth = 6) -> str:
    # The field's own checks (arguments, NOT_FOUND) first; then the whole walk, since a
    # diagram draws every chain.
    impact = await resolve_impact(info, node_id, max_depth)
    start = impact.start_ref
    rows = await info.context.store.traverse(TRAVERSAL, ImpactQuery(start, max_depth))
    return impact_diagram(start, rows, await _labels(info, impact_refs(start, rows)))


FIELDS = {
    "journey_diagram": strawberry.field(
        resolver=resolve_journey_diagram,
        description="A journey as a Mermaid `journey` diagram: the journey's name as "
        "title, a section per stage and a task per step in order, scored by the step's "
        "emotion (3 when it has none), with the channels of its touchpoints as actors "
        "(`Customer` when none). Names are escaped so that any name renders (see "
        "docs/diagrams.md). NOT_FOUND if there is no such journey.",
    ),
    "service_blueprint_diagram": strawberry.field(
        resolver=resolve_service_blueprint_diagram,
        description="A journey's service blueprint (as `serviceBlueprint`) as a Mermaid "
        "`flowchart LR`: a subgraph per lane (evidence, customer action, front stage, "
        "back stage, support, support services and data) with a node per step in journey "
        "order, a node of class `gap` for each gap and, with `staleEvidence`, a node of "
        "class `stale` for each step whose evidence is stale. NOT_FOUND if there is no such "
        "journey.",
    ),
    "impact_diagram": strawberry.field(
        resolver=resolve_impact_diagram,
        description="What a change to a node hits (as `impact`) as a Mermaid "
        "`flowchart LR` of the explaining chains: a node per node on them (the changed "
        "one of class `start`), an edge per relationship crossed, labelled with its "
        "type, in its stored direction. NOT_FOUND if there is no such node.",
    ),
}

# The diagrams run the traversal they draw and return its whole answer as text, which no
# selection counts: the impact diagram weighs twice the impact field.
COSTS = {
    "journeyDiagram": FieldCost(500),
    "serviceBlueprintDiagram": FieldCost(500),
    "impactDiagram": FieldCost(2_000, scaled_by=("maxDepth", MAX_DEPTH)),
}
"""What each diagram field costs towards an operation's limit."""
