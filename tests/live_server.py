"""A real HTTP server for tests that need one: uvicorn serving the app on a free port.

Most tests talk to the app in process (``httpx.ASGITransport``). Tests that exercise
the wire itself (websockets, the GraphQL-over-HTTP audit run by Node) need a socket, so
this runs ``uvicorn.Server`` in a background thread with its own event loop; the store
is opened and closed by the app's lifespan inside that loop.
"""

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import uvicorn

from graph_api.app import create_app
from graph_api.config import Settings
from graph_api.store.base import GraphStore


@dataclass(frozen=True)
class LiveServer:
    """Where a running test server listens."""

    host: str
    port: int

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def graphql_url(self) -> str:
        return f"{self.base_url}/graphql"

    @property
    def websocket_url(self) -> str:
        return f"ws://{self.host}:{self.port}/graphql"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def live_server(
    store: GraphStore, settings: Settings | None = None, *, start_timeout: float = 30.0
) -> Iterator[LiveServer]:
    """Serve the app on ``store`` (not yet opened: the lifespan opens it) until exit."""
    settings = settings or Settings(demo_if_empty=False)
    port = free_port()
    config = uvicorn.Config(
        create_app(settings, store),
        host="127.0.0.1",
        port=port,
        log_level="warning",
        lifespan="on",
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"uvicorn-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + start_timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError(f"the test server on port {port} did not start")
        time.sleep(0.05)
    try:
        yield LiveServer("127.0.0.1", port)
    finally:
        server.should_exit = True
        thread.join(timeout=30)
