"""``painfulSteps`` in Cypher: one query.

Its in-memory twin is :mod:`graph_api.traversals.painful_steps.memory`; the
contract tests check that both give the same answers.
"""

from graph_api.store.traversal import RunQuery
from graph_api.traversals.painful_steps.result import (
    PainfulStepRow,
    PainfulStepsQuery,
    PainPointEvidence,
)

# LIMIT needs a number: without ``first`` it takes one larger than any step count.
NO_LIMIT = 2**62

PAINFUL_STEPS = """
MATCH (s:Step)
WHERE ($journey IS NULL
       OR EXISTS { MATCH (:Journey {key: $journey})-[:HAS_STAGE]->(:Stage)-[:HAS_STEP]->(s) })
  AND ($persona IS NULL
       OR EXISTS { MATCH (:Persona {key: $persona})<-[:FOR_PERSONA]-(:Journey)
                         -[:HAS_STAGE]->(:Stage)-[:HAS_STEP]->(s) })
  AND ($channel IS NULL
       OR EXISTS { MATCH (s)-[:HAS_TOUCHPOINT]->(:Touchpoint)
                         -[:ON_CHANNEL]->(:Channel {key: $channel}) })
OPTIONAL MATCH (s)-[:HAS_TOUCHPOINT]->(t:Touchpoint)
WITH s, collect(DISTINCT t) AS touchpoints
WITH s, touchpoints, [s] + touchpoints AS places
CALL (places) {
  UNWIND places AS place
  MATCH (p:PainPoint)-[:AFFECTS]->(place)
  RETURN collect(DISTINCT p) AS pains
}
WITH s, touchpoints, places, pains,
     reduce(top = 0, p IN pains | CASE WHEN p.severity > top THEN p.severity ELSE top END) AS pain
WHERE size(pains) > 0 AND pain >= $min_severity
// Limit before the per-row subqueries, so that they run for the rows returned only.
WITH s, touchpoints, places, pains, pain
ORDER BY pain DESC, s.key
LIMIT $limit
CALL (places) {
  UNWIND places AS place
  OPTIONAL MATCH (pr:Process)-[:SERVES]->(place)
  RETURN collect(DISTINCT pr.key) AS processes
}
RETURN s.key AS step, pain,
       [t IN touchpoints | t.key] AS touchpoints,
       processes,
       COLLECT {
         UNWIND pains AS p
         RETURN {key: p.key, evidence: COUNT { (:Evidence)-[:SUPPORTS]->(p) }} AS counted
       } AS pain_points,
       COLLECT {
         UNWIND [s] + pains AS target
         MATCH (b:BacklogItem)-[:ADDRESSES]->(target)
         WITH DISTINCT b
         ORDER BY b.priority IS NULL, b.priority, b.key
         RETURN b.key
       } AS backlog_items
ORDER BY pain DESC, step
"""


async def painful_steps(run: RunQuery, query: PainfulStepsQuery) -> list[PainfulStepRow]:
    rows = await run(
        PAINFUL_STEPS,
        journey=query.journey_key,
        persona=query.persona_key,
        channel=query.channel_key,
        min_severity=query.min_severity,
        limit=NO_LIMIT if query.first is None else query.first,
    )
    result: list[PainfulStepRow] = []
    for row in rows:
        # Key lists are sorted here: plain Cypher has no list sort without APOC.
        evidence = sorted(
            (PainPointEvidence(p["key"], int(p["evidence"])) for p in row["pain_points"]),
            key=lambda e: e.pain_point_key,
        )
        result.append(
            PainfulStepRow(
                step_key=row["step"],
                pain=int(row["pain"]),
                pain_point_keys=[e.pain_point_key for e in evidence],
                touchpoint_keys=sorted(row["touchpoints"]),
                process_keys=sorted(row["processes"]),
                backlog_item_keys=list(row["backlog_items"]),
                pain_point_evidence=evidence,
            )
        )
    return result
