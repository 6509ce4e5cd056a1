"""``coverage``: what a journey (or the whole model) lacks in evidence, channels,
ownership, capability links and backlog."""

from typing import Annotated

import strawberry
from strawberry.types import Info

from graph_api.errors import FieldError, NotFound
from graph_api.graphql.argument_checks import optional_key, raise_if
from graph_api.graphql.costs import FieldCost
from graph_api.graphql.ids import of_kind_forms
from graph_api.graphql.loading import NodesRead, keys_by_kind, read_selected
from graph_api.graphql.types.node_types import (
    Capability,
    Channel,
    DataObject,
    Journey,
    Process,
    Stage,
    Step,
)
from graph_api.metamodel.enums import EvidenceKind
from graph_api.traversals.coverage import cypher, memory
from graph_api.traversals.coverage.freshness import CoverageStaleStep, CoverageThinChannel
from graph_api.traversals.coverage.result import (
    ChannelEvidenceCount,
    Coverage,
    StageChannelGap,
    StepDataGap,
    StepEvidenceCount,
    UnaddressedPainfulStep,
)
from graph_api.traversals.description import Traversal
from graph_api.traversals.evidence_age import EvidenceAge
from graph_api.traversals.evidence_window import (
    AsOf,
    EvidenceWindow,
    MaxAgeDays,
    evidence_age,
)

CoverageJourneyId = Annotated[
    strawberry.ID | None,
    strawberry.argument(
        description=f"The journey to check ({of_kind_forms('Journey')}); the whole model "
        "when omitted."
    ),
]


@strawberry.type(description="The evidence a step has, on itself, its touchpoints or its pains.")
class CoverageStepEvidence:
    row: strawberry.Private[StepEvidenceCount]
    nodes: strawberry.Private[NodesRead]

    @strawberry.field(description="The step.")
    def step(self) -> Step:
        return self.nodes.one(Step, self.row.step_key)

    @strawberry.field(
        description="How many distinct pieces of evidence support the step, its "
        "touchpoints or the pain points affecting either."
    )
    def evidence_count(self) -> int:
        return self.row.evidence_count

    @strawberry.field(description="The distinct kinds of that evidence, sorted.")
    def evidence_kinds(self) -> list[EvidenceKind]:
        return [EvidenceKind(kind) for kind in self.row.kinds]


@strawberry.type(description="A channel's touchpoints in scope and the evidence about them.")
class CoverageChannelEvidence:
    row: strawberry.Private[ChannelEvidenceCount]
    nodes: strawberry.Private[NodesRead]

    @strawberry.field(description="The channel.")
    def channel(self) -> Channel:
        return self.nodes.one(Channel, self.row.channel_key)

    @strawberry.field(description="How many touchpoints of the steps in scope are on it.")
    def touchpoint_count(self) -> int:
        return self.row.touchpoint_count

    @strawberry.field(
        description="How many distinct pieces of evidence support those touchpoints or "
        "the pain points affecting them (evidence on a step alone counts for no channel)."
    )
    def evidence_count(self) -> int:
        return self.row.evidence_count


@strawberry.type(
    description="A journey stage without touchpoints on some of the journey's channels."
)
class CoverageStageChannelGap:
    row: strawberry.Private[StageChannelGap]
    nodes: strawberry.Private[NodesRead]

    @strawberry.field(description="The stage.")
    def stage(self) -> Stage:
        return self.nodes.one(Stage, self.row.stage_key)

    @strawberry.field(description="The stage's journey.")
    def journey(self) -> Journey:
        return self.nodes.one(Journey, self.row.journey_key)

    @strawberry.field(
        description="Channels some touchpoint of the journey is on but no touchpoint of "
        "this stage is, by key."
    )
    def missing_channels(self) -> list[Channel]:
        return self.nodes.many(Channel, self.row.missing_channel_keys)


@strawberry.type(description="A painful step nobody is working on.")
class CoveragePainfulStep:
    row: strawberry.Private[UnaddressedPainfulStep]
    nodes: strawberry.Private[NodesRead]

    @strawberry.field(description="The step.")
    def step(self) -> Step:
        return self.nodes.one(Step, self.row.step_key)

    @strawberry.field(
        description="The highest severity among the pain points on the step or its touchpoints."
    )
    def pain(self) -> int:
        return self.row.pain


@strawberry.type(description="A step needing data that no system holds.")
class CoverageDataGap:
    row: strawberry.Private[StepDataGap]
    nodes: strawberry.Private[NodesRead]

    @strawberry.field(description="The step.")
    def step(self) -> Step:
        return self.nodes.one(Step, self.row.step_key)

    @strawberry.field(
        description="The data the step or one of its touchpoints NEEDS that no system "
        "READS or WRITES, by key."
    )
    def data_objects(self) -> list[DataObject]:
        return self.nodes.many(DataObject, self.row.data_object_keys)


