"""A caller's bad request is one INFO line with its request id; ERROR is the server's.

Every kind of bad request (a validation-heavy 5 KB query, a syntax error, variables of
the wrong type, a missing token, a malformed body, a body over the limit, an expected
refusal of the API) writes exactly one log record in the whole process, at INFO, on one
line, starting with the id echoed in the response's ``X-Request-ID``. An unexpected
error is one ERROR record with its traceback. Ids a caller sends are kept when sane and
replaced otherwise. On both stores.
"""

import logging
import re
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from graph_api.store.base import GraphStore
from graph_api.store.embedded import EmbeddedStore
from tests.auth_headers import headers_for
from tests.conftest import app_client, app_settings

VIEWER = headers_for("viewer")
JSON = {"content-type": "application/json"}
# About 5 KB of unknown fields and types: a couple of hundred validation errors.
HEAVY = (
    "query($a: Nope1, $b: Nope2) { "
    + " ".join(f"nope{n}(x: {n}) {{ y }}" for n in range(220))
    + " }"
)


@pytest.fixture
async def client(store: GraphStore) -> AsyncIterator[httpx.AsyncClient]:
    """A client without a token for the production app (small body limit) on ``store``."""
    settings = app_settings().model_copy(update={"max_request_bytes": 10_000})
    async with app_client(store, settings, headers={}) as http:
        yield http


def _records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if not r.name.startswith(("httpx", "httpcore", "asyncio"))]


CASES: dict[str, dict[str, Any]] = {
    "validation-heavy query": {"json": {"query": HEAVY}, "headers": VIEWER},
    "syntax error": {"json": {"query": "{ personas { "}, "headers": VIEWER},
    "bad variable": {
        "json": {
            "query": "query($n: Int) { personas(first: $n) { totalCount } }",
            "variables": {"n": "ten\nINFO forged line"},
        },
        "headers": VIEWER,
    },
    "refused write": {
        "json": {"query": 'mutation { createPersona(input: {name: "x"}) { key } }'},
        "headers": VIEWER,
    },
    "no token": {"json": {"query": "{ personas { totalCount } }"}},
    "bad token": {"json": {"query": "{ __typename }"}, "headers": {"Authorization": "Bearer x"}},
    "malformed body": {"content": b'{"query": "\xff"}', "headers": {**VIEWER, **JSON}},
    "body over the limit": {"content": b"{" + b" " * 20_000 + b"}", "headers": {**VIEWER, **JSON}},
}


@pytest.mark.parametrize("case", list(CASES))
async def test_a_bad_request_is_one_info_line(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture, case: str
) -> None:
    request = CASES[case]
    caplog.set_level(logging.DEBUG)
    caplog.clear()
    response = await client.post("/graphql", **request)
    assert response.status_code in (200, 400, 401, 413), response.text
    assert "errors" in response.json()
    (record,) = _records(caplog)
    assert record.levelno == logging.INFO
    assert record.exc_info is None
    line = record.getMessage()
    assert "\n" not in line and "\r" not in line
    assert len(line) < 500
    assert line.startswith(f"request {response.headers['x-request-id']}: ")


async def test_the_5_kb_query_was_many_errors_in_one_line(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    assert 4_000 < len(HEAVY) < 6_000
    caplog.set_level(logging.DEBUG)
    response = await client.post("/graphql", json={"query": HEAVY}, headers=VIEWER)
    errors = response.json()["errors"]
    assert len(errors) > 100
    (record,) = _records(caplog)
    assert f"{len(errors)} GraphQL errors before execution" in record.getMessage()


@pytest.mark.parametrize(
    ("sent", "kept"),
    [
        ("4bf92f3577b34da6a3ce929d0e0e4736", True),
        ("req-2026-12-06.1:abc_~+/=", True),
        ("x" * 128, True),
        ("x" * 129, False),
        ("has space", False),
        ('quote"', False),
        ("", False),
        ("caf\u00e9", False),
    ],
)
async def test_request_ids_are_kept_when_sane(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture, sent: str, kept: bool
) -> None:
    caplog.set_level(logging.INFO)
    response = await client.post(
        "/graphql",
        json={"query": "{ nope }"},
        headers={**VIEWER, "X-Request-ID": sent.encode()},
    )
    echoed = response.headers["x-request-id"]
    if kept:
        assert echoed == sent
    else:
        assert re.fullmatch(r"[0-9a-f]{32}", echoed), echoed
    (record,) = _records(caplog)
    assert record.getMessage().startswith(f"request {echoed}: ")


async def test_good_requests_log_nothing_and_get_an_id(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    first = await client.post("/graphql", json={"query": "{ __typename }"}, headers=VIEWER)
    second = await client.get("/healthz")
    assert first.json() == {"data": {"__typename": "Query"}}
    assert first.headers["x-request-id"] != second.headers["x-request-id"]
    assert _records(caplog) == []


class FaultyStore(EmbeddedStore):
    """An embedded store whose listing fails as a bug would."""

    async def count_nodes(self) -> dict[str, int]:
        raise RuntimeError("a bug in the store")

    async def list_nodes(self, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("a bug in the store")

    async def read(self, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("a bug in the store")


async def test_a_server_fault_is_one_error_with_its_traceback(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    async with app_client(FaultyStore(":memory:"), app_settings(), headers=VIEWER) as client:
        caplog.clear()
        response = await client.post("/graphql", json={"query": "{ personas { totalCount } }"})
    assert response.json()["errors"][0]["message"] == "Unexpected error."
    (record,) = _records(caplog)
    assert record.levelno == logging.ERROR
    assert record.exc_info is not None and "a bug in the store" in str(record.exc_info[1])
    assert record.getMessage().startswith(f"request {response.headers['x-request-id']}: ")
