"""docs/ingestion.md's tracker example, replayed on both stores: the export it shows, sent
to ``POST /tracker/import``, is answered with the report it shows."""

import json
import re
from pathlib import Path

from graph_api.store.base import GraphStore
from graph_api.tracker import TrackerFormat, read_mapping
from tests.auth_headers import headers_for
from tests.conftest import app_client
from tests.tracker.targets import seed_targets

DOC = Path(__file__).parents[2] / "docs" / "ingestion.md"
SECTION = "## Backlog items from a tracker"


def example(language: str) -> str:
    """The first ``language`` code block of the tracker section."""
    section = DOC.read_text(encoding="utf-8").split(SECTION, 1)[1]
    found = re.search(rf"```{language}\n(.*?)```", section, re.DOTALL)
    assert found is not None, f"no {language} example in {SECTION}"
    return found.group(1)


async def test_the_documented_report(store: GraphStore) -> None:
    await seed_targets(store)
    async with app_client(store, headers=headers_for("editor")) as http:
        answer = await http.post(
            "/tracker/import",
            params={"format": "jira-csv"},
            content=example("csv").encode(),
            headers={"Content-Type": "text/csv"},
        )
    assert answer.status_code == 200, answer.text
    assert answer.json() == json.loads(example("json"))


def test_the_documented_mapping_is_valid() -> None:
    mapping = read_mapping(TrackerFormat.JIRA_CSV, example("yaml"), "docs/ingestion.md")
    assert mapping.tracker == "jira:claims-team" and mapping.key_prefix == "jira-"
    assert "opportunity:" not in mapping.links and mapping.links["journey-step:"] == "steps"