@strawberry.type(
    name="Coverage",
    description="What a journey, or the whole model, lacks. Scope with a journey: its "
    "steps; the processes serving them or their touchpoints; the capabilities those "
    "processes realize or that enable a value-stream stage one of its stages maps to. "
    "Without a journey: every step, process and capability. Every list is by key.",
)
class CoverageType:
    result: strawberry.Private[Coverage]
    nodes: strawberry.Private[NodesRead]
    age: strawberry.Private[EvidenceAge]
    min_evidence: strawberry.Private[int]

    @strawberry.field(description="The journey checked; null for the whole model.")
    def journey(self) -> Journey | None:
        return self.nodes.optional(Journey, self.result.journey_key)

    @strawberry.field(
        description="The window evidence must have been collected in to be fresh, from the "
        "arguments `maxAgeDays` and `asOf` (or their defaults)."
    )
    def evidence_window(self) -> EvidenceWindow:
        return EvidenceWindow(age=self.age)

    @strawberry.field(
        description="The fresh pieces of evidence a channel needs not to be thin: the "
        "argument `minChannelEvidence` (or its default)."
    )
    def min_channel_evidence(self) -> int:
        return self.min_evidence

    @strawberry.field(
        description="Steps that have evidence (as `evidenceByStep` counts it) of which none "
        "is fresh: collected before the window, after `asOf`, or undated (undated evidence "
        "never makes a step fresh). Steps without evidence are in `stepsWithoutEvidence`, "
        "not here. By step key."
    )
    def stale_steps(self) -> list[CoverageStaleStep]:
        return [
            CoverageStaleStep(row=r, nodes=self.nodes) for r in self.result.stale_steps(self.age)
        ]

    @strawberry.field(
        description="Channels (of `evidenceByChannel`) whose evidence collected in the "
        "window is fewer than `minChannelEvidence` pieces, no evidence at all included. By "
        "channel key."
    )
    def thin_channels(self) -> list[CoverageThinChannel]:
        return [
            CoverageThinChannel(row=r, nodes=self.nodes)
            for r in self.result.thin_channels(self.age, self.min_evidence)
        ]

    @strawberry.field(description="Every step in scope with its evidence count and kinds.")
    def evidence_by_step(self) -> list[CoverageStepEvidence]:
        return [CoverageStepEvidence(row=r, nodes=self.nodes) for r in self.result.evidence_by_step]

    @strawberry.field(description="Every channel a touchpoint in scope is on, with its evidence.")
    def evidence_by_channel(self) -> list[CoverageChannelEvidence]:
        return [
            CoverageChannelEvidence(row=r, nodes=self.nodes)
            for r in self.result.evidence_by_channel
        ]

    @strawberry.field(
        description="Steps with no evidence on themselves, their touchpoints or their pains."
    )
    def steps_without_evidence(self) -> list[Step]:
        return self.nodes.many(Step, self.result.steps_without_evidence)

    @strawberry.field(description="Steps whose evidence is all of one kind.")
    def steps_with_one_evidence_kind(self) -> list[CoverageStepEvidence]:
        return [
            CoverageStepEvidence(row=r, nodes=self.nodes)
            for r in self.result.steps_with_one_evidence_kind
        ]

    @strawberry.field(
        description="Per stage (by stage key; only stages missing some), the channels the "
        "stage's journey uses that the stage has no touchpoint on."
    )
    def stage_channel_gaps(self) -> list[CoverageStageChannelGap]:
        return [
            CoverageStageChannelGap(row=r, nodes=self.nodes) for r in self.result.stage_channel_gaps
        ]

    @strawberry.field(description="Steps in scope that no team owns (directly).")
    def steps_without_owner(self) -> list[Step]:
        return self.nodes.many(Step, self.result.steps_without_owner)

    @strawberry.field(description="Processes in scope that no team owns (directly).")
    def processes_without_owner(self) -> list[Process]:
        return self.nodes.many(Process, self.result.processes_without_owner)

    @strawberry.field(description="Capabilities in scope that no team owns (directly).")
    def capabilities_without_owner(self) -> list[Capability]:
        return self.nodes.many(Capability, self.result.capabilities_without_owner)

    @strawberry.field(description="Processes in scope that realize no capability.")
    def processes_without_capability(self) -> list[Process]:
        return self.nodes.many(Process, self.result.processes_without_capability)

    @strawberry.field(description="Capabilities in scope that no process at all realizes.")
    def capabilities_without_process(self) -> list[Capability]:
        return self.nodes.many(Capability, self.result.capabilities_without_process)

    @strawberry.field(
        description="Steps whose pain (highest severity on the step or its touchpoints) is "
        "at least 4 and that no backlog item addresses, neither directly nor through one "
        "of those pain points."
    )
    def painful_steps_without_backlog(self) -> list[CoveragePainfulStep]:
        return [
            CoveragePainfulStep(row=r, nodes=self.nodes)
            for r in self.result.painful_steps_without_backlog
        ]

    @strawberry.field(
        description="Steps in scope that need data (themselves or through one of their "
        "touchpoints) that no system reads or writes: a data gap; each with that data."
    )
    def steps_with_data_gaps(self) -> list[CoverageDataGap]:
        return [CoverageDataGap(row=r, nodes=self.nodes) for r in self.result.steps_with_data_gaps]


