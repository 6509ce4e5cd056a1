"""``painfulSteps`` in Cypher: one query.

Its in-memory twin is :mod:`graph_api.traversals.painful_steps.memory`; the
contract tests check that both give the same answers.
"""

from typing import Any

from graph_api.store.traversal import RunQuery
from graph_api.traversals.painful_steps.result import (
    PainfulStepRow,
    PainfulStepsQuery,
    PainPointEvidence,
    ServingSystem,
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
       } AS backlog_items,
       // Only when asked: nothing to walk otherwise.
       COLLECT {
         UNWIND CASE WHEN $serving_systems THEN places ELSE [] END AS place
         MATCH (place)<-[:SERVES]-(:Process)-[:USES]->(y:System)
         WITH DISTINCT y
         RETURN {
           key: y.key,
           served_by: COLLECT { MATCH (x:System)-[:SERVES]->(y) RETURN x.key }
                      + COLLECT { MATCH (x:System)-[:EXPOSES]->(:Interface)-[:SERVES]->(y)
                                  RETURN x.key },
           receives_from: COLLECT { MATCH (x:System)-[:FLOWS_TO]->(y) RETURN x.key },
           deployed_on: COLLECT { MATCH (y)-[:DEPLOYED_ON]->(n:TechnologyNode) RETURN n.key },
           uses_technology: COLLECT { MATCH (y)-[:USES]->(n:TechnologyNode) RETURN n.key },
           uses_services: COLLECT { MATCH (y)-[:USES]->(sv:Service) RETURN sv.key }
         }
       } AS serving_systems
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
        serving_systems=query.with_serving_systems,
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
                serving_systems=(
                    _serving_systems(row["serving_systems"]) if query.with_serving_systems else None
                ),
            )
        )
    return result


def _serving_systems(found: list[dict[str, Any]]) -> list[ServingSystem]:
    """The serving systems of a row, by key, each list sorted and without repeats."""
    return [
        ServingSystem(
            system_key=y["key"],
            served_by=sorted(set(y["served_by"])),
            receives_from=sorted(set(y["receives_from"])),
            deployed_on=sorted(set(y["deployed_on"])),
            uses_technology=sorted(set(y["uses_technology"])),
            uses_services=sorted(set(y["uses_services"])),
        )
        for y in sorted(found, key=lambda y: str(y["key"]))
    ]
