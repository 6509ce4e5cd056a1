"""The health strip of the journey page (/ui/journeys/{key}), on both stores.

Per stage and per step the rolled-up KPI status as ``journeyHealth`` answers it, in
words as well as colour (a class per status); a summary with the journey's status, the
stages at each status and the KPIs measuring the journey; "No data" throughout for a
journey without KPIs; names shown as text, never read as markup.
"""

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from graph_api.store.base import AddLink, GraphStore, NodeRef, UpsertNode
from tests.contract.traversals.journey_health_graph import JOURNEY_HEALTH_GRAPH
from tests.graphql_client import gql_data
from tests.ui.helpers import anonymous_client
from tests.ui.html import Element, parse

WORDS = {
    "OFF_TRACK": "Off track",
    "AT_RISK": "At risk",
    "ON_TRACK": "On track",
    "NO_DATA": "No data",
}

HEALTH = """
query($journey: ID!) {
  journeyHealth(journeyId: $journey) {
    status
    kpis { kpi { name } status }
    stages { stage { key name } status steps { step { key } status } }
  }
}
"""


async def journey_health(client: httpx.AsyncClient, journey: str) -> dict[str, Any]:
    answer: dict[str, Any] = (await gql_data(client, HEALTH, journey=journey))["journeyHealth"]
    return answer


async def page(client: httpx.AsyncClient, path: str) -> tuple[Element, str]:
    response = await client.get(path)
    assert response.status_code == 200, response.text
    return parse(response.text), response.text


def check_band(cell: Element, status: str) -> None:
    """A band says its status in words and carries it as a class, not by colour alone."""
    assert cell.attrs["data-status"] == status
    assert f"health-{status.lower()}" in cell.classes
    assert cell.find("strong", cls="health-words").text == WORDS[status]


@pytest.fixture
async def demo_ui(demo_store: GraphStore) -> AsyncIterator[httpx.AsyncClient]:
    async with anonymous_client(demo_store) as http:
        yield http


@pytest.mark.parametrize("journey", ["fault-repair", "new-connection", "bill-and-renew"])
async def test_the_strip_shows_what_journey_health_answers(
    demo_ui: httpx.AsyncClient, journey: str
) -> None:
    health = await journey_health(demo_ui, journey)
    html, _ = await page(demo_ui, f"/ui/journeys/{journey}")
    table = html.find("table", id="journey-map")
    stage_cells = table.find("tr", cls="stage-health").find_all("td")
    stages = [s for s in health["stages"] if s["steps"]]  # the map shows stages with steps
    assert [c.attrs["data-stage"] for c in stage_cells] == [s["stage"]["key"] for s in stages]
    for cell, stage in zip(stage_cells, stages, strict=True):
        check_band(cell, stage["status"])
        assert cell.attrs["colspan"] == str(len(stage["steps"]))
    steps = [step for stage in health["stages"] for step in stage["steps"]]
    step_cells = table.find("tr", cls="step-health").find_all("td")
    assert [c.attrs["data-step"] for c in step_cells] == [s["step"]["key"] for s in steps]
    for cell, step in zip(step_cells, steps, strict=True):
        check_band(cell, step["status"])
    summary = html.find("section", id="journey-health")
    assert summary.attrs["data-status"] == health["status"]
    assert summary.find("h2").text == f"Journey health: {WORDS[health['status']]}"
    for status in ("OFF_TRACK", "AT_RISK", "ON_TRACK"):
        names = [s["stage"]["name"] for s in health["stages"] if s["status"] == status]
        line = f"{WORDS[status]}: {', '.join(names)}"
        assert (line in summary.text) == bool(names), line
    shown = [(li.attrs["data-status"], li.text) for li in summary.find_all("li", cls="journey-kpi")]
    assert [status for status, _ in shown] == [k["status"] for k in health["kpis"]]
    for (status, text), kpi in zip(shown, health["kpis"], strict=True):
        assert text.startswith(f"{kpi['kpi']['name']}: {WORDS[status]}")
    assert health["status"] != "NO_DATA"  # the demo's journeys are measured


