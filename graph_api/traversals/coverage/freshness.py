"""``coverage``'s freshness lists: steps whose evidence is stale, channels whose fresh
evidence is thin (the rule: :mod:`graph_api.traversals.evidence_age`)."""

from datetime import date

import strawberry

from graph_api.graphql.loading import NodesRead
from graph_api.graphql.types.node_types import Channel, Step
from graph_api.traversals.coverage.result import StaleStep, ThinChannel
from graph_api.traversals.evidence_window import EvidenceFreshnessCounts


@strawberry.type(
    description="A step with evidence of which none is fresh: all of it collected before "
    "the evidence window, after `asOf`, or undated."
)
class CoverageStaleStep:
    row: strawberry.Private[StaleStep]
    nodes: strawberry.Private[NodesRead]

    @strawberry.field(description="The step.")
    def step(self) -> Step:
        return self.nodes.one(Step, self.row.step_key)

    @strawberry.field(
        description="The latest day a piece of its evidence was collected on or before "
        "`asOf`; null when none was (all undated or later)."
    )
    def latest_evidence_date(self) -> date | None:
        return self.row.freshness.latest_date

    @strawberry.field(description="The counts that make it stale (its fresh count is 0).")
    def freshness(self) -> EvidenceFreshnessCounts:
        return EvidenceFreshnessCounts(counts=self.row.freshness)


@strawberry.type(
    description="A channel whose touchpoints in scope have fewer fresh pieces of evidence "
    "than `minChannelEvidence`."
)
class CoverageThinChannel:
    row: strawberry.Private[ThinChannel]
    nodes: strawberry.Private[NodesRead]

    @strawberry.field(description="The channel.")
    def channel(self) -> Channel:
        return self.nodes.one(Channel, self.row.channel_key)

    @strawberry.field(description="How many touchpoints of the steps in scope are on it.")
    def touchpoint_count(self) -> int:
        return self.row.touchpoint_count

    @strawberry.field(
        description="How many pieces of its evidence (as `evidenceByChannel` counts them) "
        "were collected in the window: fewer than `minChannelEvidence`."
    )
    def fresh_evidence_count(self) -> int:
        return self.row.freshness.fresh_count

    @strawberry.field(description="All the counts of that evidence against the window.")
    def freshness(self) -> EvidenceFreshnessCounts:
        return EvidenceFreshnessCounts(counts=self.row.freshness)
