"""Body and query-string limits, enforced while the request is read.

``max_request_bytes`` bounds every request, ``max_import_bytes`` an admin's (whole-model
and ArchiMate imports). The gate refuses a declared ``Content-Length`` over the limit
before reading a byte, counts a body without one as it arrives and stops at the limit,
and answers 413 with a GraphQL-shaped body (``PAYLOAD_TOO_LARGE``). Driven through raw
ASGI where what was read must be counted, through httpx on both stores otherwise, and
against a real server for a 50 MB body (memory and time) and WebSocket messages.
"""

import json
import os
import time
from collections.abc import AsyncIterator, Iterator, MutableMapping
from typing import Any

import httpx
import pytest
import websockets
from websockets.typing import Subprotocol

from graph_api.api import gate
from graph_api.app import create_app
from graph_api.config import Settings
from graph_api.store.base import GraphStore
from graph_api.store.embedded import EmbeddedStore
from tests.auth_headers import headers_for
from tests.conftest import app_client, app_settings
from tests.live_server import live_server

REQUEST_LIMIT = 10_000
IMPORT_LIMIT = 50_000
LIMITED = app_settings().model_copy(
    update={"max_request_bytes": REQUEST_LIMIT, "max_import_bytes": IMPORT_LIMIT}
)
ADMIN = headers_for("admin")
EDITOR = headers_for("editor")
JSON = {"content-type": "application/json"}


def padded_body(size: int) -> bytes:
    """A valid request (``{ __typename }``) of exactly ``size`` bytes, padded in its
    ``extensions``, which the server ignores."""
    head = b'{"query": "{ __typename }", "extensions": {"pad": "'
    tail = b'"}}'
    assert size >= len(head) + len(tail)
    return head + b"x" * (size - len(head) - len(tail)) + tail


def assert_too_large(response: httpx.Response, setting: str, maximum: int) -> dict[str, Any]:
    assert response.status_code == 413, response.text
    (error,) = response.json()["errors"]
    assert error["extensions"]["code"] == "PAYLOAD_TOO_LARGE"
    assert error["extensions"]["limit"] == setting
    assert error["extensions"]["maximum"] == maximum
    assert f"GRAPH_API_{setting.upper()}" in error["message"]
    assert response.headers["x-request-id"]
    extensions: dict[str, Any] = error["extensions"]
    return extensions


# --- Through raw ASGI: what the app reads is counted ---------------------------------


class Upload:
    """The ``receive`` of one request: its body in chunks, each call counted, and what had
    been read when the answer started."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self.chunks = chunks
        self.next_chunk = next(chunks, None)
        self.reads = 0
        self.bytes_read = 0
        self.reads_before_answer = -1  # -1: no answer yet
        self.bytes_before_answer = -1

    async def __call__(self) -> dict[str, Any]:
        self.reads += 1
        chunk, self.next_chunk = self.next_chunk, next(self.chunks, None)
        if chunk is None:
            return {"type": "http.disconnect"}
        self.bytes_read += len(chunk)
        return {"type": "http.request", "body": chunk, "more_body": self.next_chunk is not None}

    def answered(self) -> None:
        if self.reads_before_answer < 0:
            self.reads_before_answer = self.reads
            self.bytes_before_answer = self.bytes_read


def endless(chunk_size: int = 1000) -> Iterator[bytes]:
    """A body that never ends (``more_body`` stays true)."""
    yield b'{"query": "{ __typename }", "extensions": {"pad": "'
    while True:
        yield b"x" * chunk_size


async def call_raw(
    headers: list[tuple[bytes, bytes]], upload: Upload, query_string: bytes = b""
) -> tuple[int, bytes]:
    """POST to /graphql through the app's ASGI interface; the status and the body."""
    app = create_app(LIMITED, EmbeddedStore(":memory:"))
    sent: list[MutableMapping[str, Any]] = []

    async def send(message: MutableMapping[str, Any]) -> None:
        if message["type"] == "http.response.start":
            upload.answered()
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/graphql",
        "raw_path": b"/graphql",
        "root_path": "",
        "query_string": query_string,
        "headers": [(b"host", b"test"), (b"content-type", b"application/json"), *headers],
        "client": ("127.0.0.1", 1),
        "server": ("test", 80),
    }
    async with app.router.lifespan_context(app):
        await app(scope, upload, send)
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start["status"], body


@pytest.fixture
def small_drain(monkeypatch: pytest.MonkeyPatch) -> int:
    """What is left of a refused body is read and dropped up to gate.DRAIN_BYTES: small
    here, so that an endless body is not read for seconds."""
    monkeypatch.setattr(gate, "DRAIN_BYTES", 20_000)
    return 20_000


