"""docs/archimate.md shows the mapping table the code uses, and the CLI's real output."""

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph_api.archimate.table import markdown_table
from graph_api.cli.app import app
from tests.archimate.helpers import FIXTURE
from tests.conftest import ROOT

DOC = ROOT / "docs" / "archimate.md"


def test_the_doc_holds_the_mapping_table_of_the_code() -> None:
    text = DOC.read_text(encoding="utf-8")
    match = re.search(
        r"<!-- archimate-mapping:start -->\n(.*?)<!-- archimate-mapping:end -->", text, re.S
    )
    assert match, "mapping markers missing"
    assert match.group(1).strip() == markdown_table().strip()


def _console_block(text: str, command: str) -> str:
    """What the doc shows after ``$ command`` in a console block."""
    start = text.index(f"$ {command}\n") + len(f"$ {command}\n")
    return text[start : text.index("```", start)]


def test_the_doc_shows_the_real_report_of_the_fixture(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)  # the doc names the fixture by its path in the repository
    command = "graph-api import-archimate tests/archimate/fixtures/kestrel-acquisition.xml"
    result = CliRunner().invoke(app, command.split()[1:])
    assert result.exit_code == 0, result.output
    assert _console_block(DOC.read_text(encoding="utf-8"), command) == result.stdout


def test_the_doc_shows_real_lines_of_the_export(db_path: Path) -> None:
    assert CliRunner().invoke(app, ["import-archimate", str(FIXTURE)]).exit_code == 0
    exported = CliRunner().invoke(app, ["export-archimate"]).stdout
    text = DOC.read_text(encoding="utf-8")
    start = text.index("```xml\n") + len("```xml\n")
    shown = text[start : text.index("```", start)]
    for part in shown.split("    ...\n"):
        assert part in exported, part