@pytest.fixture
async def ui(store: GraphStore) -> AsyncIterator[httpx.AsyncClient]:
    await store.write(JOURNEY_HEALTH_GRAPH)
    async with anonymous_client(store) as http:
        yield http


async def test_a_journey_without_kpis_says_no_data(ui: httpx.AsyncClient) -> None:
    html, _ = await page(ui, "/ui/journeys/quiet")
    summary = html.find("section", id="journey-health")
    assert summary.attrs["data-status"] == "NO_DATA"
    assert "health-no_data" in summary.classes
    assert summary.find("h2").text == "Journey health: No data"
    assert "No KPI measuring this journey, its steps or their touchpoints" in summary.text
    assert not summary.find_all("li")
    check_band(html.find("td", data_stage="q1"), "NO_DATA")
    check_band(html.find("td", data_step="q-step"), "NO_DATA")
    assert html.find("td", data_step="q-step").find("span", cls="note").text == "no KPI"


async def test_a_journey_without_steps_has_only_the_summary(ui: httpx.AsyncClient) -> None:
    html, _ = await page(ui, "/ui/journeys/solo")
    summary = html.find("section", id="journey-health")
    assert summary.attrs["data-status"] == "AT_RISK"  # its own KPI, at risk
    assert [li.text for li in summary.find_all("li", cls="journey-kpi")] == [
        "k-nps: At risk, worsening"
    ]
    assert not html.find_all("table", id="journey-map")


async def test_the_strip_of_the_small_graph_matches_its_rollups(ui: httpx.AsyncClient) -> None:
    html, _ = await page(ui, "/ui/journeys/trip")
    check_band(html.find("td", data_stage="plan"), "OFF_TRACK")
    check_band(html.find("td", data_stage="travel"), "ON_TRACK")
    assert not html.find_all("td", data_stage="after")  # no steps: no column
    assert html.find("td", data_step="check").text == "Off track 2 KPIs: 1 improving, 1 worsening"
    assert html.find("td", data_step="buy").text == "No data 1 KPI: 1 no trend"
    assert html.find("td", data_step="arrive").text == "On track 1 KPI: 1 stable"
    summary = html.find("section", id="journey-health").text
    assert "Off track: Plan" in summary and "On track: Travel" in summary
    assert "At risk:" not in summary


AWKWARD = '<b>bold</b> & "quoted" <script>alert(1)</script>'


async def test_names_in_the_strip_are_text_not_markup(store: GraphStore) -> None:
    await store.write(
        [
            UpsertNode("Journey", "j", {"name": f"Journey {AWKWARD}"}),
            UpsertNode("Stage", "st", {"name": f"Stage {AWKWARD}", "order": 1}),
            UpsertNode("Step", "sp", {"name": f"Step {AWKWARD}", "order": 1}),
            UpsertNode("KPI", "k", {"name": f"KPI {AWKWARD}", "target": 10}),
            UpsertNode("Measurement", "m", {"value": 1, "at": "2026-01-31"}),
            AddLink("HAS_STAGE", NodeRef("Journey", "j"), NodeRef("Stage", "st")),
            AddLink("HAS_STEP", NodeRef("Stage", "st"), NodeRef("Step", "sp")),
            AddLink("MEASURES", NodeRef("KPI", "k"), NodeRef("Step", "sp")),
            AddLink("MEASURES", NodeRef("KPI", "k"), NodeRef("Journey", "j")),
            AddLink("HAS_MEASUREMENT", NodeRef("KPI", "k"), NodeRef("Measurement", "m")),
        ]
    )
    async with anonymous_client(store) as client:
        html, text = await page(client, "/ui/journeys/j")
    assert "<b>" not in text and "<script>" not in text
    assert not html.find_all("b") and not html.find_all("script")
    summary = html.find("section", id="journey-health")
    assert f"Off track: Stage {AWKWARD}" in summary.text
    assert [li.text for li in summary.find_all("li")] == [f"KPI {AWKWARD}: Off track, no trend"]
    check_band(html.find("td", data_stage="st"), "OFF_TRACK")
