"""``paths`` in Cypher: one query with ``ALL SHORTEST``.

Its in-memory twin is :mod:`graph_api.traversals.paths.memory`. With both ends
bound, Neo4j searches an undirected ``ALL SHORTEST`` pattern from both sides at once,
so the quantifier can stay at the largest allowed length (10) and ``$max_length`` is a
filter: the shortest length does not depend on it. The paths are ordered in Cypher by
their order key, [node sequence as [kind, key] pairs, hops as [type, walked backwards]]
(:func:`~graph_api.traversals.paths.result.path_order`); those after ``$after`` (a key of
the same shape, compared as a list, or null) are cut to ``$first``; ``total`` counts them
all and ``before`` those at or before ``$after``. Only the two labels are spliced, from the
metamodel.
"""

from functools import cache
from typing import Any

from graph_api.store.base import NodeRef
from graph_api.store.neo4j.cypher import label
from graph_api.store.traversal import RunQuery
from graph_api.traversals.impact.result import Hop
from graph_api.traversals.paths.result import GraphPath, PathsQuery, PathsResult

MAX_LENGTH = 10

_PATHS = """
MATCH p = ALL SHORTEST (a)-[]-{1,%d}(b)
WHERE length(p) <= $max_length
WITH p, nodes(p) AS ns, relationships(p) AS rs
WITH p, [[x IN ns | [labels(x)[0], x.key]],
         [i IN range(0, size(rs) - 1) | [type(rs[i]), startNode(rs[i]) <> ns[i]]]] AS k
ORDER BY k
WITH collect({p: p, k: k}) AS found
WITH found, [f IN found WHERE $after IS NULL OR f.k > $after | f.p] AS rest
RETURN size(found) AS total,
       size(found) - size(rest) AS before,
       length(found[0].p) AS length,
       [p IN rest[0..$first] | {
         nodes: [x IN nodes(p) | [labels(x)[0], x.key]],
         rels: [r IN relationships(p) | [type(r), labels(startNode(r))[0], startNode(r).key,
                                         labels(endNode(r))[0], endNode(r).key]]
       }] AS paths
"""


@cache
def paths_query(source_kind: str, target_kind: str) -> str:
    """The query between a node of ``source_kind`` and one of ``target_kind``."""
    a, b = label(source_kind), label(target_kind)
    match = f"MATCH (a:{a} {{key: $source}}), (b:{b} {{key: $target}})"
    return match + _PATHS % MAX_LENGTH


def _path(found: dict[str, Any]) -> GraphPath:
    nodes = [NodeRef(kind, key) for kind, key in found["nodes"]]
    hops = [
        Hop(type_, NodeRef(sk, s), NodeRef(tk, t), NodeRef(sk, s) == nodes[i])
        for i, (type_, sk, s, tk, t) in enumerate(found["rels"])
    ]
    return GraphPath(nodes, hops)


async def paths(run: RunQuery, query: PathsQuery) -> PathsResult:
    source, target, max_length, first = query.source, query.target, query.max_length, query.first
    if source == target:
        return PathsResult()
    rows = await run(
        paths_query(source.kind, target.kind),
        source=source.key,
        target=target.key,
        max_length=max_length,
        first=first,
        after=None if query.after is None else [list(map(list, part)) for part in query.after],
    )
    if not rows or not rows[0]["total"]:
        return PathsResult()
    row = rows[0]
    found = [_path(p) for p in row["paths"]]
    # The length is that of any shortest path: of the page's, or of the first of all when
    # the page is empty (a cursor at the end).
    length = len(found[0].hops) if found else row["length"]
    return PathsResult(length, int(row["total"]), found, int(row["before"]))
