"""`graph-api serve` as an operator runs it: its log, its WebSocket bound, its defaults.

One real process (production settings, a small request limit): a caller's bad requests
are one INFO line each in its output, with the request id the caller sent; a WebSocket
frame over the limit is refused by uvicorn itself (the app never sees it); FastAPI's
documentation pages are not served.
"""

import asyncio
import json
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import websockets
from websockets.typing import Subprotocol

from tests.auth_headers import SERVER_ENV, admin_headers
from tests.served_process import served_process

LIMIT = 10_000
START_TIMEOUT = 30.0


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """`graph-api serve` on an in-memory store: its base URL and its output file."""
    env = {
        **SERVER_ENV,
        "GRAPH_API_STORE": "embedded",
        "GRAPH_API_SQLITE_PATH": ":memory:",
        "GRAPH_API_DEMO_IF_EMPTY": "false",
        "GRAPH_API_ENVIRONMENT": "production",
        "GRAPH_API_MAX_REQUEST_BYTES": str(LIMIT),
        "GRAPH_API_API_KEYS_PATH": str(tmp_path / "api-keys.db"),
    }
    with served_process(env, tmp_path, START_TIMEOUT) as served:
        yield served.base, served.log


async def _websocket_close_code(url: str, message: str) -> int | None:
    async with websockets.connect(
        url, subprotocols=[Subprotocol("graphql-transport-ws")], max_size=None
    ) as ws:
        await ws.send(message)
        try:
            await asyncio.wait_for(ws.recv(), timeout=10)
        except websockets.ConnectionClosed as closed:
            return closed.rcvd.code if closed.rcvd else None
    return None


def test_serve_logs_bad_requests_once_and_bounds_websocket_frames(
    served: tuple[str, Path],
) -> None:
    base, log = served
    admin = admin_headers()
    with httpx.Client(base_url=base, headers=admin, timeout=10) as http:
        invalid = http.post(
            "/graphql",
            json={"query": "{ nope nope2 nope3 }"},
            headers={"X-Request-ID": "serve-invalid-1"},
        )
        assert invalid.status_code == 200 and invalid.headers["x-request-id"] == "serve-invalid-1"
        malformed = http.post(
            "/graphql",
            content=b'{"query": "\xff"}',
            headers={"X-Request-ID": "serve-malformed-2", "content-type": "application/json"},
        )
        assert malformed.status_code == 400
        anonymous = httpx.post(
            f"{base}/graphql",
            json={"query": "{ __typename }"},
            headers={"X-Request-ID": "serve-anonymous-3"},
        )
        assert anonymous.status_code == 401
        for page in ("/docs", "/redoc", "/openapi.json"):
            assert http.get(page).status_code == 404, page
    ws_url = base.replace("http://", "ws://") + "/graphql"
    frame = json.dumps({"type": "connection_init", "payload": {"pad": "x" * LIMIT}})
    assert asyncio.run(_websocket_close_code(ws_url, frame)) == 1009

    time.sleep(0.3)  # the server's last lines
    lines = log.read_text().splitlines()
    for request_id in ("serve-invalid-1", "serve-malformed-2", "serve-anonymous-3"):
        mine = [line for line in lines if f"request {request_id}:" in line]
        assert len(mine) == 1, (request_id, lines)
        assert mine[0].startswith("INFO"), mine
    assert not [line for line in lines if "Traceback" in line or line.startswith("ERROR")]
    # uvicorn refused the frame before assembling it: the app's own check never ran.
    assert not [line for line in lines if "WebSocket message over" in line], lines
