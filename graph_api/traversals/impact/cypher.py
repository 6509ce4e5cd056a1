"""``impact`` in Cypher: one query, a breadth-first walk unrolled level by level.

Its in-memory twin is :mod:`graph_api.traversals.impact.memory`. A quantified
path pattern with ``SHORTEST`` would be the obvious shape, but its hops must be walked
out along some types and in along others, which needs an undirected pattern with a
direction predicate; Neo4j 5.26 enumerates such patterns instead of searching them
breadth-first (over a minute at depth 10 on the demo model). So the query repeats one
level per allowed depth: from the frontier, follow forward types out and backward types
in to nodes not seen yet, and keep per new node the smallest chain (nodes as
[kind, key] pairs, then relationship types), exactly as the embedded store does. The
text depends only on the start kind and the depth, both checked against the metamodel
and 1..10, never on client text; the key travels as ``$key``.
"""

from functools import cache
from typing import Any

from graph_api.metamodel.impact import BACKWARD_TYPES, FORWARD_TYPES
from graph_api.store.base import NodeRef
from graph_api.store.neo4j.cypher import label, node_map
from graph_api.store.neo4j.records import to_record
from graph_api.store.traversal import RunQuery
from graph_api.traversals.impact.result import (
    SHOWS,
    VIEW,
    HitsPage,
    HitsRequest,
    Hop,
    ImpactCount,
    ImpactPages,
    ImpactPagesQuery,
    ImpactQuery,
    ImpactRow,
)

MAX_DEPTH = 10

_LEVEL = f"""
CALL (frontier, seen) {{
  UNWIND frontier AS f
  WITH f, last(f.nodes) AS a
  CALL (a) {{
    MATCH (a)-[r:{"|".join(FORWARD_TYPES)}]->(b) RETURN r, b
    UNION
    MATCH (a)<-[r:{"|".join(BACKWARD_TYPES)}]-(b) RETURN r, b
  }}
  WITH f, r, b WHERE NOT b IN seen
  WITH f, r, b
  ORDER BY [x IN f.nodes | [labels(x)[0], x.key]], [x IN f.rels | type(x)] + type(r)
  WITH b, head(collect({{nodes: f.nodes + b, rels: f.rels + r}})) AS chain
  RETURN collect(chain) AS next
}}
WITH next AS frontier, seen + [c IN next | last(c.nodes)] AS seen, found + next AS found
"""

# One row holding every hit as [kind, key, nodes, rels]: the driver reads one large
# record several times faster than thousands of small ones.
_RETURN = """
UNWIND found AS chain
WITH last(chain.nodes) AS n, chain
WITH labels(n)[0] AS kind, n.key AS key,
     [x IN chain.nodes | [labels(x)[0], x.key]] AS nodes,
     [r IN chain.rels | [type(r), labels(startNode(r))[0], startNode(r).key,
                         labels(endNode(r))[0], endNode(r).key]] AS rels
ORDER BY size(rels), kind, key
RETURN collect([kind, key, nodes, rels]) AS hits
"""


# A view: everything it shows changes, so the walk starts from each of those nodes.
_VIEW_START = f"""
MATCH (v:{label(VIEW)} {{key: $key}})
OPTIONAL MATCH (v)-[:{SHOWS}]->(s)
WITH v, collect(DISTINCT s) AS shown
WITH [s IN shown | {{nodes: [s], rels: []}}] AS frontier, shown + v AS seen, [] AS found
"""


@cache
def impact_query(kind: str, depth: int) -> str:
    """The query for a start node of ``kind`` and a depth of 1..:data:`MAX_DEPTH`."""
    if not 1 <= depth <= MAX_DEPTH:
        raise ValueError(f"impact depth must be 1..{MAX_DEPTH}, got {depth}")
    if kind == VIEW:
        return _VIEW_START + _LEVEL * depth + _RETURN
    start = f"MATCH (s:{label(kind)} {{key: $key}})\n"
    init = "WITH [{nodes: [s], rels: []}] AS frontier, [s] AS seen, [] AS found\n"
    return start + init + _LEVEL * depth + _RETURN


class _Rows:
    """Builds :class:`ImpactRow` objects from the query's lists, making one object per
    node and per hop however many chains name it (chains share their beginnings: at
    scale, tens of thousands of chains over a few thousand hops), so that building and
    answering them costs per hop, not per mention."""

    def __init__(self) -> None:
        self._refs: dict[tuple[str, str], NodeRef] = {}
        self._hops: dict[tuple[str, str, str, str, str, bool], Hop] = {}

    def ref(self, kind: str, key: str) -> NodeRef:
        found = self._refs.get((kind, key))
        if found is None:
            found = self._refs[(kind, key)] = NodeRef(kind, key)
        return found

    def row(self, kind: str, key: str, nodes: list[list[str]], rels: list[list[str]]) -> ImpactRow:
        hops = []
        for (type_, sk, s, tk, t), (walked_kind, walked_key) in zip(rels, nodes, strict=False):
            forward = sk == walked_kind and s == walked_key  # the walk left from the source
            at = (type_, sk, s, tk, t, forward)
            found = self._hops.get(at)
            if found is None:
                found = self._hops[at] = Hop(type_, self.ref(sk, s), self.ref(tk, t), forward)
            hops.append(found)
        return ImpactRow(self.ref(kind, key), len(hops), hops)


