"""Cursors (``graph_api/graphql/types/pagination.py``) and Relay windows (``store/listing.py``)."""

import base64
from datetime import UTC, datetime

import pytest

from graph_api.config import Settings
from graph_api.errors import FieldError, ValidationFailed
from graph_api.graphql.types.pagination import cursor_of, decode_cursor, page_window
from graph_api.store.base import NodeRecord
from graph_api.store.listing import SortKey, Window, compare, sort_records, window

T0 = datetime(2026, 1, 1, tzinfo=UTC)
BY_KEY = (SortKey("key"),)
BY_SEVERITY = (SortKey("severity", descending=True), SortKey("key"))


def record(key: str, **props: object) -> NodeRecord:
    return NodeRecord("PainPoint", key, props, T0, T0, 1)


def _b64(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


@pytest.mark.parametrize("key", ["a", "fr-book-engineer", "x" * 120])
def test_cursor_round_trip(key: str) -> None:
    assert decode_cursor(cursor_of(record(key), BY_KEY), BY_KEY, "after") == (key,)


def test_cursor_round_trip_with_timestamps_and_missing_values() -> None:
    order = (SortKey("updatedAt"), SortKey("severity"), SortKey("key"))
    values = decode_cursor(cursor_of(record("p"), order), order, "before")
    assert values == (T0, None, "p")


def test_a_cursor_of_another_order_is_refused() -> None:
    made = cursor_of(record("p", severity=3), BY_SEVERITY)
    with pytest.raises(ValidationFailed) as info:
        decode_cursor(made, BY_KEY, "after")
    assert info.value.errors == [
        FieldError("after", "this cursor comes from a listing with another orderBy")
    ]


@pytest.mark.parametrize(
    "value",
    ["", "zzz", _b64("key:p"), _b64("cursor:{"), _b64('cursor:{"o":["key"],"v":[]}'), _b64("x")],
)
def test_malformed_cursors_are_validation_errors(value: str) -> None:
    with pytest.raises(ValidationFailed) as info:
        decode_cursor(value, BY_KEY, "after")
    assert info.value.code == "VALIDATION"
    assert info.value.errors == [FieldError("after", f"{value!r} is not a valid cursor")]


def test_page_window_checks_sizes_and_first_with_last() -> None:
    settings = Settings(max_page_size=10, default_page_size=5)
    assert page_window(settings, BY_KEY, first=None, after=None) == Window(first=5)
    with pytest.raises(ValidationFailed) as info:
        page_window(settings, BY_KEY, first=11, after=None, last=-1)
    assert [e.path for e in info.value.errors] == ["last", "first", "last"]
    assert "must be between 0 and 10, got 11" in info.value.errors[1].message


def test_missing_values_sort_last_ascending_and_first_descending() -> None:
    records = [record("a", severity=2), record("b"), record("c", severity=5)]
    up = (SortKey("severity"), SortKey("key"))
    assert [r.key for r in sort_records(records, up)] == ["a", "c", "b"]
    assert [r.key for r in sort_records(records, BY_SEVERITY)] == ["b", "c", "a"]
    assert compare((None, "b"), (5, "c"), BY_SEVERITY) == -1


def test_window_first_after_and_last_before() -> None:
    records = [record(k) for k in "abcdef"]
    page = window(records, BY_KEY, Window(first=2, after=("b",)))
    assert ([r.key for r in page.records], page.has_previous_page, page.has_next_page) == (
        ["c", "d"],
        True,
        True,
    )
    page = window(records, BY_KEY, Window(last=2, before=("c",)))
    assert ([r.key for r in page.records], page.has_previous_page, page.has_next_page) == (
        ["a", "b"],
        False,
        True,
    )
    page = window(records, BY_KEY, Window(last=10))
    assert (len(page.records), page.has_previous_page, page.has_next_page, page.total_count) == (
        6,
        False,
        False,
        6,
    )
