"""GraphStore contract, listings: filters, orders and Relay windows (``store/listing.py``).

Run on every store: each case names the keys it expects, so both stores must agree
with the semantics written in ``graph_api/store/listing.py`` (two-valued tests, missing
values last ascending, default order as tie-break, exact cursors both ways).
"""

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from graph_api.metamodel import relationship_fields
from graph_api.store.base import AddLink, GraphStore, NodeRef, UpsertNode, WriteOp
from graph_api.store.listing import (
    AllOf,
    AnyOf,
    Filter,
    ListQuery,
    Not,
    PropertyTest,
    Related,
    SortKey,
    Window,
    effective_order,
    sort_values,
)

STEP_PAINS = relationship_fields("Step")["painPoints"]
PAIN_STEPS = relationship_fields("PainPoint")["steps"]
PAIN_EVIDENCE = relationship_fields("PainPoint")["evidence"]


def _pain(key: str, severity: int, frequency: float | None, **more: Any) -> UpsertNode:
    props: dict[str, Any] = {"name": key.replace("-", " ").title(), "severity": severity}
    if frequency is not None:
        props["frequency"] = frequency
    return UpsertNode("PainPoint", key, {**props, **more})


def _step(key: str, order: int) -> UpsertNode:
    return UpsertNode("Step", key, {"name": key.title(), "order": order})


PAINS = [
    _pain("slow-install", 5, 0.4, rootCause="Engineer visits are booked weeks out"),
    _pain("no-updates", 4, None),
    _pain("hold-music", 3, 0.9),
    _pain("bill-shock", 4, 0.2, description="First bill higher than quoted"),
    _pain("login-loop", 2, None),
    _pain("wait-at-shop", 1, 0.05),
]
GRAPH: list[WriteOp] = [
    *PAINS,
    _step("order", 1),
    _step("install", 2),
    _step("pay", 3),
    _step("browse", 4),
    UpsertNode("Evidence", "survey", {"kind": "survey", "summary": "Survey", "sampleSize": 400}),
    AddLink("AFFECTS", NodeRef("PainPoint", "login-loop"), NodeRef("Step", "order")),
    AddLink("AFFECTS", NodeRef("PainPoint", "slow-install"), NodeRef("Step", "install")),
    AddLink("AFFECTS", NodeRef("PainPoint", "no-updates"), NodeRef("Step", "install")),
    AddLink("AFFECTS", NodeRef("PainPoint", "bill-shock"), NodeRef("Step", "pay")),
    AddLink("AFFECTS", NodeRef("PainPoint", "hold-music"), NodeRef("Step", "pay")),
    AddLink("SUPPORTS", NodeRef("Evidence", "survey"), NodeRef("PainPoint", "slow-install")),
]
"""Six pain points (two without frequency), four steps (one without pain), one survey."""

ALL_PAINS = sorted(p.key for p in PAINS)


@pytest.fixture
async def graph(store: GraphStore) -> GraphStore:
    await store.write(GRAPH)
    return store


async def keys(store: GraphStore, kind: str, where: Filter | None, **more: Any) -> list[str]:
    page = await store.list_nodes(kind, ListQuery(where=where, window=Window(first=100), **more))
    assert page.total_count == len(page.records)
    return [r.key for r in page.records]


def test(name: str, op: Any, value: Any) -> PropertyTest:
    return PropertyTest(name, op, value)


