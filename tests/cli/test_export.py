"""``graph-api export``: the model file it writes seeds an empty store to the same graph."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph_api.cli.app import app
from graph_api.config import get_settings
from tests.conftest import DEMO_MODEL


@pytest.fixture
def settings_reread() -> Iterator[None]:
    """The settings are cached per process: read them afresh after the test."""
    yield
    get_settings.cache_clear()


def run_on(db: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    monkeypatch.setenv("GRAPH_API_STORE", "embedded")
    monkeypatch.setenv("GRAPH_API_SQLITE_PATH", str(db))
    get_settings.cache_clear()
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_export_seeds_an_empty_store_to_the_same_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings_reread: None, fmt: str
) -> None:
    first, second = tmp_path / "first.db", tmp_path / "second.db"
    run_on(first, monkeypatch, "seed", str(DEMO_MODEL))
    exported = tmp_path / f"model.{fmt}"
    run_on(first, monkeypatch, "export", "--format", fmt, "-o", str(exported))
    run_on(second, monkeypatch, "seed", str(exported))
    assert run_on(second, monkeypatch, "export", "--format", fmt) == exported.read_text()
