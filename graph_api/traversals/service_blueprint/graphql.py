"""``serviceBlueprint``: a journey's steps in lanes, front stage to support, gaps marked."""

from datetime import date
from typing import Annotated

import strawberry
from strawberry.types import Info

from graph_api.errors import FieldError, NotFound
from graph_api.graphql.argument_checks import optional_key, raise_if
from graph_api.graphql.costs import FieldCost
from graph_api.graphql.ids import of_kind_forms
from graph_api.graphql.loading import NodesRead, keys_by_kind, read_selected
from graph_api.graphql.types.node_types import (
    Channel,
    Evidence,
    Journey,
    Process,
    Stage,
    Step,
    System,
    Touchpoint,
)
from graph_api.metamodel.enums import EvidenceKind
from graph_api.traversals.description import Traversal
from graph_api.traversals.evidence_age import EvidenceAge
from graph_api.traversals.evidence_window import (
    AsOf,
    EvidenceFreshnessCounts,
    EvidenceWindow,
    MaxAgeDays,
    evidence_age,
)
from graph_api.traversals.service_blueprint import cypher, memory
from graph_api.traversals.service_blueprint.result import (
    BlueprintChannel,
    BlueprintGap,
    BlueprintGapKind,
    BlueprintStage,
    BlueprintStep,
    ServiceBlueprint,
)
from graph_api.traversals.service_blueprint.support import (
    BlueprintDataObjectEntry,
    BlueprintServiceEntry,
)

strawberry.enum(
    BlueprintGapKind,
    description="What is missing in a lane of a service blueprint: "
    "STEP_WITHOUT_EVIDENCE (no evidence supports the step, its touchpoints or its pain "
    "points), TOUCHPOINT_WITHOUT_OWNER (no team owns the touchpoint's step and no team "
    "owns a process serving the touchpoint), STEP_WITHOUT_PROCESS (no process serves the "
    "step or its touchpoints), PROCESS_WITHOUT_SYSTEM (a process serving the step or its "
    "touchpoints uses no system).",
)

BlueprintJourneyId = Annotated[
    strawberry.ID,
    strawberry.argument(description=f"The journey to draw ({of_kind_forms('Journey')})."),
]


@strawberry.type(
    name="BlueprintGap", description="A gap in a blueprint lane, naming the nodes at fault."
)
class BlueprintGapEntry:
    gap: strawberry.Private[BlueprintGap]
    nodes: strawberry.Private[NodesRead]

    @strawberry.field(description="What is missing.")
    def kind(self) -> BlueprintGapKind:
        return self.gap.kind

    @strawberry.field(description="The step where the gap is.")
    def step(self) -> Step:
        return self.nodes.one(Step, self.gap.step_key)

    @strawberry.field(description="The touchpoint nobody owns (TOUCHPOINT_WITHOUT_OWNER only).")
    def touchpoint(self) -> Touchpoint | None:
        return self.nodes.optional(Touchpoint, self.gap.touchpoint_key)

    @strawberry.field(description="The process that uses no system (PROCESS_WITHOUT_SYSTEM only).")
    def process(self) -> Process | None:
        return self.nodes.optional(Process, self.gap.process_key)


@strawberry.type(name="BlueprintChannel", description="The front stage of a step on one channel.")
class BlueprintChannelLane:
    lane: strawberry.Private[BlueprintChannel]
    nodes: strawberry.Private[NodesRead]

    @strawberry.field(description="The channel; null for touchpoints that have no channel.")
    def channel(self) -> Channel | None:
        return self.nodes.optional(Channel, self.lane.channel_key)

    @strawberry.field(description="The step's touchpoints on this channel, by key.")
    def touchpoints(self) -> list[Touchpoint]:
        return self.nodes.many(Touchpoint, self.lane.touchpoint_keys)


