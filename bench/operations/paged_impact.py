"""pagedImpact: what a change to a system hits, as a person reads it: a summary (counts
by kind and by distance) and the first :data:`PAGE` hits of every kind it can hit,
nearest first, each with its explaining chain.

The kinds paged are those the metamodel lets a change to a System reach within
:data:`IMPACT_DEPTH` (:func:`reachable_kinds`), the same list for every implementation,
whether or not the data holds a hit of each. graph-api asks for one aliased ``hits``
field per kind; the floor and @neo4j/graphql run :mod:`bench.operations.paged_impact_cypher`
(the reference through its ``Query.pagedImpact`` @cypher field).
"""

from collections.abc import Iterable, Mapping
from typing import Any

from bench.operations.base import IMPACT_DEPTH, JSON, Operation, Parameters, Rows, Value
from bench.operations.paged_impact_cypher import FLOOR_START, paged_impact_cypher
from graph_api.graphql.ids import global_id
from graph_api.graphql.types.node_kind import NodeKind, enum_name, kind_name
from graph_api.metamodel.impact import BACKWARD_TYPES, FORWARD_TYPES
from graph_api.metamodel.relationships import RELATIONSHIPS
from graph_api.store.base import NodeRef

PAGE = 20
"""Hits per kind on the first page."""

START_KIND = "System"


def reachable_kinds(start: str = START_KIND, depth: int = IMPACT_DEPTH) -> tuple[str, ...]:
    """The kinds a change to a ``start`` node can hit within ``depth``, by the metamodel's
    relationships and their propagation (the start's own kind only if a walk comes back
    to it), sorted."""
    steps: dict[str, set[str]] = {}
    for rel in RELATIONSHIPS:
        if rel.type in FORWARD_TYPES:
            steps.setdefault(rel.source, set()).add(rel.target)
        elif rel.type in BACKWARD_TYPES:
            steps.setdefault(rel.target, set()).add(rel.source)
    found: set[str] = set()
    frontier = {start}
    for _ in range(depth):
        frontier = {b for a in frontier for b in steps.get(a, ())}
        found |= frontier
    return tuple(sorted(found))


def _alias(kind: str) -> str:
    return f"hits{kind}"


def ours_document(kinds: Iterable[str], first: int = PAGE) -> str:
    """graph-api's request: the summary and one aliased ``hits`` per kind."""
    hits = "".join(
        f"""
    {_alias(kind)}: hits(kind: {enum_name(kind)}, first: {first}) {{
      kind count
      items {{
        node {{ id __typename key label }}
        distance
        path {{ type source {{ key }} target {{ key }} }}
      }}
      pageInfo {{ hasNextPage endCursor }}
    }}"""
        for kind in kinds
    )
    return f"""
query PagedImpact($id: ID!) {{
  impact(nodeId: $id, maxDepth: {IMPACT_DEPTH}) {{
    summary {{
      total
      byKind {{ kind count nearest }}
      byDistance {{ distance count }}
    }}{hits}
  }}
}}
"""


REFERENCE_DOCUMENT = """
query PagedImpact($kind: String!, $key: String!, $kinds: [String!]!, $first: Int!) {
  pagedImpact(kind: $kind, key: $key, kinds: $kinds, first: $first) {
    total
    byKind { kind count nearest }
    byDistance { distance count }
    pages {
      kind count hasNextPage
      items { kind key label distance path }
    }
  }
}
"""


def _summary(total: int, by_kind: Iterable[Mapping[str, Any]], by_distance: Iterable[Any]) -> JSON:
    return {
        "total": total,
        "byKind": sorted(
            (
                {"kind": b["kind"], "count": b["count"], "nearest": b["nearest"]}
                for b in by_kind
                if b["count"]
            ),
            key=lambda b: str(b["kind"]),
        ),
        "byDistance": sorted(
            ({"distance": b["distance"], "count": b["count"]} for b in by_distance if b["count"]),
            key=lambda b: int(b["distance"]),
        ),
    }


def _item(kind: str, key: str, label: str | None, distance: int, hops: list[list[str]]) -> JSON:
    return {"kind": kind, "key": key, "label": label, "distance": distance, "path": hops}


def _page(kind: str, count: int, has_next: bool, items: list[JSON]) -> JSON:
    return {"kind": kind, "count": count, "hasNextPage": has_next, "items": items}


def _from_ours(kinds: tuple[str, ...]) -> Any:
    def normalise(data: JSON) -> Value:
        impact = data["impact"]
        summary = impact["summary"]
        # The GraphQL answer names kinds by NodeKind member (BACKLOG_ITEM), the Cypher by
        # kind name (BacklogItem).
        by_kind = [{**b, "kind": kind_name(NodeKind[b["kind"]])} for b in summary["byKind"]]
        pages = []
        for kind in kinds:
            hits = impact[_alias(kind)]
            if kind_name(NodeKind[hits["kind"]]) != kind:
                raise ValueError(f"hits(kind: {kind}) answered kind {hits['kind']}")
            items = []
            for i in hits["items"]:
                node = i["node"]
                ref = NodeRef(node["__typename"], node["key"])
                if node["id"] != global_id(ref):
                    raise ValueError(f"hit {ref.kind}:{ref.key} has id {node['id']}")
                hops = [[h["type"], h["source"]["key"], h["target"]["key"]] for h in i["path"]]
                items.append(_item(ref.kind, ref.key, node["label"], i["distance"], hops))
            has_next = bool(hits["pageInfo"]["hasNextPage"])
            pages.append(_page(kind, hits["count"], has_next, items))
        return {
            **_summary(summary["total"], by_kind, summary["byDistance"]),
            "pages": pages,
        }

    return normalise


def _from_cypher_row(row: Mapping[str, Any]) -> Value:
    """The floor's row, or @neo4j/graphql's ``pagedImpact`` (the same Cypher's answer)."""
    pages = [
        _page(
            p["kind"],
            p["count"],
            bool(p["hasNextPage"]),
            [
                _item(
                    i["kind"],
                    i["key"],
                    i["label"],
                    i["distance"],
                    [[type_, source, target] for type_, _, source, _, target in i["path"]],
                )
                for i in p["items"]
            ],
        )
        for p in row["pages"]
    ]
    return {**_summary(row["total"], row["byKind"], row["byDistance"]), "pages": pages}


def _from_floor(rows: Rows) -> Value:
    if len(rows) != 1:
        raise ValueError(f"the paged impact floor gave {len(rows)} rows, not 1")
    return _from_cypher_row(rows[0]["pagedImpact"])


def paged_impact(p: Parameters) -> Operation:
    kinds = reachable_kinds()
    return Operation(
        name="pagedImpact",
        question=f"what a change to system {p.system!r} hits, depth {IMPACT_DEPTH}: the "
        f"summary and the first {PAGE} hits of each of the {len(kinds)} kinds it can hit",
        ours=ours_document(kinds),
        ours_variables={"id": global_id(NodeRef(START_KIND, p.system))},
        reference=REFERENCE_DOCUMENT,
        reference_variables={
            "kind": START_KIND,
            "key": p.system,
            "kinds": list(kinds),
            "first": PAGE,
        },
        floor=paged_impact_cypher(FLOOR_START),
        floor_parameters={"key": p.system, "kinds": list(kinds), "first": PAGE},
        from_ours=_from_ours(kinds),
        from_reference=lambda data: _from_cypher_row(data["pagedImpact"]),
        from_floor=_from_floor,
        reference_note="Query-level @cypher: the floor's statement (distances, then "
        "chains for the pages' hits only), one map read through plain types",
    )
