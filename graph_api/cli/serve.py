"""``graph-api serve``: the API and the browser view over HTTP."""

import copy
import sys
from typing import Annotated, Any

import typer

from graph_api.api import gc_tuning
from graph_api.cli.settings import StoreOption, settings_for

serve_app = typer.Typer()

SWITCH_INTERVAL_SECONDS = 0.0005
"""How long a thread may keep the interpreter lock while another waits (see serve)."""


@serve_app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Address to listen on.")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on.")] = None,
    store: StoreOption = None,
) -> None:
    """Serve GraphQL at /graphql and the browser view at /ui (loads the demo model into an
    empty store); logs the mode, the store, the addresses and how to get a token first."""
    import uvicorn

    from graph_api.api.startup import base_url
    from graph_api.app import create_app

    settings = settings_for(store)
    host = host or settings.host
    port = port or settings.port
    # One event loop serves every caller while worker threads parse, validate and import.
    # A thread running Python keeps the interpreter lock for up to the switch interval
    # (5 ms by default) each time the loop wakes up for a socket; a request makes dozens
    # of such wake-ups (each Neo4j round trip is one), so with a few busy threads a
    # one-line query waited seconds. Handing the lock back sooner bounds that wait.
    sys.setswitchinterval(SWITCH_INTERVAL_SECONDS)
    gc_tuning.raise_threshold(settings.gc_threshold)
    uvicorn.run(
        create_app(settings, served_at=base_url(host, port)),
        host=host,
        port=port,
        log_level="info",
        log_config=_log_config(),
        # A WebSocket frame or message over the request limit is refused by the
        # protocol library before it is assembled (the app checks it again).
        ws_max_size=settings.max_request_bytes,
    )


def _log_config() -> dict[str, Any]:
    """Uvicorn's logging, and the API's own loggers at INFO through the same handler: a
    caller's bad request is one INFO line with its request id, the server's faults ERROR."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config["loggers"]["graph_api"] = {"handlers": ["default"], "level": "INFO", "propagate": False}
    return config
