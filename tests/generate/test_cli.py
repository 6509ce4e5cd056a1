"""``graph-api generate`` and ``graph-api load`` through Typer's CliRunner.

generate writes the generator's document (JSON one node per line, or YAML) and prints
its counts; load bulk-loads it into the embedded store (a temp SQLite file) and into
Neo4j, printing the throughput; loading it again, a bad file, or a load failing
half-way exits 1 and leaves nothing written.
"""

import json
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
import yaml
from typer.testing import CliRunner, Result

from graph_api.cli.app import app
from graph_api.config import get_settings
from graph_api.generate import generate_model
from graph_api.generate.output import read_document
from tests.conftest import (
    NEO4J_TEST_DATABASE,
    NEO4J_TEST_URI,
    neo4j_model_node_count,
    on_embedded_file,
)


def run(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def flat(text: str) -> str:
    return " ".join(text.split())


def stored_counts(path: Path) -> dict[str, int]:
    return on_embedded_file(path, lambda store: store.count_nodes())


@pytest.fixture(scope="module")
def model_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("generated") / "model.json"
    result = run("generate", "--scale", "1", "--seed", "5", "-o", str(path))
    assert result.exit_code == 0, result.output
    return path


def test_generate_writes_the_document_and_prints_its_counts(model_file: Path) -> None:
    model = generate_model(1, 5)
    assert read_document(model_file) == model.document
    lines = model_file.read_text(encoding="utf-8").splitlines()
    assert len(lines) > model.node_count  # one node per line
    result = run("generate", "--scale", "1", "--seed", "5", "-o", str(model_file))
    assert f"{model.node_count:,} nodes, {model.link_count:,} links" in flat(result.output)


def test_generate_yaml_to_stdout() -> None:
    result = run("generate", "--seed", "3", "--format", "yaml")
    assert result.exit_code == 0, result.stderr
    assert yaml.safe_load(result.stdout) == generate_model(1, 3).document
    assert "nodes" in result.stderr


def test_load_into_the_embedded_store(db_path: Path, model_file: Path) -> None:
    model = generate_model(1, 5)
    result = run("load", str(model_file), "--store", "embedded", "--batch-size", "500")
    assert result.exit_code == 0, result.output
    output = flat(result.output)
    assert f"{model.node_count:,} nodes, {model.link_count:,} links" in output
    for row in ("write nodes", "write links", "total", "nodes/s", "links/s"):
        assert row in output
    assert stored_counts(db_path) == dict(model.nodes)


def test_loading_the_same_file_again_writes_nothing(db_path: Path, model_file: Path) -> None:
    assert run("load", str(model_file)).exit_code == 0
    again = run("load", str(model_file))
    assert again.exit_code == 1
    assert "rejected, nothing was written" in flat(again.output)
    assert "a bulk load only creates nodes: use `graph-api seed` to update" in flat(again.output)
    assert "is already in the store" in again.output
    assert "more errors" in again.output  # not one line per node
    assert stored_counts(db_path) == dict(generate_model(1, 5).nodes)


def test_a_bad_file_is_rejected_before_writing(db_path: Path, tmp_path: Path) -> None:
    document = generate_model(1, 5).document
    document["steps"][-1]["next"] = ["no-such-step"]
    document["touchpoints"][0]["channel"] = "hologram"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    result = run("load", str(bad))
    assert result.exit_code == 1
    output = flat(result.output)
    assert "rejected, nothing was written" in output
    assert "Step 'no-such-step' is not in the file" in output
    assert "Channel 'hologram' is not in the file" in output
    assert stored_counts(db_path) == {}


def test_a_load_failing_half_way_writes_nothing(
    db_path: Path, model_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise OSError("disk on fire")

    # The embedded store's bulk path fails while adding the links to memory.
    monkeypatch.setattr(nx.MultiDiGraph, "add_edges_from", fail)
    result = run("load", str(model_file))
    assert result.exit_code == 1
    output = flat(result.output)
    assert "load failed OSError: disk on fire" in output
    assert "everything it wrote was deleted again" in output
    assert stored_counts(db_path) == {}


def test_load_a_file_that_is_not_json(db_path: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "graph-api/v1", "steps": [', encoding="utf-8")
    result = run("load", str(bad))
    assert result.exit_code == 1
    assert "line 1, column 38" in flat(result.output)


@pytest.fixture
def neo4j_env(clean_neo4j: None, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("NEO4J_URI", NEO4J_TEST_URI)
    monkeypatch.setenv("NEO4J_DATABASE", NEO4J_TEST_DATABASE)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_load_into_neo4j(neo4j_env: None, model_file: Path) -> None:
    model = generate_model(1, 5)
    result = run("load", str(model_file), "--store", "neo4j", "--batch-size", "2000")
    assert result.exit_code == 0, result.output
    assert f"{model.node_count:,} nodes, {model.link_count:,} links" in flat(result.output)
    assert neo4j_model_node_count() == model.node_count
    again = run("load", str(model_file), "--store", "neo4j")
    assert again.exit_code == 1
    assert neo4j_model_node_count() == model.node_count
