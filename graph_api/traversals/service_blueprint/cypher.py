"""``serviceBlueprint`` in Cypher: one query.

Its in-memory twin is :mod:`graph_api.traversals.service_blueprint.memory`;
both shape the lanes and derive the gaps with
:func:`graph_api.traversals.service_blueprint.result.blueprint_step`.
"""

from typing import Any

from graph_api.store.traversal import RunQuery
from graph_api.traversals.evidence_age import collected_day
from graph_api.traversals.service_blueprint.result import (
    BlueprintEvidence,
    BlueprintStage,
    BlueprintStep,
    ServiceBlueprint,
    SupportLink,
    TouchpointFacts,
    blueprint_step,
)

# One row per (stage, step) of the journey; a stage without steps gives one row with a
# null step, a journey without stages one row with a null stage, an unknown journey none.
SERVICE_BLUEPRINT = """
MATCH (j:Journey {key: $journey})
OPTIONAL MATCH (j)-[:HAS_STAGE]->(st:Stage)
OPTIONAL MATCH (st)-[:HAS_STEP]->(s:Step)
CALL (s) {
  OPTIONAL MATCH (s)-[:HAS_TOUCHPOINT]->(t:Touchpoint)
  OPTIONAL MATCH (t)-[:ON_CHANNEL]->(c:Channel)
  RETURN collect(DISTINCT t) AS touchpoints,
         collect(CASE WHEN t IS NULL THEN null ELSE {
           key: t.key,
           channel: c.key,
           owned: EXISTS { (:Team)-[:OWNS]->(:Process)-[:SERVES]->(t) }
         } END) AS touchpoint_facts
}
CALL (s, touchpoints) {
  UNWIND [s] + touchpoints AS place
  OPTIONAL MATCH (p:PainPoint)-[:AFFECTS]->(place)
  RETURN collect(DISTINCT p) AS pains
}
CALL (s, touchpoints, pains) {
  UNWIND [s] + touchpoints + pains AS place
  OPTIONAL MATCH (e:Evidence)-[:SUPPORTS]->(place)
  RETURN collect(DISTINCT e {.key, .kind, .collectedAt}) AS evidence
}
CALL (s, touchpoints) {
  UNWIND [s] + touchpoints AS place
  OPTIONAL MATCH (pr:Process)-[:SERVES]->(place)
  WITH DISTINCT pr WHERE pr IS NOT NULL
  WITH pr, COLLECT { MATCH (pr)-[:USES]->(y:System) RETURN y } AS systems
  RETURN collect({key: pr.key, systems: [y IN systems | y.key]}) AS processes,
         // the back stage and the support lane's systems (repeats go below)
         collect(pr) + reduce(acc = [], ys IN collect(systems) | acc + ys) AS supporters
}
CALL (s, touchpoints, supporters) {
  // what the step, its touchpoints, processes and systems use, realize, need, capture,
  // read or write: the services and data objects of the support lane
  UNWIND [s] + touchpoints + supporters AS holder
  WITH DISTINCT holder
  MATCH (holder)-[r:USES|REALIZES|NEEDS|CAPTURES|READS|WRITES]->(x:Service|DataObject)
  RETURN collect({
    type: type(r),
    holder_kind: CASE WHEN holder:Step THEN 'Step' WHEN holder:Touchpoint THEN 'Touchpoint'
                      WHEN holder:Process THEN 'Process' ELSE 'System' END,
    holder: holder.key,
    target: x.key
  }) AS support_links
}
RETURN st.key AS stage, st.order AS stage_order,
       s.key AS step, s.order AS step_order,
       s.customerAction AS customer_action, s.emotion AS emotion,
       EXISTS { (:Team)-[:OWNS]->(s) } AS step_owned,
       touchpoint_facts, evidence, processes, support_links
"""


def blueprint_row(row: dict[str, Any]) -> BlueprintStep:
    """One row of :data:`SERVICE_BLUEPRINT` as the step of a blueprint."""
    return blueprint_step(
        row["step"],
        {"customerAction": row["customer_action"], "emotion": row["emotion"]},
        step_owned=bool(row["step_owned"]),
        touchpoints=[
            TouchpointFacts(t["key"], t["channel"], bool(t["owned"]))
            for t in row["touchpoint_facts"]
        ],
        evidence=[
            BlueprintEvidence(e["key"], e["kind"], collected_day(e["collectedAt"]))
            for e in row["evidence"]
        ],
        processes={p["key"]: list(p["systems"]) for p in row["processes"]},
        support_links=[
            SupportLink(link["type"], link["holder_kind"], link["holder"], link["target"])
            for link in row["support_links"]
        ],
    )


def blueprint_stages(rows: list[dict[str, Any]]) -> list[BlueprintStage]:
    """The rows of :data:`SERVICE_BLUEPRINT` (one per stage and step) as the stages of a
    blueprint: stages and steps by order, then key (plain Cypher cannot sort nested lists)."""
    stages: dict[str, tuple[int, list[tuple[int, str, BlueprintStep]]]] = {}
    for row in rows:
        if row["stage"] is None:
            continue
        _, steps = stages.setdefault(row["stage"], (int(row["stage_order"]), []))
        if row["step"] is not None:
            steps.append((int(row["step_order"]), row["step"], blueprint_row(row)))
    return [
        BlueprintStage(key, [step for *_, step in sorted(steps, key=lambda s: s[:2])])
        for key, (_, steps) in sorted(stages.items(), key=lambda i: (i[1][0], i[0]))
    ]


async def service_blueprint(run: RunQuery, journey_key: str) -> ServiceBlueprint | None:
    rows = await run(SERVICE_BLUEPRINT, journey=journey_key)
    if not rows:
        return None
    return ServiceBlueprint(journey_key=journey_key, stages=blueprint_stages(rows))
