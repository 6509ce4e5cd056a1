"""The result of ``coverage``: what a journey (or the whole model) lacks.

Every list is sorted by key (stage gaps by stage key); see the field docs for scopes.
"""

from dataclasses import dataclass, field

from graph_api.traversals.evidence_age import EvidenceAge, EvidenceDates, EvidenceFreshness


@dataclass(frozen=True, slots=True)
class StepEvidenceCount:
    """How much evidence a step has: on the step, its touchpoints or its pain points."""

    step_key: str
    evidence_count: int
    kinds: list[str]
    """The distinct evidence kinds, sorted."""
    dates: EvidenceDates = field(default_factory=EvidenceDates)
    """When that evidence was collected."""


@dataclass(frozen=True, slots=True)
class ChannelEvidenceCount:
    """A channel's touchpoints in scope and the evidence on them or on their pains."""

    channel_key: str
    touchpoint_count: int
    evidence_count: int
    dates: EvidenceDates = field(default_factory=EvidenceDates)
    """When that evidence was collected."""


@dataclass(frozen=True, slots=True)
class StaleStep:
    """A step with evidence of which none is fresh (evidence_age), and the counts why."""

    step_key: str
    freshness: EvidenceFreshness


@dataclass(frozen=True, slots=True)
class ThinChannel:
    """A channel with fewer fresh pieces of evidence than asked for, and the counts why."""

    channel_key: str
    touchpoint_count: int
    freshness: EvidenceFreshness


@dataclass(frozen=True, slots=True)
class StageChannelGap:
    """Channels the stage's journey uses elsewhere but the stage has no touchpoint on."""

    stage_key: str
    journey_key: str
    missing_channel_keys: list[str]


@dataclass(frozen=True, slots=True)
class UnaddressedPainfulStep:
    """A step with pain >= 4 that no backlog item addresses (nor any of its pains)."""

    step_key: str
    pain: int


@dataclass(frozen=True, slots=True)
class StepDataGap:
    """A step needing data, itself or through one of its touchpoints (NEEDS), that no
    system READS or WRITES: ``data_object_keys``, sorted."""

    step_key: str
    data_object_keys: list[str]


UNADDRESSED_PAIN = 4
"""The least pain (max severity on the step or its touchpoints) that must be addressed."""


@dataclass(frozen=True, slots=True)
class Coverage:
    """Coverage of one journey (``journey_key``) or of every step (None).

    Scope: the journey's steps, the processes serving them or their touchpoints, and the
    capabilities those processes realize or that enable a value-stream stage a journey
    stage maps to; without a journey, every step, process and capability.
    """

    journey_key: str | None
    evidence_by_step: list[StepEvidenceCount]
    """Every step in scope, with zero counts too."""
    evidence_by_channel: list[ChannelEvidenceCount]
    """Every channel at least one touchpoint in scope is on."""
    steps_without_evidence: list[str]
    steps_with_one_evidence_kind: list[StepEvidenceCount]
    stage_channel_gaps: list[StageChannelGap]
    steps_without_owner: list[str]
    processes_without_owner: list[str]
    capabilities_without_owner: list[str]
    processes_without_capability: list[str]
    capabilities_without_process: list[str]
    """Capabilities in scope that no process at all realizes."""
    painful_steps_without_backlog: list[UnaddressedPainfulStep]
    steps_with_data_gaps: list[StepDataGap] = field(default_factory=list)
    """Steps in scope whose needed data no system reads or writes."""

    def stale_steps(self, age: EvidenceAge) -> list[StaleStep]:
        """The steps whose evidence is all older than ``age`` allows (or undated, or
        collected after its day), by key; steps without evidence are not among them."""
        return [
            StaleStep(row.step_key, freshness)
            for row in self.evidence_by_step
            if (freshness := row.dates.freshness(age)).stale
        ]

    def thin_channels(self, age: EvidenceAge, min_evidence: int) -> list[ThinChannel]:
        """The channels whose touchpoints in scope have fewer than ``min_evidence`` fresh
        pieces of evidence (as ``evidence_by_channel`` counts them), by key."""
        return [
            ThinChannel(row.channel_key, row.touchpoint_count, freshness)
            for row in self.evidence_by_channel
            if (freshness := row.dates.freshness(age)).fresh_count < min_evidence
        ]
