"""Model files holding whole numbers beyond what GraphQL's ``Int`` carries are refused by
``graph-api seed`` and ``graph-api load`` (YAML and JSON), each value named by its place,
nothing written, on both stores: a node stored with one could not be read back."""

import json
from pathlib import Path

from graph_api.generate import generate_model
from tests.cli.conftest import Stored
from tests.cli.test_non_finite_numbers import run
from tests.cli.test_seed import flat

LE_MAX = "Input should be less than or equal to 2147483647"


def refused(output: str, exit_code: int, paths: list[str]) -> None:
    assert exit_code == 1, output
    text = flat(output)
    assert "rejected, nothing was written" in text
    for path in paths:
        assert f"{path}: {LE_MAX}" in text, (path, text)


def test_seed_refuses_them_in_yaml_and_json(store_name: tuple[str, Stored], tmp_path: Path) -> None:
    store, stored = store_name
    model = tmp_path / "model.yaml"
    model.write_text(
        "format: graph-api/v1\n"
        "journeys:\n"
        "  - key: j\n"
        "    name: J\n"
        "    stages:\n"
        "      - { key: s1, name: S1, order: 2147483648 }\n"
        "      - { key: s2, name: S2, order: 2147483647 }\n"
        "evidence:\n"
        "  - { key: e, kind: survey, summary: S, sampleSize: 18446744073709551616 }\n",
        encoding="utf-8",
    )
    result = run("seed", str(model), "--store", store)
    refused(result.output, result.exit_code, ["stages[0].order", "evidence[0].sampleSize"])
    assert "stages[1]" not in flat(result.output)
    as_json = tmp_path / "model.json"
    as_json.write_text(
        '{"format": "graph-api/v1", "valueStreams": [{"key": "v", "name": "V", "stages": '
        '[{"key": "vs", "name": "VS", "order": 100000000000000000000000000000}]}]}',
        encoding="utf-8",
    )
    result = run("seed", str(as_json), "--store", store)
    refused(result.output, result.exit_code, ["stages[0].order"])
    assert stored() == 0


def test_a_bulk_load_refuses_them_before_writing(
    store_name: tuple[str, Stored],
    tmp_path: Path,
) -> None:
    store, stored = store_name
    document = generate_model(1, 11).document
    document["evidence"][0]["sampleSize"] = 2**31
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    result = run("load", str(bad), "--store", store)
    refused(result.output, result.exit_code, ["evidence[0].sampleSize"])
    assert stored() == 0