test.__test__ = False  # type: ignore[attr-defined]  # a helper, not a pytest test


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        (test("severity", "eq", 4), ["bill-shock", "no-updates"]),
        (test("severity", "in", (1, 5)), ["slow-install", "wait-at-shop"]),
        (test("severity", "gt", 3), ["bill-shock", "no-updates", "slow-install"]),
        (test("severity", "gte", 4), ["bill-shock", "no-updates", "slow-install"]),
        (test("severity", "lt", 2), ["wait-at-shop"]),
        (test("severity", "lte", 2), ["login-loop", "wait-at-shop"]),
        (test("frequency", "gte", 0.4), ["hold-music", "slow-install"]),
        (test("name", "contains", "Shock"), ["bill-shock"]),
        (test("name", "contains", "shock"), []),  # case-sensitive
        (test("name", "startsWith", "Ho"), ["hold-music"]),
        (test("key", "in", ("login-loop", "nope")), ["login-loop"]),
        (test("rootCause", "contains", "weeks"), ["slow-install"]),
        (test("frequency", "isNull", True), ["login-loop", "no-updates"]),
        (
            test("frequency", "isNull", False),
            ["bill-shock", "hold-music", "slow-install", "wait-at-shop"],
        ),
        (test("version", "eq", 1), ALL_PAINS),
    ],
)
async def test_property_tests(graph: GraphStore, where: Filter, expected: list[str]) -> None:
    assert await keys(graph, "PainPoint", where) == expected


async def test_tests_on_missing_values_are_false_and_not_makes_them_true(
    graph: GraphStore,
) -> None:
    low = test("frequency", "lt", 0.3)
    assert await keys(graph, "PainPoint", low) == ["bill-shock", "wait-at-shop"]
    assert await keys(graph, "PainPoint", Not(low)) == [
        "hold-music",
        "login-loop",
        "no-updates",
        "slow-install",
    ]


async def test_and_or_not(graph: GraphStore) -> None:
    severe = test("severity", "gte", 4)
    frequent = test("frequency", "gte", 0.3)
    assert await keys(graph, "PainPoint", AllOf((severe, frequent))) == ["slow-install"]
    assert await keys(graph, "PainPoint", AnyOf((severe, frequent))) == [
        "bill-shock",
        "hold-music",
        "no-updates",
        "slow-install",
    ]
    assert await keys(graph, "PainPoint", AllOf((severe, Not(frequent)))) == [
        "bill-shock",
        "no-updates",
    ]
    assert await keys(graph, "PainPoint", AllOf(())) == ALL_PAINS
    assert await keys(graph, "PainPoint", AnyOf(())) == []


async def test_relationship_some_none_all(graph: GraphStore) -> None:
    severe = test("severity", "gte", 4)
    assert await keys(graph, "Step", Related(STEP_PAINS, "some", severe)) == ["install", "pay"]
    assert await keys(graph, "Step", Related(STEP_PAINS, "none", severe)) == ["browse", "order"]
    # "all" holds for a step without pain points; "some" with no test needs one.
    assert await keys(graph, "Step", Related(STEP_PAINS, "all", severe)) == ["browse", "install"]
    assert await keys(graph, "Step", Related(STEP_PAINS, "some", None)) == [
        "install",
        "order",
        "pay",
    ]


async def test_relationship_tests_nest_and_walk_backwards(graph: GraphStore) -> None:
    evidenced = Related(PAIN_EVIDENCE, "some", test("sampleSize", "gte", 100))
    assert await keys(graph, "Step", Related(STEP_PAINS, "some", evidenced)) == ["install"]
    early = Related(PAIN_STEPS, "some", test("order", "lte", 2))
    assert await keys(graph, "PainPoint", early) == ["login-loop", "no-updates", "slow-install"]


async def test_text_search_combines_with_where(graph: GraphStore) -> None:
    where = test("severity", "gte", 4)
    assert await keys(graph, "PainPoint", where, text="QUOTED") == ["bill-shock"]


def _order(*names: str) -> tuple[SortKey, ...]:
    requested = [SortKey(n.lstrip("-"), descending=n.startswith("-")) for n in names]
    return effective_order(requested, "PainPoint", positional=False)


@pytest.mark.parametrize(
    ("order", "expected"),
    [
        (_order(), ALL_PAINS),
        (
            _order("-severity"),
            [
                "slow-install",
                "bill-shock",
                "no-updates",
                "hold-music",
                "login-loop",
                "wait-at-shop",
            ],
        ),
        # Missing frequencies last ascending, first descending; key breaks ties.
        (
            _order("frequency"),
            [
                "wait-at-shop",
                "bill-shock",
                "slow-install",
                "hold-music",
                "login-loop",
                "no-updates",
            ],
        ),
        (
            _order("-frequency"),
            [
                "login-loop",
                "no-updates",
                "hold-music",
                "slow-install",
                "bill-shock",
                "wait-at-shop",
            ],
        ),
        (
            _order("severity", "-key"),
            [
                "wait-at-shop",
                "login-loop",
                "hold-music",
                "no-updates",
                "bill-shock",
                "slow-install",
            ],
        ),
    ],
)
async def test_orders(graph: GraphStore, order: tuple[SortKey, ...], expected: list[str]) -> None:
    assert await keys(graph, "PainPoint", None, order=order) == expected