async def test_a_declared_length_over_the_limit_is_refused_before_reading() -> None:
    upload = Upload(endless())
    status, body = await call_raw([(b"content-length", b"50000000")], upload)
    assert status == 413
    assert upload.reads_before_answer == 0
    extensions = json.loads(body)["errors"][0]["extensions"]
    assert extensions == {
        "code": "PAYLOAD_TOO_LARGE",
        "limit": "max_request_bytes",
        "maximum": REQUEST_LIMIT,
        "measured": 50_000_000,
    }


@pytest.mark.parametrize("chunk_size", [1, 999, 4096, 65_536])
async def test_a_body_without_a_length_is_counted_and_cut_at_the_limit(
    chunk_size: int, small_drain: int
) -> None:
    upload = Upload(endless(chunk_size))
    status, body = await call_raw([], upload)
    assert status == 413
    assert json.loads(body)["errors"][0]["extensions"]["measured"] is None
    # Answered with the chunk that passed the limit; the rest read and dropped, bounded.
    assert REQUEST_LIMIT < upload.bytes_before_answer <= REQUEST_LIMIT + chunk_size + 100
    assert upload.bytes_read - upload.bytes_before_answer <= small_drain + chunk_size


async def test_an_admin_may_send_up_to_the_import_limit_without_a_length(
    small_drain: int,
) -> None:
    admin = [(b"authorization", ADMIN["Authorization"].encode())]
    upload = Upload(endless(1000))
    status, body = await call_raw(admin, upload)
    assert status == 413
    assert json.loads(body)["errors"][0]["extensions"]["limit"] == "max_import_bytes"
    assert IMPORT_LIMIT < upload.bytes_before_answer <= IMPORT_LIMIT + 1100


