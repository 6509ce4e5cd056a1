"""Filters and orders weigh in the cost model (graph_api/api/limits/filters.py).

A filter is tested on every node a listing considers, and a relationship test runs its
filter on every related node: a large ``where`` is refused before anything runs, from a
literal or a variable alike, and the largest one the default limit accepts, of each
shape tried, runs well under the request timeout on the demo model, on both stores.
"""

import time
from collections.abc import Callable
from typing import Any

import pytest
from graphql import GraphQLSchema, OperationDefinitionNode, parse

from graph_api.api.library_seams import graphql_schema
from graph_api.api.limits.cost import CostModel, estimate_cost
from graph_api.api.limits.filters import FilterTooDeep, FilterTooLarge, TooHeavy
from graph_api.api.schema import build_schema
from graph_api.config import Settings
from graph_api.store.base import GraphStore
from tests.conftest import app_client, app_settings
from tests.graphql_client import gql, gql_data
from tests.limits.helpers import CallCounter, query_count

MAX_COST = Settings().max_query_cost


@pytest.fixture(scope="module")
def schema() -> GraphQLSchema:
    return graphql_schema(build_schema(app_settings()))


def cost(schema: GraphQLSchema, query: str, variables: dict[str, Any] | None = None) -> int:
    (operation,) = parse(query).definitions
    assert isinstance(operation, OperationDefinitionNode)
    return estimate_cost(schema, operation, {}, variables, CostModel())


def two_hops(count: int, hops: tuple[str, str] = ("processes", "steps")) -> dict[str, Any]:
    """``count`` OR-ed filters, each two relationship tests deep (the shape first seen)."""
    outer, inner = hops
    return {
        "OR": [
            {outer: {"some": {inner: {"some": {"name": {"eq": f"no such name {i}"}}}}}}
            for i in range(count)
        ]
    }


SYSTEMS = "query($where: SystemWhere) { systems(where: $where) { totalCount } }"
STEPS = "query($where: StepWhere) { steps(where: $where) { totalCount } }"
NESTED = (
    "query($where: StepWhere) { journeys { nodes { stages { steps(where: $where) { key } } } } }"
)


@pytest.mark.parametrize(
    ("query", "variables", "expected"),
    [
        # A whole-graph listing tests its filter on assumed_kind_size (100) nodes; every
        # field given weighs 1, every value of an `in` 1.
        ('{ systems(where: {name: {eq: "x"}}) { totalCount } }', None, 1 + 100 * 2),
        ('{ systems(where: {key: {in: ["a", "b", "c"]}}) { totalCount } }', None, 1 + 100 * 5),
        ('{ systems(where: {name: {eq: "x", startsWith: "y"}}) { totalCount } }', None, 301),
        # Every element of a list weighs 1, `{}` too.
        ('{ systems(where: {OR: [{name: {eq: "x"}}, {}]}) { totalCount } }', None, 1 + 500),
        ('{ systems(where: {NOT: {name: {eq: "x"}}}) { totalCount } }', None, 1 + 300),
        # A quantifier adds the fan-out (5) times (1 + its filter's weight).
        (
            '{ systems(where: {processes: {some: {name: {eq: "x"}}}}) { totalCount } }',
            None,
            1 + 100 * (1 + 1 + 5 * (1 + 2)),
        ),
        ("{ systems(where: {processes: {some: {}}}) { totalCount } }", None, 1 + 100 * 7),
        # Two hops: an element weighs 1 + 1 + 1 + 5 * (1 + 17) = 93.
        (SYSTEMS, {"where": two_hops(1)}, 1 + 100 * (1 + 93)),
        (SYSTEMS, {"where": two_hops(3)}, 1 + 100 * (1 + 3 * 93)),
        # orderBy: 2 per key (an element, its field).
        ("{ systems(orderBy: [{name: ASC}, {key: DESC}]) { totalCount } }", None, 1 + 400),
        # A relationship list's filter tests the fan-out's nodes, once per parent: each of
        # the 20 x 5 stages pays 5 x 2 for its steps' filter.
        (NESTED, {"where": {"name": {"eq": "x"}}}, 1 + 20 * (1 + 5 * (1 + 5 * 2 + 5 * 1))),
        # Nothing given, nothing weighed.
        ("{ systems { totalCount } }", None, 1),
        (SYSTEMS, {"where": None}, 1),
    ],
)
def test_the_weight_of_filters_and_orders(
    schema: GraphQLSchema, query: str, variables: dict[str, Any] | None, expected: int
) -> None:
    assert cost(schema, query, variables) == expected


