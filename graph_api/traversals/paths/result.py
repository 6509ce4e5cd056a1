"""The result of ``paths``: the shortest relationship paths between two nodes."""

from dataclasses import dataclass, field

from graph_api.store.base import NodeRef
from graph_api.traversals.impact.result import Hop

PathOrder = tuple[tuple[tuple[str, str], ...], tuple[tuple[str, bool], ...]]
"""Where a path sorts among the shortest paths: its nodes as (kind, key) pairs from the
first, then its hops as (relationship type, walked backwards) pairs."""


@dataclass(frozen=True, slots=True)
class PathsQuery:
    """What ``paths`` is asked: its two ends, the longest path and how many paths.

    ``after``: only the paths that sort after this place (the order of a path already
    read, see :data:`PathOrder`); None from the first. A place rather than a count, so
    that a page read after the graph changed starts where the last one ended.
    """

    source: NodeRef
    target: NodeRef
    max_length: int
    first: int
    after: PathOrder | None = None


@dataclass(frozen=True, slots=True)
class GraphPath:
    """A path: its nodes from the first node to the last, and the hops between them."""

    nodes: list[NodeRef]
    hops: list[Hop]


def path_order(path: GraphPath) -> PathOrder:
    """Where ``path`` sorts among the shortest paths (see :class:`PathsResult`)."""
    return (
        tuple((n.kind, n.key) for n in path.nodes),
        tuple((h.type, not h.forward) for h in path.hops),
    )


@dataclass(frozen=True, slots=True)
class PathsResult:
    """The shortest paths between two nodes, whatever the relationships' directions.

    ``length`` is the shortest length (None when no path within the limit exists);
    ``total`` counts every path of that length; ``paths`` holds the first of them after
    the query's ``after`` in order of their node sequences as (kind, key) pairs, then of
    their hops as (type, walked backwards) pairs (:func:`path_order`); ``before`` counts
    the paths of that length that sort at or before ``after`` (0 without one).
    """

    length: int | None = None
    total: int = 0
    paths: list[GraphPath] = field(default_factory=list)
    before: int = 0
