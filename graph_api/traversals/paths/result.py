"""The result of ``paths``: the shortest relationship paths between two nodes."""

from dataclasses import dataclass, field

from graph_api.store.base import NodeRef
from graph_api.traversals.impact.result import Hop


@dataclass(frozen=True, slots=True)
class PathsQuery:
    """What ``paths`` is asked: its two ends, the longest path and how many paths."""

    source: NodeRef
    target: NodeRef
    max_length: int
    first: int


@dataclass(frozen=True, slots=True)
class GraphPath:
    """A path: its nodes from the first node to the last, and the hops between them."""

    nodes: list[NodeRef]
    hops: list[Hop]


@dataclass(frozen=True, slots=True)
class PathsResult:
    """The shortest paths between two nodes, whatever the relationships' directions.

    ``length`` is the shortest length (None when no path within the limit exists);
    ``total`` counts every path of that length; ``paths`` holds the first of them in
    order of their node sequences as (kind, key) pairs, then of their hops as
    (type, walked backwards) pairs.
    """

    length: int | None = None
    total: int = 0
    paths: list[GraphPath] = field(default_factory=list)
