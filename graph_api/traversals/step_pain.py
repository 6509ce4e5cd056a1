"""How the traversals on the in-memory graph read a step's pain, evidence and backlog.

A step's pain points are those AFFECTING the step itself or any of its touchpoints; its
pain is their highest severity (0 if none); the backlog items working on it are those
ADDRESSING the step or any of those pain points. The Cypher twins spell the same rules
with ``(s)-[:HAS_TOUCHPOINT*0..1]->()<-[:AFFECTS]-(p:PainPoint)``.
"""

from collections.abc import Iterable

from graph_api.store.base import NodeRef
from graph_api.store.embedded.memory import MemoryGraph


def touchpoints_of(memory: MemoryGraph, step: NodeRef) -> list[NodeRef]:
    """The step's touchpoints, by key."""
    return sorted(memory.targets(step, "HAS_TOUCHPOINT", "Touchpoint"))


def pain_points_at(memory: MemoryGraph, places: Iterable[NodeRef]) -> set[NodeRef]:
    """The pain points AFFECTING any of ``places`` (steps or touchpoints)."""
    return {p for place in places for p in memory.sources(place, "AFFECTS", "PainPoint")}


def pain_points_of(memory: MemoryGraph, step: NodeRef) -> set[NodeRef]:
    """The pain points AFFECTING the step or any of its touchpoints."""
    return pain_points_at(memory, [step, *touchpoints_of(memory, step)])


def evidence_at(memory: MemoryGraph, places: Iterable[NodeRef]) -> set[NodeRef]:
    """The evidence SUPPORTING any of ``places`` or the pain points affecting them."""
    places = list(places)
    return {
        e
        for place in [*places, *pain_points_at(memory, places)]
        for e in memory.sources(place, "SUPPORTS", "Evidence")
    }


def severity(memory: MemoryGraph, pain_point: NodeRef) -> int:
    record = memory.get(pain_point)
    return int(record.props["severity"]) if record else 0


def max_severity(memory: MemoryGraph, pain_points: Iterable[NodeRef]) -> int:
    """The highest severity among ``pain_points``, 0 if there are none."""
    return max((severity(memory, p) for p in pain_points), default=0)


def by_priority(memory: MemoryGraph, items: Iterable[NodeRef]) -> list[str]:
    """Backlog item keys by priority (1 first, no priority last), then key."""

    def rank(item: NodeRef) -> tuple[bool, int, str]:
        record = memory.get(item)
        priority = record.props.get("priority") if record else None
        return (priority is None, int(priority or 0), item.key)

    return [item.key for item in sorted(set(items), key=rank)]


def addressing_items(memory: MemoryGraph, targets: Iterable[NodeRef]) -> list[str]:
    """Keys of the backlog items ADDRESSING any of ``targets``, by priority then key."""
    items = {b for t in targets for b in memory.sources(t, "ADDRESSES", "BacklogItem")}
    return by_priority(memory, items)


def journey_steps(memory: MemoryGraph, journey: NodeRef) -> set[NodeRef]:
    """The steps of the journey's stages."""
    return {
        step
        for stage in memory.targets(journey, "HAS_STAGE", "Stage")
        for step in memory.targets(stage, "HAS_STEP", "Step")
    }
