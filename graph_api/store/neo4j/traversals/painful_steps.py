"""``painfulSteps`` in Cypher: one query.

Its in-memory twin is :mod:`graph_api.store.embedded.traversals.painful_steps`; the
contract tests check that both give the same answers.
"""

from graph_api.store.neo4j.traversals.base import RunQuery
from graph_api.store.results import PainfulStepRow

PAINFUL_STEPS = """
MATCH (s:Step)
WHERE $journey IS NULL
   OR EXISTS { MATCH (:Journey {key: $journey})-[:HAS_STAGE]->(:Stage)-[:HAS_STEP]->(s) }
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
CALL (places) {
  UNWIND places AS place
  OPTIONAL MATCH (pr:Process)-[:SERVES]->(place)
  RETURN collect(DISTINCT pr.key) AS processes
}
RETURN s.key AS step, pain,
       [p IN pains | p.key] AS pain_points,
       [t IN touchpoints | t.key] AS touchpoints,
       processes
ORDER BY pain DESC, step
"""


async def painful_steps(
    run: RunQuery, journey_key: str | None, min_severity: int
) -> list[PainfulStepRow]:
    rows = await run(PAINFUL_STEPS, journey=journey_key, min_severity=min_severity)
    return [
        PainfulStepRow(
            step_key=row["step"],
            pain=int(row["pain"]),
            # Key lists are sorted here: plain Cypher has no list sort without APOC.
            pain_point_keys=sorted(row["pain_points"]),
            touchpoint_keys=sorted(row["touchpoints"]),
            process_keys=sorted(row["processes"]),
        )
        for row in rows
    ]
