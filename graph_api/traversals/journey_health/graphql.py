"""``journeyHealth``: a journey's stages and steps with the KPIs measuring them, rolled up."""

from typing import Annotated

import strawberry
from strawberry.types import Info

from graph_api.errors import NotFound
from graph_api.graphql.costs import FieldCost
from graph_api.graphql.ids import node_ref, of_kind_forms
from graph_api.graphql.loading import NodesRead, keys_by_kind, read_selected
from graph_api.graphql.types.node_types import Journey, Stage, Step, Touchpoint
from graph_api.traversals.description import Traversal
from graph_api.traversals.journey_health import cypher, memory
from graph_api.traversals.journey_health.result import (
    JourneyHealth,
    JourneyStageHealth,
    StepHealth,
    TouchpointHealth,
    TrendCounts,
)
from graph_api.traversals.value_stream_health.kpi_type import (
    KPI_NODE_FIELDS,
    KpiHealthType,
    add_kpi_keys,
)
from graph_api.traversals.value_stream_health.result import KpiHealth, KpiStatus

HealthJourneyId = Annotated[
    strawberry.ID,
    strawberry.argument(description=f"The journey ({of_kind_forms('Journey')})."),
]


def _kpis(rows: list[KpiHealth], nodes: NodesRead) -> list[KpiHealthType]:
    return [KpiHealthType(row=k, nodes=nodes) for k in rows]


@strawberry.type(
    name="KpiTrendCounts",
    description="How many distinct KPIs of a scope (a step with its touchpoints, a stage, a "
    "journey) move each way over their trend window; a KPI measuring several places in the "
    "scope counts once. Values are never averaged.",
)
class KpiTrendCountsType:
    counts: strawberry.Private[TrendCounts]

    @strawberry.field(description="KPIs IMPROVING.")
    def improving(self) -> int:
        return self.counts.improving

    @strawberry.field(description="KPIs WORSENING.")
    def worsening(self) -> int:
        return self.counts.worsening

    @strawberry.field(description="KPIs STABLE.")
    def stable(self) -> int:
        return self.counts.stable

    @strawberry.field(description="KPIs with fewer than two measurements (trend NO_DATA).")
    def no_data(self) -> int:
        return self.counts.no_data


@strawberry.type(description="A touchpoint of a step with the KPIs measuring it.")
class TouchpointKpiHealth:
    row: strawberry.Private[TouchpointHealth]
    nodes: strawberry.Private[NodesRead]

    @strawberry.field(description="The touchpoint.")
    def touchpoint(self) -> Touchpoint:
        return self.nodes.one(Touchpoint, self.row.touchpoint_key)

    @strawberry.field(description="The KPIs measuring the touchpoint, by key.")
    def kpis(self) -> list[KpiHealthType]:
        return _kpis(self.row.kpis, self.nodes)

    @strawberry.field(description="The worst status of its KPIs (NO_DATA if none has data).")
    def status(self) -> KpiStatus:
        return self.row.status


@strawberry.type(description="A journey step with the KPIs measuring it and its touchpoints.")
class JourneyStepHealth:
    row: strawberry.Private[StepHealth]
    nodes: strawberry.Private[NodesRead]

    @strawberry.field(description="The step.")
    def step(self) -> Step:
        return self.nodes.one(Step, self.row.step_key)

    @strawberry.field(description="The KPIs measuring the step itself, by key.")
    def kpis(self) -> list[KpiHealthType]:
        return _kpis(self.row.kpis, self.nodes)

    @strawberry.field(
        description="The step's touchpoints, by key, each with the KPIs measuring it (an "
        "empty list when none does)."
    )
    def touchpoints(self) -> list[TouchpointKpiHealth]:
        return [TouchpointKpiHealth(row=t, nodes=self.nodes) for t in self.row.touchpoints]

    @strawberry.field(
        description="The worst status of the KPIs measuring the step or its touchpoints "
        "(NO_DATA if none has data)."
    )
    def status(self) -> KpiStatus:
        return self.row.status

    @strawberry.field(description="The trends of the step's and its touchpoints' KPIs.")
    def trends(self) -> KpiTrendCountsType:
        return KpiTrendCountsType(counts=self.row.trends)


