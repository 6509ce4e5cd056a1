"""The result of ``storyMap``: a journey read as a user-story map."""

from dataclasses import dataclass

UNADDRESSED_PAIN = 4
"""A step at least this painful with no backlog item is reported as unaddressed."""


@dataclass(frozen=True, slots=True)
class StoryMapStep:
    """A step of the map with its pain and the backlog items working on it.

    ``pain`` is the highest severity of the pain points on the step or on its
    touchpoints, 0 if none. ``backlog_item_keys`` are the items ADDRESSING the step or
    any of those pain points, by priority (1 first, none last), then key.
    """

    step_key: str
    pain: int
    backlog_item_keys: list[str]


@dataclass(frozen=True, slots=True)
class StoryMapStage:
    """A stage of the journey with its steps in order (``order``, then key)."""

    stage_key: str
    steps: list[StoryMapStep]


@dataclass(frozen=True, slots=True)
class StoryMap:
    """A journey's stages in order (``order``, then key), each with its steps.

    ``unaddressed_painful_steps`` are the steps with pain >= :data:`UNADDRESSED_PAIN`
    and no backlog item, in story-map order.
    """

    journey_key: str
    stages: list[StoryMapStage]
    unaddressed_painful_steps: list[StoryMapStep]


def unaddressed_painful_steps(stages: list[StoryMapStage]) -> list[StoryMapStep]:
    """The steps with pain >= :data:`UNADDRESSED_PAIN` and no backlog item, in map order."""
    return [
        step
        for stage in stages
        for step in stage.steps
        if step.pain >= UNADDRESSED_PAIN and not step.backlog_item_keys
    ]
