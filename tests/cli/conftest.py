"""Fixtures shared by the command-line tests."""

from collections.abc import Callable, Iterator

import pytest

from graph_api.config import get_settings
from tests.conftest import (
    NEO4J_TEST_DATABASE,
    NEO4J_TEST_URI,
    neo4j_model_node_count,
    on_embedded_file,
)

Stored = Callable[[], int]
"""How many model nodes the store the commands write to holds."""


@pytest.fixture(params=["embedded", "neo4j"])
def store_name(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[str, Stored]]:
    """The store the commands are run against, with its node count."""
    if request.param == "neo4j":
        request.getfixturevalue("clean_neo4j")
        monkeypatch.setenv("NEO4J_URI", NEO4J_TEST_URI)
        monkeypatch.setenv("NEO4J_DATABASE", NEO4J_TEST_DATABASE)
        get_settings.cache_clear()
        yield "neo4j", neo4j_model_node_count
    else:
        path = request.getfixturevalue("db_path")

        def count() -> int:
            return sum(on_embedded_file(path, lambda store: store.count_nodes()).values())

        yield "embedded", count
    get_settings.cache_clear()
