"""Relay pagination: page arguments checked, cursors made and read, pages as connections.

A cursor holds the sort values of its node in the listing's order (and the order's
field names, so that a cursor from another ``orderBy`` is refused rather than misread).
Cursors therefore stay exact when nodes are added or removed elsewhere in the listing.
"""

import json
from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any

from graph_api.config import Settings
from graph_api.errors import FieldError, ValidationFailed
from graph_api.graphql.ids import b64_decode, b64_encode
from graph_api.graphql.types.base import Connection, Edge, PageInfo
from graph_api.store.base import NodeRecord
from graph_api.store.listing import Page, SortKey, Window, sort_values
from graph_api.store.read_plan import ReadNode, ReadPage

_TIMESTAMPS = ("createdAt", "updatedAt")


def _order_names(order: tuple[SortKey, ...]) -> list[str]:
    return [f"-{k.name}" if k.descending else k.name for k in order]


def cursor_of(record: NodeRecord, order: tuple[SortKey, ...]) -> str:
    """The cursor of ``record`` in a listing sorted by ``order``."""
    values = [v.isoformat() if isinstance(v, datetime) else v for v in sort_values(record, order)]
    return b64_encode("cursor:" + json.dumps({"o": _order_names(order), "v": values}))


def decode_cursor(value: str, order: tuple[SortKey, ...], path: str) -> tuple[Any, ...]:
    """The sort values a cursor holds; VALIDATION if it is not a cursor of this order."""
    text = b64_decode(value) or ""
    try:
        content = json.loads(text.removeprefix("cursor:")) if text.startswith("cursor:") else {}
    except ValueError:
        content = {}
    values = content.get("v") if isinstance(content, dict) else None
    if not isinstance(values, list) or len(values) != len(content.get("o", ())):
        raise ValidationFailed([FieldError(path, f"{value!r} is not a valid cursor")])
    if content["o"] != _order_names(order):
        raise ValidationFailed(
            [FieldError(path, "this cursor comes from a listing with another orderBy")]
        )
    try:
        return tuple(
            datetime.fromisoformat(v) if k.name in _TIMESTAMPS and v is not None else v
            for k, v in zip(order, values, strict=True)
        )
    except (TypeError, ValueError):
        raise ValidationFailed([FieldError(path, f"{value!r} is not a valid cursor")]) from None


def page_size_error(settings: Settings, name: str, size: int) -> FieldError | None:
    """Why ``size`` is not an acceptable page size for argument ``name``, or None."""
    if 0 <= size <= settings.max_page_size:
        return None
    return FieldError(name, f"must be between 0 and {settings.max_page_size}, got {size}")


def page_window(
    settings: Settings,
    order: tuple[SortKey, ...],
    *,
    first: int | None,
    after: str | None,
    last: int | None = None,
    before: str | None = None,
) -> Window:
    """Relay's arguments, checked: sizes within the maximum, ``first`` or ``last``."""
    errors: list[FieldError] = []
    if first is not None and last is not None:
        errors.append(FieldError("last", "give first or last, not both"))
    for name, size in (("first", first), ("last", last)):
        if size is not None and (error := page_size_error(settings, name, size)):
            errors.append(error)
    if errors:
        raise ValidationFailed(errors, "invalid page")
    if first is None and last is None:
        first = settings.default_page_size
    return Window(
        first=first,
        last=last,
        after=None if after is None else decode_cursor(after, order, "after"),
        before=None if before is None else decode_cursor(before, order, "before"),
    )


def to_connection(
    page: Page, order: tuple[SortKey, ...], wrap: Callable[[NodeRecord], Any]
) -> Connection[Any]:
    """A store page as a Relay connection of the GraphQL objects ``wrap`` makes."""
    nodes = [wrap(r) for r in page.records]

    def edges() -> list[Edge[Any]]:
        return [Edge(node=n, make_cursor=partial(cursor_of, n.record, order)) for n in nodes]

    def page_info() -> PageInfo:
        records = page.records
        return PageInfo(
            has_next_page=page.has_next_page,
            has_previous_page=page.has_previous_page,
            start_cursor=cursor_of(records[0], order) if records else None,
            end_cursor=cursor_of(records[-1], order) if records else None,
        )

    return Connection(
        nodes=nodes, total_count=page.total_count, make_edges=edges, make_page_info=page_info
    )


def planned_connection(
    read: ReadPage, order: tuple[SortKey, ...], make: Callable[[ReadNode], Any]
) -> Connection[Any]:
    """A page a plan read as a Relay connection of the objects ``make`` makes."""
    by_record = {id(n.record): n for n in read.nodes}
    page = Page(read.records, read.total_count, read.has_next_page, read.has_previous_page)
    return to_connection(page, order, lambda record: make(by_record[id(record)]))
