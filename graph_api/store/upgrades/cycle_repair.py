"""Step 5, shared by both stores: the links that break the cycles of the hierarchies.

Writes refuse a link of a hierarchy (``RelationshipSpec.acyclic``: ``PART_OF`` between
processes, capabilities, backlog items) that would close a cycle; earlier releases
stored them. The step removes links until no cycle is left, one at a time, by one rule
that needs no order of reading (so both stores remove the same links):

    among the links on a cycle, the one the change log says was linked last; links it
    has no ``LINKED`` entry for (bulk-loaded, or written before the log was kept) count
    as linked before all others, and among those the one whose source has the greatest
    key goes (then the greatest target key).

The last link a cycle got is the one that closed it (every other was there already): the
one today's rule would have refused. Every release refused a second parent (the triples
are ``single_target``), so each node leads to at most one other, the cycles are apart,
and each loses exactly one link. Where a node has more than one parent all the same (a
store edited by hand), cycles may share nodes and links; the rule then removes links
until none is left, one per cycle or fewer, and puts back any it removed that no longer
closes a cycle once the others are gone.

The stores read each hierarchy's links and when each was last linked, ask
:func:`links_to_break`, and remove those as an unlink does (no new version of either
end, an ``UNLINKED`` entry by ``system``).
"""

from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from graph_api.metamodel import RELATIONSHIPS, RelationshipSpec
from graph_api.store.base import NodeRef
from graph_api.store.change_log import ref_text

HIERARCHIES: tuple[RelationshipSpec, ...] = tuple(spec for spec in RELATIONSHIPS if spec.acyclic)
"""The triples no chain of which may lead back to where it started."""

Graph = dict[str, set[str]]
"""A hierarchy's links by key: each source's targets (source and target are one kind)."""


@dataclass(frozen=True, slots=True)
class BrokenLink:
    """A link the step removes, and the cycle it closed (keys, from its source back)."""

    spec: RelationshipSpec
    source: str
    target: str
    cycle: tuple[str, ...]

    @property
    def source_ref(self) -> NodeRef:
        return NodeRef(self.spec.source, self.source)

    @property
    def target_ref(self) -> NodeRef:
        return NodeRef(self.spec.target, self.target)

    def describe(self) -> str:
        """``Process 'p3' PART_OF Process 'p1': removed, it closed p3 → p1 → p3``."""
        chain = " → ".join(self.cycle)
        return f"{self.source_ref} {self.spec.type} {self.target_ref}: removed, it closed {chain}"


def last_linked(
    spec: RelationshipSpec, entries: Iterable[tuple[str, str, int]]
) -> dict[tuple[str, str], int]:
    """The latest ``LINKED`` entry's seq of each link of ``spec``, by (source key, target
    key), from the change log's (source, target, seq) of its ``LINKED`` entries of type
    ``spec.type`` (``Kind:key`` texts, as the log writes them)."""
    source_kind, target_kind = (
        ref_text(NodeRef(spec.source, "")),
        ref_text(NodeRef(spec.target, "")),
    )
    found: dict[tuple[str, str], int] = {}
    for source, target, seq in entries:
        if source.startswith(source_kind) and target.startswith(target_kind):
            link = (source[len(source_kind) :], target[len(target_kind) :])
            found[link] = max(found.get(link, 0), int(seq))
    return found


def links_to_break(
    spec: RelationshipSpec,
    links: Iterable[tuple[str, str]],
    linked: Mapping[tuple[str, str], int] | None = None,
) -> list[BrokenLink]:
    """The links of ``spec`` (source key, target key) to remove so that none makes a
    cycle, by the rule of the module, ordered by source then target key. ``linked``
    gives the change log's number (seq) of a link's latest ``LINKED`` entry."""
    graph: Graph = {}
    for source, target in links:
        graph.setdefault(source, set()).add(target)
        graph.setdefault(target, set())
    broken: list[BrokenLink] = []
    for component in _components(graph):
        if _has_cycle(graph, component):
            sub = {key: graph[key] & component for key in component}
            broken += _break(spec, sub, linked or {})
    return sorted(broken, key=lambda b: (b.source, b.target))


def _break(
    spec: RelationshipSpec, sub: Graph, linked: Mapping[tuple[str, str], int]
) -> list[BrokenLink]:
    """The links to remove from ``sub``, one strongly connected component of a hierarchy
    (changed in place)."""
    broken: list[BrokenLink] = []
    pending = [frozenset(sub)]
    while pending:
        component = pending.pop()
        # Every link within a strongly connected component lies on a cycle.
        source, target = max(
            ((s, t) for s in component for t in sub[s] & component),
            key=lambda link: (linked.get(link, 0), link),
        )
        cycle = (source, *_path(sub, target, source))
        broken.append(BrokenLink(spec, source, target, cycle))
        sub[source].discard(target)
        within = {key: sub[key] & component for key in component}
        pending += [c for c in _components(within) if _has_cycle(within, c)]
    # Cycles sharing links (two parents, stored by hand) can make a later removal break
    # a cycle an earlier one was for: such an earlier link is put back, so that each
    # link removed is one whose return would close a cycle again.
    kept: list[BrokenLink] = []
    for link in broken:
        if _reaches(sub, link.target, link.source):
            kept.append(link)
        else:
            sub[link.source].add(link.target)
    return kept


def _reaches(graph: Mapping[str, set[str]], start: str, end: str) -> bool:
    seen, frontier = {start}, [start]
    while frontier:
        here = frontier.pop()
        if here == end:
            return True
        for following in graph[here] - seen:
            seen.add(following)
            frontier.append(following)
    return False


def _has_cycle(graph: Mapping[str, set[str]], component: frozenset[str]) -> bool:
    if len(component) > 1:
        return True
    (only,) = component
    return only in graph[only]


def _path(graph: Mapping[str, set[str]], start: str, end: str) -> list[str]:
    """The shortest chain of links from ``start`` to ``end`` (both included), the
    smaller key first among chains as short: the cycle a removed link is named by."""
    if start == end:
        return [end]
    came_from: dict[str, str] = {start: start}
    queue = deque([start])
    while queue:
        here = queue.popleft()
        for following in sorted(graph[here]):
            if following in came_from:
                continue
            came_from[following] = here
            if following == end:
                path = [end]
                while path[-1] != start:
                    path.append(came_from[path[-1]])
                return path[::-1]
            queue.append(following)
    raise AssertionError(f"{end!r} is not reachable from {start!r}")  # pragma: no cover


def _components(graph: Mapping[str, set[str]]) -> list[frozenset[str]]:
    """The strongly connected components of ``graph`` (Tarjan's, without recursion: a
    chain may be as long as the store)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[frozenset[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        walk = [(root, iter(sorted(graph[root])))]
        while walk:
            node, targets = walk[-1]
            following = next(targets, None)
            if following is None:
                walk.pop()
                if walk:
                    parent = walk[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    members: set[str] = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        members.add(member)
                        if member == node:
                            break
                    found.append(frozenset(members))
            elif following not in index:
                index[following] = low[following] = len(index)
                stack.append(following)
                on_stack.add(following)
                walk.append((following, iter(sorted(graph[following]))))
            elif following in on_stack:
                low[node] = min(low[node], index[following])
    return found
