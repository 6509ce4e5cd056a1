"""``evidenceTimeline`` on the in-memory graph (twin of the Cypher in the Neo4j store)."""

from graph_api.store.base import NodeRef
from graph_api.store.embedded.memory import MemoryGraph
from graph_api.traversals.evidence_timeline.result import (
    EvidenceReach,
    EvidenceTimeline,
    EvidenceTimelineQuery,
    StepEvidenceFacts,
    evidence_timeline,
)
from graph_api.traversals.step_pain import pain_points_at, touchpoints_of


def _reaches(memory: MemoryGraph, step: NodeRef) -> list[EvidenceReach]:
    """The evidence of the step, each under the channels of the place it reaches the
    step through (result.py says which)."""
    places: list[tuple[NodeRef, list[str | None]]] = [(step, [None])]
    for touchpoint in touchpoints_of(memory, step):
        channels: list[str | None] = [
            c.key for c in memory.targets(touchpoint, "ON_CHANNEL", "Channel")
        ]
        places.append((touchpoint, channels or [None]))
    found: set[EvidenceReach] = set()
    for place, channels in places:
        for target in [place, *pain_points_at(memory, [place])]:
            for evidence in memory.sources(target, "SUPPORTS", "Evidence"):
                record = memory.get(evidence)
                collected = record.props.get("collectedAt") if record else None
                found.update(EvidenceReach(evidence.key, c, collected) for c in channels)
    return sorted(found, key=lambda r: (r.evidence_key, r.channel_key or ""))


def evidence_timeline_of(
    memory: MemoryGraph, query: EvidenceTimelineQuery
) -> EvidenceTimeline | None:
    """The journey's timeline; None when there is no such journey."""
    journey = NodeRef("Journey", query.journey_key)
    if memory.get(journey) is None:
        return None
    steps = [
        StepEvidenceFacts(stage.key, step.key, _reaches(memory, step))
        for stage in memory.in_position_order(memory.targets(journey, "HAS_STAGE", "Stage"))
        for step in memory.in_position_order(memory.targets(stage, "HAS_STEP", "Step"))
    ]
    return evidence_timeline(query, steps)
