"""``paths`` on the in-memory graph (twin of the Cypher in the Neo4j store).

networkx finds every shortest node sequence on the undirected view of the graph; each
is then expanded into one path per choice of relationship between consecutive nodes
(two nodes may be linked by more than one relationship, e.g. NEXT both ways), as Neo4j
returns one path per relationship sequence. They are sorted by :func:`path_order` and
the page after the query's ``after`` is cut from them.
"""

from bisect import bisect_right
from itertools import pairwise, product

import networkx as nx

from graph_api.store.base import NodeRef
from graph_api.store.embedded.memory import MemoryGraph
from graph_api.traversals.impact.result import Hop
from graph_api.traversals.paths.result import GraphPath, PathsQuery, PathsResult, path_order


def _links(memory: MemoryGraph, a: NodeRef, b: NodeRef) -> list[Hop]:
    """Every relationship between ``a`` and ``b``, as a hop walked from ``a`` to ``b``."""
    graph = memory.graph
    forward = [Hop(t, a, b, True) for t in graph.get_edge_data(a, b, default={})]
    backward = [Hop(t, b, a, False) for t in graph.get_edge_data(b, a, default={})]
    return forward + backward


def paths(memory: MemoryGraph, query: PathsQuery) -> PathsResult:
    """The shortest paths from ``query.source`` to ``query.target`` ignoring direction
    (see result.py)."""
    source, target, max_length, first = query.source, query.target, query.max_length, query.first
    graph = memory.graph
    if source == target or source not in graph or target not in graph:
        return PathsResult()
    undirected = graph.to_undirected(as_view=True)
    try:
        sequences = list(nx.all_shortest_paths(undirected, source, target))
    except nx.NetworkXNoPath:
        return PathsResult()
    length = len(sequences[0]) - 1
    if length > max_length:
        return PathsResult()
    found = [
        GraphPath(nodes, list(hops))
        for nodes in sequences
        for hops in product(*(_links(memory, a, b) for a, b in pairwise(nodes)))
    ]
    found.sort(key=path_order)
    before = 0 if query.after is None else bisect_right(found, query.after, key=path_order)
    return PathsResult(length, len(found), found[before : before + first], before)
