"""``graph-api serve``: the API and the browser view over HTTP, from one or more processes.

With several workers (``--workers``, ``GRAPH_API_WORKERS``; by default as many as the
cores the process may use when the store is Neo4j: :mod:`graph_api.cli.cores`) uvicorn
starts that many processes on one socket. This process first does what must happen once
(open the store, which runs its upgrades; load the demo model into an empty store) and
logs the start-up lines; each worker then builds the app from the same environment
(:func:`worker_app`). A change made through any worker reaches the ``changes``
subscribers of every worker through the change log
(:mod:`graph_api.services.change_poller`). The embedded store keeps the graph in the
memory of the process that opened it, so it is served from one process only.
"""

import asyncio
import copy
import logging
import logging.config
import os
import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from graph_api.api import gc_tuning
from graph_api.cli.cores import usable_cores
from graph_api.cli.settings import StoreOption, settings_for
from graph_api.config import Settings, get_settings

if TYPE_CHECKING:  # imported when serving: the CLI's other commands start faster without
    from fastapi import FastAPI

serve_app = typer.Typer()

SWITCH_INTERVAL_SECONDS = 0.0005
"""How long a thread may keep the interpreter lock while another waits (see serve)."""

WORKER_HEALTHCHECK_SECONDS = 60
"""How long uvicorn waits for a worker to answer its health check before restarting it.
Uvicorn's 5 s is shorter than a worker takes to start (import the package, build the
schema) on a busy machine: workers were restarted over and over before serving."""

WorkersOption = Annotated[
    int | None,
    typer.Option(
        min=1,
        help="Processes to serve from (default: GRAPH_API_WORKERS, else the number of "
        "cores the process may use with Neo4j, 1 with the embedded store, which allows no "
        "more).",
    ),
]


@serve_app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Address to listen on.")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on.")] = None,
    store: StoreOption = None,
    workers: WorkersOption = None,
) -> None:
    """Serve GraphQL at /graphql and the browser view at /ui (loads the demo model into an
    empty store); logs the mode, the store, the addresses and how to get a token first."""
    import uvicorn

    from graph_api.api.startup import base_url
    from graph_api.app import create_app

    settings = settings_for(store)
    count = worker_count(settings, workers)
    host = host or settings.host
    port = port or settings.port
    common: dict[str, Any] = {
        "host": host,
        "port": port,
        "log_level": "info",
        "log_config": _log_config(with_process=count > 1),
        # A WebSocket frame or message over the request limit is refused by the
        # protocol library before it is assembled (the app checks it again).
        "ws_max_size": settings.max_request_bytes,
    }
    if count == 1:
        _tune(settings)
        uvicorn.run(create_app(settings, served_at=base_url(host, port)), **common)
        return
    # The workers read their settings from the environment, as this process did; the
    # store --store named is the one thing given on the command line.
    os.environ["GRAPH_API_STORE"] = settings.store
    logging.config.dictConfig(common["log_config"])
    asyncio.run(_start_once(settings, base_url(host, port), count))
    uvicorn.run(
        f"{__name__}:worker_app",
        factory=True,
        workers=count,
        timeout_worker_healthcheck=WORKER_HEALTHCHECK_SECONDS,
        **common,
    )


def worker_count(settings: Settings, option: int | None) -> int:
    """How many processes to serve from: ``--workers``, else ``GRAPH_API_WORKERS``, else
    the number of cores this process may use (:func:`usable_cores`) with Neo4j and 1 with
    the embedded store; more than one with the embedded store is refused, naming what
    asked for them."""
    count = option if option is not None else settings.workers
    if count is None:
        return usable_cores() if settings.store == "neo4j" else 1
    if count > 1 and settings.store == "embedded":
        named = "--workers" if option is not None else "GRAPH_API_WORKERS"
        raise typer.BadParameter(
            f"{count} workers: the embedded store keeps the graph in the memory of the "
            "one process that opened it, so it is served from one process; use "
            "--workers 1, or --store neo4j to serve from several",
            param_hint=named,
        )
    return count


def worker_app() -> "FastAPI":
    """The app of one of several worker processes (uvicorn calls this in each)."""
    from graph_api.app import create_app

    settings = get_settings()
    _tune(settings)
    return create_app(settings, worker=True)


async def _start_once(settings: Settings, url: str, count: int) -> None:
    """What the app's start-up does once for all workers: open the store (its upgrades),
    load the demo model into an empty one, and log the start-up lines."""
    from graph_api.api.startup import load_demo, startup_lines
    from graph_api.store.factory import create_store

    store = create_store(settings)
    await store.open()
    try:
        demo = await load_demo(store, settings, own_neo4j=settings.store == "neo4j")
    finally:
        await store.close()
    log = logging.getLogger("graph_api")
    for line in startup_lines(settings, url, demo):
        log.info("%s", line)
    log.info(
        "serving from %d worker processes (--workers, GRAPH_API_WORKERS); the changes "
        "subscription follows the change log every %g s while subscribed "
        "(GRAPH_API_CHANGES_POLL_SECONDS)",
        count,
        settings.changes_poll_seconds,
    )


def _tune(settings: Settings) -> None:
    """The interpreter's switch interval and garbage collection, set for serving."""
    # One event loop serves every caller while worker threads parse, validate and import.
    # A thread running Python keeps the interpreter lock for up to the switch interval
    # (5 ms by default) each time the loop wakes up for a socket; a request makes dozens
    # of such wake-ups (each Neo4j round trip is one), so with a few busy threads a
    # one-line query waited seconds. Handing the lock back sooner bounds that wait.
    sys.setswitchinterval(SWITCH_INTERVAL_SECONDS)
    gc_tuning.raise_threshold(settings.gc_threshold)


def _log_config(*, with_process: bool = False) -> dict[str, Any]:
    """Uvicorn's logging, and the API's own loggers at INFO through the same handler: a
    caller's bad request is one INFO line with its request id, the server's faults ERROR.
    With several workers every line names its process (``[pid]``)."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config["loggers"]["graph_api"] = {"handlers": ["default"], "level": "INFO", "propagate": False}
    if with_process:
        for formatter in config["formatters"].values():
            formatter["fmt"] = formatter["fmt"].replace(
                "%(levelprefix)s ", "%(levelprefix)s [%(process)d] ", 1
            )
    return config
