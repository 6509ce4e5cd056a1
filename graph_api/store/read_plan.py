"""A read plan: the nodes a request reads and, below each, the relationship fields it
follows, executed by a store in one round trip (``GraphStore.read``).

The GraphQL layer makes a plan from a root field's selection
(:mod:`graph_api.graphql.reads`); the stores execute it: Neo4j as one Cypher statement
(:mod:`graph_api.store.neo4j.read_plan`), the embedded store as one walk of its graph
(:mod:`graph_api.store.embedded.read_plan`). The plan speaks the store's terms only
(kinds, relationship fields, :class:`~graph_api.store.listing.Filter`, sort keys,
windows), so both stores answer it the same way, and it carries the
:class:`ReadContext` every read applies in one place per store.
"""

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from graph_api.metamodel import RelationshipField
from graph_api.store.base import NodeRecord
from graph_api.store.listing import Filter, ListQuery, SortKey, Window, window

RelatedKey = tuple[str, Filter | None, tuple[SortKey, ...], Window | None]
"""What names one relationship read below a node: the field's name, its filter, its full
order and its window (None for a plain list). A field asked for twice with the same
arguments (under two aliases, or under a connection's ``nodes`` and ``edges``) is read
once; the resolvers of the reference path find their read by the same key."""


@dataclass(frozen=True, slots=True)
class ReadContext:
    """What every read of a plan is relative to. Today the present graph, always; the
    instant and scenario of a read are to be added here, and applied by each store where
    it matches nodes and relationships (one place per store)."""


@dataclass(frozen=True, slots=True)
class Properties:
    """Which stored properties a read returns per node: ``names`` (stored names, audit
    fields among them), or every property when ``everything``. Fewer properties are
    fewer values to send and decode; the answer only reads what was selected."""

    names: frozenset[str] = frozenset()
    everything: bool = False

    def __or__(self, other: "Properties") -> "Properties":
        if self.everything or other.everything:
            return EVERY_PROPERTY
        return Properties(self.names | other.names)


EVERY_PROPERTY = Properties(everything=True)


@dataclass(frozen=True, slots=True)
class FieldRead:
    """One relationship field followed from every node of the level above."""

    key: RelatedKey
    field: RelationshipField
    where: Filter | None
    order: tuple[SortKey, ...]
    """The full order (``effective_order``), which windows and cursors are in."""
    window: Window | None
    """The slice a connection returns; None for a list (every node) or a single node."""
    count: bool
    """Whether the total count is needed (a connection's ``totalCount``)."""
    properties: Properties
    below: tuple["FieldRead", ...] = ()
    page_info: bool = True
    """Whether ``hasNextPage`` and ``hasPreviousPage`` are needed (a connection's
    ``pageInfo``): a store may leave them false when not, and read no node past the
    window (a nested page otherwise reads one more node, and everything below it)."""


@dataclass(frozen=True, slots=True)
class ReadPlan:
    """The roots (nodes by key, or a listing's page) and what to read below them."""

    kind: str
    keys: tuple[str, ...] | None
    """The roots by key (a lookup), in this order, missing ones left out; else ``listing``."""
    listing: ListQuery | None
    properties: Properties
    below: tuple[FieldRead, ...] = ()
    context: ReadContext = field(default_factory=ReadContext)

    def __post_init__(self) -> None:
        if (self.keys is None) == (self.listing is None):
            raise ValueError("a read plan has keys or a listing, not both or neither")


class ReadNode:
    """A node read by a plan, with the relationship reads below it by :data:`RelatedKey`.

    A store may hand over the node's values as it read them (:meth:`as_read`) and have
    its record made only when something asks for it: an answer projected whole reads its
    plain fields from ``values``, and making a record for each of a large answer's nodes
    cost more than the rest of reading them.
    """

    __slots__ = ("_make", "_record", "related", "values")

    def __init__(
        self, record: NodeRecord, related: "dict[RelatedKey, ReadPage] | None" = None
    ) -> None:
        self._record: NodeRecord | None = record
        self._make: Callable[[Mapping[str, Any]], NodeRecord] | None = None
        self.related: dict[RelatedKey, ReadPage] = {} if related is None else related
        self.values: Mapping[str, Any] | None = None
        """The node's key and plain stored properties by stored name, as read (absent
        or null: None), when the store handed them over; else None (read ``record``)."""

    @classmethod
    def as_read(
        cls, values: Mapping[str, Any], make: Callable[[Mapping[str, Any]], NodeRecord]
    ) -> "ReadNode":
        """A node from the values a store read: ``make`` turns them into its record, once,
        when it is first asked for."""
        node = cls.__new__(cls)
        node._record = None
        node._make = make
        node.related = {}
        node.values = values
        return node

    @property
    def record(self) -> NodeRecord:
        record = self._record
        if record is None:
            assert self._make is not None and self.values is not None
            record = self._record = self._make(self.values)
        return record

    @property
    def key(self) -> str:
        values = self.values
        return str(values["key"]) if values is not None else self.record.key


@dataclass(slots=True)
class ReadPage:
    """Nodes a plan read, in order, with what ``pageInfo`` and ``totalCount`` need: a
    plan's roots (a listing's page, or the nodes of its keys in the keys' order), or what
    one relationship field of one node led to (a connection's page, a list)."""

    nodes: list[ReadNode]
    total_count: int
    has_next_page: bool = False
    has_previous_page: bool = False

    @property
    def records(self) -> list[NodeRecord]:
        return [n.record for n in self.nodes]


def in_key_order(nodes: Iterable[ReadNode], keys: Sequence[str]) -> ReadPage:
    """The nodes of a plan by key in the order of ``keys`` (a key given twice counts
    once, a missing node is left out)."""
    by_key = {n.key: n for n in nodes}
    found = [by_key[k] for k in dict.fromkeys(keys) if k in by_key]
    return ReadPage(found, len(found))


def windowed(nodes: Sequence[ReadNode], read: FieldRead) -> ReadPage:
    """``nodes`` (every node passing the filter, in order) cut to ``read``'s window, with
    the page facts: Relay's slicing exactly as listings do it (``listing.window``)."""
    if read.window is None:
        return ReadPage(list(nodes), len(nodes))
    by_record = {id(n.record): n for n in nodes}
    page = window([n.record for n in nodes], read.order, read.window)
    return ReadPage(
        [by_record[id(r)] for r in page.records],
        page.total_count,
        page.has_next_page,
        page.has_previous_page,
    )
