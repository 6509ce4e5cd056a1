"""``impact`` on the in-memory graph (twin of the Cypher in the Neo4j store).

A breadth-first walk from the start node (from each node it shows, for a view) along
the relationships that carry impact (:mod:`graph_api.metamodel.impact`): forward types
from source to target, backward types from target to source. Each level keeps, per
newly reached node, the smallest chain among those through the previous level, which
makes it the smallest of all the shortest chains (see
:class:`~graph_api.traversals.ImpactRow.result`).
"""

from collections.abc import Iterator

from graph_api.metamodel.impact import BACKWARD_TYPES, FORWARD_TYPES
from graph_api.store.base import NodeRef
from graph_api.store.embedded.memory import MemoryGraph
from graph_api.traversals.impact.result import SHOWS, VIEW, Hop, ImpactQuery, ImpactRow

_FORWARD = frozenset(FORWARD_TYPES)
_BACKWARD = frozenset(BACKWARD_TYPES)

ChainKey = tuple[tuple[tuple[str, str], ...], tuple[str, ...]]
"""How chains compare: their nodes as (kind, key) pairs, then their relationship types."""


def _hits(memory: MemoryGraph, node: NodeRef) -> Iterator[tuple[Hop, NodeRef]]:
    """The relationships along which a change to ``node`` propagates, and whom they hit."""
    for _, target, type_ in memory.graph.out_edges(node, keys=True):
        if type_ in _FORWARD:
            yield Hop(type_, node, target, True), target
    for source, _, type_ in memory.graph.in_edges(node, keys=True):
        if type_ in _BACKWARD:
            yield Hop(type_, source, node, False), source


def _origins(memory: MemoryGraph, start: NodeRef) -> list[NodeRef]:
    """Where the walk starts: the node itself or, for a view, every node it shows."""
    if start.kind != VIEW:
        return [start]
    return [t for _, t, type_ in memory.graph.out_edges(start, keys=True) if type_ == SHOWS]


def impact(memory: MemoryGraph, query: ImpactQuery) -> list[ImpactRow]:
    """Every node a change to ``query.start`` hits within ``query.max_depth`` hops,
    nearest first.

    Ordered by distance, then kind, then key; the start node itself is never listed, nor
    (for a view) the nodes it shows.
    """
    start, max_depth = query.start, query.max_depth
    if start not in memory.graph:
        return []
    origins = _origins(memory, start)
    frontier: dict[NodeRef, tuple[ChainKey, list[Hop]]] = {
        o: ((((o.kind, o.key),), ()), []) for o in origins
    }
    seen = {start, *origins}
    rows: list[ImpactRow] = []
    for distance in range(1, max_depth + 1):
        reached: dict[NodeRef, tuple[ChainKey, list[Hop]]] = {}
        for node, ((nodes, types), hops) in frontier.items():
            for hop, other in _hits(memory, node):
                if other in seen:
                    continue
                key: ChainKey = ((*nodes, (other.kind, other.key)), (*types, hop.type))
                if other not in reached or key < reached[other][0]:
                    reached[other] = (key, [*hops, hop])
        if not reached:
            break
        seen.update(reached)
        rows.extend(ImpactRow(node, distance, hops) for node, (_, hops) in reached.items())
        frontier = reached
    rows.sort(key=lambda row: (row.distance, row.node.kind, row.node.key))
    return rows
