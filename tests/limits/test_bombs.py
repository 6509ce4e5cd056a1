"""Every bomb is refused under the default limits, with its code, before the store is reached.

Each runs on both stores (the ``store`` fixture) through a :class:`CallCounter` that records
every store call: a refused bomb leaves it empty (and Neo4j's own ``query_count`` too).
The messages and numbers asserted are exactly what clients get.
"""

from dataclasses import dataclass, field
from typing import Any

import pytest

from graph_api.store.base import GraphStore
from tests.conftest import app_client
from tests.graphql_client import gql, gql_data
from tests.limits.helpers import CRM, CallCounter, operation, parents, query_count

PAGES = (
    "query($n: Int) { journeys(first: $n) { nodes { stagesConnection(first: $n) { nodes { "
    "stepsConnection(first: $n) { nodes { key } } } } } } }"
)


def _limit(limit: str, maximum: int, measured: int | None) -> dict[str, Any]:
    return {"code": "LIMIT_EXCEEDED", "limit": limit, "maximum": maximum, "measured": measured}


@dataclass(frozen=True)
class Bomb:
    name: str
    query: str
    message: str
    extensions: dict[str, Any]
    variables: dict[str, Any] = field(default_factory=dict)


BOMBS = [
    Bomb(
        "deep nesting",
        parents(14),
        "The operation is 15 levels deep; the limit is 12 (max_query_depth).",
        _limit("max_query_depth", 12, 15),
    ),
    Bomb(
        "nesting too deep to parse",
        parents(1500),
        "The document is nested too deeply to parse; the limit is 12 levels (max_query_depth).",
        _limit("max_query_depth", 12, None),
    ),
    Bomb(
        "many aliases",
        operation(*(f"a{i}: journeys(first: 1) {{ totalCount }}" for i in range(31))),
        "The document has 31 aliases; the limit is 30 (max_aliases).",
        _limit("max_aliases", 30, 31),
    ),
    Bomb(
        "huge token count",
        operation(*["__typename"] * 5000),
        "The document has more than 5000 tokens; the limit is 5000 (max_tokens).",
        _limit("max_tokens", 5000, None),
    ),
    Bomb(
        "huge comment count",
        "#\n" * 6000 + "{ __typename }",
        "The document has more than 5000 tokens; the limit is 5000 (max_tokens).",
        _limit("max_tokens", 5000, None),
    ),
    Bomb(
        "nested pages",
        PAGES.replace("query($n: Int) ", "").replace("$n", "100"),
        "The operation's estimated cost is 1020201; the limit is 100000 (max_query_cost). "
        "Ask for smaller pages (first/last), fewer nested lists or smaller filters.",
        _limit("max_query_cost", 100_000, 1_020_201),
    ),
    Bomb(
        "nested pages in variables",
        PAGES,
        "The operation's estimated cost is 1020201; the limit is 100000 (max_query_cost). "
        "Ask for smaller pages (first/last), fewer nested lists or smaller filters.",
        _limit("max_query_cost", 100_000, 1_020_201),
        {"n": 100},
    ),
    Bomb(
        "fan-out of relationship lists",
        operation(
            "journeys(first: 100) { nodes { stages { steps { touchpoints { processes { "
            "systems { key } } } } } } }"
        ),
        "The operation's estimated cost is 390601; the limit is 100000 (max_query_cost). "
        "Ask for smaller pages (first/last), fewer nested lists or smaller filters.",
        _limit("max_query_cost", 100_000, 390_601),
    ),
    Bomb(
        "costly traversals",
        operation(*(f'i{i}: impact(nodeId: "{CRM}", maxDepth: 10) {{ total }}' for i in range(11))),
        "The operation's estimated cost is 110011; the limit is 100000 (max_query_cost). "
        "Ask for smaller pages (first/last), fewer nested lists or smaller filters.",
        _limit("max_query_cost", 100_000, 110_011),
    ),
]


@pytest.mark.parametrize("bomb", BOMBS, ids=lambda bomb: bomb.name)
async def test_bomb_is_refused_before_the_store(store: GraphStore, bomb: Bomb) -> None:
    counter = CallCounter(store)
    async with app_client(counter) as client:  # type: ignore[arg-type]
        counter.calls.clear()
        reads_before = query_count(store)
        body = await gql(client, bomb.query, **bomb.variables)
        assert counter.calls == []
    assert "data" not in body  # a request error: the operation never ran
    (error,) = body["errors"]
    assert error["message"] == bomb.message
    assert error["extensions"] == bomb.extensions
    assert query_count(store) == reads_before


async def test_a_page_over_the_maximum_is_refused_before_the_store(store: GraphStore) -> None:
    """``first: 100000`` is the list's own VALIDATION error, raised before it reads."""
    counter = CallCounter(store)
    async with app_client(counter) as client:  # type: ignore[arg-type]
        counter.calls.clear()
        body = await gql(client, "{ journeys(first: 100000) { nodes { key } } }")
        assert counter.calls == []
    (error,) = body["errors"]
    assert error["message"] == "invalid arguments: first: must be between 0 and 100, got 100000"
    assert error["extensions"]["code"] == "VALIDATION"


async def test_a_batched_body_is_refused_with_400(store: GraphStore) -> None:
    counter = CallCounter(store)
    batch = [{"query": "{ journeys { totalCount } }"}, {"query": "{ steps { totalCount } }"}]
    async with app_client(counter) as client:  # type: ignore[arg-type]
        counter.calls.clear()
        response = await client.post("/graphql", json=batch)
        assert counter.calls == []
    assert response.status_code == 400
    assert response.json() == {
        "errors": [{"message": "Batching is not enabled", "extensions": {"code": "BAD_REQUEST"}}]
    }


async def test_just_under_each_limit_passes(demo_store: GraphStore) -> None:
    """The same shapes one step smaller run: the limits are where the settings say."""
    async with app_client(demo_store) as client:
        # customer-contact's parent is customer-management, which has none.
        chain = (await gql_data(client, parents(11)))["capability"]["parent"]
        assert chain == {"parent": None}
        aliases = (f"a{i}: journeys(first: 1) {{ totalCount }}" for i in range(30))
        assert len(await gql_data(client, operation(*aliases))) == 30
        # 11 tokens of query after 4989 comments: 5000 tokens.
        tokens = "#\n" * 4989 + "{ journeys(first: 1) { totalCount } }"
        assert (await gql_data(client, tokens))["journeys"]["totalCount"] == 3
        # The cost uses the request's variables: small pages cost little.
        small = await gql_data(client, PAGES, n=2)
        assert len(small["journeys"]["nodes"]) == 2
        traversals = (f'i{i}: impact(nodeId: "{CRM}", maxDepth: 3) {{ total }}' for i in range(10))
        assert len(await gql_data(client, operation(*traversals))) == 10
