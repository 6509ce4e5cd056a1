"""``journeyHealth`` on the in-memory graph (twin of the Cypher in the Neo4j store)."""

from graph_api.store.base import NodeRef
from graph_api.store.embedded.memory import MemoryGraph
from graph_api.traversals.journey_health.result import (
    JourneyHealth,
    StepHealth,
    rate_journey,
    rate_stage,
    rate_step,
)
from graph_api.traversals.step_pain import touchpoints_of
from graph_api.traversals.value_stream_health.memory import kpis_measuring


def _step(memory: MemoryGraph, step: NodeRef) -> StepHealth:
    return rate_step(
        step.key,
        kpis_measuring(memory, step),
        [(t.key, kpis_measuring(memory, t)) for t in touchpoints_of(memory, step)],
    )


def journey_health(memory: MemoryGraph, journey_key: str) -> JourneyHealth | None:
    """The health of the journey's stages and steps; None when there is no such journey."""
    journey = NodeRef("Journey", journey_key)
    if memory.get(journey) is None:
        return None
    stages = [
        rate_stage(
            stage.key,
            [
                _step(memory, step)
                for step in memory.in_position_order(memory.targets(stage, "HAS_STEP", "Step"))
            ],
        )
        for stage in memory.in_position_order(memory.targets(journey, "HAS_STAGE", "Stage"))
    ]
    return rate_journey(journey_key, stages, kpis_measuring(memory, journey))
