"""Stale evidence on the journey page (/ui/journeys/{key}), on both stores.

The evidence lane marks each step whose evidence is all older than
GRAPH_API_EVIDENCE_MAX_AGE_DAYS today, exactly the steps ``serviceBlueprint`` calls
stale with the same age and day, in the words of the blueprint diagram; a step with fresh
evidence, or none, is not marked.
"""

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import httpx
import pytest

from graph_api.store.base import AddLink, GraphStore, NodeRef, UpsertNode
from tests.graphql_client import gql_data
from tests.ui.helpers import anonymous_client
from tests.ui.html import parse

STALE = """
query($journey: ID!, $asOf: Date!) {
  serviceBlueprint(journeyId: $journey, asOf: $asOf) {
    stages { steps { step { key } evidenceStale latestEvidenceDate } }
  }
}
"""


async def stale_marks(client: httpx.AsyncClient, journey: str) -> dict[str, str]:
    """The marked steps of the page's evidence lane: step key -> the mark's text."""
    response = await client.get(f"/ui/journeys/{journey}")
    assert response.status_code == 200, response.text
    lane = parse(response.text).find("tr", data_lane="evidence")
    return {mark.attrs["data-step"]: mark.text for mark in lane.find_all("span", cls="stale")}


@pytest.fixture
async def demo_ui(demo_store: GraphStore) -> AsyncIterator[httpx.AsyncClient]:
    async with anonymous_client(demo_store) as http:
        yield http


@pytest.mark.parametrize("journey", ["fault-repair", "new-connection", "bill-and-renew"])
async def test_the_marked_steps_are_those_the_blueprint_calls_stale_today(
    demo_ui: httpx.AsyncClient, journey: str
) -> None:
    today = datetime.now(UTC).date().isoformat()
    data = await gql_data(demo_ui, STALE, journey=journey, asOf=today)
    steps = [s for stage in data["serviceBlueprint"]["stages"] for s in stage["steps"]]
    expected = {
        s["step"]["key"]: f"Stale evidence: latest {s['latestEvidenceDate']}"
        for s in steps
        if s["evidenceStale"]
    }
    assert await stale_marks(demo_ui, journey) == expected


async def test_old_evidence_is_marked_and_fresh_evidence_is_not(store: GraphStore) -> None:
    today = datetime.now(UTC).date()
    old = today.replace(year=today.year - 3)
    await store.write(
        [
            UpsertNode("Journey", "j", {"name": "J"}),
            UpsertNode("Stage", "s", {"name": "S", "order": 1}),
            *(UpsertNode("Step", k, {"name": k, "order": n}) for n, k in enumerate("abc")),
            UpsertNode("Evidence", "old", {"kind": "survey", "summary": "<b>Old</b>"}),
            UpsertNode("Evidence", "new", {"kind": "survey", "summary": "New"}),
            AddLink("HAS_STAGE", NodeRef("Journey", "j"), NodeRef("Stage", "s")),
            *(AddLink("HAS_STEP", NodeRef("Stage", "s"), NodeRef("Step", k)) for k in "abc"),
            AddLink("SUPPORTS", NodeRef("Evidence", "old"), NodeRef("Step", "a")),
            AddLink("SUPPORTS", NodeRef("Evidence", "old"), NodeRef("Step", "b")),
            AddLink("SUPPORTS", NodeRef("Evidence", "new"), NodeRef("Step", "b")),
        ]
    )
    await store.write(
        [
            UpsertNode(
                "Evidence",
                "old",
                {"kind": "survey", "summary": "<b>Old</b>"} | {"collectedAt": old.isoformat()},
            ),
            UpsertNode(
                "Evidence",
                "new",
                {"kind": "survey", "summary": "New"} | {"collectedAt": today.isoformat()},
            ),
        ]
    )
    async with anonymous_client(store) as http:
        # a: only old evidence; b: old and new; c: none (a gap, not stale).
        assert await stale_marks(http, "j") == {"a": f"Stale evidence: latest {old.isoformat()}"}
