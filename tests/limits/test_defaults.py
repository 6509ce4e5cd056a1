"""The default limits let reasonable queries through; the settings switch what they say.

Reasonable means what the documentation shows: the README's example, every example of
``docs/queries/*.md`` and every GraphQL block of ``docs/api.md``, and GraphiQL's
introspection query. None may meet a limit under the default settings.
"""

import re
from pathlib import Path

import httpx
import pytest
from graphql import get_introspection_query

from graph_api.config import Settings
from graph_api.store.base import GraphStore
from tests.api.traversals.graph_docs import doc_example
from tests.conftest import ROOT, app_client
from tests.graphql_client import error_codes, gql, gql_data
from tests.limits.helpers import settings

QUERY_DOCS = sorted(path.name for path in (ROOT / "docs" / "queries").glob("*.md"))
LIMIT_CODES = {"LIMIT_EXCEEDED", "TIMEOUT"}


def _graphql_blocks(path: Path) -> list[str]:
    return re.findall(r"```graphql\n(.*?)```", path.read_text(encoding="utf-8"), re.DOTALL)


def test_the_defaults() -> None:
    """The documented defaults (they are also what every other test runs under)."""
    defaults = Settings()
    assert (defaults.max_query_depth, defaults.max_aliases, defaults.max_tokens) == (12, 30, 5000)
    assert (defaults.max_query_cost, defaults.assumed_fan_out) == (100_000, 5)
    assert (defaults.request_timeout_seconds, defaults.introspection) == (10.0, True)
    shape = (defaults.max_selections, defaults.max_repeated_fields, defaults.max_selection_nesting)
    assert shape == (2000, 20, 50)
    assert (defaults.assumed_kind_size, defaults.max_filter_depth) == (100, 16)
    assert defaults.max_filter_terms == 64


def test_the_limits_are_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    env = {
        "GRAPH_API_MAX_QUERY_DEPTH": "6",
        "GRAPH_API_MAX_ALIASES": "3",
        "GRAPH_API_MAX_TOKENS": "900",
        "GRAPH_API_MAX_QUERY_COST": "700",
        "GRAPH_API_ASSUMED_FAN_OUT": "9",
        "GRAPH_API_REQUEST_TIMEOUT_SECONDS": "2.5",
        "GRAPH_API_INTROSPECTION": "false",
        "GRAPH_API_MAX_SELECTIONS": "800",
        "GRAPH_API_MAX_REPEATED_FIELDS": "4",
        "GRAPH_API_MAX_SELECTION_NESTING": "30",
        "GRAPH_API_ASSUMED_KIND_SIZE": "1000",
        "GRAPH_API_MAX_FILTER_DEPTH": "8",
        "GRAPH_API_MAX_FILTER_TERMS": "12",
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    read = Settings()
    assert (read.max_query_depth, read.max_aliases, read.max_tokens) == (6, 3, 900)
    assert (read.max_query_cost, read.assumed_fan_out) == (700, 9)
    assert (read.request_timeout_seconds, read.introspection) == (2.5, False)
    assert (read.max_selections, read.max_repeated_fields, read.max_selection_nesting) == (
        800,
        4,
        30,
    )
    assert (read.assumed_kind_size, read.max_filter_depth, read.max_filter_terms) == (1000, 8, 12)


@pytest.mark.parametrize("doc", QUERY_DOCS)
async def test_every_query_doc_example_passes_the_default_limits(
    demo_client: httpx.AsyncClient, doc: str
) -> None:
    query, shown = doc_example(doc)
    assert await gql(demo_client, query) == shown


async def test_the_readme_example_passes_the_default_limits(
    demo_client: httpx.AsyncClient,
) -> None:
    (query,) = [b for b in _graphql_blocks(ROOT / "README.md") if "painfulSteps" in b]
    await gql_data(demo_client, query)


async def test_every_api_doc_block_passes_the_default_limits(
    demo_client: httpx.AsyncClient,
) -> None:
    """In the doc's order (its mutations build on each other); some show errors on
    purpose (a stale version, a missing node), none may be a limit's."""
    blocks = _graphql_blocks(ROOT / "docs" / "api.md")
    assert len(blocks) > 10
    for block in blocks:
        body = await gql(demo_client, block)
        assert not LIMIT_CODES & set(error_codes(body)), (block, body)


async def test_graphiqls_introspection_query_passes(demo_client: httpx.AsyncClient) -> None:
    data = await gql_data(demo_client, get_introspection_query(descriptions=True))
    assert data["__schema"]["queryType"]["name"] == "Query"


async def test_introspection_can_be_turned_off(store: GraphStore) -> None:
    async with app_client(store, settings(introspection=False)) as client:
        body = await gql(client, "{ __schema { queryType { name } } }")
        assert (await gql_data(client, "{ journeys { totalCount } }"))["journeys"] == {
            "totalCount": 0
        }
    # graphql-core's rule names every introspection field asked for.
    assert [e["message"] for e in body["errors"]] == [
        "GraphQL introspection has been disabled, but the requested query contained the "
        f"field '{name}'."
        for name in ("__schema", "queryType")
    ]


async def test_unknown_fields_get_no_suggestions(client: httpx.AsyncClient) -> None:
    """Suggestions would map the schema for a client that may not introspect it."""
    body = await gql(client, "{ journeyz { totalCount } }")
    assert [e["message"] for e in body["errors"]] == [
        "Cannot query field 'journeyz' on type 'Query'."
    ]
