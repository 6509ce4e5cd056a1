"""``traceability`` on the in-memory graph (twin of the Cypher in the Neo4j store)."""

from collections.abc import Iterable

from graph_api.store.base import NodeRef
from graph_api.store.embedded.memory import MemoryGraph
from graph_api.traversals.traceability.result import Traceability


def _keys(refs: Iterable[NodeRef]) -> list[str]:
    return sorted({ref.key for ref in refs})


def _affected_steps(memory: MemoryGraph, pain_points: list[NodeRef]) -> set[NodeRef]:
    """Steps the pain points AFFECT directly or through one of the step's touchpoints."""
    steps: set[NodeRef] = set()
    for pain_point in pain_points:
        steps.update(memory.targets(pain_point, "AFFECTS", "Step"))
        for touchpoint in memory.targets(pain_point, "AFFECTS", "Touchpoint"):
            steps.update(memory.sources(touchpoint, "HAS_TOUCHPOINT", "Step"))
    return steps


def _journeys(memory: MemoryGraph, steps: set[NodeRef]) -> set[NodeRef]:
    """Journeys with a stage holding any of ``steps``."""
    return {
        journey
        for step in steps
        for stage in memory.sources(step, "HAS_STEP", "Stage")
        for journey in memory.sources(stage, "HAS_STAGE", "Journey")
    }


def traceability(memory: MemoryGraph, backlog_item_key: str) -> Traceability | None:
    """What the item addresses, serves and changes; None if there is no such item."""
    item = NodeRef("BacklogItem", backlog_item_key)
    if memory.get(item) is None:
        return None

    def addressed(kind: str) -> list[NodeRef]:
        return list(memory.targets(item, "ADDRESSES", kind))

    def changed(kind: str) -> list[NodeRef]:
        return list(memory.targets(item, "CHANGES", kind))

    steps, pain_points = addressed("Step"), addressed("PainPoint")
    affected = _affected_steps(memory, pain_points)
    journeys = _journeys(memory, set(steps) | affected)
    processes, touchpoints = changed("Process"), changed("Touchpoint")
    measured = [*steps, *processes, *touchpoints, *journeys]
    parents = list(memory.targets(item, "PART_OF", "BacklogItem"))
    return Traceability(
        backlog_item_key=item.key,
        step_keys=_keys(steps),
        pain_point_keys=_keys(pain_points),
        outcome_keys=_keys(addressed("Outcome")),
        opportunity_keys=_keys(addressed("Opportunity")),
        affected_step_keys=_keys(affected),
        journey_keys=_keys(journeys),
        persona_keys=_keys(
            p for journey in journeys for p in memory.targets(journey, "FOR_PERSONA", "Persona")
        ),
        changed_process_keys=_keys(processes),
        changed_system_keys=_keys(changed("System")),
        changed_capability_keys=_keys(changed("Capability")),
        changed_touchpoint_keys=_keys(touchpoints),
        kpi_keys=_keys(k for node in measured for k in memory.sources(node, "MEASURES", "KPI")),
        parent_key=min((p.key for p in parents), default=None),
        child_keys=_keys(memory.sources(item, "PART_OF", "BacklogItem")),
    )