@strawberry.type(
    name="BlueprintStep", description="One step of a service blueprint: its lanes, top to bottom."
)
class BlueprintStepLanes:
    row: strawberry.Private[BlueprintStep]
    nodes: strawberry.Private[NodesRead]
    age: strawberry.Private[EvidenceAge]

    @strawberry.field(description="The step.")
    def step(self) -> Step:
        return self.nodes.one(Step, self.row.step_key)

    @strawberry.field(
        description="The latest day a piece of the evidence lane was collected on or "
        "before `asOf`; null when none was (no evidence, undated or later only)."
    )
    def latest_evidence_date(self) -> date | None:
        return self.row.evidence_freshness(self.age).latest_date

    @strawberry.field(
        description="Whether the step's evidence is stale: it has evidence and none of it "
        "was collected in the evidence window (undated evidence is never fresh); false for "
        "a step without evidence (its gap is STEP_WITHOUT_EVIDENCE). The rule of "
        "`coverage.staleSteps`."
    )
    def evidence_stale(self) -> bool:
        return self.row.evidence_freshness(self.age).stale

    @strawberry.field(description="The evidence lane's counts against the evidence window.")
    def evidence_freshness(self) -> EvidenceFreshnessCounts:
        return EvidenceFreshnessCounts(counts=self.row.evidence_freshness(self.age))

    @strawberry.field(
        description="Evidence lane: the evidence supporting the step, its touchpoints or "
        "its pain points, by key."
    )
    def evidence(self) -> list[Evidence]:
        return self.nodes.many(Evidence, (e.key for e in self.row.evidence))

    @strawberry.field(description="The distinct kinds of the evidence lane, sorted.")
    def evidence_kinds(self) -> list[EvidenceKind]:
        return [EvidenceKind(kind) for kind in sorted({e.kind for e in self.row.evidence})]

    @strawberry.field(description="Customer-action lane: what the customer does.")
    def customer_action(self) -> str | None:
        return self.row.customer_action

    @strawberry.field(description="How the customer feels: 1 = very negative, 5 = very positive.")
    def emotion(self) -> int | None:
        return self.row.emotion

    @strawberry.field(
        description="Front stage: the step's touchpoints grouped by channel, channels by "
        "key (touchpoints without a channel last)."
    )
    def front_stage(self) -> list[BlueprintChannelLane]:
        return [BlueprintChannelLane(lane=lane, nodes=self.nodes) for lane in self.row.front_stage]

    @strawberry.field(
        description="Back stage: the processes serving the step or its touchpoints, by key."
    )
    def back_stage(self) -> list[Process]:
        return self.nodes.many(Process, self.row.back_stage)

    @strawberry.field(description="Support: the systems the back-stage processes use, by key.")
    def support(self) -> list[System]:
        return self.nodes.many(System, self.row.support)

    @strawberry.field(
        description="Support: the services the step or its touchpoints USE, and those the "
        "back-stage processes or support systems USE or REALIZE, by key; each says which."
    )
    def support_services(self) -> list[BlueprintServiceEntry]:
        return [BlueprintServiceEntry(entry=e, nodes=self.nodes) for e in self.row.services]

    @strawberry.field(
        description="Support: the data the step or its touchpoints NEED or CAPTURE, and "
        "the data the back-stage processes or support systems READ or WRITE, by key; each "
        "says which."
    )
    def support_data(self) -> list[BlueprintDataObjectEntry]:
        return [BlueprintDataObjectEntry(entry=e, nodes=self.nodes) for e in self.row.data]

    @strawberry.field(
        description="The step's gaps, in lane order (evidence, front stage, back stage, "
        "support), then by the key of the touchpoint or process at fault."
    )
    def gaps(self) -> list[BlueprintGapEntry]:
        return [BlueprintGapEntry(gap=gap, nodes=self.nodes) for gap in self.row.gaps]


@strawberry.type(name="BlueprintStage", description="A journey stage of a service blueprint.")
class BlueprintStageLanes:
    row: strawberry.Private[BlueprintStage]
    nodes: strawberry.Private[NodesRead]
    age: strawberry.Private[EvidenceAge]

    @strawberry.field(description="The stage.")
    def stage(self) -> Stage:
        return self.nodes.one(Stage, self.row.stage_key)

    @strawberry.field(description="The stage's steps by `order`, then key.")
    def steps(self) -> list[BlueprintStepLanes]:
        return [
            BlueprintStepLanes(row=step, nodes=self.nodes, age=self.age) for step in self.row.steps
        ]


@strawberry.type(
    name="ServiceBlueprint",
    description="A journey as a service blueprint: per stage and step, the lanes evidence, "
    "customer action, front stage, back stage and support, with gaps marked.",
)
class ServiceBlueprintType:
    result: strawberry.Private[ServiceBlueprint]
    nodes: strawberry.Private[NodesRead]
    age: strawberry.Private[EvidenceAge]

    @strawberry.field(description="The journey.")
    def journey(self) -> Journey:
        return self.nodes.one(Journey, self.result.journey_key)

    @strawberry.field(
        description="The window evidence must have been collected in to be fresh, from the "
        "arguments `maxAgeDays` and `asOf` (or their defaults)."
    )
    def evidence_window(self) -> EvidenceWindow:
        return EvidenceWindow(age=self.age)

    @strawberry.field(description="The journey's stages by `order`, then key.")
    def stages(self) -> list[BlueprintStageLanes]:
        return [
            BlueprintStageLanes(row=stage, nodes=self.nodes, age=self.age)
            for stage in self.result.stages
        ]

    @strawberry.field(description="Every gap of the journey, in stage and step order.")
    def gaps(self) -> list[BlueprintGapEntry]:
        return [BlueprintGapEntry(gap=gap, nodes=self.nodes) for gap in self.result.gaps]


