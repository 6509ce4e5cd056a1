"""``storyMap``: a journey as a user-story map, and the painful steps nobody works on."""

from typing import Annotated

import strawberry
from strawberry.types import Info

from graph_api.errors import NotFound
from graph_api.graphql.argument_checks import key_of
from graph_api.graphql.costs import FieldCost
from graph_api.graphql.ids import of_kind_forms
from graph_api.graphql.loading import NodesRead, keys_by_kind, read_selected
from graph_api.graphql.types.node_types import BacklogItem, Journey, Stage, Step
from graph_api.traversals.description import Traversal
from graph_api.traversals.story_map import cypher, memory
from graph_api.traversals.story_map.result import UNADDRESSED_PAIN, StoryMapStage, StoryMapStep
from graph_api.traversals.story_map.result import StoryMap as StoryMapResult

StoryMapJourneyId = Annotated[
    strawberry.ID,
    strawberry.argument(description=f"The journey to map ({of_kind_forms('Journey')})."),
]


@strawberry.type(description="A step of a story map with its pain and the items working on it.")
class StoryStep:
    item: strawberry.Private[StoryMapStep]
    nodes: strawberry.Private[NodesRead]

    @strawberry.field(description="The step.")
    def step(self) -> Step:
        return self.nodes.one(Step, self.item.step_key)

    @strawberry.field(
        description="The highest severity of the pain points on the step or its touchpoints "
        "(0 if none)."
    )
    def pain(self) -> int:
        return self.item.pain

    @strawberry.field(
        description="The backlog items addressing the step or any of its pain points, by "
        "priority (1 first, no priority last), then key."
    )
    def backlog_items(self) -> list[BacklogItem]:
        return self.nodes.many(BacklogItem, self.item.backlog_item_keys)


@strawberry.type(description="A stage of a story map with its steps in order.")
class StoryStage:
    item: strawberry.Private[StoryMapStage]
    nodes: strawberry.Private[NodesRead]

    @strawberry.field(description="The stage.")
    def stage(self) -> Stage:
        return self.nodes.one(Stage, self.item.stage_key)

    @strawberry.field(description="The stage's steps by `order`, then key.")
    def steps(self) -> list[StoryStep]:
        return [StoryStep(item=step, nodes=self.nodes) for step in self.item.steps]


@strawberry.type(description="A journey read as a user-story map: stage, step, backlog items.")
class StoryMap:
    result: strawberry.Private[StoryMapResult]
    nodes: strawberry.Private[NodesRead]

    @strawberry.field(description="The journey mapped.")
    def journey(self) -> Journey:
        return self.nodes.one(Journey, self.result.journey_key)

    @strawberry.field(description="The journey's stages by `order`, then key.")
    def stages(self) -> list[StoryStage]:
        return [StoryStage(item=stage, nodes=self.nodes) for stage in self.result.stages]

    @strawberry.field(
        description=f"The steps with pain {UNADDRESSED_PAIN} or more that no backlog item "
        "addresses (neither the step nor its pain points), in story-map order."
    )
    def unaddressed_painful_steps(self) -> list[StoryStep]:
        return [
            StoryStep(item=step, nodes=self.nodes) for step in self.result.unaddressed_painful_steps
        ]


# The fields that answer nodes, and the kind each answers: what is read before answering.
NODE_FIELDS: dict[str, str] = {
    "journey": "Journey",
    "stage": "Stage",
    "step": "Step",
    "backlogItems": "BacklogItem",
}


def _keys(result: StoryMapResult) -> dict[str, list[str | None]]:
    keys = keys_by_kind(NODE_FIELDS)
    keys["Journey"].append(result.journey_key)
    steps = [*result.unaddressed_painful_steps]
    for stage in result.stages:
        keys["Stage"].append(stage.stage_key)
        steps += stage.steps
    for step in steps:
        keys["Step"].append(step.step_key)
        keys["BacklogItem"] += step.backlog_item_keys
    return keys


async def resolve_story_map(info: Info, journey_id: StoryMapJourneyId) -> StoryMap:
    key = key_of(journey_id, "Journey", "journeyId")
    result = await info.context.store.traverse(TRAVERSAL, key)
    if result is None:
        raise NotFound("Journey", key)
    nodes = await read_selected(info, TRAVERSAL.node_fields, _keys(result))
    return StoryMap(result=result, nodes=nodes)


TRAVERSAL = Traversal(
    name="storyMap",
    cypher=cypher.story_map,
    in_memory=memory.story_map,
    field=strawberry.field(
        resolver=resolve_story_map,
        description="A journey as a user-story map: its stages in order, each step in order "
        "with its pain and the backlog items addressing it (directly or through its pain "
        f"points) by priority, and the steps with pain >= {UNADDRESSED_PAIN} nobody is "
        "working on. NOT_FOUND if there is no such journey.",
    ),
    cost=FieldCost(500),
    node_fields=NODE_FIELDS,
)
"""The traversal, as :data:`graph_api.traversals.TRAVERSALS` registers it."""