def test_a_value_used_many_times_counts_each_time(schema: GraphQLSchema) -> None:
    """``$w`` (8 terms: OR, an element and its 6 fields) used 6 times: 1 + 6 * 9 terms;
    used 8 times, 73 terms, over the limit of 64."""

    def spread(times: int) -> str:
        uses = ", ".join(["$w"] * times)
        return f"query($w: SystemWhere) {{ systems(where: {{OR: [{uses}]}}) {{ totalCount }} }}"

    where = two_hops(1)
    assert cost(schema, spread(6), {"w": where}) == 1 + 100 * (1 + 6 * (1 + 94))
    with pytest.raises(FilterTooLarge):
        cost(schema, spread(8), {"w": where})


@pytest.mark.parametrize(
    ("where", "refusal"),
    [
        (two_hops(30_000), FilterTooLarge),
        ({"key": {"in": [f"k{i}" for i in range(1_000_000)]}}, TooHeavy),
    ],
    ids=["30000 two-hop filters", "an in of a million keys"],
)
def test_a_huge_filter_is_refused_after_a_walk_of_what_the_limits_allow(
    schema: GraphQLSchema, where: dict[str, Any], refusal: type[Exception]
) -> None:
    """Walking either takes seconds; the limits allow 10 two-hop filters (64 terms), and
    an ``in`` of 997 keys (a weight of 999)."""
    (operation,) = parse(SYSTEMS).definitions
    assert isinstance(operation, OperationDefinitionNode)
    started = time.thread_time()
    with pytest.raises(refusal):
        estimate_cost(schema, operation, {}, {"where": where}, CostModel(), MAX_COST)
    assert time.thread_time() - started < 0.05


def refused(body: dict[str, Any]) -> dict[str, Any]:
    assert "data" not in body, body
    (error,) = body["errors"]
    extensions: dict[str, Any] = error["extensions"]
    assert extensions["code"] == "LIMIT_EXCEEDED"
    return error


@pytest.mark.parametrize(
    ("query", "hops", "count", "limit"),
    [
        (SYSTEMS, ("processes", "steps"), 30_000, "max_filter_terms"),
        (STEPS, ("touchpoints", "processes"), 30_000, "max_filter_terms"),
        (STEPS, ("touchpoints", "processes"), 10, "max_filter_terms"),
        (NESTED, ("touchpoints", "processes"), 3, "max_query_cost"),
    ],
    ids=["30000 on systems", "30000 on steps", "10 on steps", "3 on a nested list"],
)
async def test_a_heavy_filter_is_refused_before_the_store(
    demo_store: GraphStore, query: str, hops: tuple[str, str], count: int, limit: str
) -> None:
    counter = CallCounter(demo_store)
    async with app_client(counter) as client:  # type: ignore[arg-type]
        counter.calls.clear()
        reads_before = query_count(demo_store)
        error = refused(await gql(client, query, where=two_hops(count, hops)))
        assert counter.calls == []
    assert query_count(demo_store) == reads_before
    assert error["extensions"]["limit"] == limit


async def test_each_refusal_of_a_filter_names_its_limit(store: GraphStore) -> None:
    keys = {"key": {"in": [f"k{i}" for i in range(5_000)]}}
    async with app_client(store) as client:
        too_many = refused(await gql(client, SYSTEMS, where=two_hops(30_000)))
        too_heavy = refused(await gql(client, SYSTEMS, where=keys))
        costly = refused(await gql(client, NESTED, where=two_hops(3)))
        nine = await gql_data(client, SYSTEMS, where=two_hops(9))
    assert too_many["message"] == (
        "A 'where' value has more than 64 terms (fields and list elements); the limit is 64 "
        "(max_filter_terms)."
    )
    assert too_many["extensions"]["measured"] is None
    assert too_heavy["message"] == (
        "The operation's estimated cost is over the limit for its 'where' alone; the limit "
        "is 100000 (max_query_cost). Ask for smaller pages (first/last), fewer nested lists "
        "or smaller filters."
    )
    assert too_heavy["extensions"]["measured"] is None
    # 3 two-hop filters (1 + 3 * 93) on the steps of 20 x 5 stages, each with 5 steps.
    assert costly["message"] == (
        "The operation's estimated cost is 140621; the limit is 100000 (max_query_cost). "
        "Ask for smaller pages (first/last), fewer nested lists or smaller filters."
    )
    assert costly["extensions"]["measured"] == 1 + 20 * (1 + 5 * (1 + 5 * 280 + 5))
    # 9 two-hop filters have 1 + 9 * 7 = 64 terms, and cost 1 + 100 * (1 + 9 * 93).
    assert nine == {"systems": {"totalCount": 0}}


