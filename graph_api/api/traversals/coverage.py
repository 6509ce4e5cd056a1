"""``coverage``: what a journey (or the whole model) lacks in evidence, channels,
ownership, capability links and backlog."""

from typing import Annotated

import strawberry
from strawberry.types import Info

from graph_api.api.ids import node_ref
from graph_api.api.traversals.loading import node_of, nodes_of
from graph_api.api.types.nodes import NODE_TYPES
from graph_api.errors import NotFound
from graph_api.metamodel.enums import EvidenceKind
from graph_api.store.results import (
    ChannelEvidenceCount,
    Coverage,
    StageChannelGap,
    StepEvidenceCount,
    UnaddressedPainfulStep,
)

Journey = NODE_TYPES["Journey"]
Stage = NODE_TYPES["Stage"]
Step = NODE_TYPES["Step"]
Channel = NODE_TYPES["Channel"]
Process = NODE_TYPES["Process"]
Capability = NODE_TYPES["Capability"]

CoverageJourneyId = Annotated[
    strawberry.ID | None,
    strawberry.argument(
        description="The journey to check (its global ID or key); the whole model when omitted."
    ),
]


@strawberry.type(description="The evidence a step has, on itself, its touchpoints or its pains.")
class CoverageStepEvidence:
    row: strawberry.Private[StepEvidenceCount]

    @strawberry.field(description="The step.")
    async def step(self, info: Info) -> Step:  # type: ignore[valid-type]
        return await node_of(info, "Step", self.row.step_key)

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

    @strawberry.field(description="The channel.")
    async def channel(self, info: Info) -> Channel:  # type: ignore[valid-type]
        return await node_of(info, "Channel", self.row.channel_key)

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

    @strawberry.field(description="The stage.")
    async def stage(self, info: Info) -> Stage:  # type: ignore[valid-type]
        return await node_of(info, "Stage", self.row.stage_key)

    @strawberry.field(description="The stage's journey.")
    async def journey(self, info: Info) -> Journey:  # type: ignore[valid-type]
        return await node_of(info, "Journey", self.row.journey_key)

    @strawberry.field(
        description="Channels some touchpoint of the journey is on but no touchpoint of "
        "this stage is, by key."
    )
    async def missing_channels(self, info: Info) -> list[Channel]:  # type: ignore[valid-type]
        return await nodes_of(info, "Channel", self.row.missing_channel_keys)


@strawberry.type(description="A painful step nobody is working on.")
class CoveragePainfulStep:
    row: strawberry.Private[UnaddressedPainfulStep]

    @strawberry.field(description="The step.")
    async def step(self, info: Info) -> Step:  # type: ignore[valid-type]
        return await node_of(info, "Step", self.row.step_key)

    @strawberry.field(
        description="The highest severity among the pain points on the step or its touchpoints."
    )
    def pain(self) -> int:
        return self.row.pain


@strawberry.type(
    name="Coverage",
    description="What a journey, or the whole model, lacks. Scope with a journey: its "
    "steps; the processes serving them or their touchpoints; the capabilities those "
    "processes realize or that enable a value-stream stage one of its stages maps to. "
    "Without a journey: every step, process and capability. Every list is by key.",
)
class CoverageType:
    result: strawberry.Private[Coverage]

    @strawberry.field(description="The journey checked; null for the whole model.")
    async def journey(self, info: Info) -> Journey | None:  # type: ignore[valid-type]
        key = self.result.journey_key
        return None if key is None else await node_of(info, "Journey", key)

    @strawberry.field(description="Every step in scope with its evidence count and kinds.")
    def evidence_by_step(self) -> list[CoverageStepEvidence]:
        return [CoverageStepEvidence(row=r) for r in self.result.evidence_by_step]

    @strawberry.field(description="Every channel a touchpoint in scope is on, with its evidence.")
    def evidence_by_channel(self) -> list[CoverageChannelEvidence]:
        return [CoverageChannelEvidence(row=r) for r in self.result.evidence_by_channel]

    @strawberry.field(
        description="Steps with no evidence on themselves, their touchpoints or their pains."
    )
    async def steps_without_evidence(self, info: Info) -> list[Step]:  # type: ignore[valid-type]
        return await nodes_of(info, "Step", self.result.steps_without_evidence)

    @strawberry.field(description="Steps whose evidence is all of one kind.")
    def steps_with_one_evidence_kind(self) -> list[CoverageStepEvidence]:
        return [CoverageStepEvidence(row=r) for r in self.result.steps_with_one_evidence_kind]

    @strawberry.field(
        description="Per stage (by stage key; only stages missing some), the channels the "
        "stage's journey uses that the stage has no touchpoint on."
    )
    def stage_channel_gaps(self) -> list[CoverageStageChannelGap]:
        return [CoverageStageChannelGap(row=r) for r in self.result.stage_channel_gaps]

    @strawberry.field(description="Steps in scope that no team owns (directly).")
    async def steps_without_owner(self, info: Info) -> list[Step]:  # type: ignore[valid-type]
        return await nodes_of(info, "Step", self.result.steps_without_owner)

    @strawberry.field(description="Processes in scope that no team owns (directly).")
    async def processes_without_owner(self, info: Info) -> list[Process]:  # type: ignore[valid-type]
        return await nodes_of(info, "Process", self.result.processes_without_owner)

    @strawberry.field(description="Capabilities in scope that no team owns (directly).")
    async def capabilities_without_owner(self, info: Info) -> list[Capability]:  # type: ignore[valid-type]
        return await nodes_of(info, "Capability", self.result.capabilities_without_owner)

    @strawberry.field(description="Processes in scope that realize no capability.")
    async def processes_without_capability(self, info: Info) -> list[Process]:  # type: ignore[valid-type]
        return await nodes_of(info, "Process", self.result.processes_without_capability)

    @strawberry.field(description="Capabilities in scope that no process at all realizes.")
    async def capabilities_without_process(self, info: Info) -> list[Capability]:  # type: ignore[valid-type]
        return await nodes_of(info, "Capability", self.result.capabilities_without_process)

    @strawberry.field(
        description="Steps whose pain (highest severity on the step or its touchpoints) is "
        "at least 4 and that no backlog item addresses, neither directly nor through one "
        "of those pain points."
    )
    def painful_steps_without_backlog(self) -> list[CoveragePainfulStep]:
        return [CoveragePainfulStep(row=r) for r in self.result.painful_steps_without_backlog]


async def resolve_coverage(info: Info, journey_id: CoverageJourneyId = None) -> CoverageType:
    journey = node_ref(journey_id, "Journey", "journeyId").key if journey_id is not None else None
    result = await info.context.store.coverage(journey)
    if result is None:
        raise NotFound("Journey", journey or "")
    return CoverageType(result=result)


FIELDS = {
    "coverage": strawberry.field(
        resolver=resolve_coverage,
        description="What a journey (or, without `journeyId`, the whole model) lacks: "
        "evidence per step and channel, channels missing from stages, owners, capability "
        "links, and painful steps with no backlog item. NOT_FOUND if there is no such journey.",
    ),
}
