"""``graph-api seed`` through Typer's CliRunner, on an embedded store in a temp file.

Seeding the demo twice gives the same graph (second run: nothing created or updated,
every node unchanged, no link added; snapshots equal, versions kept). A bad model file
(bad enum, out-of-range severity, reference to a missing key, unknown field) exits 1,
lists every error with its location and writes nothing, on an empty store and on a
seeded one; so does a YAML syntax error and a file conflicting with the store.
"""

import re
from pathlib import Path

from typer.testing import CliRunner, Result

from graph_api.cli.app import app
from tests.conftest import DEMO_MODEL, on_embedded_file
from tests.expected_demo import DEMO_LINKS, DEMO_NODES
from tests.snapshots import GraphSnapshot, take_snapshot

BAD_MODEL = """\
format: graph-api/v1
channels:
  - { key: hologram, name: Hologram booth, kind: satellite }
painPoints:
  - { key: slow-install, name: Slow install, severity: 9, steps: [no-such-step] }
personas:
  - { key: commuter, name: Commuter, colour: blue }
"""

BAD_MODEL_ERRORS = [
    "channels[0].kind: Input should be 'digital', 'physical', 'assisted' or 'partner'",
    "painPoints[0].severity: Input should be less than or equal to 5",
    "personas[0].colour: Extra inputs are not permitted",
    "painPoints[0].steps[0]: Step 'no-such-step' is neither in the file nor in the store",
]

SUMMARY_ROW = re.compile(r"[│|]\s*(\d+)\s*[│|]\s*(\d+)\s*[│|]\s*(\d+)\s*[│|]\s*(\d+)\s*[│|]")


def seed(path: Path) -> Result:
    return CliRunner().invoke(app, ["seed", str(path)])


def summary(result: Result) -> tuple[int, int, int, int]:
    """(created, updated, unchanged, links added) from the seed command's table."""
    match = SUMMARY_ROW.search(result.stdout)
    assert match, result.stdout
    created, updated, unchanged, linked = (int(n) for n in match.groups())
    return created, updated, unchanged, linked


def flat(text: str) -> str:
    """Output with Rich's line wrapping undone."""
    return " ".join(text.split())


def snapshot_of(path: Path) -> GraphSnapshot:
    return on_embedded_file(path, take_snapshot)


def test_seeding_the_demo_twice_gives_the_same_graph(db_path: Path) -> None:
    first = seed(DEMO_MODEL)
    assert first.exit_code == 0, first.output
    assert summary(first) == (DEMO_NODES, 0, 0, DEMO_LINKS)
    after_first = snapshot_of(db_path)
    assert (len(after_first.nodes), len(after_first.edges)) == (DEMO_NODES, DEMO_LINKS)

    second = seed(DEMO_MODEL)
    assert second.exit_code == 0, second.output
    assert summary(second) == (0, 0, DEMO_NODES, 0)
    after_second = snapshot_of(db_path)
    assert after_second == after_first
    assert {version for _, version, _, _ in after_second.nodes.values()} == {1}


def test_a_bad_model_file_lists_every_error_and_writes_nothing(
    db_path: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(BAD_MODEL, encoding="utf-8")
    result = seed(bad)
    assert result.exit_code == 1
    errors = flat(result.stderr)
    assert f"{bad}: rejected, nothing was written (4 errors)" in errors
    for error in BAD_MODEL_ERRORS:
        assert error in errors, error
    assert result.stdout == ""
    empty = snapshot_of(db_path)
    assert (empty.nodes, empty.edges) == ({}, frozenset())


def test_a_bad_model_file_leaves_a_seeded_store_unchanged(db_path: Path, tmp_path: Path) -> None:
    assert seed(DEMO_MODEL).exit_code == 0
    before = snapshot_of(db_path)
    bad = tmp_path / "bad.yaml"
    # valid changes to demo nodes alongside the errors: none of them may be written
    bad.write_text(
        BAD_MODEL
        + "steps:\n"
        + "  - { key: fr-book-engineer, name: Renamed, order: 1, emotion: 5 }\n"
        + "  - { key: fr-new-step, name: New step, order: 9, stage: engineer-visit }\n",
        encoding="utf-8",
    )
    result = seed(bad)
    assert result.exit_code == 1
    assert "(4 errors)" in flat(result.stderr)
    assert snapshot_of(db_path) == before


def test_a_file_conflicting_with_the_store_writes_nothing(db_path: Path, tmp_path: Path) -> None:
    assert seed(DEMO_MODEL).exit_code == 0
    before = snapshot_of(db_path)
    moving = tmp_path / "move.yaml"
    moving.write_text(
        "format: graph-api/v1\n"
        "personas:\n  - { key: newcomer, name: Newcomer }\n"
        "stages:\n"
        "  - { key: resolution, name: Back online, order: 5, steps: [fr-book-engineer] }\n",
        encoding="utf-8",
    )
    result = seed(moving)
    assert result.exit_code == 1
    errors = flat(result.stderr)
    assert f"{moving}: rejected, nothing was written: CONFLICT" in errors
    assert "Step 'fr-book-engineer' already has HAS_STEP from Stage 'engineer-visit'" in errors
    assert snapshot_of(db_path) == before


def test_a_yaml_syntax_error_is_located(db_path: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: graph-api/v1\npersonas:\n  - { key: a, name: [unclosed\n")
    result = seed(broken)
    assert result.exit_code == 1
    errors = flat(result.stderr)
    assert f"{broken}: rejected, nothing was written (1 error)" in errors
    assert re.search(r"line \d+, column \d+: ", errors), errors
    assert snapshot_of(db_path).nodes == {}


def test_a_missing_file_is_a_usage_error(db_path: Path, tmp_path: Path) -> None:
    result = seed(tmp_path / "absent.yaml")
    assert result.exit_code == 2
    assert "does not exist" in flat(result.output)
    assert not db_path.exists()
