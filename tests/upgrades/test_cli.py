"""``graph-api upgrade [--store] [--dry-run]`` on the release's stores, both of them."""

from collections.abc import Iterator

import pytest
from typer.testing import CliRunner, Result

from graph_api.cli.app import app
from graph_api.config import get_settings
from tests.conftest import NEO4J_TEST_DATABASE, NEO4J_TEST_URI
from tests.upgrades.expected import expected_after
from tests.upgrades.release import Release


@pytest.fixture
def cli_env(release: Release, monkeypatch: pytest.MonkeyPatch) -> Iterator[Release]:
    """The command line's settings pointing at the release's store."""
    monkeypatch.setenv("GRAPH_API_SQLITE_PATH", str(release.path))
    monkeypatch.setenv("NEO4J_URI", NEO4J_TEST_URI)
    monkeypatch.setenv("NEO4J_DATABASE", NEO4J_TEST_DATABASE)
    get_settings.cache_clear()
    yield release
    get_settings.cache_clear()


def upgrade(release: Release, *options: str) -> Result:
    return CliRunner().invoke(app, ["upgrade", "--store", release.kind, *options])


STEP_LINES = [
    "  2 namespace-subjects: createdBy, updatedBy and the change log's actors that were "
    "JWT subjects get the `jwt:` prefix",
    "      nodes' createdBy: 4",
    "      nodes' updatedBy: 5",
    "      change-log actors: 7",
    "      'ed@example.org' -> 'jwt:ed@example.org'",
    "      'key:5' -> 'jwt:key:5'",
    "  3 repair-text: text holding characters exports cannot carry (control characters, "
    "non-characters) loses them; each node repaired gets a new version and a change-log "
    "entry by `system`",
    "      nodes repaired: 2",
    "      texts repaired: 8",
    "      Persona 'blank-name': name; name: nothing left, the node's key put in its place",
]
NUMBER_STEP_LINES = [
    "  4 repair-numbers: infinities and NaN in float properties, and whole numbers beyond "
    "GraphQL's 32-bit Int, are removed when optional, an order is clamped, a measurement "
    "without a finite value is deleted with its links; each change is logged by `system`",
    "      nodes repaired: 0",
    "      nodes deleted: 0",
    "  5 break-hierarchy-cycles: each cycle of a hierarchy (PART_OF) loses one link: the one "
    "linked last by the change log, else the one leaving its greatest key; each link "
    "removed is logged as an unlink by `system`",
    "      links removed: 0",
    "  6 derive-capability-levels: each capability's level is derived from the capability "
    "hierarchy, at any depth (it was given by writers, 1 to 3): a capability whose stored "
    "level differs gets the derived one, a new version and a change-log entry by `system`",
    "      capabilities re-levelled: 0",
    "  7 link-identifiers: relationships may carry an identifier (another tool's name for "
    "them): the embedded store's file gets a column for it; Neo4j's relationships hold it "
    "as a property and need nothing; no data changes",
    "      links, none with an identifier yet: 703",
    "  8 backlog-tracker-fields: backlog items may come from a tracker: they can carry the "
    "tracker, its key for the item, the dates it was opened, started and resolved, and the "
    "kind `bug`, which earlier releases cannot read; Neo4j gets an index on the tracker key; "
    "no data changes",
    "      backlog items, none from a tracker yet: 18",
]
"""The release's stores hold no such number, nor a cycle, and their capabilities'
levels are those of their hierarchy (test_repair_numbers.py and
test_break_cycles.py put some in); they hold 703 links."""


def test_a_dry_run_says_what_would_change_and_changes_nothing(cli_env: Release) -> None:
    release = cli_env
    result = upgrade(release, "--dry-run")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == f"{release.kind} store would be upgraded from version 1 to 8"
    assert lines[1 : len(STEP_LINES) + 1] == STEP_LINES
    assert lines[len(STEP_LINES) + 1].startswith("      System 'bad-text': ")
    assert lines[len(STEP_LINES) + 2 : -1] == NUMBER_STEP_LINES
    assert lines[-1] == "dry run: nothing was changed"
    assert release.view() == release.written()
    assert release.recorded_version() is None


def test_the_upgrade_says_what_it_did_then_that_nothing_is_left(cli_env: Release) -> None:
    release = cli_env
    before = release.written()
    result = upgrade(release)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == f"{release.kind} store upgraded from version 1 to 8"
    assert lines[1 : len(STEP_LINES) + 1] == STEP_LINES
    assert lines[len(STEP_LINES) + 2 :] == NUMBER_STEP_LINES
    assert "dry run" not in result.output
    after = release.view()
    assert after == expected_after(before, after)
    assert release.recorded_version() == 8
    again = upgrade(release)
    assert again.exit_code == 0, again.output
    assert again.output == f"{release.kind} store: at version 8, nothing to do\n"
    assert release.view() == after


def test_a_newer_store_is_refused_naming_both_versions(cli_env: Release) -> None:
    release = cli_env
    release.record_version(9)
    for options in ((), ("--dry-run",)):
        result = upgrade(release, *options)
        assert result.exit_code == 1
        assert (
            f"upgrade failed: STORE_TOO_NEW the {release.kind} store is at version 9, newer "
            "than this code's version 8" in " ".join(result.output.split())
        )
    assert release.recorded_version() == 9
    assert release.view() == release.written()
