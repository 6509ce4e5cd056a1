"""``journeyHealth`` in Cypher: one query, one row.

Its in-memory twin is :mod:`graph_api.traversals.journey_health.memory`; both read the
KPIs as ``valueStreamHealth`` does (``kpis_measuring`` of
:mod:`graph_api.traversals.value_stream_health.cypher`) and roll them up with
:mod:`graph_api.traversals.journey_health.result`.
"""

from collections import defaultdict
from typing import Any

from graph_api.store.traversal import RunQuery
from graph_api.traversals.journey_health.result import (
    JourneyHealth,
    StepHealth,
    rate_journey,
    rate_stage,
    rate_step,
)
from graph_api.traversals.value_stream_health.cypher import kpis_measuring, rated_kpis
from graph_api.traversals.value_stream_health.scoring import TREND_WINDOW

# One row for a known journey (none for an unknown one): `places` holds one entry per
# (stage, step), a stage without steps with a null step, a journey without stages one
# entry with a null stage; each step with its KPIs and its touchpoints with theirs.
JOURNEY_HEALTH = f"""
MATCH (j:Journey {{key: $journey}})
OPTIONAL MATCH (j)-[:HAS_STAGE]->(st:Stage)
OPTIONAL MATCH (st)-[:HAS_STEP]->(s:Step)
WITH j, collect({{
  stage: st.key, stage_order: st.order, step: s.key, step_order: s.order,
  kpis: {kpis_measuring("s")},
  touchpoints: COLLECT {{
    MATCH (s)-[:HAS_TOUCHPOINT]->(t:Touchpoint)
    RETURN {{key: t.key, kpis: {kpis_measuring("t")}}}
  }}
}}) AS places
RETURN places, {kpis_measuring("j")} AS journey_kpis
"""


def _step(place: dict[str, Any]) -> StepHealth:
    return rate_step(
        place["step"],
        rated_kpis(place["kpis"]),
        [(t["key"], rated_kpis(t["kpis"])) for t in place["touchpoints"]],
    )


async def journey_health(run: RunQuery, journey_key: str) -> JourneyHealth | None:
    rows = await run(JOURNEY_HEALTH, journey=journey_key, window=TREND_WINDOW)
    if not rows:
        return None
    # Stages and steps by order, then key (plain Cypher cannot sort nested lists).
    stage_order: dict[str, int] = {}
    steps: defaultdict[str, list[tuple[int, str, StepHealth]]] = defaultdict(list)
    for place in rows[0]["places"]:
        if place["stage"] is None:
            continue
        stage_order[place["stage"]] = int(place["stage_order"])
        if place["step"] is not None:
            steps[place["stage"]].append((int(place["step_order"]), place["step"], _step(place)))
    stages = [
        rate_stage(stage, [s for *_, s in sorted(steps[stage], key=lambda s: s[:2])])
        for stage in sorted(stage_order, key=lambda k: (stage_order[k], k))
    ]
    return rate_journey(journey_key, stages, rated_kpis(rows[0]["journey_kpis"]))
