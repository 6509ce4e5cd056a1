"""``graph-api tracker import`` through Typer's CliRunner, on both stores: the report
printed, the exit status, and nothing written on a dry run or a refused export."""

from pathlib import Path

from typer.testing import CliRunner, Result

from graph_api.cli.app import app
from tests.cli.conftest import Stored
from tests.tracker.targets import FIXTURES, jira_csv, story


def tracker_import(store: str, *args: str) -> Result:
    return CliRunner().invoke(app, ["tracker", "import", *args, "--store", store])


def test_an_export_imported_then_imported_again(
    store_name: tuple[str, Stored], tmp_path: Path
) -> None:
    store, stored = store_name
    export = str(FIXTURES / "jira-claims.csv")
    dry = tracker_import(store, export, "--format", "jira-csv", "--dry-run")
    # the fixture's labels name steps this store does not have: those rows are refused
    assert dry.exit_code == 2, dry.output
    assert "dry run, nothing written" in dry.output
    assert "a label names Step 'submit-claim', which does not exist" in dry.output
    assert stored() == 0
    refused = tracker_import(store, export, "--format", "jira-csv")
    # CLAIMS-3 has no labels, but its parent is refused: nothing to write
    assert "line 5 CLAIMS-3: its parent 'CLAIMS-2' is refused" in refused.output
    assert "nothing to change" in refused.output and stored() == 0
    unlabelled = tmp_path / "no-links.yaml"
    unlabelled.write_text("fields: {labels: null}\n", encoding="utf-8")
    options = ["--format", "jira-csv", "--mapping", str(unlabelled)]
    first = tracker_import(store, export, *options)
    assert first.exit_code == 0, first.output
    assert "CLAIMS-3 -> claims-3" in first.output and stored() == 5
    again = tracker_import(store, export, *options)
    assert again.exit_code == 0, again.output
    assert "nothing to change" in again.output and stored() == 5


def test_all_or_nothing_and_a_clean_export(store_name: tuple[str, Stored], tmp_path: Path) -> None:
    store, stored = store_name
    export = tmp_path / "export.csv"
    export.write_bytes(jira_csv(story("A-1"), story("A-2", priority="P9")))
    refused = tracker_import(store, str(export), "--format", "jira-csv", "--all-or-nothing")
    assert refused.exit_code == 1, refused.output
    assert "refused, nothing written (--all-or-nothing)" in refused.output
    assert "priority 'P9' is not mapped" in refused.output
    assert stored() == 0
    export.write_bytes(jira_csv(story("A-1"), story("A-2")))
    clean = tracker_import(store, str(export), "--format", "JIRA-CSV")
    assert clean.exit_code == 0, clean.output
    assert "written" in clean.output and stored() == 2


def test_a_bad_mapping_names_its_entries(store_name: tuple[str, Stored], tmp_path: Path) -> None:
    store, stored = store_name
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text("kinds: {Spike: chore}\nfields: {estimat: Effort}\n", encoding="utf-8")
    export = str(FIXTURES / "azure-onboarding.csv")
    result = tracker_import(store, export, "--format", "azure-csv", "--mapping", str(mapping))
    assert result.exit_code == 1
    assert "rejected, nothing was written (2 errors)" in result.output
    assert "fields.estimat: no such field" in result.output
    assert "kinds.Spike: 'chore' is not a kind" in result.output
    assert stored() == 0


def test_an_unknown_format_is_refused() -> None:
    result = CliRunner().invoke(
        app, ["tracker", "import", str(FIXTURES / "jira-shop.json"), "--format", "trello"]
    )
    assert result.exit_code == 2
    assert "jira-csv" in result.output and "azure-csv" in result.output
