"""Model files holding infinities or NaN are refused by ``graph-api seed`` and
``graph-api load`` (YAML and JSON), each value named by its place, nothing written, on
both stores."""

import json
from pathlib import Path

from typer.testing import CliRunner, Result

from graph_api.cli.app import app
from graph_api.generate import generate_model
from tests.cli.conftest import Stored
from tests.cli.test_seed import flat

FINITE = "Input should be a finite number"


def run(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def refused(result: Result, paths: list[str]) -> None:
    """The command refused the file, naming each of ``paths`` as not finite."""
    assert result.exit_code == 1, result.output
    output = flat(result.output)
    assert "rejected, nothing was written" in output
    for path in paths:
        assert f"{path}: {FINITE}" in output, (path, output)


def test_seed_refuses_them_in_yaml_and_json(store_name: tuple[str, Stored], tmp_path: Path) -> None:
    store, stored = store_name
    model = tmp_path / "model.yaml"
    model.write_text(
        "format: graph-api/v1\n"
        "kpis:\n"
        "  - { key: nps, name: NPS, target: .inf }\n"
        "  - { key: fine, name: Fine, target: 1.5 }\n"
        "measurements:\n"
        "  - { key: m, value: -.inf, at: 2026-03-01, kpi: nps }\n"
        "evidence:\n"
        "  - { key: e, kind: survey, summary: S, score: .nan }\n"
        "backlogItems:\n"
        "  - { key: b, title: T, estimate: 9.9e+999 }\n",
        encoding="utf-8",
    )
    result = run("seed", str(model), "--store", store)
    refused(
        result,
        [
            "kpis[0].target",
            "measurements[0].value",
            "evidence[0].score",
            "backlogItems[0].estimate",
        ],
    )
    assert "kpis[1]" not in flat(result.output)
    as_json = tmp_path / "model.json"
    as_json.write_text(
        '{"format": "graph-api/v1", "kpis": [{"key": "k", "name": "K", "target": NaN}],'
        ' "measurements": [{"key": "m", "value": 1e400, "at": "2026-03-01", "kpi": "k"}]}',
        encoding="utf-8",
    )
    refused(
        run("seed", str(as_json), "--store", store), ["kpis[0].target", "measurements[0].value"]
    )
    assert stored() == 0


def test_a_bulk_load_refuses_them_before_writing(
    store_name: tuple[str, Stored], tmp_path: Path
) -> None:
    store, stored = store_name
    document = generate_model(1, 11).document
    document["kpis"][0]["target"] = float("inf")
    document["measurements"][2]["value"] = float("nan")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")  # NaN and Infinity, as Python writes
    refused(run("load", str(bad), "--store", store), ["kpis[0].target", "measurements[2].value"])
    raw = tmp_path / "bad.yaml"
    raw.write_text(
        "format: graph-api/v1\nkpis:\n  - { key: k, name: K, target: -.INF }\n", encoding="utf-8"
    )
    refused(run("load", str(raw), "--store", store), ["kpis[0].target"])
    assert stored() == 0
