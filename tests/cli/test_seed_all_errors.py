"""``graph-api seed`` lists every error of a model file at once, in document order, on
both stores: an unknown reference next to a bad key, errors in many nodes of many
kinds, and a PART_OF cycle, whether the file makes it alone or with stored links.
"""

from pathlib import Path

from typer.testing import CliRunner, Result

from graph_api.cli.app import app
from graph_api.errors import MAX_LISTED_ERRORS
from tests.cli.conftest import Stored

KEY_RULE = (
    "is not a valid key: use lower-case letters and digits joined by '-', '_' or '.', "
    "at most 120 characters"
)


def seed(path: Path, text: str) -> Result:
    path.write_text(text, encoding="utf-8")
    return CliRunner().invoke(app, ["seed", str(path)])


def error_lines(result: Result) -> list[str]:
    """The listed errors, one per line, as printed (after the summary line)."""
    lines = [" ".join(line.split()) for line in result.stderr.splitlines()]
    return [line for line in lines[1:] if line]


def test_an_unknown_job_next_to_a_bad_key_is_reported(
    store_name: tuple[str, Stored], tmp_path: Path
) -> None:
    _, stored = store_name
    result = seed(
        tmp_path / "persona.yaml",
        "format: graph-api/v1\n"
        "personas:\n"
        "  - {key: Bad Key!, name: Commuter, jobs: [get-to-work]}\n",
    )
    assert result.exit_code == 1
    assert "rejected, nothing was written (2 errors)" in " ".join(result.stderr.split())
    assert error_lines(result) == [
        f"personas[0].key: 'Bad Key!' {KEY_RULE}",
        "personas[0].jobs[0]: Job 'get-to-work' is neither in the file nor in the store",
    ]
    assert stored() == 0


def test_errors_across_nodes_and_kinds_come_in_document_order(
    store_name: tuple[str, Stored], tmp_path: Path
) -> None:
    _, stored = store_name
    result = seed(
        tmp_path / "many.yaml",
        "format: graph-api/v1\n"
        "channels:\n"
        "  - {key: App, name: App, kind: hologram}\n"
        "  - {key: web, name: Web, kind: digital}\n"
        "  - {key: web, name: Web again, kind: digital}\n"
        "processes:\n"
        "  - {key: p1, name: P1, parent: p3}\n"
        "  - {key: p3, name: P3, parent: p1}\n"
        "painPoints:\n"
        "  - {key: slow, name: '', severity: 0, steps: [nowhere]}\n",
    )
    assert result.exit_code == 1
    assert "(7 errors)" in " ".join(result.stderr.split())
    assert error_lines(result) == [
        f"channels[0].key: 'App' {KEY_RULE}",
        "channels[0].kind: Input should be 'digital', 'physical', 'assisted' or 'partner'",
        "channels[2]: Channel 'web' is defined twice (first at channels[1])",
        "processes[1].parent: Process 'p3' PART_OF Process 'p1' would make a cycle: p3 → p1 → p3",
        "painPoints[0].name: String should have at least 1 character",
        "painPoints[0].severity: Input should be greater than or equal to 1",
        "painPoints[0].steps[0]: Step 'nowhere' is neither in the file nor in the store",
    ]
    assert stored() == 0


def test_a_cycle_through_stored_links_is_refused_at_its_place_in_the_file(
    store_name: tuple[str, Stored], tmp_path: Path
) -> None:
    _, stored = store_name
    first = seed(
        tmp_path / "map.yaml",
        "format: graph-api/v1\n"
        "capabilities:\n"
        "  - {key: top, name: Top, level: 1}\n"
        "  - {key: mid, name: Mid, level: 2, parent: top}\n",
    )
    assert first.exit_code == 0, first.output
    before = stored()
    result = seed(
        tmp_path / "cycle.yaml",
        "format: graph-api/v1\n"
        "capabilities:\n"
        "  - {key: extra, name: Extra, level: 3}\n"
        "  - {key: top, name: Top, level: 1, parent: mid}\n",
    )
    assert result.exit_code == 1
    assert "rejected, nothing was written (1 error)" in " ".join(result.stderr.split())
    assert error_lines(result) == [
        "capabilities[1].parent: Capability 'top' PART_OF Capability 'mid' would make a "
        "cycle: top → mid → top"
    ]
    assert stored() == before


def test_a_file_with_many_errors_prints_the_first_fifty_and_counts_the_rest(
    store_name: tuple[str, Stored], tmp_path: Path
) -> None:
    _, stored = store_name
    count = 3 * MAX_LISTED_ERRORS
    lines = ["format: graph-api/v1", "personas:"]
    lines += [f"  - {{key: P{i}, name: P{i}}}" for i in range(count)]
    result = seed(tmp_path / "many.yaml", "\n".join(lines) + "\n")
    assert result.exit_code == 1
    assert f"rejected, nothing was written ({count} errors)" in " ".join(result.stderr.split())
    listed = error_lines(result)
    assert listed[:2] == [f"personas[0].key: 'P0' {KEY_RULE}", f"personas[1].key: 'P1' {KEY_RULE}"]
    assert len(listed) == MAX_LISTED_ERRORS + 1
    assert listed[-1] == f"... and {count - MAX_LISTED_ERRORS} more errors"
    assert stored() == 0
