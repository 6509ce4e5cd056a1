"""``evidenceTimeline``: per step of a journey and per channel, how its evidence
accumulated over time."""

from datetime import date
from typing import Annotated

import strawberry
from strawberry.types import Info

from graph_api.errors import NotFound
from graph_api.graphql.argument_checks import key_of
from graph_api.graphql.costs import FieldCost
from graph_api.graphql.ids import of_kind_forms
from graph_api.graphql.loading import NodesRead, keys_by_kind, read_selected
from graph_api.graphql.types.node_types import Channel, Journey, Stage, Step
from graph_api.traversals.description import Traversal
from graph_api.traversals.evidence_age import (
    EvidencePeriod,
    period_end,
    period_label,
)
from graph_api.traversals.evidence_timeline import cypher, memory
from graph_api.traversals.evidence_timeline.result import (
    ChannelTimeline,
    EvidenceSeries,
    EvidenceTimeline,
    EvidenceTimelineQuery,
    PeriodCount,
    StepTimeline,
)

strawberry.enum(
    EvidencePeriod,
    description="A calendar period evidence is counted in: MONTH, QUARTER (January to "
    "March, April to June, ...) or YEAR.",
)

TimelineJourneyId = Annotated[
    strawberry.ID,
    strawberry.argument(description=f"The journey to follow ({of_kind_forms('Journey')})."),
]
TimelinePeriod = Annotated[
    EvidencePeriod,
    strawberry.argument(description="The period evidence is counted in (default MONTH)."),
]


@strawberry.type(description="The evidence collected in one period.")
class EvidencePeriodCount:
    row: strawberry.Private[PeriodCount]
    period: strawberry.Private[EvidencePeriod]

    @strawberry.field(description="The period's first day.")
    def start(self) -> date:
        return self.row.start

    @strawberry.field(description="The period's last day.")
    def end(self) -> date:
        return period_end(self.row.start, self.period)

    @strawberry.field(description="The period as text: `2026-03`, `2026-Q1` or `2026`.")
    def label(self) -> str:
        return period_label(self.row.start, self.period)

    @strawberry.field(description="The pieces of evidence collected in the period.")
    def count(self) -> int:
        return self.row.count

    @strawberry.field(description="The dated pieces of evidence collected up to the period's end.")
    def cumulative_count(self) -> int:
        return self.row.cumulative


@strawberry.type(
    description="Distinct pieces of evidence over time: the periods in which some was "
    "collected, in time order (periods without evidence are left out), and the evidence "
    "without a date, counted apart."
)
class EvidenceSeriesCounts:
    row: strawberry.Private[EvidenceSeries]
    period: strawberry.Private[EvidencePeriod]

    @strawberry.field(description="Per period with evidence, its count and the running total.")
    def periods(self) -> list[EvidencePeriodCount]:
        return [EvidencePeriodCount(row=p, period=self.period) for p in self.row.periods]

    @strawberry.field(description="The pieces with a `collectedAt`.")
    def dated_count(self) -> int:
        return self.row.dated_count

    @strawberry.field(description="The pieces without a `collectedAt`, in no period.")
    def undated_count(self) -> int:
        return self.row.undated_count

    @strawberry.field(description="Every piece: `datedCount` + `undatedCount`.")
    def evidence_count(self) -> int:
        return self.row.evidence_count


@strawberry.type(description="The evidence counted under one channel, over time.")
class EvidenceTimelineChannel:
    row: strawberry.Private[ChannelTimeline]
    period: strawberry.Private[EvidencePeriod]
    nodes: strawberry.Private[NodesRead]

    @strawberry.field(
        description="The channel; null for evidence on the step itself, on a pain point "
        "affecting the step, or on a touchpoint without a channel."
    )
    def channel(self) -> Channel | None:
        return self.nodes.optional(Channel, self.row.channel_key)

    @strawberry.field(description="The evidence under the channel, over time.")
    def evidence(self) -> EvidenceSeriesCounts:
        return EvidenceSeriesCounts(row=self.row.series, period=self.period)


def _channels(
    rows: list[ChannelTimeline], period: EvidencePeriod, nodes: NodesRead
) -> list[EvidenceTimelineChannel]:
    return [EvidenceTimelineChannel(row=r, period=period, nodes=nodes) for r in rows]


