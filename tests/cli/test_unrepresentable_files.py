"""Files holding text the exports cannot carry are refused by the command line, on both
stores: ``graph-api seed`` (YAML and JSON), ``graph-api load`` (bulk) and
``graph-api import-archimate`` exit 1, list every such character or field with its
place, and write nothing."""

import json
from pathlib import Path

from typer.testing import CliRunner, Result

from graph_api.cli.app import app
from graph_api.generate import generate_model
from tests.cli.conftest import Stored
from tests.cli.test_seed import flat


def run(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def test_seed_refuses_the_control_characters_of_a_name(
    store_name: tuple[str, Stored], tmp_path: Path
) -> None:
    store, stored = store_name
    model = tmp_path / "bad.yaml"
    model.write_text(
        "format: graph-api/v1\n"
        "systems:\n"
        '  - { key: bad, name: "Bad\\0name\\x01ctl" }\n'
        '  - { key: ok, name: OK, attributes: [{ name: Owner, value: "\\e[1m" }] }\n',
        encoding="utf-8",
    )
    result = run("seed", str(model), "--store", store)
    assert result.exit_code == 1
    output = flat(result.output)
    assert "rejected, nothing was written (2 errors)" in output
    assert (
        "systems[0].name: holds U+0000 (a control character) at character 4, "
        "U+0001 (a control character) at character 9: XML and YAML cannot carry" in output
    )
    assert "systems[1].attributes[0].value: holds U+001B (a control character) at character 1" in (
        output
    )
    assert stored() == 0


def test_seed_locates_each_raw_character_of_a_yaml_or_json_file(
    store_name: tuple[str, Stored], tmp_path: Path
) -> None:
    store, stored = store_name
    raw_yaml = tmp_path / "raw.yaml"
    raw_yaml.write_text(
        "format: graph-api/v1\nteams:\n  - name: Ops\x00\n  - name: Dev\x1f\x7f\n",
        encoding="utf-8",
    )
    result = run("seed", str(raw_yaml), "--store", store)
    assert result.exit_code == 1
    output = flat(result.output)
    assert "line 3, column 14: U+0000 (a control character): no text may hold it" in output
    assert "line 4, column 14: U+001F (a control character)" in output
    assert "line 4, column 15: U+007F (a control character)" in output
    escaped_json = tmp_path / "escaped.json"
    escaped_json.write_text(
        json.dumps({"format": "graph-api/v1", "teams": [{"name": "Ops", "kind": "\ufffe"}]}),
        encoding="utf-8",
    )
    result = run("seed", str(escaped_json), "--store", store)
    assert result.exit_code == 1
    assert "teams[0].kind: holds U+FFFE (a non-character) at character 1" in flat(result.output)
    assert stored() == 0


def test_a_bulk_load_refuses_them_before_writing(
    store_name: tuple[str, Stored], tmp_path: Path
) -> None:
    store, stored = store_name
    document = generate_model(1, 7).document
    document["systems"][0]["name"] += "\x00"
    document["steps"][3]["customerAction"] = "taps \x1b twice"
    document["evidence"][1]["source"] = "\ud800.csv"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    result = run("load", str(bad), "--store", store)
    assert result.exit_code == 1
    output = flat(result.output)
    assert "rejected, nothing was written" in output
    for path, problem in (
        ("systems[0].name", "U+0000 (a control character)"),
        ("steps[3].customerAction", "holds U+001B (a control character) at character 6"),
        ("evidence[1].source", "holds U+D800 (a lone surrogate) at character 1"),
    ):
        assert f"{path}: " in output and problem in output, (path, output)
    raw = tmp_path / "raw.yaml"
    raw.write_text("format: graph-api/v1\nteams:\n  - name: Ops\x01\n  - name: b\x02\n")
    result = run("load", str(raw), "--store", store)
    assert result.exit_code == 1
    output = flat(result.output)
    assert "line 3, column 14: U+0001 (a control character): no text may hold it" in output
    assert "line 4, column 12: U+0002 (a control character): no text may hold it" in output
    assert stored() == 0


def test_import_archimate_refuses_references_to_them(
    store_name: tuple[str, Stored], tmp_path: Path
) -> None:
    store, stored = store_name
    exchange = tmp_path / "bad.xml"
    exchange.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/"'
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="m">\n'
        "<elements>\n"
        '<element identifier="a" xsi:type="ApplicationComponent"><name>Bad&#0;name</name>'
        "</element>\n"
        '<element identifier="b" xsi:type="ApplicationComponent"><name>&#x1;ctl</name>'
        "</element>\n"
        "</elements></model>\n",
        encoding="utf-8",
    )
    result = run("import-archimate", str(exchange), "--store", store)
    assert result.exit_code == 1
    output = flat(result.output)
    assert "line 4, column 66: &#0; refers to U+0000 (a control character)" in output
    assert "line 5, column 63: &#x1; refers to U+0001 (a control character)" in output
    assert stored() == 0
