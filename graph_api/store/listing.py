"""What a listing asks for: a filter tree, an order and a window; store-neutral.

The API turns its typed ``where`` and ``orderBy`` inputs into these values; the Neo4j
store compiles them to parameterised Cypher (:mod:`graph_api.store.neo4j.listing`) and
the embedded store evaluates them in memory (:mod:`graph_api.store.embedded.listing`).
Both follow the semantics written here, and one contract suite checks that they agree:

- Comparisons are two-valued: a test on a missing (null) property is false, so
  ``NOT`` of it is true. ``isNull`` is the one test that matches missing values.
- ``contains`` and ``startsWith`` compare case-sensitively (``search`` is the
  case-insensitive text match).
- Ordering puts missing values after every value ascending, before every value
  descending (as Neo4j does), and always ends with the listing's default order (key, or
  position then key), so that every node has one place and cursors are exact.
"""

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any, Literal

from graph_api.metamodel import RelationshipField, node_spec
from graph_api.store.base import NodeRecord

Operator = Literal["eq", "in", "contains", "startsWith", "gt", "gte", "lt", "lte", "isNull"]
Quantifier = Literal["some", "none", "all"]

AUDIT_FIELDS = ("key", "createdAt", "updatedAt", "version")
"""Fields every kind has besides its properties; they filter and sort like properties."""


@dataclass(frozen=True, slots=True)
class PropertyTest:
    """``name op value`` on one property (camelCase) or audit field."""

    name: str
    op: Operator
    value: Any
    """A JSON value (``in``: a tuple of them; ``isNull``: a bool); datetimes as datetime."""


@dataclass(frozen=True, slots=True)
class AllOf:
    items: tuple["Filter", ...]


@dataclass(frozen=True, slots=True)
class AnyOf:
    items: tuple["Filter", ...]


@dataclass(frozen=True, slots=True)
class Not:
    item: "Filter"


@dataclass(frozen=True, slots=True)
class Related:
    """Whether some, none or all of the nodes ``field`` leads to match ``where``."""

    field: RelationshipField
    quantifier: Quantifier
    where: "Filter | None"


Filter = PropertyTest | AllOf | AnyOf | Not | Related


@dataclass(frozen=True, slots=True)
class SortKey:
    name: str
    descending: bool = False


@dataclass(frozen=True, slots=True)
class Window:
    """Which slice of an ordered listing to return (Relay's arguments, decoded).

    ``after``/``before`` are the sort values of a cursor's node, in the order's terms.
    ``first`` and ``last`` are never both set.
    """

    first: int | None = None
    last: int | None = None
    after: tuple[Any, ...] | None = None
    before: tuple[Any, ...] | None = None


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a listing, with what Relay's ``pageInfo`` needs."""

    records: list[NodeRecord]
    total_count: int
    has_next_page: bool
    has_previous_page: bool


@cache  # asked for every list field a query resolves: a metamodel fact, computed once
def default_order(kind: str, *, positional: bool) -> tuple[SortKey, ...]:
    """Listings go by key; relationship lists of ordered kinds go by position, then key."""
    if positional and node_spec(kind).ordered:
        return (SortKey("order"), SortKey("key"))
    return (SortKey("key"),)


def effective_order(
    requested: Sequence[SortKey], kind: str, *, positional: bool
) -> tuple[SortKey, ...]:
    """The requested keys followed by the default order (without repeats): a total order."""
    named = {k.name for k in requested}
    return (
        *requested,
        *(k for k in default_order(kind, positional=positional) if k.name not in named),
    )


def value_of(record: NodeRecord, name: str) -> Any:
    """A property or audit field of a record."""
    if name == "key":
        return record.key
    if name == "createdAt":
        return record.created_at
    if name == "updatedAt":
        return record.updated_at
    if name == "version":
        return record.version
    return record.props.get(name)


def sort_values(record: NodeRecord, order: Sequence[SortKey]) -> tuple[Any, ...]:
    return tuple(value_of(record, k.name) for k in order)


def compare(a: Sequence[Any], b: Sequence[Any], order: Sequence[SortKey]) -> int:
    """-1, 0 or 1: where sort values ``a`` stand against ``b`` (missing values last ASC)."""
    for left, right, key in zip(a, b, order, strict=True):
        if left == right:
            continue
        if left is None or right is None:
            result = 1 if left is None else -1
        else:
            result = -1 if _lt(left, right) else 1
        return -result if key.descending else result
    return 0


def _lt(left: Any, right: Any) -> bool:
    if isinstance(left, datetime) and isinstance(right, datetime):
        return left.timestamp() < right.timestamp()
    return bool(left < right)


def sort_records(records: Iterable[NodeRecord], order: Sequence[SortKey]) -> list[NodeRecord]:
    """``records`` in ``order``, as :func:`compare` has it."""
    ordered = list(records)
    # One stable sort per key, least significant first; `reverse` keeps stability, and
    # reversing "missing last" gives "missing first" for DESC, as compare() does.
    for key in reversed(order):
        ordered.sort(key=_missing_last(key.name), reverse=key.descending)
    return ordered


def _missing_last(name: str) -> Callable[[NodeRecord], tuple[bool, Any]]:
    def sort_key(record: NodeRecord) -> tuple[bool, Any]:
        value = value_of(record, name)
        return (value is None, value)

    return sort_key


def window(records: Sequence[NodeRecord], order: Sequence[SortKey], span: Window) -> Page:
    """Relay's slicing of records already filtered and sorted by ``order``.

    ``hasPreviousPage`` is true when nodes come before the page (before ``after`` or cut
    by ``last``), ``hasNextPage`` when nodes follow it (from ``before`` on, or cut by
    ``first``).
    """

    def position(record: NodeRecord, cursor: Sequence[Any]) -> int:
        return compare(sort_values(record, order), cursor, order)

    inside = list(records)
    has_previous = has_next = False
    if span.after is not None:
        after = span.after
        has_previous = any(position(r, after) <= 0 for r in records)
        inside = [r for r in inside if position(r, after) > 0]
    if span.before is not None:
        before = span.before
        has_next = any(position(r, before) >= 0 for r in records)
        inside = [r for r in inside if position(r, before) < 0]
    if span.first is not None and len(inside) > span.first:
        inside, has_next = inside[: span.first], True
    if span.last is not None and len(inside) > span.last:
        inside, has_previous = inside[len(inside) - span.last :], True
    return Page(inside, len(records), has_next, has_previous)


@dataclass(frozen=True, slots=True)
class ListQuery:
    """A listing of one kind: which nodes, in which order, which slice.

    ``order`` is the full order (see :func:`effective_order`); a cursor's values in
    ``window`` are in its terms. ``text`` matches label or description, ignoring case.
    """

    where: Filter | None = None
    text: str | None = None
    order: tuple[SortKey, ...] = (SortKey("key"),)
    window: Window = Window()

    @classmethod
    def by_key(cls, first: int, after: str | None = None) -> "ListQuery":
        """The plain listing: ``first`` nodes by key after the key ``after``."""
        return cls(window=Window(first=first, after=None if after is None else (after,)))


def text_matches(record: NodeRecord, text: str) -> bool:
    """The ``search`` test: ``text`` in the label or description, ignoring case."""
    label = record.props.get(node_spec(record.kind).label_field, "")
    haystack = f"{label}\n{record.props.get('description') or ''}"
    return text.casefold() in haystack.casefold()
