"""``coverage`` on the in-memory graph (twin of the Cypher in the Neo4j store)."""

from collections.abc import Iterable

from graph_api.store.base import NodeRef
from graph_api.store.embedded.memory import MemoryGraph
from graph_api.traversals.coverage.result import (
    UNADDRESSED_PAIN,
    ChannelEvidenceCount,
    Coverage,
    StageChannelGap,
    StepDataGap,
    StepEvidenceCount,
    UnaddressedPainfulStep,
)
from graph_api.traversals.evidence_age import EvidenceDates
from graph_api.traversals.step_pain import (
    addressing_items,
    evidence_at,
    max_severity,
    pain_points_of,
    touchpoints_of,
)


def _all(memory: MemoryGraph, kind: str) -> list[NodeRef]:
    return [NodeRef(kind, key) for key in memory.nodes.get(kind, {})]


def _channels_of(memory: MemoryGraph, steps: Iterable[NodeRef]) -> set[str]:
    return {
        c.key
        for step in steps
        for t in touchpoints_of(memory, step)
        for c in memory.targets(t, "ON_CHANNEL", "Channel")
    }


def _unowned(memory: MemoryGraph, refs: Iterable[NodeRef]) -> list[str]:
    return sorted(r.key for r in refs if not any(memory.sources(r, "OWNS", "Team")))


def _dates(memory: MemoryGraph, evidence: Iterable[NodeRef]) -> EvidenceDates:
    """When each piece of ``evidence`` was collected."""
    return EvidenceDates.of(
        record.props.get("collectedAt") if (record := memory.get(e)) else None for e in evidence
    )


def _step_evidence(memory: MemoryGraph, step: NodeRef) -> StepEvidenceCount:
    evidence = evidence_at(memory, [step, *touchpoints_of(memory, step)])
    kinds = {str(r.props["kind"]) for e in evidence if (r := memory.get(e))}
    return StepEvidenceCount(step.key, len(evidence), sorted(kinds), _dates(memory, evidence))


def _channel_evidence(memory: MemoryGraph, steps: list[NodeRef]) -> list[ChannelEvidenceCount]:
    by_channel: dict[str, list[NodeRef]] = {}
    for step in steps:
        for t in touchpoints_of(memory, step):
            for c in memory.targets(t, "ON_CHANNEL", "Channel"):
                by_channel.setdefault(c.key, []).append(t)
    rows: list[ChannelEvidenceCount] = []
    for key, tps in sorted(by_channel.items()):
        evidence = evidence_at(memory, set(tps))
        rows.append(
            ChannelEvidenceCount(key, len(set(tps)), len(evidence), _dates(memory, evidence))
        )
    return rows


def _stage_gaps(memory: MemoryGraph, journeys: list[NodeRef]) -> list[StageChannelGap]:
    gaps: list[StageChannelGap] = []
    for journey in journeys:
        stages = list(memory.targets(journey, "HAS_STAGE", "Stage"))
        steps_of = {s: list(memory.targets(s, "HAS_STEP", "Step")) for s in stages}
        used = _channels_of(memory, [step for steps in steps_of.values() for step in steps])
        for stage, steps in steps_of.items():
            missing = used - _channels_of(memory, steps)
            if missing:
                gaps.append(StageChannelGap(stage.key, journey.key, sorted(missing)))
    return sorted(gaps, key=lambda g: g.stage_key)


def _unaddressed(memory: MemoryGraph, steps: list[NodeRef]) -> list[UnaddressedPainfulStep]:
    """The same rule as storyMap's ``unaddressedPainfulSteps`` (see step_pain)."""
    rows: list[UnaddressedPainfulStep] = []
    for step in steps:
        pains = pain_points_of(memory, step)
        pain = max_severity(memory, pains)
        if pain >= UNADDRESSED_PAIN and not addressing_items(memory, [step, *pains]):
            rows.append(UnaddressedPainfulStep(step.key, pain))
    return sorted(rows, key=lambda r: r.step_key)


def _data_gaps(memory: MemoryGraph, steps: list[NodeRef]) -> list[StepDataGap]:
    """Steps whose needed data (on the step or a touchpoint) no system reads or writes."""
    gaps: list[StepDataGap] = []
    for step in steps:
        needed = {
            data
            for place in [step, *touchpoints_of(memory, step)]
            for data in memory.targets(place, "NEEDS", "DataObject")
        }
        unheld = sorted(
            data.key
            for data in needed
            if not any(memory.sources(data, "READS", "System"))
            and not any(memory.sources(data, "WRITES", "System"))
        )
        if unheld:
            gaps.append(StepDataGap(step.key, unheld))
    return sorted(gaps, key=lambda g: g.step_key)


def coverage(memory: MemoryGraph, journey_key: str | None) -> Coverage | None:
    """Coverage of the journey, or of the whole model; None for an unknown journey."""
    if journey_key is None:
        journeys = _all(memory, "Journey")
        steps = _all(memory, "Step")
        processes = _all(memory, "Process")
        capabilities = set(_all(memory, "Capability"))
    else:
        journey = NodeRef("Journey", journey_key)
        if memory.get(journey) is None:
            return None
        journeys = [journey]
        stages = list(memory.targets(journey, "HAS_STAGE", "Stage"))
        steps = [step for stage in stages for step in memory.targets(stage, "HAS_STEP", "Step")]
        places = [p for step in steps for p in [step, *touchpoints_of(memory, step)]]
        processes = list(
            {p for place in places for p in memory.sources(place, "SERVES", "Process")}
        )
        capabilities = {
            c for p in processes for c in memory.targets(p, "REALIZES", "Capability")
        } | {
            c
            for stage in stages
            for vss in memory.targets(stage, "MAPS_TO", "ValueStreamStage")
            for c in memory.targets(vss, "ENABLED_BY", "Capability")
        }
    evidence_by_step = sorted(
        (_step_evidence(memory, step) for step in steps), key=lambda s: s.step_key
    )
    return Coverage(
        journey_key=journey_key,
        evidence_by_step=evidence_by_step,
        evidence_by_channel=_channel_evidence(memory, steps),
        steps_without_evidence=[s.step_key for s in evidence_by_step if not s.kinds],
        steps_with_one_evidence_kind=[s for s in evidence_by_step if len(s.kinds) == 1],
        stage_channel_gaps=_stage_gaps(memory, journeys),
        steps_without_owner=_unowned(memory, steps),
        processes_without_owner=_unowned(memory, processes),
        capabilities_without_owner=_unowned(memory, capabilities),
        processes_without_capability=sorted(
            p.key for p in processes if not any(memory.targets(p, "REALIZES", "Capability"))
        ),
        capabilities_without_process=sorted(
            c.key for c in capabilities if not any(memory.sources(c, "REALIZES", "Process"))
        ),
        painful_steps_without_backlog=_unaddressed(memory, steps),
        steps_with_data_gaps=_data_gaps(memory, steps),
    )
