"""``graph-api seed --store neo4j``: one transaction, idempotent, a bad file writes nothing."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from graph_api.cli.app import app
from graph_api.config import get_settings
from tests.cli.test_seed import BAD_MODEL, BAD_MODEL_ERRORS, flat, summary
from tests.conftest import DEMO_MODEL, NEO4J_TEST_DATABASE, NEO4J_TEST_URI, neo4j_model_node_count


@pytest.fixture
def neo4j_env(clean_neo4j: None, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("NEO4J_URI", NEO4J_TEST_URI)
    monkeypatch.setenv("NEO4J_DATABASE", NEO4J_TEST_DATABASE)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def seed(path: Path) -> Result:
    return CliRunner().invoke(app, ["seed", str(path), "--store", "neo4j"])


def test_seed_into_neo4j_twice_gives_the_same_graph(neo4j_env: None) -> None:
    first = seed(DEMO_MODEL)
    assert first.exit_code == 0, first.output
    created, updated, unchanged, linked = summary(first)
    assert (updated, unchanged) == (0, 0)
    assert created == neo4j_model_node_count() > 300
    assert linked > 700
    second = seed(DEMO_MODEL)
    assert second.exit_code == 0, second.output
    assert summary(second) == (0, 0, created, 0)
    assert neo4j_model_node_count() == created


def test_a_bad_file_writes_nothing_into_neo4j(neo4j_env: None, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(BAD_MODEL, encoding="utf-8")
    result = seed(bad)
    assert result.exit_code == 1
    for error in BAD_MODEL_ERRORS:
        assert flat(error) in flat(result.output)
    assert neo4j_model_node_count() == 0