async def impact(run: RunQuery, query: ImpactQuery) -> list[ImpactRow]:
    start = query.start
    rows = await run(impact_query(start.kind, query.max_depth), key=start.key)
    made = _Rows()
    return [made.row(*hit) for row in rows for hit in row["hits"]]


# --- The paged answer: counts and pages of hits from one walk without chains ----------

_FORWARD = "|".join(FORWARD_TYPES)
_BACKWARD = "|".join(BACKWARD_TYPES)

_REACH_START = """
MATCH (s:{label} {{key: $key}})
WITH [s] AS origins, [s] AS seen
"""

_REACH_VIEW = f"""
MATCH (v:{label(VIEW)} {{key: $key}})
OPTIONAL MATCH (v)-[:{SHOWS}]->(s)
WITH v, collect(DISTINCT s) AS shown
WITH shown AS origins, shown + v AS seen
"""

# One level of the walk without chains: the nodes first reached at the next distance.
_REACH_LEVEL = f"""
CALL (frontier, seen) {{
  UNWIND frontier AS a
  CALL (a) {{
    MATCH (a)-[:{_FORWARD}]->(b) RETURN b
    UNION
    MATCH (a)<-[:{_BACKWARD}]-(b) RETURN b
  }}
  WITH DISTINCT b WHERE NOT b IN seen
  RETURN collect(b) AS next
}}
WITH origins, next AS frontier, seen + next AS seen, levels + [next] AS levels
"""

_COUNTS = """
CALL (levels) {
  UNWIND range(1, size(levels)) AS d
  UNWIND levels[d - 1] AS n
  WITH labels(n)[0] AS kind, d, count(*) AS c
  RETURN collect([kind, d, c]) AS counts
}
"""

# The hits of the kinds asked, sorted, then each page cut from its kind's: what comes
# after the page's position, first + 1 of them (one more tells whether more follow).
_PAGES = """
CALL (levels) {
  UNWIND range(1, size(levels)) AS d
  UNWIND levels[d - 1] AS n
  WITH d, n, labels(n)[0] AS kind
  WHERE kind IN $kinds
  WITH kind, d, n
  ORDER BY kind, d, n.key
  WITH kind, collect([d, n]) AS hits
  RETURN collect({kind: kind, hits: hits}) AS by_kind
}
CALL (by_kind) {
  UNWIND $pages AS page
  WITH page, coalesce([k IN by_kind WHERE k.kind = page.kind | k.hits][0], []) AS hits
  WITH page, hits, [h IN hits WHERE page.after IS NULL OR h[0] > page.after[0]
                    OR (h[0] = page.after[0] AND h[1].key > page.after[1])] AS rest
  RETURN collect({count: size(hits), before: size(hits) - size(rest),
                  hits: rest[0..page.first], more: size(rest) > page.first}) AS pages
}
WITH origins, levels, counts, pages, reduce(t = [], p IN pages | t + p.hits) AS targets
WITH origins, levels, counts, pages, targets, [] AS cone, [] AS cones
"""

# Walking back from the pages' hits, one distance at a time (the farthest first): the
# nodes one level nearer whose change hits the cone's, plus the hits at that distance.
_CONE_LEVEL = f"""
CALL (cone, levels) {{
  UNWIND cone AS x
  CALL (x) {{
    MATCH (x)<-[:{_FORWARD}]-(p) RETURN p
    UNION
    MATCH (x)-[:{_BACKWARD}]->(p) RETURN p
  }}
  WITH DISTINCT p WHERE p IN levels[%(index)d]
  RETURN collect(p) AS nearer
}}
WITH origins, counts, pages, targets, levels,
     nearer + [t IN targets WHERE t[0] = %(distance)d AND NOT t[1] IN nearer | t[1]] AS cone,
     cones
WITH origins, counts, pages, targets, levels, cone, [cone] + cones AS cones
"""

_CHAINS_START = """
WITH counts, pages, targets, cones, [o IN origins | {nodes: [o], rels: []}] AS frontier,
     [] AS found
"""