async def test_the_rest_of_a_refused_body_is_read_and_dropped_so_its_client_sees_the_413() -> None:
    """A client that writes its whole body before reading (most do) must not have the
    connection closed under it: the rest is read (not kept) before the response ends."""
    size = 300_000
    upload = Upload(iter([b"x" * 1000] * (size // 1000)))
    status, _ = await call_raw([(b"content-length", str(size).encode())], upload)
    assert status == 413
    assert upload.bytes_read == size
    assert upload.reads_before_answer == 0


async def test_a_client_waiting_for_100_continue_is_not_waited_for() -> None:
    upload = Upload(endless())
    headers = [(b"content-length", b"300000"), (b"expect", b"100-continue")]
    status, _ = await call_raw(headers, upload)
    assert status == 413
    assert upload.reads == 0


async def test_a_body_larger_than_the_drain_bound_is_not_waited_for(small_drain: int) -> None:
    upload = Upload(endless())
    status, _ = await call_raw([(b"content-length", str(small_drain * 10).encode())], upload)
    assert status == 413
    assert upload.reads == 0


# --- Through httpx, on both stores ------------------------------------------------------


@pytest.fixture
async def limited(store: GraphStore) -> AsyncIterator[httpx.AsyncClient]:
    """A client (sending no token) for the app with small limits, on ``store``."""
    async with app_client(store, LIMITED, headers={}) as http:
        yield http


async def test_the_limit_is_exact(limited: httpx.AsyncClient) -> None:
    for caller, limit in ((EDITOR, REQUEST_LIMIT), (ADMIN, IMPORT_LIMIT)):
        at = await limited.post("/graphql", content=padded_body(limit), headers={**JSON, **caller})
        assert at.status_code == 200, at.text
        assert at.json() == {"data": {"__typename": "Query"}}
        over = await limited.post(
            "/graphql", content=padded_body(limit + 1), headers={**JSON, **caller}
        )
        setting = "max_import_bytes" if caller is ADMIN else "max_request_bytes"
        assert assert_too_large(over, setting, limit)["measured"] == limit + 1


@pytest.mark.parametrize(
    "caller",
    [
        pytest.param({}, id="anonymous"),
        pytest.param({"Authorization": "Bearer not-a-token"}, id="bad-token"),
        pytest.param(headers_for("viewer"), id="viewer"),
        pytest.param(EDITOR, id="editor"),
    ],
)
async def test_only_admins_get_the_import_limit(
    limited: httpx.AsyncClient, caller: dict[str, str]
) -> None:
    """Between the two limits: refused with 413 for everyone but an admin (the size is
    checked before the token: an anonymous caller gets 413, not 401)."""
    body = padded_body(REQUEST_LIMIT * 2)
    response = await limited.post("/graphql", content=body, headers={**JSON, **caller})
    assert_too_large(response, "max_request_bytes", REQUEST_LIMIT)
    admin = await limited.post("/graphql", content=body, headers={**JSON, **ADMIN})
    assert admin.status_code == 200


async def test_an_admin_imports_a_model_larger_than_a_request_may_be(
    limited: httpx.AsyncClient, store: GraphStore
) -> None:
    personas = [{"key": f"persona-{n}", "name": f"Persona number {n}"} for n in range(300)]
    document = json.dumps({"format": "graph-api/v1", "personas": personas})
    request = {
        "query": "mutation($d: String!) { importModel(document: $d, format: JSON) { created } }",
        "variables": {"d": document},
    }
    assert REQUEST_LIMIT < len(json.dumps(request)) < IMPORT_LIMIT
    editor = await limited.post("/graphql", json=request, headers=EDITOR)
    assert_too_large(editor, "max_request_bytes", REQUEST_LIMIT)
    assert await store.count_nodes() == {}
    admin = await limited.post("/graphql", json=request, headers=ADMIN)
    assert admin.status_code == 200, admin.text
    assert admin.json()["data"]["importModel"]["created"] == 300
    assert (await store.count_nodes())["Persona"] == 300


async def test_a_query_string_over_the_limit_is_refused(limited: httpx.AsyncClient) -> None:
    prefix = "query=%7B__typename%7D&pad="
    at_limit = prefix + "x" * (REQUEST_LIMIT - len(prefix))
    response = await limited.get(f"/graphql?{at_limit}", headers=EDITOR)
    assert response.json() == {"data": {"__typename": "Query"}}
    over = await limited.get(f"/graphql?{at_limit}x", headers=EDITOR)
    assert assert_too_large(over, "max_request_bytes", REQUEST_LIMIT)["measured"] == (
        REQUEST_LIMIT + 1
    )
    assert "query string" in over.json()["errors"][0]["message"]


# --- Against a real server ---------------------------------------------------------------


def resident_mb() -> float:
    """This process's resident memory (the test server runs in it, in a thread)."""
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def fifty_megabytes() -> Iterator[bytes]:
    """A 50 MB body (one long string) produced as it is sent, never held whole."""
    yield b'{"query": "{ __typename }", "extensions": {"pad": "'
    piece = b"#" * 65_536
    for _ in range(50_000_000 // len(piece)):
        yield piece
    yield b'"}}'


@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "chunked"])
def test_a_50_mb_body_is_refused_at_once_and_memory_stays_flat(declared: bool) -> None:
    with live_server(EmbeddedStore(":memory:"), app_settings()) as server:
        before = resident_mb()
        size = sum(len(chunk) for chunk in fifty_megabytes())
        headers = {**JSON, **({"content-length": str(size)} if declared else {})}
        started = time.monotonic()
        response = httpx.post(
            server.graphql_url, content=fifty_megabytes(), headers=headers, timeout=30
        )
        took = time.monotonic() - started
        grown = resident_mb() - before
    assert_too_large(response, "max_request_bytes", 2_000_000)
    assert took < 2.0, f"the refusal took {took:.2f} s"
    assert grown < 20, f"memory grew by {grown:.0f} MB"


async def _ws_closes(url: str, message: str) -> tuple[int | None, str]:
    """Send ``message`` first thing over graphql-transport-ws; the close code and reason
    (None if the server answered instead)."""
    async with websockets.connect(
        url, subprotocols=[Subprotocol("graphql-transport-ws")], max_size=None
    ) as ws:
        await ws.send(message)
        try:
            answer = await ws.recv()
        except websockets.ConnectionClosed as closed:
            return (closed.rcvd.code if closed.rcvd else None), (
                closed.rcvd.reason if closed.rcvd else ""
            )
        return None, str(answer)


def _init(size: int) -> str:
    """A ``connection_init`` of exactly ``size`` bytes."""
    head, tail = '{"type": "connection_init", "payload": {"pad": "', '"}}'
    return head + "x" * (size - len(head) - len(tail)) + tail


async def test_websocket_messages_over_the_limit_close_the_connection() -> None:
    settings = Settings(demo_if_empty=False, max_request_bytes=REQUEST_LIMIT)
    with live_server(EmbeddedStore(":memory:"), settings) as server:
        code, answer = await _ws_closes(server.websocket_url, _init(REQUEST_LIMIT))
        assert code is None and json.loads(answer)["type"] == "connection_ack"
        code, reason = await _ws_closes(server.websocket_url, _init(REQUEST_LIMIT + 1))
        assert code == 1009
        assert "max_request_bytes" in reason
        # Bytes are counted, not characters: 2,501 four-byte emoji pass 10,000 bytes.
        emoji = '{"type": "connection_init", "payload": {"pad": "' + "\U0001f680" * 2501 + '"}}'
        assert len(emoji) < REQUEST_LIMIT < len(emoji.encode())
        code, _ = await _ws_closes(server.websocket_url, emoji)
        assert code == 1009
