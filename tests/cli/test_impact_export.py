"""``graph-api impact export`` on both stores seeded with the demo model: the lines
``GET /impact.ndjson`` answers, to stdout or to a file; clear errors, and no file, for a
node that does not exist or an argument that names none."""

import asyncio
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from graph_api.cli.app import app
from graph_api.model_io import load_model_file
from graph_api.store.embedded import EmbeddedStore
from tests.cli.conftest import Stored
from tests.conftest import DEMO_MODEL, app_client


def run(store: str, *args: str) -> Result:
    return CliRunner().invoke(app, [*args, "--store", store])


@pytest.fixture
def seeded(store_name: tuple[str, Stored]) -> str:
    """The store the commands run on, seeded with the demo model."""
    name, _ = store_name
    seed = run(name, "seed", str(DEMO_MODEL))
    assert seed.exit_code == 0, seed.output
    return name


async def http_export(params: dict[str, str]) -> bytes:
    """What ``GET /impact.ndjson`` answers on the demo model."""
    store = EmbeddedStore(":memory:")
    await store.open()
    try:
        await load_model_file(store, DEMO_MODEL)
        async with app_client(store) as client:
            response = await client.get("/impact.ndjson", params=params)
    finally:
        await store.close()
    assert response.status_code == 200, response.text
    return response.content


def test_stdout_and_a_file_hold_what_the_http_export_answers(seeded: str, tmp_path: Path) -> None:
    expected = asyncio.run(http_export({"nodeId": "System:telephony-ivr", "maxDepth": "3"}))
    printed = run(seeded, "impact", "export", "System:telephony-ivr", "--max-depth", "3")
    assert printed.exit_code == 0, printed.output
    assert printed.stdout_bytes == expected
    output = tmp_path / "impact.ndjson"
    written = run(
        seeded, "impact", "export", "telephony-ivr", "--max-depth", "3", "-o", str(output)
    )
    assert written.exit_code == 0, written.output
    assert output.read_bytes() == expected
    hits = len(expected.splitlines()) - 1
    assert written.stdout == f"wrote {output} (a summary line and {hits} hits)\n"
    # The default depth is the API's, 6.
    deeper = run(seeded, "impact", "export", "telephony-ivr")
    assert deeper.stdout_bytes == asyncio.run(http_export({"nodeId": "telephony-ivr"}))


def test_refusals_say_what_is_wrong_and_write_no_file(seeded: str, tmp_path: Path) -> None:
    output = tmp_path / "impact.ndjson"
    for args, says in [
        (("System:no-such",), "NOT_FOUND: System 'no-such' does not exist"),
        (("no-such-key",), "VALIDATION: NODE: no node has the key 'no-such-key'"),
        (("Gadget:x",), "VALIDATION: NODE: "),
    ]:
        result = run(seeded, "impact", "export", *args, "-o", str(output))
        assert result.exit_code == 1, result.output
        assert says in result.stderr, result.stderr
        assert result.stdout == ""
        assert not output.exists()
    result = run(seeded, "impact", "export", "System:crm", "--max-depth", "11")
    assert result.exit_code == 2
    assert "--max-depth" in result.stderr
