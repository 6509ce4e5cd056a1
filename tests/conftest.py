"""Fixtures shared by every test: one store fixture parametrised over both stores.

Every test that takes ``store`` (or ``client``, built on it) runs once on the embedded
store and once on Neo4j. The Neo4j server is the one ``scripts/run-tests`` starts (or
``NEO4J_TEST_URI``); under ``CI=true`` a missing server is an error, never a skip.
"""

import asyncio
import gc
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TypeVar

import httpx
import pytest
from neo4j import GraphDatabase

from graph_api.app import create_app
from graph_api.config import Settings, get_settings
from graph_api.model_io import load_model_file
from graph_api.store.base import GraphStore
from graph_api.store.embedded import EmbeddedStore
from tests.auth_headers import SERVER_ENV, admin_headers

# Every Settings() of the test process trusts the test JWTs (see tests/auth_headers.py).
os.environ.update(SERVER_ENV)

ROOT = Path(__file__).resolve().parents[1]
DEMO_MODEL = ROOT / "seeds" / "demo.yaml"
STORES = ["embedded", "neo4j"]
T = TypeVar("T")


def _this_workers_neo4j() -> None:
    """Under pytest-xdist, scripts/run-tests starts one Neo4j per worker and lists them in
    ``NEO4J_TEST_SERVERS`` (``instance=port`` ...): worker ``gwN`` takes the Nth, for its
    tests and the processes they start, and restarts only its own (``NEO4J_LOCAL_*``)."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    servers = os.environ.get("NEO4J_TEST_SERVERS", "").split()
    if not worker or not servers:
        return
    index = int(worker.removeprefix("gw"))
    if index >= len(servers):
        raise RuntimeError(
            f"worker {worker} has no Neo4j of its own: NEO4J_TEST_SERVERS lists "
            f"{len(servers)}; run the tests with scripts/run-tests"
        )
    instance, port = servers[index].split("=")
    os.environ.update(
        NEO4J_LOCAL_INSTANCE=instance,
        NEO4J_LOCAL_PORT=port,
        NEO4J_TEST_URI=f"bolt://127.0.0.1:{port}",
    )


_this_workers_neo4j()
NEO4J_TEST_URI = os.environ.get("NEO4J_TEST_URI", "")
NEO4J_TEST_USER = os.environ.get("NEO4J_TEST_USER", "neo4j")
NEO4J_TEST_PASSWORD = os.environ.get("NEO4J_TEST_PASSWORD", "")
NEO4J_TEST_DATABASE = os.environ.get("NEO4J_TEST_DATABASE", "neo4j")


def neo4j_store() -> GraphStore:
    from graph_api.store.neo4j import Neo4jStore

    return Neo4jStore(
        uri=NEO4J_TEST_URI,
        user=NEO4J_TEST_USER,
        password=NEO4J_TEST_PASSWORD,
        database=NEO4J_TEST_DATABASE,
    )


# The test database is checked and wiped with the synchronous driver: these helpers run
# from both sync and async fixtures, outside the store under test.
def _neo4j_auth() -> tuple[str, str] | None:
    return (NEO4J_TEST_USER, NEO4J_TEST_PASSWORD) if NEO4J_TEST_PASSWORD else None


def neo4j_node_count() -> int:
    with GraphDatabase.driver(NEO4J_TEST_URI, auth=_neo4j_auth()) as driver:
        records, _, _ = driver.execute_query(
            "MATCH (n) RETURN count(n) AS n", database_=NEO4J_TEST_DATABASE
        )
        return int(records[0]["n"])


def neo4j_model_node_count() -> int:
    """Nodes of the metamodel's kinds (the change log's nodes and the store's version left
    out)."""
    with GraphDatabase.driver(NEO4J_TEST_URI, auth=_neo4j_auth()) as driver:
        records, _, _ = driver.execute_query(
            "MATCH (n) WHERE NOT n:ChangeLogEntry AND NOT n:ChangeLogSequence "
            "AND NOT n:StoreVersion RETURN count(n) AS n",
            database_=NEO4J_TEST_DATABASE,
        )
        return int(records[0]["n"])


def wipe_neo4j() -> None:
    """Delete everything the tests wrote (the database was empty when they began)."""
    with GraphDatabase.driver(NEO4J_TEST_URI, auth=_neo4j_auth()) as driver:
        driver.execute_query("MATCH (n) DETACH DELETE n", database_=NEO4J_TEST_DATABASE)


@pytest.fixture(autouse=True)
def earlier_tests_frozen() -> None:
    """Before each test, what earlier ones left is collected and frozen out of later
    collections.

    The suite's process keeps the apps of earlier tests alive (FastAPI's endpoint
    classification caches hold up to 4,096 endpoints, a few per app): millions of objects
    by mid-suite, each full collection then stopping every thread for 2-3 s, inside the
    waits and CPU times that timing tests measure. A served process holds one app; frozen,
    the suite's leftovers are not walked again, and each collection here costs only what
    the previous test added.
    """
    gc.collect()
    gc.freeze()


@pytest.fixture(scope="session")
def neo4j_ready() -> Iterator[None]:
    """Checks once that the test database exists and is empty; refuses to run otherwise."""
    if not NEO4J_TEST_URI:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but NEO4J_TEST_URI is not set: run the tests via make test")
        pytest.skip("no Neo4j: set NEO4J_TEST_URI or run make test")
    count = neo4j_node_count()
    if count:
        pytest.exit(
            f"refusing to run: the Neo4j database at {NEO4J_TEST_URI} holds {count} nodes "
            "the tests did not create; point NEO4J_TEST_URI at an empty database",
            returncode=3,
        )
    yield
    wipe_neo4j()


@pytest.fixture
def clean_neo4j(neo4j_ready: None) -> Iterator[None]:
    """For tests that reach Neo4j without the ``store`` fixture: wipe what they wrote."""
    yield
    wipe_neo4j()


@pytest.fixture
async def neo4j_demo(clean_neo4j: None) -> AsyncIterator[None]:
    """The demo model in the test database (wiped afterwards by ``clean_neo4j``)."""
    loader = neo4j_store()
    await loader.open()
    try:
        await load_model_file(loader, DEMO_MODEL)
    finally:
        await loader.close()
    yield


async def open_store(kind: str, request: pytest.FixtureRequest) -> GraphStore:
    if kind == "neo4j":
        request.getfixturevalue("neo4j_ready")
        store = neo4j_store()
    else:
        store = EmbeddedStore(":memory:")
    await store.open()
    return store


@pytest.fixture(params=STORES)
async def store(request: pytest.FixtureRequest) -> AsyncIterator[GraphStore]:
    """An empty, open store: each test runs on each store."""
    opened = await open_store(request.param, request)
    try:
        yield opened
    finally:
        await opened.close()
        if request.param == "neo4j":
            wipe_neo4j()


@pytest.fixture
async def demo_store(store: GraphStore) -> GraphStore:
    """The store loaded with the demo model."""
    await load_model_file(store, DEMO_MODEL)
    return store


def app_settings() -> Settings:
    """Test settings: limits as shipped, except a request timeout that a busy CI machine
    cannot reach by accident (tests/limits sets its own to test the timeout)."""
    return Settings(
        demo_if_empty=False, max_page_size=100, default_page_size=20, request_timeout_seconds=120
    )


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The SQLite file the CLI's embedded store uses, through the environment."""
    path = tmp_path / "graph.db"
    monkeypatch.setenv("GRAPH_API_STORE", "embedded")
    monkeypatch.setenv("GRAPH_API_SQLITE_PATH", str(path))
    get_settings.cache_clear()
    yield path
    get_settings.cache_clear()


def on_embedded_file(path: Path, read: Callable[[GraphStore], Awaitable[T]]) -> T:
    """``read`` on the embedded store in ``path`` (what a CLI command left there)."""

    async def run() -> T:
        store = EmbeddedStore(str(path))
        await store.open()
        try:
            return await read(store)
        finally:
            await store.close()

    return asyncio.run(run())


@asynccontextmanager
async def app_client(
    store: GraphStore | None = None,
    settings: Settings | None = None,
    headers: dict[str, str] | None = None,
) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client for the app, inside the app's lifespan.

    On ``store`` when given, else on the store ``settings`` name (as `graph-api serve`).
    It sends ``headers`` with every request: by default an admin's token.
    """
    app = create_app(settings or app_settings(), store)
    transport = httpx.ASGITransport(app=app)
    sent = admin_headers() if headers is None else headers
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url="http://test", headers=sent) as http,
    ):
        yield http


@pytest.fixture
async def client(store: GraphStore) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client for the app on an empty ``store``."""
    async with app_client(store) as http:
        yield http


@pytest.fixture
async def demo_client(demo_store: GraphStore) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client for the app on a store loaded with the demo model."""
    async with app_client(demo_store) as http:
        yield http
