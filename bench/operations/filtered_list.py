"""filteredList: the steps with a severe pain point, by name, with those pain points."""

from collections.abc import Iterable

from bench.operations.base import JSON, Operation, Parameters, Value

# --- a filtered, ordered list -----------------------------------------------------------

_FILTERED_OURS = """
query Filtered($severity: Int!, $first: Int!) {
  steps(
    first: $first
    where: {painPoints: {some: {severity: {gte: $severity}}}}
    orderBy: [{name: ASC}]
  ) {
    totalCount
    nodes {
      key name
      painPoints(where: {severity: {gte: $severity}}, orderBy: [{severity: DESC}]) {
        key severity
      }
    }
  }
}
"""

_FILTERED_REFERENCE = """
query Filtered($severity: Int!, $first: Int!) {
  stepsConnection(
    first: $first
    where: {painPoints_SOME: {severity_GTE: $severity}}
    sort: [{name: ASC}, {key: ASC}]
  ) {
    totalCount
    edges {
      node {
        key name
        painPoints(where: {severity_GTE: $severity}, sort: [{severity: DESC}, {key: ASC}]) {
          key severity
        }
      }
    }
  }
}
"""

_FILTERED_FLOOR = """
MATCH (s:Step)
WHERE EXISTS { MATCH (p:PainPoint)-[:AFFECTS]->(s) WHERE p.severity >= $severity }
WITH s ORDER BY s.name, s.key
WITH collect(s) AS matched
RETURN size(matched) AS total,
       [s IN matched[0..$first] | s {
         .key, .name,
         painPoints: COLLECT {
           MATCH (p:PainPoint)-[:AFFECTS]->(s) WHERE p.severity >= $severity
           RETURN p {.key, .severity} ORDER BY p.severity DESC, p.key
         }
       }] AS nodes
"""


def _filtered(total: int, nodes: Iterable[JSON]) -> Value:
    return {
        "totalCount": int(total),
        "nodes": [
            {
                "step": [n["key"], n["name"]],
                "painPoints": [[p["key"], int(p["severity"])] for p in n["painPoints"]],
            }
            for n in nodes
        ],
    }


def filtered_list(p: Parameters) -> Operation:
    variables = {"severity": p.min_severity, "first": p.filter_first}
    return Operation(
        name="filteredList",
        question=f"steps with a pain point of severity >= {p.min_severity}, by name, "
        f"first {p.filter_first}, with those pain points",
        ours=_FILTERED_OURS,
        ours_variables=variables,
        reference=_FILTERED_REFERENCE,
        reference_variables=variables,
        floor=_FILTERED_FLOOR,
        floor_parameters=variables,
        from_ours=lambda d: _filtered(d["steps"]["totalCount"], d["steps"]["nodes"]),
        from_reference=lambda d: _filtered(
            d["stepsConnection"]["totalCount"],
            (e["node"] for e in d["stepsConnection"]["edges"]),
        ),
        from_floor=lambda rows: _filtered(rows[0]["total"], rows[0]["nodes"]),
        reference_note="stepsConnection with where (painPoints_SOME) and sort; a filtered "
        "relationship field",
    )
