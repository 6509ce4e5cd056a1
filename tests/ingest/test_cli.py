"""``graph-api ingest`` on both stores: a file in, a table of counts and the refused
records out, re-run changing nothing; exit 1 when records were refused, 2 for a file
that is no batch."""

import json
from pathlib import Path

from typer.testing import CliRunner, Result

from graph_api.cli.app import app
from tests.cli.conftest import Stored
from tests.cli.conftest import store_name as store_name  # a fixture, used by name
from tests.ingest.graph import evidence, measurement, ndjson

MODEL = """\
format: graph-api/v1
kpis:
  - { key: csat, name: CSAT }
painPoints:
  - { key: slow-page, name: Slow page, severity: 3 }
"""


def run(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def test_a_file_is_ingested_then_re_ingested_unchanged(
    store_name: tuple[str, Stored], tmp_path: Path
) -> None:
    name, stored = store_name
    model = tmp_path / "model.yaml"
    model.write_text(MODEL)
    assert run("seed", str(model), "--store", name).exit_code == 0
    batch = tmp_path / "feed.ndjson"
    batch.write_text(
        ndjson(
            measurement("m-1"),
            measurement("m-2", kpi="nope"),
            evidence("ev-1", steps=None, painPoints=["slow-page"]),
        )
    )
    first = run("ingest", str(batch), "--store", name)
    assert first.exit_code == 1, first.output  # one record refused, the others written
    assert "record 2, line 2 (id 'm-2'): kpi: no KPI with the key 'nope'" in first.output
    assert stored() == 4
    again = run("ingest", str(batch), "--store", name, "--json")
    report = json.loads(again.output)
    assert (report["created"], report["unchanged"], report["refused"]) == (0, 2, 1)
    assert stored() == 4


def test_all_or_nothing_and_files_that_are_no_batch(
    store_name: tuple[str, Stored], tmp_path: Path
) -> None:
    name, stored = store_name
    model = tmp_path / "model.yaml"
    model.write_text(MODEL)
    assert run("seed", str(model), "--store", name).exit_code == 0
    csv = tmp_path / "feed.txt"
    csv.write_text(
        "type,id,kpi,value,at\nmeasurement,m-1,csat,1,2026-01-01\nmeasurement,m-2,csat,x,2026-01-01\n"
    )
    unknown = run("ingest", str(csv), "--store", name)
    assert unknown.exit_code == 2 and "give --format ndjson or csv" in unknown.output
    held = run("ingest", str(csv), "--format", "csv", "--all-or-nothing", "--store", name)
    assert held.exit_code == 1
    assert "nothing was written: all-or-nothing, and 1 record refused (record 2)" in held.output
    assert stored() == 2
    bad_header = tmp_path / "bad.csv"
    bad_header.write_text("type,id,colour\nmeasurement,m-1,red\n")
    refused = run("ingest", str(bad_header), "--store", name)
    assert refused.exit_code == 2
    assert "unknown column 'colour'" in refused.output
    written = run("ingest", str(csv), "--format", "csv", "--store", name)
    assert written.exit_code == 1 and stored() == 3
