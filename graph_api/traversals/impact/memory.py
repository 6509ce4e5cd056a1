"""``impact`` on the in-memory graph (twin of the Cypher in the Neo4j store).

A breadth-first walk from the start node (from each node it shows, for a view) along
the relationships that carry impact (:mod:`graph_api.metamodel.impact`): forward types
from source to target, backward types from target to source. Each level keeps, per
newly reached node, the smallest chain among those through the previous level, which
makes it the smallest of all the shortest chains (see
:class:`~graph_api.traversals.ImpactRow.result`).

The paged answer (:func:`impact_pages`) walks without chains first: the nodes reached at
each distance are all the counts and the pages need. Chains are then made for the
pages' hits only, by the same level-by-level rule restricted to the nodes on a shortest
chain to one of them (found walking back from them level by level): every shortest
chain to a hit runs through those nodes only, so each hit gets the chain the whole walk
would give it.
"""

from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Iterator, Sequence

from graph_api.metamodel.impact import BACKWARD_TYPES, FORWARD_TYPES
from graph_api.store.base import NodeRef
from graph_api.store.embedded.memory import MemoryGraph
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
    chain_nodes,
)

_FORWARD = frozenset(FORWARD_TYPES)
_BACKWARD = frozenset(BACKWARD_TYPES)

ChainKey = tuple[tuple[tuple[str, str], ...], tuple[str, ...]]
"""How chains compare: their nodes as (kind, key) pairs, then their relationship types."""


def _hits(memory: MemoryGraph, node: NodeRef) -> Iterator[tuple[Hop, NodeRef]]:
    """The relationships along which a change to ``node`` propagates, and whom they hit."""
    graph = memory.graph
    for target, types in graph.succ[node].items():
        for type_ in types:
            if type_ in _FORWARD:
                yield Hop(type_, node, target, True), target
    for source, types in graph.pred[node].items():
        for type_ in types:
            if type_ in _BACKWARD:
                yield Hop(type_, source, node, False), source


def _hit_by(memory: MemoryGraph, node: NodeRef) -> Iterator[NodeRef]:
    """The nodes a change to which propagates to ``node`` along one relationship."""
    graph = memory.graph
    for source, types in graph.pred[node].items():
        if not _FORWARD.isdisjoint(types):
            yield source
    for target, types in graph.succ[node].items():
        if not _BACKWARD.isdisjoint(types):
            yield target


def _origins(memory: MemoryGraph, start: NodeRef) -> list[NodeRef]:
    """Where the walk starts: the node itself or, for a view, every node it shows."""
    if start.kind != VIEW:
        return [start]
    return [t for _, t, type_ in memory.graph.out_edges(start, keys=True) if type_ == SHOWS]


def _levels(memory: MemoryGraph, start: NodeRef, max_depth: int) -> list[set[NodeRef]]:
    """The nodes first reached at each distance 1..``max_depth`` (no chains), until a
    level reaches nothing new.

    The hot loop of a large walk (every relationship of tens of thousands of nodes), so
    written out: no hop objects, the adjacency views looked up once."""
    successors, predecessors = memory.graph.succ, memory.graph.pred
    origins = _origins(memory, start)
    seen = {start, *origins}
    levels: list[set[NodeRef]] = []
    frontier: Collection[NodeRef] = origins
    for _ in range(max_depth):
        reached: set[NodeRef] = set()
        for node in frontier:
            for target, types in successors[node].items():
                if target not in seen and not _FORWARD.isdisjoint(types):
                    reached.add(target)
            for source, types in predecessors[node].items():
                if source not in seen and not _BACKWARD.isdisjoint(types):
                    reached.add(source)
        if not reached:
            break
        seen |= reached
        levels.append(reached)
        frontier = reached
    return levels