@pytest.mark.parametrize("names", [(), ("-severity",), ("frequency",), ("-frequency", "name")])
@pytest.mark.parametrize("size", [1, 2, 4])
async def test_paging_forward_and_backward_covers_the_listing_once(
    graph: GraphStore, names: tuple[str, ...], size: int
) -> None:
    order = _order(*names)
    everything = await keys(graph, "PainPoint", None, order=order)
    forward: list[str] = []
    span = Window(first=size)
    while True:
        page = await graph.list_nodes("PainPoint", ListQuery(order=order, window=span))
        forward += [r.key for r in page.records]
        assert page.has_previous_page == (span.after is not None)
        if not page.has_next_page:
            break
        span = Window(first=size, after=sort_values(page.records[-1], order))
    assert forward == everything

    backward: list[str] = []
    span = Window(last=size)
    while True:
        page = await graph.list_nodes("PainPoint", ListQuery(order=order, window=span))
        backward = [r.key for r in page.records] + backward
        assert page.has_next_page == (span.before is not None)
        if not page.has_previous_page:
            break
        span = Window(last=size, before=sort_values(page.records[0], order))
    assert backward == everything


async def test_after_and_before_together(graph: GraphStore) -> None:
    order = _order("-severity")
    span = Window(after=(5, "slow-install"), before=(2, "login-loop"))
    page = await graph.list_nodes("PainPoint", ListQuery(order=order, window=span))
    assert [r.key for r in page.records] == ["bill-shock", "no-updates", "hold-music"]
    assert (page.has_previous_page, page.has_next_page, page.total_count) == (True, True, 6)
    span = Window(after=(5, "slow-install"), before=(2, "login-loop"), last=1)
    page = await graph.list_nodes("PainPoint", ListQuery(order=order, window=span))
    assert [r.key for r in page.records] == ["hold-music"]


async def test_cursor_of_a_deleted_node_still_places_the_page(graph: GraphStore) -> None:
    # "no-updatez" is not a key: the page starts after where it would be.
    span = Window(first=2, after=(4, "no-updatez"))
    page = await graph.list_nodes("PainPoint", ListQuery(order=_order("-severity"), window=span))
    assert [r.key for r in page.records] == ["hold-music", "login-loop"]


async def test_timestamps_filter_and_order(graph: GraphStore) -> None:
    await graph.write([_pain("hold-music", 3, 0.95)])  # updated: later updatedAt, version 2
    later = datetime.now(UTC) + timedelta(days=1)
    assert await keys(graph, "PainPoint", test("updatedAt", "lt", later)) == ALL_PAINS
    assert await keys(graph, "PainPoint", test("version", "gt", 1)) == ["hold-music"]
    order = effective_order([SortKey("updatedAt", True)], "PainPoint", positional=False)
    assert (await keys(graph, "PainPoint", None, order=order))[0] == "hold-music"


async def test_neighbours_filter_and_order(graph: GraphStore) -> None:
    order = effective_order([SortKey("severity")], "PainPoint", positional=True)
    found = await graph.neighbours(STEP_PAINS, ["install", "pay", "browse"], order=order)
    assert {k: [r.key for r in v] for k, v in found.items()} == {
        "install": ["no-updates", "slow-install"],
        "pay": ["hold-music", "bill-shock"],
        "browse": [],
    }
    where = test("severity", "gte", 4)
    found = await graph.neighbours(STEP_PAINS, ["install", "pay"], where=where)
    assert {k: [r.key for r in v] for k, v in found.items()} == {
        "install": ["no-updates", "slow-install"],
        "pay": ["bill-shock"],
    }
