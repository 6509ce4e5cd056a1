"""``graph-api seed`` reads a ``.json`` model file as JSON (YAML for any other name), on
both stores: a JSON export holding U+2028 and U+2029, raw or escaped, seeds back to the
same text, spaces around them kept; what JSON does not allow is refused with its place;
a number too long to read is refused, never a traceback."""

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner, Result

from graph_api.cli.app import app
from tests.cli.conftest import Stored
from tests.cli.test_seed import flat

# Line and paragraph separators with white space around them, which YAML folds away.
SEPARATED = {
    "name": "before \u2028 after",
    "description": "one\u2029  two \u2028\u2029 three\t\u2028x",
    "kind": "CRM \u2029\u2028 core",
}


def run(*args: str) -> Result:
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "300"})


def model(**system: Any) -> dict[str, Any]:
    return {
        "format": "graph-api/v1",
        "systems": [{"key": "crm", **system}],
        "teams": [{"key": "ops", "name": "Ops \u2028 team", "systems": ["crm"]}],
    }


def seeded(result: Result, created: int, updated: int, unchanged: int) -> None:
    assert result.exit_code == 0, result.output
    counts = [w for w in flat(result.output).split("links added")[1].split() if w.isdigit()]
    assert counts[:3] == [str(created), str(updated), str(unchanged)], result.output


def test_a_json_export_with_line_separators_seeds_back_as_it_was(
    store_name: tuple[str, Stored], tmp_path: Path
) -> None:
    store, stored = store_name
    raw = tmp_path / "raw.json"
    raw.write_text(json.dumps(model(**SEPARATED), ensure_ascii=False), encoding="utf-8")
    assert "\u2028" in raw.read_text(encoding="utf-8")
    # Read as YAML, the same file would lose the spaces around the separators.
    as_yaml = yaml.safe_load(raw.read_text(encoding="utf-8"))
    assert as_yaml["systems"][0]["name"] != SEPARATED["name"]

    seeded(run("seed", str(raw), "--store", store), created=2, updated=0, unchanged=0)
    exported = tmp_path / "export.json"
    assert run("export", "--format", "json", "-o", str(exported), "--store", store).exit_code == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert {k: document["systems"][0][k] for k in SEPARATED} == SEPARATED
    assert document["teams"][0]["name"] == "Ops \u2028 team"
    assert document["teams"][0]["systems"] == ["crm"]

    # The export, seeded again: every node unchanged, so every text read back as stored.
    seeded(run("seed", str(exported), "--store", store), created=0, updated=0, unchanged=2)
    # The export with the separators written raw (as other tools write JSON) too.
    unescaped = tmp_path / "unescaped.json"
    unescaped.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    seeded(run("seed", str(unescaped), "--store", store), created=0, updated=0, unchanged=2)
    again = tmp_path / "again.json"
    assert run("export", "--format", "json", "-o", str(again), "--store", store).exit_code == 0
    assert again.read_text(encoding="utf-8") == exported.read_text(encoding="utf-8")
    # A JSON file with a byte order mark, as some editors save it.
    bom = tmp_path / "bom.json"
    bom.write_bytes(b"\xef\xbb\xbf" + json.dumps(document).encode())
    seeded(run("seed", str(bom), "--store", store), created=0, updated=0, unchanged=2)
    assert stored() == 2


@pytest.mark.parametrize(
    ("text", "where", "problem"),
    [
        (
            '{"format": "graph-api/v1",\n "systems": [{"key": "a",}]}',
            "line 2, column 26",
            "Expecting property name",
        ),
        ("{'format': 'graph-api/v1'}", "line 1, column 2", "Expecting property name"),
        ('# a comment\n{"format": "graph-api/v1"}', "line 1, column 1", "Expecting value"),
        (
            '{"format": "graph-api/v1", "teams": [{"name": "O\x01ps"}]}',
            "line 1, column 49",
            "U+0001 (a control character): no text may hold it",
        ),
    ],
)
def test_what_json_does_not_allow_is_refused_with_its_place(
    store_name: tuple[str, Stored], tmp_path: Path, text: str, where: str, problem: str
) -> None:
    store, stored = store_name
    bad = tmp_path / "bad.json"
    bad.write_text(text, encoding="utf-8")
    result = run("seed", str(bad), "--store", store)
    assert result.exit_code == 1, result.output
    output = flat(result.output)
    assert "rejected, nothing was written" in output
    assert f"{where}: {problem}" in output, output
    assert stored() == 0


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_a_number_too_long_to_read_is_refused(
    store_name: tuple[str, Stored], tmp_path: Path, suffix: str
) -> None:
    store, stored = store_name
    bad = tmp_path / f"long{suffix}"
    digits = "7" * 5001
    bad.write_text(
        '{"format": "graph-api/v1", "stages": [{"key": "s", "name": "S", "order": '
        + digits
        + "}]}",
        encoding="utf-8",
    )
    for command in ("seed", "load"):
        result = run(command, str(bad), "--store", store)
        assert result.exit_code == 1, result.output
        output = flat(result.output)
        assert "rejected, nothing was written" in output
        assert "a number too long to read" in output and "5001 digits" in output
        assert "Traceback" not in output
    assert stored() == 0
