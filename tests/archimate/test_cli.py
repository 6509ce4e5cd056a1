"""``graph-api import-archimate`` and ``export-archimate`` on an embedded store in a file."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph_api.cli.app import app
from graph_api.config import get_settings
from tests.archimate.helpers import FIXTURE, NamedGraph, named_graph
from tests.archimate.test_refusals import BILLION_LAUGHS
from tests.conftest import on_embedded_file


def graph_of(path: Path) -> NamedGraph:
    return on_embedded_file(path, named_graph)


def test_import_prints_the_report(db_path: Path) -> None:
    result = CliRunner().invoke(app, ["import-archimate", str(FIXTURE)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    for line in (
        "  Capability: 4",
        "  ValueStreamStage: 3",
        "  Process USES System: 2",
        "  ValueStream HAS_STAGE ValueStreamStage: 3",
        "elements: 18 in the file, 17 imported",
        "relationships: 21 in the file, 20 imported",
        "  Process WRITES DataObject: 1",
        "unmapped element types (not imported):\n  Requirement: 1 (a motivation element",
        "  Realization (BusinessProcess -> Requirement): 1 (its target is a Requirement, "
        "which is not imported)",
        "values not stored: 4",
        "views (diagrams): 1 imported",
        "store: 18 created, 0 updated, 0 unchanged, 23 links added",
    ):
        assert line in out, line
    again = CliRunner().invoke(app, ["import-archimate", str(FIXTURE)])
    assert "store: 0 created, 0 updated, 18 unchanged, 0 links added" in again.stdout


def test_export_then_import_into_another_store(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert CliRunner().invoke(app, ["import-archimate", str(FIXTURE)]).exit_code == 0
    exported = tmp_path / "out.xml"
    result = CliRunner().invoke(app, ["export-archimate", "-o", str(exported)])
    assert result.exit_code == 0, result.output
    stdout = CliRunner().invoke(app, ["export-archimate"]).stdout
    assert stdout == exported.read_text(encoding="utf-8")
    other = tmp_path / "other.db"
    monkeypatch.setenv("GRAPH_API_SQLITE_PATH", str(other))
    get_settings.cache_clear()
    imported = CliRunner().invoke(app, ["import-archimate", str(exported)])
    assert imported.exit_code == 0, imported.output
    assert graph_of(other) == graph_of(db_path)


def test_a_refused_file_exits_1_and_writes_nothing(db_path: Path, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.xml"
    bomb.write_text(BILLION_LAUGHS, encoding="utf-8")
    result = CliRunner().invoke(app, ["import-archimate", str(bomb)])
    assert result.exit_code == 1
    errors = " ".join(result.stderr.split())
    assert f"{bomb}: rejected, nothing was written (1 error)" in errors
    assert "DTDForbidden" in errors
    assert result.stdout == ""
    assert graph_of(db_path).nodes == {}
