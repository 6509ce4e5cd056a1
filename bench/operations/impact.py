"""impact: what a change to a system hits, to :data:`IMPACT_DEPTH`."""

from collections.abc import Iterable

from bench.operations.base import IMPACT_DEPTH, JSON, Operation, Parameters, Rows, Value
from graph_api.graphql.ids import global_id
from graph_api.store.base import NodeRef
from graph_api.traversals.impact.cypher import impact_query

# --- impact -----------------------------------------------------------------------------

_IMPACT_OURS = f"""
query Impact($id: ID!) {{
  impact(nodeId: $id, maxDepth: {IMPACT_DEPTH}) {{
    total
    groups {{
      items {{
        node {{ __typename key }}
        distance
        path {{ type source {{ __typename key }} target {{ __typename key }} }}
      }}
    }}
  }}
}}
"""

_IMPACT_REFERENCE = """
query Impact($kind: String!, $key: String!) {
  impact(kind: $kind, key: $key) { kind key distance path }
}
"""


def _hop(type_: str, source_kind: str, source: str, target_kind: str, target: str) -> str:
    return f"{type_} {source_kind}:{source} {target_kind}:{target}"


def _impacted(rows: Iterable[tuple[str, str, int, list[str]]]) -> Value:
    return [
        {"distance": distance, "kind": kind, "key": key, "path": path}
        for kind, key, distance, path in sorted(rows, key=lambda r: (r[2], r[0], r[1]))
    ]


def _impact_ours(data: JSON) -> Value:
    impact = data["impact"]
    items = [item for group in impact["groups"] for item in group["items"]]
    if impact["total"] != len(items):
        raise ValueError(f"impact.total is {impact['total']} for {len(items)} items")
    return _impacted(
        (
            i["node"]["__typename"],
            i["node"]["key"],
            i["distance"],
            [
                _hop(
                    h["type"],
                    h["source"]["__typename"],
                    h["source"]["key"],
                    h["target"]["__typename"],
                    h["target"]["key"],
                )
                for h in i["path"]
            ],
        )
        for i in items
    )


def _impact_reference(data: JSON) -> Value:
    return _impacted((h["kind"], h["key"], h["distance"], list(h["path"])) for h in data["impact"])


def _impact_floor(rows: Rows) -> Value:
    hits = (hit for row in rows for hit in row["hits"])  # [kind, key, nodes, rels] each
    return _impacted(
        (kind, key, len(rels), [_hop(*rel) for rel in rels]) for kind, key, _, rels in hits
    )


def impact(p: Parameters) -> Operation:
    return Operation(
        name="impact",
        question=f"what a change to system {p.system!r} hits, depth {IMPACT_DEPTH}",
        ours=_IMPACT_OURS,
        ours_variables={"id": global_id(NodeRef("System", p.system))},
        reference=_IMPACT_REFERENCE,
        reference_variables={"kind": "System", "key": p.system},
        floor=impact_query("System", IMPACT_DEPTH),
        floor_parameters={"key": p.system},
        from_ours=_impact_ours,
        from_reference=_impact_reference,
        from_floor=_impact_floor,
        reference_note="Query-level @cypher: our unrolled breadth-first walk, one map per "
        "node hit (kind, key, distance, chain as text)",
    )
