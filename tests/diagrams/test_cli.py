"""``graph-api diagram journey|blueprint|impact`` on an embedded store seeded with the
demo model: the text the GraphQL fields give, and clear errors for what does not exist."""

import asyncio
import base64
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from graph_api.cli.app import app
from graph_api.config import get_settings
from graph_api.model_io import load_model_file
from graph_api.store.embedded import EmbeddedStore
from tests.conftest import DEMO_MODEL, app_client
from tests.diagrams.mermaid_parse import parse_flowchart, parse_journey
from tests.graphql_client import gql, gql_data


@pytest.fixture
def demo_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    db = tmp_path / "demo.db"
    monkeypatch.setenv("GRAPH_API_STORE", "embedded")
    monkeypatch.setenv("GRAPH_API_SQLITE_PATH", str(db))
    get_settings.cache_clear()
    assert CliRunner().invoke(app, ["seed", str(DEMO_MODEL)]).exit_code == 0
    yield db
    get_settings.cache_clear()


def run(*args: str) -> Result:
    return CliRunner().invoke(app, ["diagram", *args])


async def api_answer(query: str) -> str:
    store = EmbeddedStore(":memory:")
    await store.open()
    try:
        await load_model_file(store, DEMO_MODEL)
        async with app_client(store) as client:
            data = await gql_data(client, query)
    finally:
        await store.close()
    (text,) = data.values()
    assert isinstance(text, str)
    return text


def test_the_commands_print_what_the_api_answers(demo_db: Path) -> None:
    system = base64.urlsafe_b64encode(b"System:telephony-ivr").decode().rstrip("=")
    cases = [
        (("journey", "fault-repair"), '{ journeyDiagram(journeyId: "fault-repair") }'),
        (
            ("blueprint", "new-connection"),
            '{ serviceBlueprintDiagram(journeyId: "new-connection") }',
        ),
        (
            ("impact", "System:telephony-ivr", "--depth", "3"),
            f'{{ impactDiagram(nodeId: "{system}", maxDepth: 3) }}',
        ),
        (("impact", "system:telephony-ivr"), f'{{ impactDiagram(nodeId: "{system}") }}'),
        (("impact", "telephony-ivr"), f'{{ impactDiagram(nodeId: "{system}") }}'),
        (("impact", system), f'{{ impactDiagram(nodeId: "{system}") }}'),
        (("journey", "Journey:fault-repair"), '{ journeyDiagram(journeyId: "fault-repair") }'),
        (
            ("blueprint", "new-connection", "--stale-evidence", "--as-of", "2026-12-01"),
            '{ serviceBlueprintDiagram(journeyId: "new-connection", staleEvidence: true, '
            'asOf: "2026-12-01") }',
        ),
        (
            (
                *("blueprint", "fault-repair", "--stale-evidence"),
                *("--as-of", "2026-12-01", "--max-age-days", "30"),
            ),
            '{ serviceBlueprintDiagram(journeyId: "fault-repair", staleEvidence: true, '
            'asOf: "2026-12-01", maxAgeDays: 30) }',
        ),
    ]
    for args, query in cases:
        result = run(*args)
        assert result.exit_code == 0, result.output
        assert result.stdout == asyncio.run(api_answer(query))
    assert parse_journey(run("journey", "fault-repair").stdout).sections
    assert parse_flowchart(run("blueprint", "fault-repair").stdout).subgraphs
    assert parse_flowchart(run("impact", "Step:fr-call-support").stdout).edges
    # The demo's new-connection journey has a step whose only evidence is over a year old.
    stale = run("blueprint", "new-connection", "--stale-evidence", "--as-of", "2026-12-01")
    assert ":::stale" in stale.stdout
    assert ":::stale" not in run("blueprint", "new-connection").stdout


def test_the_age_options_are_checked(demo_db: Path) -> None:
    for args in (("--max-age-days", "-1"), ("--as-of", "2026-02-30"), ("--as-of", "soon")):
        result = run("blueprint", "new-connection", "--stale-evidence", *args)
        assert result.exit_code == 2
        assert args[0] in result.output


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("journey", "no-such-journey"), "Journey 'no-such-journey'"),
        (("blueprint", "no-such-journey"), "Journey 'no-such-journey'"),
        (("impact", "System:no-such-system"), "System 'no-such-system'"),
        (("impact", "Gadget:crm"), "NODE: 'Gadget:crm' names no kind: 'Gadget' is not a kind;"),
        (("impact", "Sytem:crm"), "'Sytem' is not a kind: did you mean System?"),
        (("impact", "no-such-key"), "NODE: no node has the key 'no-such-key'"),
        (("journey", "Not A Key"), "KEY: 'Not A Key' is not a node ID: write a global ID"),
        (("journey", "Step:fr-call-support"), "'Step:fr-call-support' names a Step, not a"),
    ],
)
def test_what_does_not_exist_is_named(demo_db: Path, args: tuple[str, ...], named: str) -> None:
    result = run(*args)
    assert result.exit_code != 0
    assert result.stdout == ""
    assert named in " ".join(result.stderr.split()).replace("│", "").replace("  ", " ")


def test_depth_out_of_range_is_refused(demo_db: Path) -> None:
    result = run("impact", "System:crm", "--depth", "11")
    assert result.exit_code == 2
    assert "--depth" in result.stderr


async def api_refusal(query: str, value: str) -> str:
    """The message of the one VALIDATION error the API answers ``query`` with ``$v``."""
    store = EmbeddedStore(":memory:")
    await store.open()
    try:
        await load_model_file(store, DEMO_MODEL)
        async with app_client(store) as client:
            body = await gql(client, query, v=value)
    finally:
        await store.close()
    ((refusal),) = body["errors"][0]["extensions"]["errors"]
    message: str = refusal["message"]
    return message


@pytest.mark.parametrize(
    ("command", "query", "value"),
    [
        ("impact", "query($v: ID!) { impactDiagram(nodeId: $v) }", "Sytem:crm"),
        ("impact", "query($v: ID!) { impactDiagram(nodeId: $v) }", "no-such-node"),
        ("impact", "query($v: ID!) { impactDiagram(nodeId: $v) }", ":crm"),
        ("impact", "query($v: ID!) { impactDiagram(nodeId: $v) }", "System:"),
        ("impact", "query($v: ID!) { impactDiagram(nodeId: $v) }", "crm!"),
        ("impact", "query($v: ID!) { impactDiagram(nodeId: $v) }", "[b]crm[/b]"),
        ("impact", "query($v: ID!) { impactDiagram(nodeId: $v) }", "System:[red]x"),
        ("journey", "query($v: ID!) { journeyDiagram(journeyId: $v) }", "Step:fr-call-support"),
        ("journey", "query($v: ID!) { journeyDiagram(journeyId: $v) }", "Not A Key"),
        ("blueprint", "query($v: ID!) { serviceBlueprintDiagram(journeyId: $v) }", "Gadget:x"),
    ],
)
def test_a_command_refuses_a_node_as_the_api_does(
    demo_db: Path, command: str, query: str, value: str
) -> None:
    result = run(command, value)
    assert result.exit_code == 1
    message = asyncio.run(api_refusal(query, value))
    assert message in " ".join(result.stderr.split()), (message, result.stderr)
