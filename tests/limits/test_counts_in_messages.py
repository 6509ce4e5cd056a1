"""A refusal counting one thing says so in the singular ("1 alias", "1 level"), whatever
limits the server is configured with; the defaults' plurals are in test_bombs."""

from typing import Any

import pytest

from graph_api.store.base import GraphStore
from tests.conftest import app_client, app_settings
from tests.graphql_client import gql
from tests.limits.helpers import parents

SYSTEMS = "query($where: SystemWhere) { systems(where: $where) { totalCount } }"
NAMED_X = {"name": {"eq": "x"}}


def only_error(body: dict[str, Any]) -> str:
    assert len(body["errors"]) == 1, body
    assert body["errors"][0]["extensions"]["code"] == "LIMIT_EXCEEDED", body
    message: str = body["errors"][0]["message"]
    return message


@pytest.mark.parametrize(
    ("limits", "query", "variables", "message"),
    [
        (
            {"max_aliases": 0},
            "{ one: journeys(first: 1) { totalCount } }",
            {},
            "The document has 1 alias; the limit is 0 (max_aliases).",
        ),
        (
            {"max_aliases": 1},
            "{ one: journeys(first: 1) { totalCount } two: journeys { totalCount } }",
            {},
            "The document has 2 aliases; the limit is 1 (max_aliases).",
        ),
        (
            {"max_query_depth": 1},
            parents(1500),
            {},
            "The document is nested too deeply to parse; the limit is 1 level (max_query_depth).",
        ),
        (
            {"max_tokens": 1},
            "{ __typename }",
            {},
            "The document has more than 1 token; the limit is 1 (max_tokens).",
        ),
        (
            {"max_filter_depth": 1},
            SYSTEMS,
            {"where": NAMED_X},
            "A 'where' value nests more than 1 level of input objects; the limit is 1 "
            "(max_filter_depth).",
        ),
        (
            {"max_filter_terms": 1},
            SYSTEMS,
            {"where": NAMED_X},
            "A 'where' value has more than 1 term (fields and list elements); the limit is 1 "
            "(max_filter_terms).",
        ),
    ],
    ids=["one alias", "two aliases", "one level", "one token", "one filter level", "one term"],
)
async def test_a_count_of_one_is_singular(
    store: GraphStore, limits: dict[str, int], query: str, variables: dict[str, Any], message: str
) -> None:
    settings = app_settings().model_copy(update=limits)
    async with app_client(store, settings) as client:
        assert only_error(await gql(client, query, **variables)) == message