def not_chain(depth: int) -> dict[str, Any]:
    where: dict[str, Any] = {"name": {"eq": "x"}}
    for _ in range(depth):
        where = {"NOT": where}
    return where


@pytest.mark.parametrize("depth", [16, 500])
async def test_a_filter_nested_too_deep_is_refused(store: GraphStore, depth: int) -> None:
    """``{NOT: {NOT: ...}}``: 16 NOTs and the test make 17 levels, the limit is 16."""
    async with app_client(store) as client:
        error = refused(await gql(client, SYSTEMS, where=not_chain(depth)))
        literal = '{ systems(where: {NOT: {NOT: {name: {eq: "x"}}}}) { totalCount } }'
        assert (await gql_data(client, literal))["systems"] == {"totalCount": 0}
    assert error["message"] == (
        "A 'where' value nests more than 16 levels of input objects; the limit is 16 "
        "(max_filter_depth)."
    )
    assert error["extensions"] == {
        "code": "LIMIT_EXCEEDED",
        "limit": "max_filter_depth",
        "maximum": 16,
        "measured": None,
    }


Grow = Callable[[int], dict[str, Any]]

LARGEST_ACCEPTED: dict[str, tuple[str, Grow]] = {
    "two hops on systems": (SYSTEMS, lambda n: {"where": two_hops(n)}),
    "two hops on steps": (STEPS, lambda n: {"where": two_hops(n, ("touchpoints", "processes"))}),
    "two hops on a nested list": (
        NESTED,
        lambda n: {"where": two_hops(n, ("touchpoints", "processes"))},
    ),
    "one hop on steps": (
        STEPS,
        lambda n: {"where": {"OR": [{"painPoints": {"some": {"severity": {"gte": n}}}}] * n}},
    ),
    "flat OR on steps": (
        STEPS,
        lambda n: {"where": {"OR": [{"name": {"contains": f"w{i}"}} for i in range(n)]}},
    ),
    "in list on steps": (STEPS, lambda n: {"where": {"key": {"in": [f"k{i}" for i in range(n)]}}}),
    "NOT chains on steps": (STEPS, lambda n: {"where": {"AND": [not_chain(12)] * n}}),
    "order keys on steps": (
        "query($order: [StepOrderBy!]) { steps(orderBy: $order, first: 100) { nodes { key } } }",
        lambda n: {"order": [{"name": "ASC"}, {"key": "DESC"}] * (n // 2 + 1)},
    ),
}
"""Filter shapes of our own, each grown to the largest size the default limit accepts."""


def accepted(schema: GraphQLSchema, query: str, variables: dict[str, Any]) -> bool:
    try:
        return cost(schema, query, variables) <= MAX_COST
    except (FilterTooLarge, FilterTooDeep):
        return False


def largest_accepted(schema: GraphQLSchema, query: str, grow: Grow) -> int:
    low, high = 1, 100_000
    assert accepted(schema, query, grow(low))
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if accepted(schema, query, grow(middle)) else (low, middle - 1)
    return low


@pytest.mark.parametrize("shape", LARGEST_ACCEPTED)
async def test_the_largest_accepted_filter_runs_well_under_the_timeout(
    schema: GraphQLSchema, demo_store: GraphStore, shape: str
) -> None:
    query, grow = LARGEST_ACCEPTED[shape]
    n = largest_accepted(schema, query, grow)
    async with app_client(demo_store) as client:
        started = time.monotonic()
        body = await gql(client, query, **grow(n))
        took = time.monotonic() - started
        over = await gql(client, query, **grow(n + 1))
    assert "errors" not in body, body["errors"]
    assert took < 2.0, (shape, n, took)
    assert refused(over)["extensions"]["limit"] in {"max_query_cost", "max_filter_terms"}
