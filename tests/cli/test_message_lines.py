"""The command line's messages: one line however long, whatever width the output has, and a
count of one in the singular.

``graph-api generate`` runs as a user runs it (a process, its output piped): Rich cannot ask
a terminal there and would break lines at 80 columns, or at ``COLUMNS``.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph_api.cli.app import app
from graph_api.generate import generate_model

GRAPH_API = Path(sys.executable).with_name("graph-api")


def graph_api(*args: str, columns: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    if columns is not None:
        env["COLUMNS"] = columns
    return subprocess.run(
        [str(GRAPH_API), *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )


@pytest.mark.parametrize("columns", [None, "40", "80", "200"])
def test_the_generate_summary_is_one_line_at_any_width(tmp_path: Path, columns: str | None) -> None:
    deep = tmp_path / ("a-directory-with-a-rather-long-name-" * 3) / "model.json"
    result = graph_api("generate", "--scale", "1", "--seed", "2", "-o", str(deep), columns=columns)
    assert result.returncode == 0, result.stderr
    model = generate_model(1, 2)
    expected = (
        f"generated scale 1 (seed 2): {model.node_count:,} nodes, {model.link_count:,} links "
        f"-> {deep} (json, "
    )
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout
    assert lines[0].startswith(expected), lines[0]
    assert len(lines[0]) > 200  # longer than any of the widths tried


def test_the_summary_goes_to_stderr_in_one_line_when_the_model_goes_to_stdout() -> None:
    result = graph_api("generate", "--scale", "1", "--seed", "2", columns="30")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["format"] == "graph-api/v1"
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith("generated scale 1 (seed 2): ")


def test_a_file_with_one_error_says_1_error(db_path: Path, tmp_path: Path) -> None:
    document = generate_model(1, 2).document
    document["touchpoints"][0]["channel"] = "hologram"
    bad = tmp_path / "one-error.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    for command in ("load", "seed"):
        result = CliRunner().invoke(app, [command, str(bad)])
        assert result.exit_code == 1, result.output
        assert f"{bad}: rejected, nothing was written" in " ".join(result.stderr.split())
        assert "(1 error)" in result.stderr, (command, result.stderr)
        assert "1 errors" not in result.stderr


@pytest.mark.parametrize("name", ["model[b].json", "[red]x.json", "a[bold]b[link=x].json"])
def test_a_file_name_is_written_as_it_is(db_path: Path, tmp_path: Path, name: str) -> None:
    # File names are not Rich markup: brackets in one must reach the terminal unchanged.
    document = generate_model(1, 2).document
    document["touchpoints"][0]["channel"] = "hologram"
    bad = tmp_path / name
    bad.write_text(json.dumps(document), encoding="utf-8")
    for command in ("load", "seed"):
        result = CliRunner().invoke(app, [command, str(bad)])
        assert result.exit_code == 1, result.output
        assert f"{bad}: rejected, nothing was written" in " ".join(result.stderr.split())
