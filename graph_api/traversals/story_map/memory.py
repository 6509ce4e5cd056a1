"""``storyMap`` on the in-memory graph (twin of the Cypher in the Neo4j store)."""

from graph_api.store.base import NodeRef
from graph_api.store.embedded.memory import MemoryGraph
from graph_api.traversals.step_pain import (
    addressing_items,
    max_severity,
    pain_points_of,
)
from graph_api.traversals.story_map.result import (
    StoryMap,
    StoryMapStage,
    StoryMapStep,
    unaddressed_painful_steps,
)


def _map_step(memory: MemoryGraph, step: NodeRef) -> StoryMapStep:
    pains = pain_points_of(memory, step)
    return StoryMapStep(
        step_key=step.key,
        pain=max_severity(memory, pains),
        backlog_item_keys=addressing_items(memory, [step, *pains]),
    )


def story_map(memory: MemoryGraph, journey_key: str) -> StoryMap | None:
    """The journey as a story map; None if there is no such journey."""
    journey = NodeRef("Journey", journey_key)
    if memory.get(journey) is None:
        return None
    stages = [
        StoryMapStage(
            stage_key=stage.key,
            steps=[
                _map_step(memory, step)
                for step in memory.in_position_order(memory.targets(stage, "HAS_STEP", "Step"))
            ],
        )
        for stage in memory.in_position_order(memory.targets(journey, "HAS_STAGE", "Stage"))
    ]
    return StoryMap(journey_key, stages, unaddressed_painful_steps(stages))