# One level of chains, as in the whole walk, but only to nodes of the cone.
_CHAIN_LEVEL = f"""
CALL (frontier, cones) {{
  UNWIND frontier AS f
  WITH f, last(f.nodes) AS a
  CALL (a) {{
    MATCH (a)-[r:{_FORWARD}]->(b) RETURN r, b
    UNION
    MATCH (a)<-[r:{_BACKWARD}]-(b) RETURN r, b
  }}
  WITH f, r, b WHERE b IN cones[%(index)d]
  WITH f, r, b
  ORDER BY [x IN f.nodes | [labels(x)[0], x.key]], [x IN f.rels | type(x)] + type(r)
  WITH b, head(collect({{nodes: f.nodes + b, rels: f.rels + r}})) AS chain
  RETURN collect(chain) AS next
}}
WITH counts, pages, targets, cones, next AS frontier,
     found + [c IN next WHERE [%(distance)d, last(c.nodes)] IN targets] AS found
"""

_PAGES_RETURN = """
RETURN counts,
       [p IN pages | {count: p.count, before: p.before, more: p.more,
                      hits: [h IN p.hits | h[1].key]}] AS pages,
       [c IN found | [labels(last(c.nodes))[0], last(c.nodes).key,
                      [x IN c.nodes | [labels(x)[0], x.key]],
                      [r IN c.rels | [type(r), labels(startNode(r))[0], startNode(r).key,
                                      labels(endNode(r))[0], endNode(r).key]]]] AS chains
"""


# The nodes on the pages' chains, read in the same statement: the answer shows them, and
# a second round trip for them cost more than reading them here.
_CHAIN_NODES = f"""
CALL (found) {{
  UNWIND found AS c
  UNWIND c.nodes AS x
  WITH DISTINCT x
  RETURN collect([labels(x)[0], {node_map("x")}]) AS nodes
}}
WITH counts, pages, found, nodes
"""

_NODES_RETURN = ", nodes\n"


@cache
def impact_pages_query(
    kind: str, depth: int, *, summary: bool, pages: bool, nodes: bool = False
) -> str:
    """The paged answer's query from a start of ``kind`` to ``depth`` (1..:data:`MAX_DEPTH`):
    with the counts if ``summary``, with ``$pages`` (of ``$kinds``) if ``pages``, with the
    records of the nodes on the pages' chains if ``nodes`` too."""
    if not 1 <= depth <= MAX_DEPTH:
        raise ValueError(f"impact depth must be 1..{MAX_DEPTH}, got {depth}")
    start = _REACH_VIEW if kind == VIEW else _REACH_START.format(label=label(kind))
    text = start + "WITH origins, origins AS frontier, seen, [] AS levels\n"
    text += _REACH_LEVEL * depth + "WITH origins, levels\n"
    text += _COUNTS if summary else "WITH origins, levels, null AS counts\n"
    if not pages:
        return text + "RETURN counts, [] AS pages, [] AS chains\n"
    text += _PAGES
    text += "".join(_CONE_LEVEL % {"index": d - 1, "distance": d} for d in range(depth, 0, -1))
    text += _CHAINS_START
    text += "".join(_CHAIN_LEVEL % {"index": d - 1, "distance": d} for d in range(1, depth + 1))
    return text + (_CHAIN_NODES + _PAGES_RETURN + _NODES_RETURN if nodes else _PAGES_RETURN)


def _page(request: HitsRequest, found: dict[str, Any], rows: dict[NodeRef, ImpactRow]) -> HitsPage:
    hits = [rows[NodeRef(request.kind, key)] for key in found["hits"]]
    return HitsPage(int(found["count"]), int(found["before"]), hits, bool(found["more"]))


async def impact_pages(run: RunQuery, query: ImpactPagesQuery) -> ImpactPages:
    start, requests = query.start, query.pages
    with_nodes = query.nodes and bool(requests)
    text = impact_pages_query(
        start.kind, query.max_depth, summary=query.summary, pages=bool(requests), nodes=with_nodes
    )
    asked = [
        {"kind": r.kind, "first": r.first, "after": None if r.after is None else list(r.after)}
        for r in requests
    ]
    found = await run(text, key=start.key, kinds=sorted({r.kind for r in requests}), pages=asked)
    if not found:  # no such start node: nothing is hit
        counts: list[ImpactCount] | None = [] if query.summary else None
        return ImpactPages(counts, [HitsPage(0, 0, [], False) for _ in requests])
    (row,) = found
    counts = None
    if query.summary:
        counts = sorted(
            (ImpactCount(k, int(d), int(c)) for k, d, c in row["counts"]),
            key=lambda c: (c.kind, c.distance),
        )
    made = _Rows()
    chains = {hit.node: hit for hit in (made.row(*chain) for chain in row["chains"])}
    nodes = {}
    if with_nodes:
        nodes = {(record := to_record(kind, props)).ref: record for kind, props in row["nodes"]}
    pages = [_page(r, p, chains) for r, p in zip(requests, row["pages"], strict=True)]
    return ImpactPages(counts, pages, nodes)
