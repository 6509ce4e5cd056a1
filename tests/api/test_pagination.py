"""Listings over HTTP on the demo model: Relay connections, pages, search, limits.

Covers walking every page of ``steps`` with ``first``/``after`` (no duplicates, nothing
missed, ``totalCount`` and ``pageInfo`` right on every page), the default page size,
``first: 0``, ``search``, and VALIDATION for ``first`` above the maximum (100) or below
zero and for a malformed cursor.
"""

from typing import Any

import httpx
import pytest

from graph_api.store.base import GraphStore
from tests.api.helpers import validation_paths
from tests.expected_demo import DEMO_STEP_COUNT
from tests.graphql_client import gql, gql_data
from tests.snapshots import all_records

STEPS_PAGE = """
query($first: Int, $after: String, $search: String) {
  steps(first: $first, after: $after, search: $search) {
    totalCount
    edges { cursor node { key } }
    nodes { key }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}
"""


async def steps_page(client: httpx.AsyncClient, **variables: Any) -> dict[str, Any]:
    data = await gql_data(client, STEPS_PAGE, **variables)
    page: dict[str, Any] = data["steps"]
    return page


@pytest.mark.parametrize("size", [1, 10, 26, 27, 100])
async def test_walk_every_page(
    demo_client: httpx.AsyncClient, demo_store: GraphStore, size: int
) -> None:
    seen: list[str] = []
    after: str | None = None
    pages = 0
    while True:
        page = await steps_page(demo_client, first=size, after=after)
        pages += 1
        keys = [e["node"]["key"] for e in page["edges"]]
        assert [n["key"] for n in page["nodes"]] == keys
        assert page["totalCount"] == DEMO_STEP_COUNT
        info = page["pageInfo"]
        assert info["hasPreviousPage"] is (after is not None)
        assert (info["startCursor"], info["endCursor"]) == (
            page["edges"][0]["cursor"],
            page["edges"][-1]["cursor"],
        )
        seen.extend(keys)
        if not info["hasNextPage"]:
            break
        after = info["endCursor"]
    assert pages == -(-DEMO_STEP_COUNT // size)
    assert len(seen) == len(set(seen)) == DEMO_STEP_COUNT
    assert seen == sorted(seen)
    assert seen == [r.key for r in await all_records(demo_store, "Step")]


async def test_default_page_size_is_twenty(demo_client: httpx.AsyncClient) -> None:
    page = await steps_page(demo_client)
    assert (len(page["nodes"]), page["pageInfo"]["hasNextPage"]) == (20, True)


async def test_first_zero_gives_only_the_count(demo_client: httpx.AsyncClient) -> None:
    page = await steps_page(demo_client, first=0)
    assert page["totalCount"] == DEMO_STEP_COUNT
    assert (page["edges"], page["nodes"]) == ([], [])
    assert page["pageInfo"] == {
        "hasNextPage": True,
        "hasPreviousPage": False,
        "startCursor": None,
        "endCursor": None,
    }


async def test_maximum_page_size_is_accepted(demo_client: httpx.AsyncClient) -> None:
    page = await steps_page(demo_client, first=100)
    assert (len(page["nodes"]), page["pageInfo"]["hasNextPage"]) == (DEMO_STEP_COUNT, False)


@pytest.mark.parametrize("first", [101, 1000, -1])
async def test_first_out_of_range_is_validation(demo_client: httpx.AsyncClient, first: int) -> None:
    body = await gql(demo_client, STEPS_PAGE, first=first)
    assert validation_paths(body) == ["first"]
    assert body["errors"][0]["extensions"]["errors"][0]["message"] == (
        f"must be between 0 and 100, got {first}"
    )
    assert body["data"] is None


@pytest.mark.parametrize("after", ["zzz", "fr-book-engineer", "U3RlcDpmci1ib29rLWVuZ2luZWVy"])
async def test_malformed_cursor_is_validation(demo_client: httpx.AsyncClient, after: str) -> None:
    body = await gql(demo_client, STEPS_PAGE, first=5, after=after)
    assert validation_paths(body) == ["after"]


async def test_search_filters_and_counts(demo_client: httpx.AsyncClient) -> None:
    page = await steps_page(demo_client, first=100, search="ENGINEER")
    assert [n["key"] for n in page["nodes"]] == ["fr-book-engineer", "fr-wait-for-engineer"]
    assert page["totalCount"] == 2
    page = await steps_page(demo_client, first=1, search="ENGINEER")
    assert ([n["key"] for n in page["nodes"]], page["totalCount"]) == (["fr-book-engineer"], 2)
    assert page["pageInfo"]["hasNextPage"] is True
    page = await steps_page(
        demo_client, first=1, after=page["pageInfo"]["endCursor"], search="engineer"
    )
    assert [n["key"] for n in page["nodes"]] == ["fr-wait-for-engineer"]
    assert page["pageInfo"]["hasNextPage"] is False


async def test_search_without_matches(demo_client: httpx.AsyncClient) -> None:
    page = await steps_page(demo_client, first=10, search="no step says this")
    assert (page["totalCount"], page["nodes"], page["pageInfo"]["hasNextPage"]) == (0, [], False)
