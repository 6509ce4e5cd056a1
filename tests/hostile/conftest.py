"""A real production-mode server per store, shared by the hostile-load tests.

The server is ``graph-api serve`` of this checkout in a subprocess (``bench/hostile``
starts it as production runs it), on the demo model: a request that holds the server's
event loop, or its GIL, cannot hold the test's own loop, so the test's clock measures
what any other client would see.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.environment import Neo4jConnection
from bench.hostile.server import Checkout, RunningServer, serving
from tests.conftest import (
    NEO4J_TEST_DATABASE,
    NEO4J_TEST_PASSWORD,
    NEO4J_TEST_URI,
    NEO4J_TEST_USER,
    ROOT,
    STORES,
    wipe_neo4j,
)
from tests.hostile.cases import IMPORT_TIMEOUT_SECONDS


@pytest.fixture(scope="package")
def checkout(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Checkout]:
    """This checkout, run on one store (each test runs on each store)."""
    store: str = request.param
    neo4j = None
    if store == "neo4j":
        request.getfixturevalue("neo4j_ready")
        neo4j = Neo4jConnection(
            NEO4J_TEST_URI, NEO4J_TEST_USER, NEO4J_TEST_PASSWORD, NEO4J_TEST_DATABASE
        )
    work: Path = tmp_path_factory.mktemp(f"hostile-{store}")
    yield Checkout(ROOT, store, neo4j, work)
    if neo4j is not None:
        wipe_neo4j()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "checkout" in metafunc.fixturenames:
        metafunc.parametrize("checkout", STORES, indirect=True, scope="package")


@pytest.fixture(scope="package")
def server(checkout: Checkout) -> Iterator[RunningServer]:
    """``graph-api serve`` in production mode on the demo model, on ``checkout``'s store."""
    with serving(
        checkout, "hostile", GRAPH_API_IMPORT_TIMEOUT_SECONDS=f"{IMPORT_TIMEOUT_SECONDS:g}"
    ) as running:
        yield running
