"""The result of ``impact``: what a change to one node hits, each with one explaining chain."""

from collections.abc import Mapping
from dataclasses import dataclass, field

from graph_api.store.base import NodeRecord, NodeRef

VIEW, SHOWS = "View", "SHOWS"
"""A change to everything a view shows is asked by naming the view: the walk starts from
each node it shows (those nodes are what changes, so they are not listed as hit)."""


@dataclass(frozen=True, slots=True)
class ImpactQuery:
    """What ``impact`` is asked: the changed node and how many hops to follow."""

    start: NodeRef
    max_depth: int


@dataclass(frozen=True, slots=True)
class Hop:
    """One relationship of a chain or path, in its stored direction.

    ``forward`` tells how the walk crossed it: from ``source`` to ``target`` (True) or
    from ``target`` to ``source`` (False).
    """

    type: str
    source: NodeRef
    target: NodeRef
    forward: bool


@dataclass(frozen=True, slots=True)
class ImpactRow:
    """A node hit by a change to the start node.

    ``distance`` is the length of the shortest propagation chain from the start node;
    ``hops`` is one such chain: among the shortest, the one whose sequence of nodes,
    compared as (kind, key) pairs, is smallest; then the smallest sequence of
    relationship types.
    """

    node: NodeRef
    distance: int
    hops: list[Hop]

    @property
    def origin(self) -> NodeRef:
        """Where the chain begins: the changed node, or for a view one node it shows."""
        first = self.hops[0]
        return first.source if first.forward else first.target


def chain_nodes(rows: list[ImpactRow]) -> list[NodeRef]:
    """Every node ``rows`` name: the nodes hit and every node of their chains."""
    return [row.node for row in rows] + [
        end for row in rows for hop in row.hops for end in (hop.source, hop.target)
    ]


@dataclass(frozen=True, slots=True)
class HitsRequest:
    """One page of hits of one kind: ``first`` hits after the position ``after``
    (a distance and a key: hits come nearest first, then by key), None for the start."""

    kind: str
    first: int
    after: tuple[int, str] | None = None


@dataclass(frozen=True, slots=True)
class ImpactPagesQuery:
    """What the paged ``impact`` is asked in one store call: the walk (start and depth),
    whether to count its hits, and any number of pages, answered from one walk."""

    start: NodeRef
    max_depth: int
    summary: bool
    pages: tuple[HitsRequest, ...] = ()
    nodes: bool = False
    """Also read the record of every node on the pages' chains (the answer shows them)
    in the same call."""


@dataclass(frozen=True, slots=True)
class ImpactCount:
    """How many nodes of ``kind`` the change hits at ``distance``."""

    kind: str
    distance: int
    count: int


@dataclass(frozen=True, slots=True)
class HitsPage:
    """A page of :class:`HitsRequest`: its hits with their chains, in order."""

    count: int
    """How many nodes of the kind the change hits in all."""
    before: int
    """How many of them come at or before the page's ``after`` position."""
    rows: list[ImpactRow]
    has_next: bool


@dataclass(frozen=True, slots=True)
class ImpactPages:
    """The answer to :class:`ImpactPagesQuery`: the counts by kind and distance (None
    unless asked for), the pages, in the order asked, and the records of the nodes on
    their chains when asked for (else empty)."""

    counts: list[ImpactCount] | None
    pages: list[HitsPage]
    nodes: Mapping[NodeRef, NodeRecord] = field(default_factory=dict)