@strawberry.type(
    name="JourneyStageHealth",
    description="A journey stage with its steps in order and their KPI health.",
)
class JourneyStageHealthType:
    row: strawberry.Private[JourneyStageHealth]
    nodes: strawberry.Private[NodesRead]

    @strawberry.field(description="The stage.")
    def stage(self) -> Stage:
        return self.nodes.one(Stage, self.row.stage_key)

    @strawberry.field(description="The stage's steps by `order`, then key.")
    def steps(self) -> list[JourneyStepHealth]:
        return [JourneyStepHealth(row=s, nodes=self.nodes) for s in self.row.steps]

    @strawberry.field(description="The worst status of its steps (NO_DATA if none has data).")
    def status(self) -> KpiStatus:
        return self.row.status

    @strawberry.field(description="The trends of the KPIs of its steps and their touchpoints.")
    def trends(self) -> KpiTrendCountsType:
        return KpiTrendCountsType(counts=self.row.trends)


@strawberry.type(
    name="JourneyHealth",
    description="A journey's stages and steps in order with the KPIs measuring them, and "
    "the KPIs measuring the journey, rolled up: the worst status with data wins.",
)
class JourneyHealthType:
    result: strawberry.Private[JourneyHealth]
    nodes: strawberry.Private[NodesRead]

    @strawberry.field(description="The journey.")
    def journey(self) -> Journey:
        return self.nodes.one(Journey, self.result.journey_key)

    @strawberry.field(description="The stages by `order`, then key.")
    def stages(self) -> list[JourneyStageHealthType]:
        return [JourneyStageHealthType(row=s, nodes=self.nodes) for s in self.result.stages]

    @strawberry.field(description="The KPIs measuring the journey itself, by key.")
    def kpis(self) -> list[KpiHealthType]:
        return _kpis(self.result.kpis, self.nodes)

    @strawberry.field(
        description="The worst status of the stages and of the journey's own KPIs (NO_DATA "
        "if none has data)."
    )
    def status(self) -> KpiStatus:
        return self.result.status

    @strawberry.field(description="The trends of every KPI in the journey, each counted once.")
    def trends(self) -> KpiTrendCountsType:
        return KpiTrendCountsType(counts=self.result.trends)


# The fields that answer nodes, and the kind each answers: what is read before answering.
NODE_FIELDS: dict[str, str] = {
    "journey": "Journey",
    "stage": "Stage",
    "step": "Step",
    "touchpoint": "Touchpoint",
    **KPI_NODE_FIELDS,
}


def _keys(result: JourneyHealth) -> dict[str, list[str | None]]:
    keys = keys_by_kind(NODE_FIELDS)
    keys["Journey"].append(result.journey_key)
    for kpi in result.kpis:
        add_kpi_keys(keys, kpi)
    for stage in result.stages:
        keys["Stage"].append(stage.stage_key)
        for step in stage.steps:
            keys["Step"].append(step.step_key)
            keys["Touchpoint"] += (t.touchpoint_key for t in step.touchpoints)
            for kpi in step.all_kpis:
                add_kpi_keys(keys, kpi)
    return keys


async def resolve_journey_health(info: Info, journey_id: HealthJourneyId) -> JourneyHealthType:
    journey = node_ref(journey_id, "Journey", "journeyId").key
    result = await info.context.store.traverse(TRAVERSAL, journey)
    if result is None:
        raise NotFound("Journey", journey)
    nodes = await read_selected(info, TRAVERSAL.node_fields, _keys(result))
    return JourneyHealthType(result=result, nodes=nodes)


TRAVERSAL = Traversal(
    name="journeyHealth",
    cypher=cypher.journey_health,
    in_memory=memory.journey_health,
    field=strawberry.field(
        resolver=resolve_journey_health,
        description="A journey's health: its stages and steps in order, each step with the "
        "KPIs measuring it and its touchpoints (latest value against target, status, "
        "trend), and the KPIs measuring the journey; statuses rolled up per step, stage and "
        "journey (the worst status with data wins, no averaging), with counts of KPIs "
        "improving and worsening. NOT_FOUND if there is no such journey.",
    ),
    cost=FieldCost(500),
    node_fields=NODE_FIELDS,
)
"""The traversal, as :data:`graph_api.traversals.TRAVERSALS` registers it."""
