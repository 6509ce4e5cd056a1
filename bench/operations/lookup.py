"""lookup: one step by ID (ours: ``node(id)``) with its neighbours' keys."""

from typing import cast

from bench.operations.base import JSON, Operation, Parameters, Value, instant, key_of, keys
from graph_api.graphql.ids import global_id
from graph_api.store.base import NodeRef

# --- node(id) / lookup by key -----------------------------------------------------------

_STEP_FIELDS = """
key name order customerAction emotion description
version createdAt updatedAt createdBy updatedBy
"""

_LOOKUP_OURS = f"""
query Lookup($id: ID!) {{
  node(id: $id) {{
    __typename
    ... on Step {{
      {_STEP_FIELDS}
      stage {{ key }}
      touchpoints {{ key }}
      painPoints {{ key }}
      processes {{ key }}
    }}
  }}
}}
"""

_LOOKUP_REFERENCE = f"""
query Lookup($key: String!) {{
  steps(where: {{key_EQ: $key}}) {{
    {_STEP_FIELDS}
    stage {{ key }}
    touchpoints(sort: [{{key: ASC}}]) {{ key }}
    painPoints(sort: [{{key: ASC}}]) {{ key }}
    processes(sort: [{{key: ASC}}]) {{ key }}
  }}
}}
"""

_LOOKUP_FLOOR = """
MATCH (s:Step {key: $key})
RETURN s {
  .key, .name, .order, .customerAction, .emotion, .description,
  .version, .createdAt, .updatedAt, .createdBy, .updatedBy,
  stage: COLLECT { MATCH (st:Stage)-[:HAS_STEP]->(s) RETURN st {.key} },
  touchpoints: COLLECT {
    MATCH (s)-[:HAS_TOUCHPOINT]->(t:Touchpoint) RETURN t {.key} ORDER BY t.key
  },
  painPoints: COLLECT {
    MATCH (p:PainPoint)-[:AFFECTS]->(s) RETURN p {.key} ORDER BY p.key
  },
  processes: COLLECT {
    MATCH (pr:Process)-[:SERVES]->(s) RETURN pr {.key} ORDER BY pr.key
  }
} AS step
"""


def _step_value(step: JSON | None) -> Value:
    if step is None:
        return None
    plain = ("key", "name", "order", "customerAction", "emotion", "description", "version")
    return {
        **{f: step.get(f) for f in plain},
        "createdAt": instant(step.get("createdAt")),
        "updatedAt": instant(step.get("updatedAt")),
        "createdBy": step.get("createdBy"),
        "updatedBy": step.get("updatedBy"),
        "stage": key_of(step["stage"]),
        "touchpoints": keys(step["touchpoints"]),
        "painPoints": keys(step["painPoints"]),
        "processes": keys(step["processes"]),
    }


def _lookup_ours(data: JSON) -> Value:
    node = data["node"]
    if node is not None and node["__typename"] != "Step":
        raise ValueError(f"node(id) answered a {node['__typename']}")
    return _step_value(node)


def _lookup_reference(data: JSON) -> Value:
    steps = cast(list[JSON], data["steps"])
    if len(steps) > 1:
        raise ValueError(f"{len(steps)} steps share one key")
    return _step_value(steps[0] if steps else None)


def lookup(p: Parameters) -> Operation:
    return Operation(
        name="lookup",
        question=f"step {p.step!r} by ID (ours: node(id)) with its neighbours' keys",
        ours=_LOOKUP_OURS,
        ours_variables={"id": global_id(NodeRef("Step", p.step))},
        reference=_LOOKUP_REFERENCE,
        reference_variables={"key": p.step},
        floor=_LOOKUP_FLOOR,
        floor_parameters={"key": p.step},
        from_ours=_lookup_ours,
        from_reference=_lookup_reference,
        from_floor=lambda rows: _step_value(rows[0]["step"] if rows else None),
        reference_note="steps(where: {key_EQ}): a list of at most one (no lookup by key "
        "or global ID without @relayId)",
    )
