"""``coverage`` in Cypher: one query.

Its in-memory twin is :mod:`graph_api.traversals.coverage.memory`; the
contract tests check that both give the same answers.
"""

from typing import Any

from graph_api.store.traversal import RunQuery
from graph_api.traversals.coverage.result import (
    UNADDRESSED_PAIN,
    ChannelEvidenceCount,
    Coverage,
    StageChannelGap,
    StepDataGap,
    StepEvidenceCount,
    UnaddressedPainfulStep,
)
from graph_api.traversals.evidence_age import EvidenceDates

# One row; none for an unknown journey. ``$journey`` null means the whole model.
COVERAGE = """
OPTIONAL MATCH (j:Journey {key: $journey})
WITH j WHERE $journey IS NULL OR j IS NOT NULL
CALL (j) {
  MATCH (s:Step)
  WHERE j IS NULL OR EXISTS { (j)-[:HAS_STAGE]->(:Stage)-[:HAS_STEP]->(s) }
  RETURN collect(s) AS steps
}
CALL (steps) {
  UNWIND steps AS s
  CALL (s) {
    OPTIONAL MATCH (s)-[:HAS_TOUCHPOINT]->(t:Touchpoint)
    WITH s, collect(t) AS touchpoints
    UNWIND [s] + touchpoints AS place
    OPTIONAL MATCH (p:PainPoint)-[:AFFECTS]->(place)
    WITH s, touchpoints, collect(DISTINCT p) AS pains
    UNWIND [s] + touchpoints + pains AS place
    OPTIONAL MATCH (e:Evidence)-[:SUPPORTS]->(place)
    RETURN pains, collect(DISTINCT e) AS evidence
  }
  RETURN collect({
    step: s.key,
    evidence: size(evidence),
    dates: [e IN evidence | e.collectedAt],
    kinds: COLLECT { UNWIND evidence AS e RETURN DISTINCT e.kind },
    owned: EXISTS { (:Team)-[:OWNS]->(s) },
    pain: reduce(top = 0, p IN pains | CASE WHEN p.severity > top THEN p.severity ELSE top END),
    addressed: EXISTS {
      MATCH (b:BacklogItem)-[:ADDRESSES]->(x) WHERE x = s OR x IN pains
    },
    // data the step or a touchpoint NEEDS that no system READS or WRITES
    unheld_data: COLLECT {
      MATCH (s)-[:HAS_TOUCHPOINT]->{0,1}()-[:NEEDS]->(d:DataObject)
      WHERE NOT EXISTS { (:System)-[:READS|WRITES]->(d) }
      RETURN DISTINCT d.key
    }
  }) AS step_facts
}
CALL (steps) {
  UNWIND steps AS s
  MATCH (s)-[:HAS_TOUCHPOINT]->(t:Touchpoint)-[:ON_CHANNEL]->(c:Channel)
  WITH c, collect(DISTINCT t) AS touchpoints
  CALL (touchpoints) {
    // evidence on a touchpoint (0 hops) or on a pain point affecting it (1 hop)
    UNWIND touchpoints AS t
    OPTIONAL MATCH (e:Evidence)-[:SUPPORTS]->()-[:AFFECTS]->{0,1}(t)
    RETURN collect(DISTINCT e) AS evidence
  }
  RETURN collect({
    channel: c.key,
    touchpoints: size(touchpoints),
    evidence: size(evidence),
    dates: [e IN evidence | e.collectedAt]
  }) AS channel_facts
}
CALL (j) {
  MATCH (jj:Journey)-[:HAS_STAGE]->(st:Stage)
  WHERE j IS NULL OR jj = j
  WITH jj, st,
       COLLECT {
         MATCH (jj)-[:HAS_STAGE]->(:Stage)-[:HAS_STEP]->(:Step)
               -[:HAS_TOUCHPOINT]->(:Touchpoint)-[:ON_CHANNEL]->(c:Channel)
         RETURN DISTINCT c.key
       } AS used,
       COLLECT {
         MATCH (st)-[:HAS_STEP]->(:Step)-[:HAS_TOUCHPOINT]->(:Touchpoint)-[:ON_CHANNEL]->(c:Channel)
         RETURN DISTINCT c.key
       } AS here
  WITH jj, st, [c IN used WHERE NOT c IN here] AS missing
  WHERE size(missing) > 0
  RETURN collect({stage: st.key, journey: jj.key, missing: missing}) AS stage_gaps
}
CALL (j, steps) {
  MATCH (p:Process)
  WHERE j IS NULL
     OR EXISTS { MATCH (s)-[:HAS_TOUCHPOINT]->{0,1}()<-[:SERVES]-(p) WHERE s IN steps }
  RETURN collect(p) AS processes
}
CALL (j, processes) {
  MATCH (c:Capability)
  WHERE j IS NULL
     OR EXISTS { MATCH (p:Process)-[:REALIZES]->(c) WHERE p IN processes }
     OR EXISTS { (j)-[:HAS_STAGE]->(:Stage)-[:MAPS_TO]->(:ValueStreamStage)-[:ENABLED_BY]->(c) }
  RETURN collect(c) AS capabilities
}
RETURN step_facts, channel_facts, stage_gaps,
       [p IN processes WHERE NOT EXISTS { (:Team)-[:OWNS]->(p) } | p.key]
         AS processes_without_owner,
       [p IN processes WHERE NOT EXISTS { (p)-[:REALIZES]->(:Capability) } | p.key]
         AS processes_without_capability,
       [c IN capabilities WHERE NOT EXISTS { (:Team)-[:OWNS]->(c) } | c.key]
         AS capabilities_without_owner,
       [c IN capabilities WHERE NOT EXISTS { (:Process)-[:REALIZES]->(c) } | c.key]
         AS capabilities_without_process
"""


