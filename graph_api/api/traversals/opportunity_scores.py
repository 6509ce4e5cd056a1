"""``opportunityScores``: desired outcomes ranked by the ODI opportunity score."""

from typing import Annotated

import strawberry
from strawberry.types import Info

from graph_api.api.traversals.argument_checks import (
    optional_key,
    raise_if,
    require_node,
)
from graph_api.api.traversals.loading import node_of, nodes_of
from graph_api.api.types.nodes import NODE_TYPES
from graph_api.errors import FieldError
from graph_api.store.results import OpportunityScoresQuery, OutcomeScoreRow, StepPain

Outcome = NODE_TYPES["Outcome"]
Step = NODE_TYPES["Step"]
PainPoint = NODE_TYPES["PainPoint"]
BacklogItem = NODE_TYPES["BacklogItem"]
Opportunity = NODE_TYPES["Opportunity"]

JobFilter = Annotated[
    strawberry.ID | None,
    strawberry.argument(description="Only the outcomes of this job (its global ID or key)."),
]
PersonaJobsFilter = Annotated[
    strawberry.ID | None,
    strawberry.argument(
        description="Only the outcomes of this persona's jobs (its global ID or key)."
    ),
]


@strawberry.type(description="A step pursuing a desired outcome, with its pain.")
class PursuingStep:
    item: strawberry.Private[StepPain]

    @strawberry.field(description="The step.")
    async def step(self, info: Info) -> Step:  # type: ignore[valid-type]
        return await node_of(info, "Step", self.item.step_key)

    @strawberry.field(
        description="The highest severity of the pain points on the step or its touchpoints "
        "(0 if none)."
    )
    def pain(self) -> int:
        return self.item.pain


@strawberry.type(description="A desired outcome with its opportunity score and what is at stake.")
class OutcomeScore:
    row: strawberry.Private[OutcomeScoreRow]

    @strawberry.field(description="The desired outcome (with its importance and satisfaction).")
    async def outcome(self, info: Info) -> Outcome:  # type: ignore[valid-type]
        return await node_of(info, "Outcome", self.row.outcome_key)

    @strawberry.field(
        description="The ODI opportunity score: importance + max(importance - satisfaction, 0)."
    )
    def score(self) -> float:
        return self.row.score

    @strawberry.field(description="Whether the score is 10 or more: worth investing in.")
    def underserved(self) -> bool:
        return self.row.underserved

    @strawberry.field(
        description="Whether satisfaction exceeds importance: a candidate for cutting back."
    )
    def overserved(self) -> bool:
        return self.row.overserved

    @strawberry.field(
        description="The steps pursuing the outcome, most painful first, then by step key."
    )
    def steps(self) -> list[PursuingStep]:
        return [PursuingStep(item=item) for item in self.row.steps]

    @strawberry.field(
        description="The pain points on those steps or their touchpoints, most severe first, "
        "then by key."
    )
    async def pain_points(self, info: Info) -> list[PainPoint]:  # type: ignore[valid-type]
        return await nodes_of(info, "PainPoint", self.row.pain_point_keys)

    @strawberry.field(
        description="The backlog items addressing the outcome, by priority (1 first, no "
        "priority last), then key."
    )
    async def backlog_items(self, info: Info) -> list[BacklogItem]:  # type: ignore[valid-type]
        return await nodes_of(info, "BacklogItem", self.row.backlog_item_keys)

    @strawberry.field(description="The opportunities targeting the outcome, by key.")
    async def opportunities(self, info: Info) -> list[Opportunity]:  # type: ignore[valid-type]
        return await nodes_of(info, "Opportunity", self.row.opportunity_keys)


async def resolve_opportunity_scores(
    info: Info, job_id: JobFilter = None, persona_id: PersonaJobsFilter = None
) -> list[OutcomeScore]:
    errors: list[FieldError] = []
    job = optional_key(job_id, "Job", "jobId", errors)
    persona = optional_key(persona_id, "Persona", "personaId", errors)
    raise_if(errors)
    await require_node(info, "Job", job)
    await require_node(info, "Persona", persona)
    rows = await info.context.store.opportunity_scores(OpportunityScoresQuery(job, persona))
    return [OutcomeScore(row=row) for row in rows]


FIELDS = {
    "opportunity_scores": strawberry.field(
        resolver=resolve_opportunity_scores,
        description="Desired outcomes ranked by their ODI opportunity score, highest first, "
        "ties by outcome key, flagged underserved (score >= 10) or overserved (satisfaction "
        "> importance). `jobId` keeps the job's outcomes, `personaId` the outcomes of the "
        "persona's jobs; both combine (NOT_FOUND if either names no node); neither: all.",
    ),
}
