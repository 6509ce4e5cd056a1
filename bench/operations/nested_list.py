"""nestedList: journeys > stages > steps > touchpoints, a page of each."""

from collections.abc import Callable, Iterable

from bench.operations.base import JSON, Operation, Parameters, Rows, Value

# --- a 4-level nested list --------------------------------------------------------------

_NESTED_OURS = """
query Nested($journeys: Int!, $stages: Int!, $steps: Int!, $touchpoints: Int!) {
  journeys(first: $journeys) {
    nodes {
      key name
      stagesConnection(first: $stages) {
        nodes {
          key name
          stepsConnection(first: $steps) {
            nodes {
              key name
              touchpointsConnection(first: $touchpoints) { nodes { key name } }
            }
          }
        }
      }
    }
  }
}
"""

_NESTED_REFERENCE = """
query Nested($journeys: Int!, $stages: Int!, $steps: Int!, $touchpoints: Int!) {
  journeys(limit: $journeys, sort: [{key: ASC}]) {
    key name
    stages(limit: $stages, sort: [{order: ASC}, {key: ASC}]) {
      key name
      steps(limit: $steps, sort: [{order: ASC}, {key: ASC}]) {
        key name
        touchpoints(limit: $touchpoints, sort: [{key: ASC}]) { key name }
      }
    }
  }
}
"""

_NESTED_FLOOR = """
MATCH (j:Journey)
WITH j ORDER BY j.key LIMIT $journeys
CALL (j) {
  OPTIONAL MATCH (j)-[:HAS_STAGE]->(st:Stage)
  WITH st ORDER BY st.order, st.key LIMIT $stages
  CALL (st) {
    OPTIONAL MATCH (st)-[:HAS_STEP]->(s:Step)
    WITH s ORDER BY s.order, s.key LIMIT $steps
    CALL (s) {
      OPTIONAL MATCH (s)-[:HAS_TOUCHPOINT]->(t:Touchpoint)
      WITH t ORDER BY t.key LIMIT $touchpoints
      RETURN collect(t {.key, .name}) AS touchpoints
    }
    RETURN collect(s {.key, .name, touchpoints: touchpoints}) AS steps
  }
  RETURN collect(st {.key, .name, steps: steps}) AS stages
}
RETURN j.key AS key, j.name AS name, stages
"""


def _tree(journeys: Iterable[JSON], children: Callable[[JSON, str], list[JSON]]) -> Value:
    return [
        {
            "journey": [j["key"], j["name"]],
            "stages": [
                {
                    "stage": [st["key"], st["name"]],
                    "steps": [
                        {
                            "step": [s["key"], s["name"]],
                            "touchpoints": [
                                [t["key"], t["name"]] for t in children(s, "touchpoints")
                            ],
                        }
                        for s in children(st, "steps")
                    ],
                }
                for st in children(j, "stages")
            ],
        }
        for j in journeys
    ]


def _nested_ours(data: JSON) -> Value:
    return _tree(data["journeys"]["nodes"], lambda n, f: list(n[f"{f}Connection"]["nodes"]))


def _nested_reference(data: JSON) -> Value:
    return _tree(data["journeys"], lambda n, f: list(n[f]))


def _nested_floor(rows: Rows) -> Value:
    return _tree(rows, lambda n, f: list(n[f]))


def nested_list(p: Parameters) -> Operation:
    pages = {
        "journeys": p.nested_journeys,
        "stages": p.nested_stages,
        "steps": p.nested_steps,
        "touchpoints": p.nested_touchpoints,
    }
    return Operation(
        name="nestedList",
        question=f"journeys > stages > steps > touchpoints, pages {pages} "
        f"({p.nested_leaves} touchpoints)",
        ours=_NESTED_OURS,
        ours_variables=pages,
        reference=_NESTED_REFERENCE,
        reference_variables=pages,
        floor=_NESTED_FLOOR,
        floor_parameters=pages,
        from_ours=_nested_ours,
        from_reference=_nested_reference,
        from_floor=_nested_floor,
        reference_note="relationship fields with limit and sort (ours: connections with "
        "first, in position order)",
    )
