"""``painfulSteps`` on the in-memory graph (twin of the Cypher in the Neo4j store)."""

from graph_api.store.base import NodeRef
from graph_api.store.embedded.memory import MemoryGraph
from graph_api.store.results import PainfulStepRow


def _journey_steps(memory: MemoryGraph, journey_key: str | None) -> list[NodeRef]:
    if journey_key is None:
        return [NodeRef("Step", key) for key in memory.nodes.get("Step", {})]
    journey = NodeRef("Journey", journey_key)
    return [
        step
        for stage in memory.targets(journey, "HAS_STAGE", "Stage")
        for step in memory.targets(stage, "HAS_STEP", "Step")
    ]


def painful_steps(
    memory: MemoryGraph, journey_key: str | None, min_severity: int
) -> list[PainfulStepRow]:
    """Steps whose pain (max severity on the step or its touchpoints) >= ``min_severity``."""
    rows: list[PainfulStepRow] = []
    for step in _journey_steps(memory, journey_key):
        touchpoints = sorted(memory.targets(step, "HAS_TOUCHPOINT", "Touchpoint"))
        places = [step, *touchpoints]
        pains = {p for place in places for p in memory.sources(place, "AFFECTS", "PainPoint")}
        severities = [_severity(memory, p) for p in pains]
        pain = max(severities, default=0)
        if not pains or pain < min_severity:
            continue
        processes = {p for place in places for p in memory.sources(place, "SERVES", "Process")}
        rows.append(
            PainfulStepRow(
                step_key=step.key,
                pain=pain,
                pain_point_keys=sorted(p.key for p in pains),
                touchpoint_keys=[t.key for t in touchpoints],
                process_keys=sorted(p.key for p in processes),
            )
        )
    rows.sort(key=lambda row: (-row.pain, row.step_key))
    return rows


def _severity(memory: MemoryGraph, pain_point: NodeRef) -> int:
    record = memory.get(pain_point)
    return int(record.props["severity"]) if record else 0
