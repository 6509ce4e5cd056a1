"""``serviceBlueprint`` on the in-memory graph (twin of the Cypher in the Neo4j store)."""

from collections.abc import Iterable

from graph_api.store.base import NodeRef
from graph_api.store.embedded.memory import MemoryGraph
from graph_api.traversals.evidence_age import collected_day
from graph_api.traversals.service_blueprint.result import (
    DATA_LINKS,
    SERVICE_LINKS,
    BlueprintEvidence,
    BlueprintStage,
    BlueprintStep,
    ServiceBlueprint,
    SupportLink,
    TouchpointFacts,
    blueprint_step,
)
from graph_api.traversals.step_pain import evidence_at, touchpoints_of


def _owned(memory: MemoryGraph, ref: NodeRef) -> bool:
    return any(memory.sources(ref, "OWNS", "Team"))


# The relationship types that put a node in the support lane, and the kind each reaches.
_SUPPORT_TARGETS = {
    **{type_: "Service" for type_ in SERVICE_LINKS},
    **{type_: "DataObject" for type_ in DATA_LINKS},
}


def _support_links(
    memory: MemoryGraph, holders: Iterable[NodeRef], known: dict[NodeRef, list[SupportLink]]
) -> list[SupportLink]:
    """The links of ``holders`` to services and data objects (see SupportLink). A process
    may serve many places and many steps: each holder's outgoing links are read in one
    pass, once per blueprint (``known`` keeps them)."""
    for holder in holders:
        if holder not in known:
            out = memory.graph.out_edges(holder, keys=True) if holder in memory.graph else []
            known[holder] = [
                SupportLink(type_, holder.kind, holder.key, target.key)
                for _, target, type_ in out
                if _SUPPORT_TARGETS.get(type_) == target.kind
            ]
    return [link for holder in holders for link in known[holder]]


def _step(
    memory: MemoryGraph, step: NodeRef, known: dict[NodeRef, list[SupportLink]]
) -> BlueprintStep:
    touchpoints = touchpoints_of(memory, step)
    places = [step, *touchpoints]
    evidence = evidence_at(memory, places)
    processes = {p for place in places for p in memory.sources(place, "SERVES", "Process")}
    facts = [
        TouchpointFacts(
            key=t.key,
            channel_key=next((c.key for c in memory.targets(t, "ON_CHANNEL", "Channel")), None),
            owned=any(_owned(memory, p) for p in memory.sources(t, "SERVES", "Process")),
        )
        for t in touchpoints
    ]
    systems = {p: sorted(memory.targets(p, "USES", "System")) for p in processes}
    supporters = {*processes, *(s for used in systems.values() for s in used)}
    record = memory.get(step)
    return blueprint_step(
        step.key,
        record.props if record else {},
        step_owned=_owned(memory, step),
        touchpoints=facts,
        evidence=[_evidence(memory, e) for e in evidence],
        processes={p.key: [s.key for s in used] for p, used in systems.items()},
        support_links=_support_links(memory, [*places, *supporters], known),
    )


def _evidence(memory: MemoryGraph, evidence: NodeRef) -> BlueprintEvidence:
    record = memory.get(evidence)
    if record is None:
        return BlueprintEvidence(evidence.key, "")
    props = record.props
    return BlueprintEvidence(
        evidence.key, str(props["kind"]), collected_day(props.get("collectedAt"))
    )


def service_blueprint(memory: MemoryGraph, journey_key: str) -> ServiceBlueprint | None:
    """The blueprint of the journey; None when there is no such journey."""
    journey = NodeRef("Journey", journey_key)
    if memory.get(journey) is None:
        return None
    stages = memory.in_position_order(memory.targets(journey, "HAS_STAGE", "Stage"))
    known: dict[NodeRef, list[SupportLink]] = {}
    return ServiceBlueprint(
        journey_key=journey_key,
        stages=[
            BlueprintStage(
                stage_key=stage.key,
                steps=[
                    _step(memory, step, known)
                    for step in memory.in_position_order(memory.targets(stage, "HAS_STEP", "Step"))
                ],
            )
            for stage in stages
        ],
    )
