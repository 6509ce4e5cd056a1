"""``painfulSteps``: steps that hurt, with what serves them."""

import strawberry
from strawberry.types import Info

from graph_api.api.arguments import JourneyId, MinSeverity
from graph_api.api.ids import node_ref
from graph_api.api.types.nodes import NODE_TYPES, to_node
from graph_api.errors import FieldError, NotFound, ValidationFailed
from graph_api.store.base import NodeRecord
from graph_api.store.results import PainfulStepRow

Step = NODE_TYPES["Step"]
PainPoint = NODE_TYPES["PainPoint"]
Touchpoint = NODE_TYPES["Touchpoint"]
Process = NODE_TYPES["Process"]


async def _load(info: Info, kind: str, keys: list[str]) -> list[NodeRecord]:
    records = await info.context.loaders.nodes(kind).load_many(keys)
    return [r for r in records if r is not None]


@strawberry.type(description="A step whose pain reached the threshold, with what serves it.")
class PainfulStep:
    row: strawberry.Private[PainfulStepRow]

    @strawberry.field(description="The painful step.")
    async def step(self, info: Info) -> Step:  # type: ignore[valid-type]
        (record,) = await _load(info, "Step", [self.row.step_key])
        return to_node(record)

    @strawberry.field(
        description="The highest severity among the pain points on the step or its touchpoints."
    )
    def pain(self) -> int:
        return self.row.pain

    @strawberry.field(description="The pain points on the step or on any of its touchpoints.")
    async def pain_points(self, info: Info) -> list[PainPoint]:  # type: ignore[valid-type]
        return [to_node(r) for r in await _load(info, "PainPoint", self.row.pain_point_keys)]

    @strawberry.field(description="The step's touchpoints (each with its channel).")
    async def touchpoints(self, info: Info) -> list[Touchpoint]:  # type: ignore[valid-type]
        return [to_node(r) for r in await _load(info, "Touchpoint", self.row.touchpoint_keys)]

    @strawberry.field(
        description="The processes serving the step directly or through its touchpoints "
        "(each with its capabilities, systems and owners)."
    )
    async def processes(self, info: Info) -> list[Process]:  # type: ignore[valid-type]
        return [to_node(r) for r in await _load(info, "Process", self.row.process_keys)]


async def resolve_painful_steps(
    info: Info, journey_id: JourneyId = None, min_severity: MinSeverity = 4
) -> list[PainfulStep]:
    journey = node_ref(journey_id, "Journey", "journeyId").key if journey_id else None
    if journey is not None and await info.context.loaders.nodes("Journey").load(journey) is None:
        raise NotFound("Journey", journey)
    if not 1 <= min_severity <= 5:
        raise ValidationFailed([FieldError("minSeverity", "must be between 1 and 5")])
    rows = await info.context.store.painful_steps(journey, min_severity)
    return [PainfulStep(row=row) for row in rows]


FIELDS = {
    "painful_steps": strawberry.field(
        resolver=resolve_painful_steps,
        description="Steps whose pain (the highest severity of the pain points on the "
        "step or on its touchpoints) is at least `minSeverity`, most painful first, "
        "ties by step key. `journeyId` (a Journey ID or key; NOT_FOUND if there is no "
        "such journey) limits them to a journey.",
    ),
}
