"""``opportunityScores`` in Cypher: one query.

Its in-memory twin is :mod:`graph_api.traversals.opportunity_scores.memory`;
the contract tests check that both give the same answers. The query fetches each
outcome's raw importance and satisfaction; the score, its flags and the order of the rows
are decided in Python by :mod:`graph_api.traversals.opportunity_scores.scoring`, as on
the embedded store: float arithmetic in Cypher would miss exact boundaries (9.7 and 9.4
must score 10).
"""

from typing import Any

from graph_api.store.traversal import RunQuery
from graph_api.traversals.opportunity_scores.result import (
    OpportunityScoresQuery,
    OutcomeScoreRow,
    StepPain,
)
from graph_api.traversals.opportunity_scores.scoring import ranked_outcomes, rate_outcome

# A step's pain points: on the step itself (0 hops) or on one of its touchpoints (1 hop).
OPPORTUNITY_SCORES = """
MATCH (o:Outcome)
WHERE ($job IS NULL OR EXISTS { MATCH (:Job {key: $job})-[:HAS_OUTCOME]->(o) })
  AND ($persona IS NULL
       OR EXISTS { MATCH (:Persona {key: $persona})-[:HAS_JOB]->(:Job)-[:HAS_OUTCOME]->(o) })
RETURN o.key AS outcome,
       toFloat(o.importance) AS importance,
       toFloat(o.satisfaction) AS satisfaction,
       COLLECT {
         MATCH (s:Step)-[:PURSUES]->(o)
         CALL (s) {
           OPTIONAL MATCH (s)-[:HAS_TOUCHPOINT*0..1]->()<-[:AFFECTS]-(p:PainPoint)
           RETURN coalesce(max(p.severity), 0) AS pain
         }
         WITH s, pain
         ORDER BY pain DESC, s.key
         RETURN {key: s.key, pain: pain}
       } AS steps,
       COLLECT {
         MATCH (o)<-[:PURSUES]-(:Step)-[:HAS_TOUCHPOINT*0..1]->()<-[:AFFECTS]-(p:PainPoint)
         WITH DISTINCT p
         ORDER BY p.severity DESC, p.key
         RETURN p.key
       } AS pain_points,
       COLLECT {
         MATCH (b:BacklogItem)-[:ADDRESSES]->(o)
         WITH DISTINCT b
         ORDER BY b.priority IS NULL, b.priority, b.key
         RETURN b.key
       } AS backlog_items,
       COLLECT {
         MATCH (op:Opportunity)-[:TARGETS]->(o)
         WITH DISTINCT op
         ORDER BY op.key
         RETURN op.key
       } AS opportunities
"""


def _row(row: dict[str, Any]) -> OutcomeScoreRow:
    importance, satisfaction = float(row["importance"]), float(row["satisfaction"])
    rating = rate_outcome(importance, satisfaction)
    return OutcomeScoreRow(
        outcome_key=row["outcome"],
        importance=importance,
        satisfaction=satisfaction,
        score=rating.score,
        underserved=rating.underserved,
        overserved=rating.overserved,
        steps=[StepPain(s["key"], int(s["pain"])) for s in row["steps"]],
        pain_point_keys=list(row["pain_points"]),
        backlog_item_keys=list(row["backlog_items"]),
        opportunity_keys=list(row["opportunities"]),
    )


async def opportunity_scores(run: RunQuery, query: OpportunityScoresQuery) -> list[OutcomeScoreRow]:
    rows = await run(OPPORTUNITY_SCORES, job=query.job_key, persona=query.persona_key)
    return ranked_outcomes(_row(row) for row in rows)
