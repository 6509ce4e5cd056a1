"""``traceability`` in Cypher: one query.

Its in-memory twin is :mod:`graph_api.traversals.traceability.memory`; the
contract tests check that both give the same answers.
"""

from typing import Any

from graph_api.store.traversal import RunQuery
from graph_api.traversals.traceability.result import Traceability

# Steps a pain point affects: the step it AFFECTS (0 hops back along HAS_TOUCHPOINT) or
# the step owning the touchpoint it AFFECTS (1 hop back). No row at all means there is
# no such backlog item.
TRACEABILITY = """
MATCH (b:BacklogItem {key: $key})
WITH b,
     COLLECT { MATCH (b)-[:ADDRESSES]->(s:Step) RETURN DISTINCT s } AS steps,
     COLLECT {
       MATCH (b)-[:ADDRESSES]->(:PainPoint)-[:AFFECTS]->()<-[:HAS_TOUCHPOINT*0..1]-(s:Step)
       RETURN DISTINCT s
     } AS affected
WITH b, steps, affected,
     COLLECT {
       UNWIND steps + affected AS s
       MATCH (j:Journey)-[:HAS_STAGE]->(:Stage)-[:HAS_STEP]->(s)
       RETURN DISTINCT j
     } AS journeys
WITH b, steps, affected, journeys,
     COLLECT {
       MATCH (b)-[:CHANGES]->(x) WHERE x:Process OR x:Touchpoint RETURN DISTINCT x
     } AS changed
RETURN b.key AS item,
  [s IN steps | s.key] AS steps,
  COLLECT { MATCH (b)-[:ADDRESSES]->(x:PainPoint) RETURN DISTINCT x.key } AS pain_points,
  COLLECT { MATCH (b)-[:ADDRESSES]->(x:Outcome) RETURN DISTINCT x.key } AS outcomes,
  COLLECT { MATCH (b)-[:ADDRESSES]->(x:Opportunity) RETURN DISTINCT x.key } AS opportunities,
  [s IN affected | s.key] AS affected_steps,
  [j IN journeys | j.key] AS journeys,
  COLLECT {
    UNWIND journeys AS j
    MATCH (j)-[:FOR_PERSONA]->(p:Persona)
    RETURN DISTINCT p.key
  } AS personas,
  COLLECT { MATCH (b)-[:CHANGES]->(x:Process) RETURN DISTINCT x.key } AS processes,
  COLLECT { MATCH (b)-[:CHANGES]->(x:System) RETURN DISTINCT x.key } AS systems,
  COLLECT { MATCH (b)-[:CHANGES]->(x:Capability) RETURN DISTINCT x.key } AS capabilities,
  COLLECT { MATCH (b)-[:CHANGES]->(x:Touchpoint) RETURN DISTINCT x.key } AS touchpoints,
  COLLECT {
    UNWIND steps + changed + journeys AS measured
    MATCH (k:KPI)-[:MEASURES]->(measured)
    RETURN DISTINCT k.key
  } AS kpis,
  COLLECT { MATCH (b)-[:PART_OF]->(x:BacklogItem) RETURN x.key } AS parents,
  COLLECT { MATCH (x:BacklogItem)-[:PART_OF]->(b) RETURN DISTINCT x.key } AS children
"""


def _sorted(row: dict[str, Any], column: str) -> list[str]:
    # Sorted here rather than in Cypher: plain Cypher has no list sort without APOC.
    return sorted(row[column])


async def traceability(run: RunQuery, backlog_item_key: str) -> Traceability | None:
    rows = await run(TRACEABILITY, key=backlog_item_key)
    if not rows:
        return None
    (row,) = rows
    return Traceability(
        backlog_item_key=row["item"],
        step_keys=_sorted(row, "steps"),
        pain_point_keys=_sorted(row, "pain_points"),
        outcome_keys=_sorted(row, "outcomes"),
        opportunity_keys=_sorted(row, "opportunities"),
        affected_step_keys=_sorted(row, "affected_steps"),
        journey_keys=_sorted(row, "journeys"),
        persona_keys=_sorted(row, "personas"),
        changed_process_keys=_sorted(row, "processes"),
        changed_system_keys=_sorted(row, "systems"),
        changed_capability_keys=_sorted(row, "capabilities"),
        changed_touchpoint_keys=_sorted(row, "touchpoints"),
        kpi_keys=_sorted(row, "kpis"),
        parent_key=min(row["parents"], default=None),
        child_keys=_sorted(row, "children"),
    )