def _step_counts(facts: list[dict[str, Any]]) -> list[StepEvidenceCount]:
    counts = [
        StepEvidenceCount(
            f["step"], int(f["evidence"]), sorted(f["kinds"]), EvidenceDates.of(f["dates"])
        )
        for f in facts
    ]
    return sorted(counts, key=lambda s: s.step_key)


async def coverage(run: RunQuery, journey_key: str | None) -> Coverage | None:
    rows = await run(COVERAGE, journey=journey_key)
    if not rows:
        return None
    (row,) = rows
    facts: list[dict[str, Any]] = row["step_facts"]
    by_step = _step_counts(facts)
    # Lists are sorted here: plain Cypher has no list sort without APOC.
    return Coverage(
        journey_key=journey_key,
        evidence_by_step=by_step,
        evidence_by_channel=sorted(
            (
                ChannelEvidenceCount(
                    c["channel"],
                    int(c["touchpoints"]),
                    int(c["evidence"]),
                    EvidenceDates.of(c["dates"]),
                )
                for c in row["channel_facts"]
            ),
            key=lambda c: c.channel_key,
        ),
        steps_without_evidence=[s.step_key for s in by_step if not s.kinds],
        steps_with_one_evidence_kind=[s for s in by_step if len(s.kinds) == 1],
        stage_channel_gaps=sorted(
            (
                StageChannelGap(g["stage"], g["journey"], sorted(g["missing"]))
                for g in row["stage_gaps"]
            ),
            key=lambda g: g.stage_key,
        ),
        steps_without_owner=sorted(f["step"] for f in facts if not f["owned"]),
        processes_without_owner=sorted(row["processes_without_owner"]),
        capabilities_without_owner=sorted(row["capabilities_without_owner"]),
        processes_without_capability=sorted(row["processes_without_capability"]),
        capabilities_without_process=sorted(row["capabilities_without_process"]),
        painful_steps_without_backlog=sorted(
            (
                UnaddressedPainfulStep(f["step"], int(f["pain"]))
                for f in facts
                if int(f["pain"]) >= UNADDRESSED_PAIN and not f["addressed"]
            ),
            key=lambda r: r.step_key,
        ),
        steps_with_data_gaps=sorted(
            (StepDataGap(f["step"], sorted(f["unheld_data"])) for f in facts if f["unheld_data"]),
            key=lambda g: g.step_key,
        ),
    )
