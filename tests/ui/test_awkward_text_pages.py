"""The pages at /ui of a graph full of awkward (but allowed) text parse as HTML and show
every text as given (white space runs shown as one space, as a browser does), with no
markup of the texts' own: on every store, the journey list, a journey map with its
blueprint, and a system's impact page with its translations and attributes."""

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from graph_api.model_io import load_model
from graph_api.store.base import GraphStore
from tests.awkward_text import LONG, awkward_document, one_line
from tests.diagrams.test_awkward_text_diagrams import with_support_lane
from tests.ui.helpers import anonymous_client
from tests.ui.html import Element, parse


@pytest.fixture
async def ui(store: GraphStore) -> AsyncIterator[httpx.AsyncClient]:
    await load_model(store, with_support_lane(awkward_document()))
    async with anonymous_client(store) as http:
        yield http


async def page(client: httpx.AsyncClient, path: str) -> Element:
    response = await client.get(path)
    assert response.status_code == 200, response.text
    html = parse(response.text)
    # Markup inside a text ("<b>...</b>", "<!-- ... -->") is shown, never read as markup.
    assert not html.find_all("b")
    assert "<b>" not in response.text and "<!-- not" not in response.text
    return html


def journey() -> dict[str, Any]:
    found: dict[str, Any] = awkward_document()["journeys"][0]
    return found


async def test_the_journey_list_shows_the_names(ui: httpx.AsyncClient) -> None:
    html = await page(ui, "/ui")
    row = html.find("tr", data_journey="journey")
    assert row.find("a").text == one_line(journey()["name"])
    assert row.find_all("td")[1].text == one_line(awkward_document()["personas"][0]["name"])


async def test_the_journey_map_shows_every_text(ui: httpx.AsyncClient) -> None:
    html = await page(ui, "/ui/journeys/journey")
    stages = journey()["stages"]
    steps = [step for stage in stages for step in stage["steps"]]
    assert html.find("h1", id="journey-name").text == one_line(journey()["name"])
    assert one_line(journey()["description"]) in html.find("p", cls="lead").text
    for stage in stages:
        assert html.find("th", data_stage=stage["key"]).text == one_line(stage["name"])
    for number, step in enumerate(steps, start=1):
        header = html.find_all("th", data_step=step["key"])[0]
        assert header.text == f"{number} {one_line(step['name'])}"
    actions = [td.text for td in html.find("tr", cls="actions").find_all("td")]
    assert actions == [one_line(s.get("customerAction", "not recorded")) for s in steps]
    assert one_line(LONG) in actions
    pain = awkward_document()["painPoints"][0]
    worst = html.find("li", cls="worst-pain")
    assert worst.find("strong").text == one_line(pain["name"])
    assert worst.find("span", cls="description").text == one_line(pain["description"])
    assert worst.find("span", cls="note").text == f"Root cause: {one_line(pain['rootCause'])}"
    channels = {c["key"]: c["name"] for c in awkward_document()["channels"]}
    for key, name in channels.items():
        row = html.find("tr", cls="channel", data_channel=key)
        assert row.find("th").text == f"Touchpoints: {one_line(name)}"
    touchpoints = [tp["name"] for tp in steps[0]["touchpoints"]]
    front = html.find("tr", cls="lane", data_lane="front_stage").text
    for name in touchpoints:
        assert one_line(name) in front
    # The support lane of the first step: the service, then the data objects, each
    # linked to its impact page and with how it is linked, every name as given.
    document = with_support_lane(awkward_document())
    service = document["services"][0]
    data_1, data_2 = document["dataObjects"]
    process, system = document["processes"][0]["name"], document["systems"][0]["name"]
    cell = html.find("tr", cls="lane", data_lane="support_data").find_all("td")[0]
    items = cell.find_all("li")
    assert [(li.find("a").attrs["href"], li.find("a").text) for li in items] == [
        ("/ui/impact/Service/service", one_line(service["name"])),
        ("/ui/impact/DataObject/data-1", one_line(data_1["name"])),
        ("/ui/impact/DataObject/data-2", one_line(data_2["name"])),
    ]
    assert [li.find("span", cls="note").text for li in items] == [
        f"(service: used at the step, {one_line(touchpoints[0])}; realized by {one_line(system)})",
        f"(data: needed at the step; captured at {one_line(touchpoints[0])}; "
        f"read by {one_line(process)})",
        f"(data: written by {one_line(system)})",
    ]


async def test_the_impact_page_shows_translations_and_attributes(ui: httpx.AsyncClient) -> None:
    system = awkward_document()["systems"][0]
    html = await page(ui, "/ui/impact/System/crm")
    assert html.find("h1").text == f"What a change to {one_line(system['name'])} hits"
    about = html.find("section", cls="about")
    assert about.find("p").text == one_line(LONG)
    for translation in system["translations"]:
        shown = about.find("span", lang=translation["language"])
        assert shown.text == one_line(translation["label"])
    rows = about.find("table", cls="attributes").find("tbody").find_all("tr")
    assert [[td.text for td in row.find_all("td")] for row in rows] == [
        [one_line(a["name"]), one_line(a["value"])] for a in system["attributes"]
    ]
