"""``opportunityScores`` on the in-memory graph (twin of the Cypher in the Neo4j store)."""

from graph_api.store.base import NodeRef
from graph_api.store.embedded.memory import MemoryGraph
from graph_api.traversals.opportunity_scores.result import (
    OpportunityScoresQuery,
    OutcomeScoreRow,
    StepPain,
)
from graph_api.traversals.opportunity_scores.scoring import ranked_outcomes, rate_outcome
from graph_api.traversals.step_pain import (
    addressing_items,
    max_severity,
    pain_points_of,
    severity,
)


def _outcomes(memory: MemoryGraph, query: OpportunityScoresQuery) -> set[NodeRef]:
    """The outcomes both filters of ``query`` let through."""
    outcomes = {NodeRef("Outcome", key) for key in memory.nodes.get("Outcome", {})}
    if query.job_key is not None:
        outcomes &= set(memory.targets(NodeRef("Job", query.job_key), "HAS_OUTCOME", "Outcome"))
    if query.persona_key is not None:
        jobs = memory.targets(NodeRef("Persona", query.persona_key), "HAS_JOB", "Job")
        outcomes &= {o for job in jobs for o in memory.targets(job, "HAS_OUTCOME", "Outcome")}
    return outcomes


def opportunity_scores(memory: MemoryGraph, query: OpportunityScoresQuery) -> list[OutcomeScoreRow]:
    """Outcomes by exact opportunity score, highest first, ties by key."""
    return ranked_outcomes(_row(memory, outcome) for outcome in _outcomes(memory, query))


def _row(memory: MemoryGraph, outcome: NodeRef) -> OutcomeScoreRow:
    record = memory.get(outcome)
    props = record.props if record else {}
    importance = float(props["importance"])
    satisfaction = float(props["satisfaction"])
    rating = rate_outcome(importance, satisfaction)
    steps: list[StepPain] = []
    pains: set[NodeRef] = set()
    for step in memory.sources(outcome, "PURSUES", "Step"):
        step_pains = pain_points_of(memory, step)
        pains |= step_pains
        steps.append(StepPain(step.key, max_severity(memory, step_pains)))
    steps.sort(key=lambda s: (-s.pain, s.step_key))
    ranked_pains = sorted(pains, key=lambda p: (-severity(memory, p), p.key))
    return OutcomeScoreRow(
        outcome_key=outcome.key,
        importance=importance,
        satisfaction=satisfaction,
        score=rating.score,
        underserved=rating.underserved,
        overserved=rating.overserved,
        steps=steps,
        pain_point_keys=[p.key for p in ranked_pains],
        backlog_item_keys=addressing_items(memory, [outcome]),
        opportunity_keys=sorted(o.key for o in memory.sources(outcome, "TARGETS", "Opportunity")),
    )