@strawberry.type(description="One step of a journey and its evidence over time.")
class EvidenceTimelineStep:
    row: strawberry.Private[StepTimeline]
    period: strawberry.Private[EvidencePeriod]
    nodes: strawberry.Private[NodesRead]

    @strawberry.field(description="The stage the step is in.")
    def stage(self) -> Stage:
        return self.nodes.one(Stage, self.row.stage_key)

    @strawberry.field(description="The step.")
    def step(self) -> Step:
        return self.nodes.one(Step, self.row.step_key)

    @strawberry.field(
        description="All its evidence (on the step, its touchpoints or the pain points "
        "affecting either: what `coverage` counts), each piece once."
    )
    def evidence(self) -> EvidenceSeriesCounts:
        return EvidenceSeriesCounts(row=self.row.series, period=self.period)

    @strawberry.field(
        description="Its evidence per channel: through its touchpoints on the channel "
        "(on the touchpoint or a pain point affecting it); channels by key, then no "
        "channel (null). A piece reaching the step through two channels counts under both."
    )
    def channels(self) -> list[EvidenceTimelineChannel]:
        return _channels(self.row.channels, self.period, self.nodes)


@strawberry.type(
    name="EvidenceTimeline",
    description="How the evidence behind a journey's steps accumulated over time, per "
    "step (in journey order) and per channel.",
)
class EvidenceTimelineType:
    result: strawberry.Private[EvidenceTimeline]
    nodes: strawberry.Private[NodesRead]

    @strawberry.field(description="The journey.")
    def journey(self) -> Journey:
        return self.nodes.one(Journey, self.result.journey_key)

    @strawberry.field(description="The period evidence is counted in.")
    def period(self) -> EvidencePeriod:
        return self.result.period

    @strawberry.field(
        description="The journey's steps: stages by `order`, then key, and their steps "
        "likewise (a step in two stages comes once in each)."
    )
    def steps(self) -> list[EvidenceTimelineStep]:
        return [
            EvidenceTimelineStep(row=r, period=self.result.period, nodes=self.nodes)
            for r in self.result.steps
        ]

    @strawberry.field(
        description="The journey's evidence per channel, over all its steps (each piece "
        "once per channel); channels by key, then no channel (null)."
    )
    def channels(self) -> list[EvidenceTimelineChannel]:
        return _channels(self.result.channels, self.result.period, self.nodes)


# The fields that answer nodes, and the kind each answers: what is read before answering.
NODE_FIELDS: dict[str, str] = {
    "journey": "Journey",
    "stage": "Stage",
    "step": "Step",
    "channel": "Channel",
}


def _keys(result: EvidenceTimeline) -> dict[str, list[str | None]]:
    keys = keys_by_kind(NODE_FIELDS)
    keys["Journey"].append(result.journey_key)
    keys["Channel"] += (c.channel_key for c in result.channels)
    for row in result.steps:
        keys["Stage"].append(row.stage_key)
        keys["Step"].append(row.step_key)
        keys["Channel"] += (c.channel_key for c in row.channels)
    return keys


async def resolve_evidence_timeline(
    info: Info, journey_id: TimelineJourneyId, period: TimelinePeriod = EvidencePeriod.MONTH
) -> EvidenceTimelineType:
    journey = key_of(journey_id, "Journey", "journeyId")
    query = EvidenceTimelineQuery(journey, period)
    result = await info.context.store.traverse(TRAVERSAL, query)
    if result is None:
        raise NotFound("Journey", journey)
    nodes = await read_selected(info, TRAVERSAL.node_fields, _keys(result))
    return EvidenceTimelineType(result=result, nodes=nodes)


TRAVERSAL = Traversal(
    name="evidenceTimeline",
    cypher=cypher.evidence_timeline_of,
    in_memory=memory.evidence_timeline_of,
    field=strawberry.field(
        resolver=resolve_evidence_timeline,
        description="How the evidence behind a journey's steps accumulated: per step (in "
        "journey order) and per channel, the pieces collected per `period` (MONTH by "
        "default) with running totals, and the undated ones counted apart. NOT_FOUND if "
        "there is no such journey.",
    ),
    cost=FieldCost(500),
    node_fields=NODE_FIELDS,
)
"""The traversal, as :data:`graph_api.traversals.TRAVERSALS` registers it."""