# The blueprint's fields that answer nodes, and the kind each answers.
NODE_FIELDS: dict[str, str] = {
    "journey": "Journey",
    "stage": "Stage",
    "step": "Step",
    "evidence": "Evidence",
    "channel": "Channel",
    "touchpoints": "Touchpoint",
    "touchpoint": "Touchpoint",
    "backStage": "Process",
    "process": "Process",
    "support": "System",
    "service": "Service",
    "usedAtTouchpoints": "Touchpoint",
    "usedByProcesses": "Process",
    "usedBySystems": "System",
    "realizedByProcesses": "Process",
    "realizedBySystems": "System",
    "dataObject": "DataObject",
    "neededAtTouchpoints": "Touchpoint",
    "capturedAtTouchpoints": "Touchpoint",
    "readByProcesses": "Process",
    "readBySystems": "System",
    "writtenByProcesses": "Process",
    "writtenBySystems": "System",
}


def _support_keys(keys: dict[str, list[str | None]], row: BlueprintStep) -> None:
    """Add the keys the support lane's services and data objects name."""
    for service in row.services:
        keys["Service"].append(service.service_key)
        keys["Touchpoint"] += service.used_at_touchpoints
        keys["Process"] += [*service.used_by_processes, *service.realized_by_processes]
        keys["System"] += [*service.used_by_systems, *service.realized_by_systems]
    for data in row.data:
        keys["DataObject"].append(data.data_object_key)
        keys["Touchpoint"] += [*data.needed_at_touchpoints, *data.captured_at_touchpoints]
        keys["Process"] += [*data.read_by_processes, *data.written_by_processes]
        keys["System"] += [*data.read_by_systems, *data.written_by_systems]


def _keys(result: ServiceBlueprint) -> dict[str, list[str | None]]:
    """The keys of the nodes the blueprint names, by kind."""
    keys = keys_by_kind(NODE_FIELDS)
    keys["Journey"].append(result.journey_key)
    for stage in result.stages:
        keys["Stage"].append(stage.stage_key)
        for row in stage.steps:
            keys["Step"].append(row.step_key)
            keys["Evidence"] += (e.key for e in row.evidence)
            for lane in row.front_stage:
                keys["Channel"].append(lane.channel_key)
                keys["Touchpoint"] += lane.touchpoint_keys
            keys["Process"] += row.back_stage
            keys["System"] += row.support
            _support_keys(keys, row)
    for gap in result.gaps:
        keys["Step"].append(gap.step_key)
        keys["Touchpoint"].append(gap.touchpoint_key)
        keys["Process"].append(gap.process_key)
    return keys


async def resolve_service_blueprint(
    info: Info,
    journey_id: BlueprintJourneyId,
    max_age_days: MaxAgeDays = None,
    as_of: AsOf = None,
) -> ServiceBlueprintType:
    errors: list[FieldError] = []
    # journeyId is required: no key only when it is malformed, and then raise_if raises.
    journey = optional_key(journey_id, "Journey", "journeyId", errors) or ""
    age = evidence_age(info, max_age_days, as_of, errors)
    raise_if(errors)
    result = await info.context.store.traverse(TRAVERSAL, journey)
    if result is None:
        raise NotFound("Journey", journey)
    # Every node the selection asks for is read here, one batch per kind, so that the
    # lanes answer without an await per node (docs/benchmarks.md).
    nodes = await read_selected(info, TRAVERSAL.node_fields, _keys(result))
    return ServiceBlueprintType(result=result, nodes=nodes, age=age)


TRAVERSAL = Traversal(
    name="serviceBlueprint",
    cypher=cypher.service_blueprint,
    in_memory=memory.service_blueprint,
    field=strawberry.field(
        resolver=resolve_service_blueprint,
        description="A journey's service blueprint: stages and steps in order, each step "
        "with its evidence, customer action, front stage (touchpoints by channel), back "
        "stage (processes) and support (systems, and the services and data they and the "
        "step rely on), whether its evidence is stale (`maxAgeDays`, `asOf`), and the gaps "
        "found. NOT_FOUND if there is no such journey.",
    ),
    cost=FieldCost(500),
    node_fields=NODE_FIELDS,
)
"""The traversal, as :data:`graph_api.traversals.TRAVERSALS` registers it."""
