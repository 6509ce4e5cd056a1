"""What the server does and says as it starts: the demo model, and ``graph-api serve``'s
start-up lines.

An empty store gets the demo model (``GRAPH_API_DEMO_IF_EMPTY``); :func:`load_demo` says
what happened, in one line. ``graph-api serve`` then logs a few lines a newcomer needs
before the first request (:func:`startup_lines`): the mode and who may read, the store and
where its data is, the demo model, the addresses served, and how to get a token.
"""

import asyncio
import logging
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from graph_api.api.start_page import access, entry_points
from graph_api.config import Settings
from graph_api.errors import StoreUnavailable
from graph_api.model_io import load_model_file
from graph_api.plural import counted
from graph_api.store.base import GraphStore
from graph_api.store.factory import create_store

log = logging.getLogger("graph_api")

WILDCARD_HOSTS = ("", "0.0.0.0", "::", "[::]")
"""Addresses meaning "every interface": the start-up lines link to this machine's."""


async def load_demo_if_empty(store: GraphStore, path: Path) -> str:
    """Load the demo model into an empty store; what happened, as a line of the start-up."""
    held = sum((await store.count_nodes()).values())
    if held:
        return f"demo model: not loaded, the store already holds {counted(held, 'node')}"
    summary = await load_model_file(store, path)
    nodes, links = counted(summary.created, "node"), counted(summary.linked, "link")
    return f"demo model: loaded {path} into the empty store ({nodes}, {links})"


async def _load_demo(store: GraphStore, path: Path) -> str:
    """Neither a store that does not answer nor a missing demo file stops the server: it
    starts without the demo model and says why."""
    if not await asyncio.to_thread(path.is_file):
        log.warning("demo model not loaded: %s is not a file (GRAPH_API_DEMO_MODEL)", path)
        return f"demo model: not loaded, {path} is not a file (GRAPH_API_DEMO_MODEL names it)"
    try:
        return await load_demo_if_empty(store, path)
    except StoreUnavailable as exc:
        log.warning("demo model not loaded: %s", exc.message)
        return f"demo model: not loaded, the store did not answer: {exc.message}"


async def load_demo(store: GraphStore, settings: Settings, own_neo4j: bool) -> str:
    """The demo model into an empty store, if the settings ask for it; what happened.

    Loaded through a store without the request timeout when the app made its own Neo4j
    store: a first load on a cold server may take longer than a request may.
    """
    if not settings.demo_if_empty:
        return "demo model: not loaded (GRAPH_API_DEMO_IF_EMPTY=false)"
    if not own_neo4j:
        return await _load_demo(store, settings.demo_model)
    loader = create_store(settings, request_bound=False)
    await loader.open()
    try:
        return await _load_demo(loader, settings.demo_model)
    finally:
        await loader.close()


def base_url(host: str, port: int) -> str:
    """Where a browser on this machine reaches a server listening on ``host``."""
    shown = "127.0.0.1" if host in WILDCARD_HOSTS else host
    if ":" in shown and not shown.startswith("["):
        shown = f"[{shown}]"  # an IPv6 address
    return f"http://{shown}:{port}"


def without_credentials(uri: str) -> str:
    """``uri`` with any user and password it carries left out."""
    parts = urlsplit(uri)
    if parts.hostname is None or "@" not in parts.netloc:
        return uri
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=host))


def store_line(settings: Settings) -> str:
    """Which store keeps the graph, and where its data is (never a password)."""
    if settings.store == "neo4j":
        return (
            f"store: Neo4j at {without_credentials(settings.neo4j_uri)}, database "
            f"{settings.neo4j_database}, user {settings.neo4j_user}"
        )
    if settings.sqlite_path == ":memory:":
        return (
            "store: embedded, in memory only: nothing is kept when the server stops "
            "(GRAPH_API_SQLITE_PATH=:memory:)"
        )
    return f"store: embedded, SQLite file {Path(settings.sqlite_path).resolve()}"


def startup_lines(settings: Settings, url: str, demo: str) -> list[str]:
    """What ``graph-api serve`` logs once the store is open: ``url`` is where it listens,
    ``demo`` what :func:`load_demo` said."""
    reading = (
        "anyone may read without a token"
        if settings.anonymous_read
        else "reading and writing need a token"
    )
    lines = [
        f"graph-api in {settings.environment} mode (GRAPH_API_ENVIRONMENT): {reading}",
        store_line(settings),
        demo,
        f"start page: {url}/",
    ]
    lines += [
        f"{point.name}: {url}{point.path} - {point.purpose}" for point in entry_points(settings)
    ]
    lines.append(access(settings))
    if not settings.anonymous_read:
        keys = Path(settings.api_keys_path).resolve()
        lines.append(f"API keys are kept in {keys} (GRAPH_API_API_KEYS_PATH)")
    return lines