def _chains(
    memory: MemoryGraph,
    start: NodeRef,
    max_depth: int,
    within: Sequence[Collection[NodeRef]] | None = None,
) -> Iterator[ImpactRow]:
    """The smallest shortest chain to every node reached within ``max_depth``, or only
    to the nodes of ``within`` (per distance, the nodes to chain, each level holding
    every node on a shortest chain to the next level's)."""
    origins = _origins(memory, start)
    frontier: dict[NodeRef, tuple[ChainKey, list[Hop]]] = {
        o: ((((o.kind, o.key),), ()), []) for o in origins
    }
    seen = {start, *origins}
    for distance in range(1, max_depth + 1):
        wanted = None if within is None else within[distance - 1]
        reached: dict[NodeRef, tuple[ChainKey, list[Hop]]] = {}
        for node, ((nodes, types), hops) in frontier.items():
            for hop, other in _hits(memory, node):
                if other in seen if wanted is None else other not in wanted:
                    continue
                key: ChainKey = ((*nodes, (other.kind, other.key)), (*types, hop.type))
                if other not in reached or key < reached[other][0]:
                    reached[other] = (key, [*hops, hop])
        if not reached:
            break
        seen.update(reached)
        yield from (ImpactRow(node, distance, hops) for node, (_, hops) in reached.items())
        frontier = reached


def impact(memory: MemoryGraph, query: ImpactQuery) -> list[ImpactRow]:
    """Every node a change to ``query.start`` hits within ``query.max_depth`` hops,
    nearest first.

    Ordered by distance, then kind, then key; the start node itself is never listed, nor
    (for a view) the nodes it shows.
    """
    start = query.start
    if start not in memory.graph:
        return []
    rows = list(_chains(memory, start, query.max_depth))
    rows.sort(key=lambda row: (row.distance, row.node.kind, row.node.key))
    return rows


def _cone(
    memory: MemoryGraph, levels: Sequence[set[NodeRef]], targets: Collection[NodeRef]
) -> list[set[NodeRef]]:
    """Per distance, the ``targets`` there and every node on a shortest chain to one."""
    wanted = set(targets)
    cone = [level & wanted for level in levels]
    for distance in range(len(levels), 1, -1):
        below = levels[distance - 2]
        cone[distance - 2] |= {
            p for node in cone[distance - 1] for p in _hit_by(memory, node) if p in below
        }
    return cone


def _page(
    hits: list[tuple[int, str]], request: HitsRequest
) -> tuple[int, list[tuple[int, str]], bool]:
    """How many ``hits`` (sorted) come at or before the request's position, its page,
    and whether more follow."""
    before = 0 if request.after is None else bisect_right(hits, request.after)
    rest = hits[before : before + request.first + 1]
    return before, rest[: request.first], len(rest) > request.first


def impact_pages(memory: MemoryGraph, query: ImpactPagesQuery) -> ImpactPages:
    """The counts of ``query``'s walk by kind and distance, if asked, and its pages of
    hits, each hit with the chain :func:`impact` gives it."""
    start = query.start
    if start not in memory.graph:
        empty = [HitsPage(0, 0, [], False) for _ in query.pages]
        return ImpactPages([] if query.summary else None, empty)
    levels = _levels(memory, start, query.max_depth)
    counts = None
    if query.summary:
        found = Counter((n.kind, d) for d, level in enumerate(levels, 1) for n in level)
        counts = [ImpactCount(kind, d, count) for (kind, d), count in sorted(found.items())]
    by_kind: dict[str, list[tuple[int, str]]] = {r.kind: [] for r in query.pages}
    for distance, level in enumerate(levels, 1):
        for node in level:
            if node.kind in by_kind:
                by_kind[node.kind].append((distance, node.key))
    for hits in by_kind.values():
        hits.sort()
    paged = [(r, *_page(by_kind[r.kind], r)) for r in query.pages]
    targets = {NodeRef(r.kind, key) for r, _, page, _ in paged for _, key in page}
    cone = _cone(memory, levels, targets)
    chains = {row.node: row for row in _chains(memory, start, len(cone), cone)}
    pages = [
        HitsPage(
            len(by_kind[r.kind]),
            before,
            [chains[NodeRef(r.kind, key)] for _, key in page],
            has_next,
        )
        for r, before, page, has_next in paged
    ]
    nodes = {}
    if query.nodes:
        on_chains = set(chain_nodes([row for page in pages for row in page.rows]))
        nodes = {ref: record for ref in on_chains if (record := memory.get(ref)) is not None}
    return ImpactPages(counts, pages, nodes)
