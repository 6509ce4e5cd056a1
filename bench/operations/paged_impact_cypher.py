"""The Cypher of ``pagedImpact``: a summary of everything a change hits, and the first page
of hits of each kind asked for, with an explaining chain for the hits on a page only.

One statement, used by the floor (from a System) and by @neo4j/graphql's
``Query.pagedImpact`` (from a start of any kind but View: see
``bench/neo4j_graphql_typedefs.py``). Parameters: ``$key`` (the start), ``$kinds`` (the
kinds to page), ``$first`` (the page size). It runs in three passes over
:data:`~bench.operations.base.IMPACT_DEPTH` levels:

1. distances only: breadth first from the start, each level the nodes first reached
   there (as graph-api's ``impact``: forward types out, backward types in); the
   summary (counts by kind with the nearest distance, counts by distance) and the pages
   (per kind, nearest first, then key) come from these levels;
2. backwards from the hits on a page, level by level, every node one level nearer that
   leads to one: the nodes any shortest chain to a page's hit passes through;
3. forwards again over those nodes only, keeping per node the smallest chain in
   graph-api's order (nodes as [kind, key], then relationship types), so that each
   hit on a page has the very chain the full ``impact`` gives it, without a chain
   being built for any hit off the pages.

The answer is one row, one map ``pagedImpact``: ``total``, ``byKind`` (kind, count,
nearest), ``byDistance`` (distance, count), ``pages`` (kind, count, hasNextPage, items:
kind, key, label, distance, path as [type, source kind, source key, target kind, target
key] per hop).
"""

from functools import cache

from bench.operations.base import IMPACT_DEPTH
from graph_api.metamodel import NODE_KINDS
from graph_api.metamodel.impact import BACKWARD_TYPES, FORWARD_TYPES

_FORWARD = "|".join(FORWARD_TYPES)
_BACKWARD = "|".join(BACKWARD_TYPES)


def _label() -> str:
    """The label of ``n`` (the property its kind labels nodes with, as graph-api's)."""
    cases = "\n".join(
        f"    WHEN '{kind}' THEN n.{spec.label_field}" for kind, spec in NODE_KINDS.items()
    )
    return f"CASE labels(n)[0]\n{cases}\n  END"


def _distances(depth: int) -> str:
    level = f"""
CALL (frontier, seen) {{
  UNWIND frontier AS a
  CALL (a) {{
    MATCH (a)-[:{_FORWARD}]->(b) RETURN b
    UNION
    MATCH (a)<-[:{_BACKWARD}]-(b) RETURN b
  }}
  WITH b WHERE NOT b IN seen
  WITH DISTINCT b
  RETURN collect(b) AS next
}}
WITH s, next AS frontier, seen + next AS seen, levels + [next] AS levels
"""
    return "WITH s, [s] AS frontier, [s] AS seen, [] AS levels\n" + level * depth


# Hits by kind, nearest first then key; the summary; the page of each kind in $kinds.
_PAGES = """
CALL (levels) {
  UNWIND range(0, size(levels) - 1) AS i
  UNWIND levels[i] AS n
  WITH n, i + 1 AS distance
  ORDER BY distance, n.key
  WITH labels(n)[0] AS kind, collect({n: n, distance: distance}) AS hits
  RETURN collect({kind: kind, hits: hits}) AS byKind
}
WITH s, levels, byKind,
     [k IN $kinds | {kind: k, hits: head([b IN byKind WHERE b.kind = k | b.hits] + [[]])}]
       AS paged
WITH s, levels, byKind,
     [p IN paged | {kind: p.kind, count: size(p.hits), hasNextPage: size(p.hits) > $first,
                    page: p.hits[0..$first]}] AS pages
WITH s, levels, byKind, pages, reduce(all = [], p IN pages | all + p.page) AS onPages
"""


def _backwards(depth: int) -> str:
    """need<d>: the nodes at distance d that a chain to a page's hit passes through."""
    parts = [f"WITH *, [h IN onPages WHERE h.distance = {depth} | h.n] AS need{depth}\n"]
    for d in range(depth - 1, 0, -1):
        parts.append(
            f"""CALL (need{d + 1}, levels) {{
  UNWIND need{d + 1} AS b
  CALL (b) {{
    MATCH (b)<-[:{_FORWARD}]-(a) RETURN a
    UNION
    MATCH (b)-[:{_BACKWARD}]->(a) RETURN a
  }}
  WITH DISTINCT a WHERE a IN levels[{d - 1}]
  RETURN collect(a) AS up{d}
}}
WITH *, up{d} + [h IN onPages WHERE h.distance = {d} | h.n] AS need{d}
"""
        )
    return "".join(parts)


def _forwards(depth: int) -> str:
    needs = ", ".join(f"need{d}" for d in range(1, depth + 1))
    carried = f"levels, byKind, pages, {needs}"
    parts = [f"WITH s, {carried}, [{{nodes: [s], rels: []}}] AS frontier, [] AS found\n"]
    for d in range(1, depth + 1):
        parts.append(
            f"""CALL (frontier, need{d}) {{
  UNWIND frontier AS f
  WITH f, last(f.nodes) AS a
  CALL (a) {{
    MATCH (a)-[r:{_FORWARD}]->(b) RETURN r, b
    UNION
    MATCH (a)<-[r:{_BACKWARD}]-(b) RETURN r, b
  }}
  WITH f, r, b WHERE b IN need{d}
  WITH f, r, b
  ORDER BY [x IN f.nodes | [labels(x)[0], x.key]], [x IN f.rels | type(x)] + type(r)
  WITH b, head(collect({{nodes: f.nodes + b, rels: f.rels + r}})) AS chain
  RETURN collect(chain) AS next
}}
WITH s, {carried}, next AS frontier, found + next AS found
"""
        )
    return "".join(parts)


_ANSWER = f"""
WITH levels, byKind, pages, found
RETURN {{
  total: reduce(total = 0, level IN levels | total + size(level)),
  byKind: [b IN byKind | {{kind: b.kind, count: size(b.hits), nearest: b.hits[0].distance}}],
  byDistance: [i IN range(0, size(levels) - 1) WHERE size(levels[i]) > 0
               | {{distance: i + 1, count: size(levels[i])}}],
  pages: [p IN pages | {{
    kind: p.kind, count: p.count, hasNextPage: p.hasNextPage,
    items: [h IN p.page | {{
      kind: labels(h.n)[0], key: h.n.key, distance: h.distance,
      label: head([n IN [h.n] | {_label()}]),
      path: [r IN head([c IN found WHERE last(c.nodes) = h.n | c.rels])
             | [type(r), labels(startNode(r))[0], startNode(r).key,
                labels(endNode(r))[0], endNode(r).key]]
    }}]
  }}]
}} AS pagedImpact
"""


@cache
def paged_impact_cypher(start: str, depth: int = IMPACT_DEPTH) -> str:
    """The statement after ``start``, Cypher that binds the start node as ``s``."""
    return (
        start.strip()
        + "\n"
        + _distances(depth)
        + _PAGES
        + _backwards(depth)
        + _forwards(depth)
        + _ANSWER
    )


FLOOR_START = "MATCH (s:System {key: $key})"
"""The floor's start: the bench asks about a system."""
