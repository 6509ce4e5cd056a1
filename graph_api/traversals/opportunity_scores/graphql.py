"""``opportunityScores``: desired outcomes ranked by the ODI opportunity score."""

from typing import Annotated

import strawberry
from strawberry.types import Info

from graph_api.errors import FieldError
from graph_api.graphql.argument_checks import (
    optional_key,
    raise_if,
    require_node,
)
from graph_api.graphql.costs import FieldCost
from graph_api.graphql.ids import of_kind_forms
from graph_api.graphql.loading import NodesRead, keys_by_kind, read_selected
from graph_api.graphql.types.node_types import BacklogItem, Opportunity, Outcome, PainPoint, Step
from graph_api.traversals.description import Traversal
from graph_api.traversals.opportunity_scores import cypher, memory
from graph_api.traversals.opportunity_scores.result import (
    OpportunityScoresQuery,
    OutcomeScoreRow,
    StepPain,
)

JobFilter = Annotated[
    strawberry.ID | None,
    strawberry.argument(description=f"Only the outcomes of this job ({of_kind_forms('Job')})."),
]
PersonaJobsFilter = Annotated[
    strawberry.ID | None,
    strawberry.argument(
        description=f"Only the outcomes of this persona's jobs ({of_kind_forms('Persona')})."
    ),
]


@strawberry.type(description="A step pursuing a desired outcome, with its pain.")
class PursuingStep:
    item: strawberry.Private[StepPain]
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


@strawberry.type(description="A desired outcome with its opportunity score and what is at stake.")
class OutcomeScore:
    row: strawberry.Private[OutcomeScoreRow]
    nodes: strawberry.Private[NodesRead]

    @strawberry.field(description="The desired outcome (with its importance and satisfaction).")
    def outcome(self) -> Outcome:
        return self.nodes.one(Outcome, self.row.outcome_key)

    @strawberry.field(
        description="The ODI opportunity score: importance + max(importance - satisfaction, 0), "
        "computed exactly on the decimals typed (9.7 and 9.4 score 10.0)."
    )
    def score(self) -> float:
        return float(self.row.score)

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
        return [PursuingStep(item=item, nodes=self.nodes) for item in self.row.steps]

    @strawberry.field(
        description="The pain points on those steps or their touchpoints, most severe first, "
        "then by key."
    )
    def pain_points(self) -> list[PainPoint]:
        return self.nodes.many(PainPoint, self.row.pain_point_keys)

    @strawberry.field(
        description="The backlog items addressing the outcome, by priority (1 first, no "
        "priority last), then key."
    )
    def backlog_items(self) -> list[BacklogItem]:
        return self.nodes.many(BacklogItem, self.row.backlog_item_keys)

    @strawberry.field(description="The opportunities targeting the outcome, by key.")
    def opportunities(self) -> list[Opportunity]:
        return self.nodes.many(Opportunity, self.row.opportunity_keys)


# The fields that answer nodes, and the kind each answers: what is read before answering.
NODE_FIELDS: dict[str, str] = {
    "outcome": "Outcome",
    "step": "Step",
    "painPoints": "PainPoint",
    "backlogItems": "BacklogItem",
    "opportunities": "Opportunity",
}


def _keys(rows: list[OutcomeScoreRow]) -> dict[str, list[str | None]]:
    keys = keys_by_kind(NODE_FIELDS)
    for row in rows:
        keys["Outcome"].append(row.outcome_key)
        keys["Step"] += (item.step_key for item in row.steps)
        keys["PainPoint"] += row.pain_point_keys
        keys["BacklogItem"] += row.backlog_item_keys
        keys["Opportunity"] += row.opportunity_keys
    return keys


async def resolve_opportunity_scores(
    info: Info, job_id: JobFilter = None, persona_id: PersonaJobsFilter = None
) -> list[OutcomeScore]:
    errors: list[FieldError] = []
    job = optional_key(job_id, "Job", "jobId", errors)
    persona = optional_key(persona_id, "Persona", "personaId", errors)
    raise_if(errors)
    await require_node(info, "Job", job)
    await require_node(info, "Persona", persona)
    rows = await info.context.store.traverse(TRAVERSAL, OpportunityScoresQuery(job, persona))
    nodes = await read_selected(info, TRAVERSAL.node_fields, _keys(rows))
    return [OutcomeScore(row=row, nodes=nodes) for row in rows]


TRAVERSAL = Traversal(
    name="opportunityScores",
    cypher=cypher.opportunity_scores,
    in_memory=memory.opportunity_scores,
    field=strawberry.field(
        resolver=resolve_opportunity_scores,
        description="Desired outcomes ranked by their ODI opportunity score, highest first, "
        "ties by outcome key, flagged underserved (score >= 10) or overserved (satisfaction "
        "> importance). `jobId` keeps the job's outcomes, `personaId` the outcomes of the "
        "persona's jobs; both combine (NOT_FOUND if either names no node); neither: all.",
    ),
    cost=FieldCost(1_000),
    node_fields=NODE_FIELDS,
)
"""The traversal, as :data:`graph_api.traversals.TRAVERSALS` registers it."""
