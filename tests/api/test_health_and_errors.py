"""Health endpoints and how errors reach clients.

``/healthz`` and ``/readyz`` on every store, and ``/readyz`` answering 503 when the store
is unreachable. Expected errors (GraphApiError) keep their message and code; GraphQL's
own errors (unknown field, syntax, bad variable) come without a code; anything
unexpected is masked as "Unexpected error." with no detail leaked, and logged.
"""

import logging
from collections.abc import Sequence
from typing import Any, TypeVar

import httpx
import pytest

from graph_api.errors import StoreUnavailable
from graph_api.store.base import GraphStore, NodeRecord
from graph_api.store.embedded import EmbeddedStore
from graph_api.store.read_plan import ReadPage, ReadPlan
from graph_api.store.traversal import StoreTraversal
from tests.api.helpers import only_error
from tests.conftest import app_client
from tests.graphql_client import error_codes, gql


class UnreachableStore(EmbeddedStore):
    """An embedded store whose ping fails as a lost database connection would."""

    async def ping(self) -> None:
        raise StoreUnavailable("the database at bolt://db:7687 does not answer")


T = TypeVar("T")


class BrokenStore(EmbeddedStore):
    """An embedded store whose traversal fails with an unexpected error."""

    async def traverse(self, traversal: StoreTraversal[Any, T], query: Any) -> T:
        raise RuntimeError("secret detail: password=hunter2")

    async def get_nodes(self, kind: str, keys: Sequence[str]) -> dict[str, NodeRecord]:
        raise KeyError("internal key 42")

    async def read(self, plan: ReadPlan) -> ReadPage:
        raise KeyError("internal key 42")


async def test_healthz(client: httpx.AsyncClient) -> None:
    response = await client.get("/healthz")
    assert (response.status_code, response.json()) == (200, {"status": "ok"})


async def test_readyz(client: httpx.AsyncClient, store: GraphStore) -> None:
    response = await client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ready", "store": store.name}


async def test_readyz_when_the_store_is_unreachable() -> None:
    async with app_client(UnreachableStore()) as client:
        response = await client.get("/readyz")
        assert response.status_code == 503
        assert response.json() == {
            "status": "unavailable",
            "store": "embedded",
            "code": "STORE_UNAVAILABLE",
            "message": "the database at bolt://db:7687 does not answer",
        }
        assert (await client.get("/healthz")).status_code == 200


async def test_expected_errors_keep_message_and_code(client: httpx.AsyncClient) -> None:
    body = await gql(client, 'mutation { deleteJourney(id: "ghost") { key } }')
    assert only_error(body)["message"] == "Journey 'ghost' does not exist"
    assert only_error(body)["extensions"] == {
        "code": "NOT_FOUND",
        "kind": "Journey",
        "key": "ghost",
    }
    assert only_error(body)["path"] == ["deleteJourney"]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("{ nope }", "Cannot query field 'nope' on type 'Query'."),  # no suggestions
        ("{ steps(first: 1 { totalCount } }", "Syntax Error: Expected Name, found '{'."),
        ('{ steps(first: "ten") { totalCount } }', 'Int cannot represent non-integer value: "ten"'),
    ],
)
async def test_graphql_errors_have_no_code(
    client: httpx.AsyncClient, query: str, message: str
) -> None:
    body = await gql(client, query)
    assert only_error(body)["message"] == message
    assert error_codes(body) == [""]


async def test_unexpected_errors_are_masked_and_logged(caplog: pytest.LogCaptureFixture) -> None:
    async with app_client(BrokenStore()) as client:
        with caplog.at_level(logging.ERROR, logger="graph_api.errors"):
            body = await gql(client, "{ painfulSteps(minSeverity: 3) { pain } }")
            lookup = await gql(client, '{ step(key: "x") { key } }')
    for answer, path in ((body, ["painfulSteps"]), (lookup, ["step"])):
        error = only_error(answer)
        assert error["message"] == "Unexpected error."
        assert error["path"] == path
        assert error.get("extensions", {}).get("code") is None
        assert "hunter2" not in str(answer) and "internal key" not in str(answer)
    logged = [r for r in caplog.records if r.name == "graph_api.errors"]
    assert len(logged) == 2
    assert "secret detail" in str(logged[0].exc_info[1] if logged[0].exc_info else "")


@pytest.mark.parametrize(
    ("variables", "message"),
    [({"first": "ten"}, "Int cannot represent"), ({"at": "not a date"}, "not a date")],
)
async def test_bad_variable_values_are_reported_not_masked(
    client: httpx.AsyncClient, variables: dict[str, str], message: str
) -> None:
    query = (
        "query($first: Int, $at: Date) "
        "{ measurements(first: $first, where: {at: {eq: $at}}) { totalCount } }"
    )
    body = await gql(client, query, **variables)
    assert len(body["errors"]) == 1
    assert message in body["errors"][0]["message"]
    assert "Unexpected error" not in body["errors"][0]["message"]
