"""``painfulSteps`` on the in-memory graph (twin of the Cypher in the Neo4j store)."""

from collections.abc import Iterable
from dataclasses import replace

from graph_api.store.base import NodeRef
from graph_api.store.embedded.memory import MemoryGraph
from graph_api.traversals.painful_steps.result import (
    PainfulStepRow,
    PainfulStepsQuery,
    PainPointEvidence,
    ServingSystem,
)
from graph_api.traversals.step_pain import (
    addressing_items,
    journey_steps,
    max_severity,
    pain_points_of,
    touchpoints_of,
)


def _candidate_steps(memory: MemoryGraph, query: PainfulStepsQuery) -> set[NodeRef]:
    """The steps every filter of ``query`` lets through."""
    steps = {NodeRef("Step", key) for key in memory.nodes.get("Step", {})}
    if query.journey_key is not None:
        steps &= journey_steps(memory, NodeRef("Journey", query.journey_key))
    if query.persona_key is not None:
        persona = NodeRef("Persona", query.persona_key)
        journeys = memory.sources(persona, "FOR_PERSONA", "Journey")
        steps &= {step for journey in journeys for step in journey_steps(memory, journey)}
    if query.channel_key is not None:
        channel = NodeRef("Channel", query.channel_key)
        touchpoints = memory.sources(channel, "ON_CHANNEL", "Touchpoint")
        steps &= {s for t in touchpoints for s in memory.sources(t, "HAS_TOUCHPOINT", "Step")}
    return steps


def painful_steps(memory: MemoryGraph, query: PainfulStepsQuery) -> list[PainfulStepRow]:
    """Steps whose pain (max severity on the step or its touchpoints) >= ``min_severity``,
    most painful first, then by key; the first ``query.first`` of them if given."""
    rows: list[PainfulStepRow] = []
    for step in _candidate_steps(memory, query):
        pains = pain_points_of(memory, step)
        pain = max_severity(memory, pains)
        if not pains or pain < query.min_severity:
            continue
        touchpoints = touchpoints_of(memory, step)
        places = [step, *touchpoints]
        processes = {p for place in places for p in memory.sources(place, "SERVES", "Process")}
        pain_keys = sorted(p.key for p in pains)
        rows.append(
            PainfulStepRow(
                step_key=step.key,
                pain=pain,
                pain_point_keys=pain_keys,
                touchpoint_keys=[t.key for t in touchpoints],
                process_keys=sorted(p.key for p in processes),
                backlog_item_keys=addressing_items(memory, [step, *pains]),
                pain_point_evidence=[_evidence(memory, key) for key in pain_keys],
            )
        )
    rows.sort(key=lambda row: (-row.pain, row.step_key))
    kept = rows if query.first is None else rows[: query.first]
    if not query.with_serving_systems:
        return kept
    # Only for the rows returned; a system serving many steps is looked at once.
    dependencies: dict[NodeRef, ServingSystem] = {}
    return [
        replace(row, serving_systems=_serving_systems(memory, row.process_keys, dependencies))
        for row in kept
    ]


def _evidence(memory: MemoryGraph, pain_point_key: str) -> PainPointEvidence:
    pain_point = NodeRef("PainPoint", pain_point_key)
    count = sum(1 for _ in memory.sources(pain_point, "SUPPORTS", "Evidence"))
    return PainPointEvidence(pain_point_key, count)


def _keys(refs: Iterable[NodeRef]) -> list[str]:
    return sorted({ref.key for ref in refs})


def _serving_systems(
    memory: MemoryGraph, process_keys: Iterable[str], known: dict[NodeRef, ServingSystem]
) -> list[ServingSystem]:
    """The systems the processes USE, each with what it depends on (see ServingSystem);
    ``known`` keeps the systems already looked at."""
    processes = [NodeRef("Process", key) for key in process_keys]
    systems = {system for p in processes for system in memory.targets(p, "USES", "System")}
    for system in systems - known.keys():
        known[system] = _dependencies(memory, system)
    return [known[system] for system in sorted(systems)]


def _dependencies(memory: MemoryGraph, system: NodeRef) -> ServingSystem:
    through_interfaces = (
        provider
        for interface in memory.sources(system, "SERVES", "Interface")
        for provider in memory.sources(interface, "EXPOSES", "System")
    )
    return ServingSystem(
        system_key=system.key,
        served_by=_keys([*memory.sources(system, "SERVES", "System"), *through_interfaces]),
        receives_from=_keys(memory.sources(system, "FLOWS_TO", "System")),
        deployed_on=_keys(memory.targets(system, "DEPLOYED_ON", "TechnologyNode")),
        uses_technology=_keys(memory.targets(system, "USES", "TechnologyNode")),
        uses_services=_keys(memory.targets(system, "USES", "Service")),
    )
