"""A large body is decoded in a worker thread: seconds of JSON work do not hold others.

Bodies up to the request limit (2 MB, 32 MB for an admin's import) can take a good part of
a second to decode, all of it Python holding the event loop. Which thread decodes is
recorded, since how long decoding takes depends on the machine.
"""

import threading
from typing import Any

import httpx
import pytest

from graph_api.api.request_json import parse_json
from graph_api.store.embedded import EmbeddedStore
from tests.conftest import app_client


@pytest.fixture
def decoding_threads(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """For each body decoded: whether the event loop's thread decoded it."""
    on_loop: list[bool] = []
    loop_thread = threading.current_thread()

    def recorded(data: str | bytes) -> object:
        on_loop.append(threading.current_thread() is loop_thread)
        return parse_json(data)

    monkeypatch.setattr("graph_api.api.http.parse_json", recorded)
    return on_loop


def _body(padding: int) -> dict[str, Any]:
    """A query whose ``extensions`` carry ``padding`` small numbers (costly to decode)."""
    return {"query": "{ personas { totalCount } }", "extensions": {"pad": [7] * padding}}


async def _answer(client: httpx.AsyncClient, padding: int) -> dict[str, Any]:
    response = await client.post("/graphql", json=_body(padding))
    assert response.status_code == 200, response.text
    answer: dict[str, Any] = response.json()
    return answer


async def test_a_small_body_is_decoded_on_the_loop_a_large_one_in_a_thread(
    decoding_threads: list[bool],
) -> None:
    async with app_client(EmbeddedStore()) as client:
        small = await _answer(client, 10)
        large = await _answer(client, 600_000)  # about 1.8 MB
    assert small == large == {"data": {"personas": {"totalCount": 0}}}
    assert decoding_threads == [True, False]


async def test_a_malformed_large_body_is_refused_from_the_thread(
    decoding_threads: list[bool],
) -> None:
    body = b'{"query": "{ __typename }", "extensions": {"pad": [' + b"7," * 600_000 + b"]}}"
    async with app_client(EmbeddedStore()) as client:
        response = await client.post(
            "/graphql", content=body, headers={"Content-Type": "application/json"}
        )
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"]["code"] == "BAD_REQUEST"
    assert decoding_threads == [False]
