"""The caller is resolved once per request, off the event loop, and shared by every way in.

An API key is looked up in its file in a worker thread, read-only: answering requests
never makes the key table (only the key commands do, once per opening). GraphQL over
HTTP and the /ui pages take the answer the request gate resolved; a WebSocket resolves
its caller once, when its first operation starts, and every later operation of the
connection uses it.
"""

import asyncio
import json
import sqlite3
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
import websockets
from websockets.typing import Subprotocol

from graph_api.security import api_keys
from graph_api.security.api_keys import ApiKeyStore
from graph_api.security.authenticator import Authenticator
from graph_api.security.roles import Role
from graph_api.store.base import GraphStore
from graph_api.store.embedded import EmbeddedStore
from tests.auth_headers import headers_for
from tests.conftest import app_client, app_settings, neo4j_store
from tests.graphql_client import gql
from tests.live_server import LiveServer, live_server

READ = "{ personas(first: 1) { totalCount } }"
TIMEOUT = 10.0
"""Seconds to wait for any one WebSocket message before failing."""


@pytest.fixture
def statements(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every SQL statement run on a connection an ApiKeyStore opens from now on."""
    seen: list[str] = []
    opened = ApiKeyStore._open

    def traced(self: ApiKeyStore, *, read_only: bool) -> sqlite3.Connection:
        connection = opened(self, read_only=read_only)
        connection.set_trace_callback(seen.append)
        return connection

    monkeypatch.setattr(ApiKeyStore, "_open", traced)
    return seen


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """The Authorization values Authenticator.principal is asked to resolve, in order."""
    calls: list[str | None] = []
    resolve = Authenticator.principal

    async def counted(self: Authenticator, authorization: str | None) -> Any:
        calls.append(authorization)
        return await resolve(self, authorization)

    monkeypatch.setattr(Authenticator, "principal", counted)
    return calls


async def test_api_keys_are_looked_up_in_a_worker_thread_and_never_make_the_table(
    store: GraphStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, statements: list[str]
) -> None:
    keys = ApiKeyStore(tmp_path / "keys.db")
    _, secret = keys.create("reader", Role.VIEWER)
    _, revoked = keys.create("gone", Role.ADMIN)
    keys.revoke(revoked.split("_")[1])
    assert sum("CREATE TABLE" in s for s in statements) == 1  # once for this opening
    statements.clear()
    threads: list[int] = []
    verify = ApiKeyStore.verify

    def recorded(self: ApiKeyStore, token: str) -> api_keys.ApiKey | None:
        threads.append(threading.get_ident())
        return verify(self, token)

    monkeypatch.setattr(ApiKeyStore, "verify", recorded)
    settings = app_settings().model_copy(update={"api_keys_path": str(keys.path)})
    async with app_client(store, settings, headers={"Authorization": f"Bearer {secret}"}) as c:
        for _ in range(3):
            assert "errors" not in await gql(c, READ)
        page = await c.get("/ui/")
        assert page.status_code == 200, page.text
        refused = await c.post(
            "/graphql", json={"query": READ}, headers={"Authorization": f"Bearer {revoked}"}
        )
        assert refused.status_code == 401
    assert len(threads) == 5  # once per request
    assert threading.get_ident() not in threads  # never on the event loop's thread
    assert statements and all(s.lstrip().upper().startswith("SELECT") for s in statements)


def test_checking_a_token_creates_nothing(tmp_path: Path) -> None:
    missing = ApiKeyStore(tmp_path / "none" / "keys.db")
    assert missing.verify("gapi_0123456789ab_secret") is None
    assert not missing.path.parent.exists()
    empty_file = tmp_path / "empty.db"
    sqlite3.connect(empty_file).close()
    assert ApiKeyStore(empty_file).verify("gapi_0123456789ab_secret") is None
    with sqlite3.connect(empty_file) as db:
        assert db.execute("SELECT name FROM sqlite_master").fetchall() == []


async def test_a_ui_page_takes_the_caller_the_gate_resolved(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _counted(monkeypatch)
    viewer = headers_for("viewer", "ui-reader")
    async with app_client(store, headers=viewer) as browser:
        page = await browser.get("/ui/")
        assert page.status_code == 200, page.text
        assert calls == [viewer["Authorization"]]
        bad = await browser.get("/ui/", headers={"Authorization": "Bearer gapi_x_y"})
        assert bad.status_code == 401 and "unknown or revoked API key" in bad.text
        assert len(calls) == 2


@pytest.fixture(params=["embedded", "neo4j"])
def served(request: pytest.FixtureRequest) -> Iterator[LiveServer]:
    """A live server on a store its lifespan opens (WebSockets need a socket)."""
    if request.param == "neo4j":
        request.getfixturevalue("clean_neo4j")
    raw = neo4j_store() if request.param == "neo4j" else EmbeddedStore(":memory:")
    with live_server(raw, app_settings()) as server:
        yield server


@asynccontextmanager
async def transport_ws(server: LiveServer, init: dict[str, str]) -> AsyncIterator["TransportWs"]:
    """An acknowledged graphql-transport-ws connection whose connection_init sent ``init``."""
    async with websockets.connect(
        server.websocket_url, subprotocols=[Subprotocol("graphql-transport-ws")]
    ) as ws:
        transport = TransportWs(ws)
        await transport.send({"type": "connection_init", "payload": init})
        assert (await transport.receive())["type"] == "connection_ack"
        yield transport


class TransportWs:
    """The client side of graphql-transport-ws, each receive bounded in time."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws

    async def send(self, message: dict[str, Any]) -> None:
        await self.ws.send(json.dumps(message))

    async def receive(self) -> dict[str, Any]:
        message: dict[str, Any] = json.loads(await asyncio.wait_for(self.ws.recv(), TIMEOUT))
        return message

    async def run(self, id_: str, query: str) -> dict[str, Any]:
        """One query or mutation: its single result."""
        await self.send({"id": id_, "type": "subscribe", "payload": {"query": query}})
        message = await self.receive()
        if message["type"] == "next":
            assert await self.receive() == {"id": id_, "type": "complete"}
            payload: dict[str, Any] = message["payload"]
            return payload
        assert message["type"] == "error", message
        return {"errors": message["payload"]}


def _codes(result: dict[str, Any]) -> list[str]:
    return [error["extensions"]["code"] for error in result["errors"]]


async def test_a_websocket_resolves_its_caller_once_for_all_its_operations(
    served: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _counted(monkeypatch)
    editor = headers_for("editor", "ws-editor")
    async with transport_ws(served, editor) as ws:
        created = await ws.run(
            "1", 'mutation { createPersona(input: {name: "Wes"}) { createdBy } }'
        )
        assert created == {"data": {"createPersona": {"createdBy": "jwt:ws-editor"}}}
        assert "errors" not in await ws.run("2", READ)
        refused = await ws.run("3", 'mutation { deletePersona(id: "wes") { key } }')
        assert _codes(refused) == ["FORBIDDEN"]
    assert calls == [editor["Authorization"]]


async def test_a_websocket_with_a_bad_token_is_refused_at_each_operation(
    served: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _counted(monkeypatch)
    async with transport_ws(served, {"Authorization": "Bearer gapi_0123456789ab_nope"}) as ws:
        for id_ in ("1", "2"):
            refused = await ws.run(id_, READ)
            assert _codes(refused) == ["UNAUTHENTICATED"]
            assert refused["errors"][0]["message"] == "unknown or revoked API key"
    assert len(calls) == 1
