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

from graph_api.metamodel.impact import BACKWARD_TYPES, FORWARD_TYPES
from graph_api.store.base import NodeRef
from graph_api.store.neo4j.cypher import label
from graph_api.store.traversal import RunQuery
from graph_api.traversals.impact.result import SHOWS, VIEW, Hop, ImpactQuery, ImpactRow

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


def _row(kind: str, key: str, nodes: list[list[str]], rels: list[list[str]]) -> ImpactRow:
    chain = [NodeRef(k, n) for k, n in nodes]
    hops = [
        Hop(type_, NodeRef(sk, s), NodeRef(tk, t), NodeRef(sk, s) == chain[i])
        for i, (type_, sk, s, tk, t) in enumerate(rels)
    ]
    return ImpactRow(NodeRef(kind, key), len(hops), hops)


async def impact(run: RunQuery, query: ImpactQuery) -> list[ImpactRow]:
    start = query.start
    rows = await run(impact_query(start.kind, query.max_depth), key=start.key)
    return [_row(*hit) for row in rows for hit in row["hits"]]