# The fields that answer nodes, and the kind each answers: what is read before answering.
NODE_FIELDS: dict[str, str] = {
    "journey": "Journey",
    "step": "Step",
    "channel": "Channel",
    "stage": "Stage",
    "missingChannels": "Channel",
    "stepsWithoutEvidence": "Step",
    "stepsWithoutOwner": "Step",
    "processesWithoutOwner": "Process",
    "capabilitiesWithoutOwner": "Capability",
    "processesWithoutCapability": "Process",
    "capabilitiesWithoutProcess": "Capability",
    "dataObjects": "DataObject",
}


def _keys(result: Coverage) -> dict[str, list[str | None]]:
    keys = keys_by_kind(NODE_FIELDS)
    keys["Journey"].append(result.journey_key)
    keys["Step"] += (r.step_key for r in result.evidence_by_step)
    keys["Step"] += (r.step_key for r in result.steps_with_one_evidence_kind)
    keys["Step"] += (r.step_key for r in result.painful_steps_without_backlog)
    for data_gap in result.steps_with_data_gaps:
        keys["Step"].append(data_gap.step_key)
        keys["DataObject"] += data_gap.data_object_keys
    keys["Step"] += [*result.steps_without_evidence, *result.steps_without_owner]
    keys["Channel"] += (r.channel_key for r in result.evidence_by_channel)
    for gap in result.stage_channel_gaps:
        keys["Stage"].append(gap.stage_key)
        keys["Journey"].append(gap.journey_key)
        keys["Channel"] += gap.missing_channel_keys
    keys["Process"] += [*result.processes_without_owner, *result.processes_without_capability]
    keys["Capability"] += [
        *result.capabilities_without_owner,
        *result.capabilities_without_process,
    ]
    return keys


MinChannelEvidence = Annotated[
    int | None,
    strawberry.argument(
        description="The fresh pieces of evidence a channel needs not to be thin (0: no "
        "channel is); default: the setting GRAPH_API_MIN_CHANNEL_EVIDENCE (3). Negative: "
        "VALIDATION."
    ),
]


async def resolve_coverage(
    info: Info,
    journey_id: CoverageJourneyId = None,
    max_age_days: MaxAgeDays = None,
    as_of: AsOf = None,
    min_channel_evidence: MinChannelEvidence = None,
) -> CoverageType:
    errors: list[FieldError] = []
    journey = optional_key(journey_id, "Journey", "journeyId", errors)
    age = evidence_age(info, max_age_days, as_of, errors)
    if min_channel_evidence is not None and min_channel_evidence < 0:
        errors.append(
            FieldError("minChannelEvidence", f"must not be negative, got {min_channel_evidence}")
        )
    raise_if(errors)
    if min_channel_evidence is None:
        min_channel_evidence = info.context.settings.min_channel_evidence
    result = await info.context.store.traverse(TRAVERSAL, journey)
    if result is None:
        raise NotFound("Journey", journey or "")
    # staleSteps and thinChannels name steps and channels of evidenceByStep and
    # evidenceByChannel, whose keys are read already.
    nodes = await read_selected(info, TRAVERSAL.node_fields, _keys(result))
    return CoverageType(result=result, nodes=nodes, age=age, min_evidence=min_channel_evidence)


TRAVERSAL = Traversal(
    name="coverage",
    cypher=cypher.coverage,
    in_memory=memory.coverage,
    field=strawberry.field(
        resolver=resolve_coverage,
        description="What a journey (or, without `journeyId`, the whole model) lacks: "
        "evidence per step and channel, steps whose evidence is stale and channels whose "
        "fresh evidence is thin (`maxAgeDays`, `asOf`, `minChannelEvidence`), channels "
        "missing from stages, owners, capability links, painful steps with no backlog "
        "item, and steps needing data no system holds. NOT_FOUND if there is no such "
        "journey.",
    ),
    cost=FieldCost(2_000),
    node_fields=NODE_FIELDS,
)
"""The traversal, as :data:`graph_api.traversals.TRAVERSALS` registers it."""
