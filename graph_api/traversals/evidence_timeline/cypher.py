"""``evidenceTimeline`` in Cypher: one query.

Its in-memory twin is :mod:`graph_api.traversals.evidence_timeline.memory`; both count
with :func:`graph_api.traversals.evidence_timeline.result.evidence_timeline`.
"""

from typing import Any

from graph_api.store.traversal import RunQuery
from graph_api.traversals.evidence_timeline.result import (
    EvidenceReach,
    EvidenceTimeline,
    EvidenceTimelineQuery,
    StepEvidenceFacts,
    evidence_timeline,
)

# One row per (stage, step) of the journey, a step's evidence with the channel each piece
# counts under; a stage without steps or a journey without stages gives one row with a
# null step, an unknown journey none.
EVIDENCE_TIMELINE = """
MATCH (j:Journey {key: $journey})
OPTIONAL MATCH (j)-[:HAS_STAGE]->(st:Stage)-[:HAS_STEP]->(s:Step)
CALL (s) {
  // the step itself counts under no channel, each touchpoint under its channels (or none)
  WITH s WHERE s IS NOT NULL
  UNWIND [s] + COLLECT { MATCH (s)-[:HAS_TOUCHPOINT]->(t:Touchpoint) RETURN t } AS place
  WITH place,
       COLLECT { MATCH (place:Touchpoint)-[:ON_CHANNEL]->(c:Channel) RETURN c.key } AS channels
  // evidence on the place or on a pain point affecting it
  UNWIND [place] + COLLECT { MATCH (p:PainPoint)-[:AFFECTS]->(place) RETURN p } AS target
  MATCH (e:Evidence)-[:SUPPORTS]->(target)
  UNWIND CASE WHEN size(channels) = 0 THEN [null] ELSE channels END AS channel
  RETURN collect(DISTINCT {key: e.key, channel: channel, collected: e.collectedAt}) AS reaches
}
RETURN st.key AS stage, st.order AS stage_order, s.key AS step, s.order AS step_order, reaches
"""


def _facts(rows: list[dict[str, Any]]) -> list[StepEvidenceFacts]:
    """The rows with a step, in journey order (plain Cypher cannot sort nested lists)."""
    with_steps = [row for row in rows if row["step"] is not None]
    with_steps.sort(
        key=lambda r: (int(r["stage_order"]), r["stage"], int(r["step_order"]), r["step"])
    )
    return [
        StepEvidenceFacts(
            row["stage"],
            row["step"],
            sorted(
                (EvidenceReach(r["key"], r["channel"], r["collected"]) for r in row["reaches"]),
                key=lambda r: (r.evidence_key, r.channel_key or ""),
            ),
        )
        for row in with_steps
    ]


async def evidence_timeline_of(
    run: RunQuery, query: EvidenceTimelineQuery
) -> EvidenceTimeline | None:
    rows = await run(EVIDENCE_TIMELINE, journey=query.journey_key)
    if not rows:
        return None
    return evidence_timeline(query, _facts(rows))
