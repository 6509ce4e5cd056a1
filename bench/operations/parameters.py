"""Choosing what the operations are about from the data: :func:`pick_parameters`."""

from collections import Counter
from typing import Any

from neo4j import Driver, RoutingControl

from bench.operations.base import Parameters, Rows
from graph_api.store.search_terms import words

# --- choosing the parameters ------------------------------------------------------------

_MOST_STEPS = """
MATCH (j:Journey)
RETURN j.key AS key, COUNT { (j)-[:HAS_STAGE]->(:Stage)-[:HAS_STEP]->(:Step) } AS steps
ORDER BY steps DESC, key LIMIT 1
"""

_MOST_USED_SYSTEM = """
MATCH (y:System)
RETURN y.key AS key, COUNT { (:Process)-[:USES]->(y) } AS users
ORDER BY users DESC, key LIMIT 1
"""

_STEP_WITH_MOST_TOUCHPOINTS = """
MATCH (:Journey {key: $journey})-[:HAS_STAGE]->(:Stage)-[:HAS_STEP]->(s:Step)
RETURN s.key AS key, COUNT { (s)-[:HAS_TOUCHPOINT]->(:Touchpoint) } AS touchpoints
ORDER BY touchpoints DESC, key LIMIT 1
"""

_STEP_NAMES = "MATCH (s:Step) RETURN s.name AS name ORDER BY s.key LIMIT 2000"

_FAN_OUT = """
CALL () { MATCH (j:Journey) RETURN max(COUNT { (j)-[:HAS_STAGE]->(:Stage) }) AS stages }
CALL () { MATCH (st:Stage) RETURN max(COUNT { (st)-[:HAS_STEP]->(:Step) }) AS steps }
CALL () {
  MATCH (s:Step) RETURN max(COUNT { (s)-[:HAS_TOUCHPOINT]->(:Touchpoint) }) AS touchpoints
}
RETURN stages, steps, touchpoints
"""

# Touchpoints per journey (in key order) that the nested query returns with these pages.
_LEAVES_PER_JOURNEY = """
MATCH (j:Journey)
WITH j ORDER BY j.key LIMIT $journeys
CALL (j) {
  OPTIONAL MATCH (j)-[:HAS_STAGE]->(st:Stage)
  WITH st ORDER BY st.order, st.key LIMIT $stages
  CALL (st) {
    OPTIONAL MATCH (st)-[:HAS_STEP]->(s:Step)
    WITH s ORDER BY s.order, s.key LIMIT $steps
    WITH COUNT { (s)-[:HAS_TOUCHPOINT]->(:Touchpoint) } AS found
    RETURN sum(CASE WHEN found > $touchpoints THEN $touchpoints ELSE found END) AS leaves
  }
  RETURN sum(leaves) AS leaves
}
RETURN j.key AS key, leaves
"""


def _read(driver: Driver, database: str, query: str, **parameters: Any) -> Rows:
    records, _, _ = driver.execute_query(
        query, parameters, database_=database, routing_=RoutingControl.READ
    )
    return [record.data() for record in records]


def _one(driver: Driver, database: str, query: str, what: str, **parameters: Any) -> str:
    rows = _read(driver, database, query, **parameters)
    if not rows:
        raise LookupError(f"the database holds no {what}: load a model first")
    return str(rows[0]["key"])


def pick_parameters(
    driver: Driver,
    database: str = "neo4j",
    *,
    target_leaves: int = 1000,
    max_page: int = 100,
) -> Parameters:
    """Choose what the operations are about from the data, with small Cypher queries.

    The nested query takes every stage, step and touchpoint under a journey (up to
    ``max_page`` each, our largest page) and as many journeys, in key order, as it
    takes to reach ``target_leaves`` touchpoints (all of them on a small model).
    """
    journey = _one(driver, database, _MOST_STEPS, "journey")
    system = _one(driver, database, _MOST_USED_SYSTEM, "system")
    step = _one(driver, database, _STEP_WITH_MOST_TOUCHPOINTS, "step", journey=journey)

    counts: Counter[str] = Counter()
    for row in _read(driver, database, _STEP_NAMES):
        counts.update(w for w in words(str(row["name"])) if len(w) >= 4 and w.isalpha())
    if not counts:
        raise LookupError("no step name holds a word to search for")
    search_text = min(counts.items(), key=lambda item: (-item[1], item[0]))[0]

    (fan_out,) = _read(driver, database, _FAN_OUT)
    stages, steps, touchpoints = (
        max(1, min(max_page, int(fan_out[k] or 0))) for k in ("stages", "steps", "touchpoints")
    )
    per_journey = _read(
        driver,
        database,
        _LEAVES_PER_JOURNEY,
        journeys=max_page,
        stages=stages,
        steps=steps,
        touchpoints=touchpoints,
    )
    journeys = leaves = 0
    for row in per_journey:
        journeys += 1
        leaves += int(row["leaves"])
        if leaves >= target_leaves:
            break
    return Parameters(
        journey=journey,
        system=system,
        step=step,
        search_text=search_text,
        nested_journeys=max(1, journeys),
        nested_stages=stages,
        nested_steps=steps,
        nested_touchpoints=touchpoints,
        nested_leaves=leaves,
    )
