"""The pages at /ui over HTTP, on both stores, compared with what GraphQL answers."""

from collections import Counter
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from graph_api.errors import StoreUnavailable
from graph_api.graphql.ids import global_id
from graph_api.store.base import GraphStore, NodeRef
from graph_api.store.embedded import EmbeddedStore
from graph_api.ui.emotion_curve import EMOTION_MAX, EMOTION_MIN, PLOT_HEIGHT, PLOT_TOP
from tests.auth_headers import admin_headers, headers_for
from tests.conftest import app_client, app_settings
from tests.diagrams.test_flowchart_diagrams import SUPPORT_LANE, support_how
from tests.graphql_client import gql_data
from tests.ui.helpers import anonymous_client, anonymous_settings, blueprint, pains_of, steps_of
from tests.ui.html import Element, parse

JOURNEY = "fault-repair"


@pytest.fixture
async def ui(demo_store: GraphStore) -> AsyncIterator[httpx.AsyncClient]:
    async with anonymous_client(demo_store) as http:
        yield http


async def page(client: httpx.AsyncClient, path: str, status: int = 200) -> Element:
    response = await client.get(path)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("text/html")
    return parse(response.text)


async def test_the_list_shows_every_journey(ui: httpx.AsyncClient) -> None:
    data = await gql_data(
        ui,
        "{ journeys(first: 100) { totalCount nodes { key name persona { name }"
        " stages { steps { key } } } } }",
    )
    journeys = data["journeys"]
    assert journeys["totalCount"] == 3
    html = await page(ui, "/ui")
    table = html.find("table", id="journeys")
    rows = [r for r in table.find_all("tr") if "data-journey" in r.attrs]
    assert [r.attrs["data-journey"] for r in rows] == [j["key"] for j in journeys["nodes"]]
    for row, journey in zip(rows, journeys["nodes"], strict=True):
        link = row.find("a")
        assert link.attrs["href"] == f"/ui/journeys/{journey['key']}"
        assert link.text == journey["name"]
        assert journey["persona"]["name"] in row.text
        steps = sum(len(stage["steps"]) for stage in journey["stages"])
        assert row.find("td", cls="steps").text == str(steps)


async def test_the_journey_map_shows_every_step_in_order(ui: httpx.AsyncClient) -> None:
    answer = await blueprint(ui, JOURNEY)
    steps = steps_of(answer)
    html = await page(ui, f"/ui/journeys/{JOURNEY}")
    assert html.find("h1").text == answer["journey"]["name"]
    for table in ("journey-map", "blueprint-table"):
        headers = html.find("table", id=table).find_all("th", cls="step")
        assert [h.attrs["data-step"] for h in headers] == [s["key"] for s in steps]
        assert [h.text for h in headers] == [f"{n} {s['name']}" for n, s in enumerate(steps, 1)]
        stages = html.find("table", id=table).find_all("th", cls="stage")
        assert [(s.attrs["data-stage"], s.text, int(s.attrs["colspan"])) for s in stages] == [
            (stage["stage"]["key"], stage["stage"]["name"], len(stage["steps"]))
            for stage in answer["stages"]
            if stage["steps"]
        ]


async def test_the_pain_points_and_the_worst_are_marked(ui: httpx.AsyncClient) -> None:
    steps = steps_of(await blueprint(ui, JOURNEY))
    worst = max(p["severity"] for s in steps for p in pains_of(s).values())
    html = await page(ui, f"/ui/journeys/{JOURNEY}")
    pains_row = html.find("tr", cls="pains")
    for step in steps:
        cell = pains_row.find("td", data_step=step["key"])
        shown = {li.attrs["data-pain"]: li for li in cell.find_all("li", cls="pain")}
        expected = pains_of(step)
        assert set(shown) == set(expected), step["key"]
        for key, pain in expected.items():
            item = shown[key]
            assert item.attrs["data-severity"] == str(pain["severity"])
            assert pain["name"] in item.text
            assert f"severity {pain['severity']}" in item.text
            # Marked in text and class, not by colour alone.
            assert ("worst" in item.classes) == (pain["severity"] == worst)
            assert ("worst ·" in item.text) == (pain["severity"] == worst)
    worst_pains = {
        key: pain
        for step in steps
        for key, pain in pains_of(step).items()
        if pain["severity"] == worst
    }
    box = html.find("section", id="worst-pains")
    assert f"severity {worst} of 5" in box.find("h2").text
    listed = {li.attrs["data-pain"]: li.text for li in box.find_all("li", cls="worst-pain")}
    assert set(listed) == set(worst_pains)
    for key, pain in worst_pains.items():
        assert pain["name"] in listed[key]
        assert f"(severity {worst})" in listed[key]


def expected_y(emotion: int) -> float:
    """Emotion 5 at the top of the plot, 1 at its bottom, linear in between."""
    return PLOT_TOP + (EMOTION_MAX - emotion) * PLOT_HEIGHT / (EMOTION_MAX - EMOTION_MIN)


async def test_the_emotion_curve_has_a_point_per_step(ui: httpx.AsyncClient) -> None:
    steps = steps_of(await blueprint(ui, JOURNEY))
    assert all(s["emotion"] is not None for s in steps)  # the demo records every emotion
    html = await page(ui, f"/ui/journeys/{JOURNEY}")
    svg = html.find("svg", id="emotion-curve")
    points = svg.find_all("circle", cls="emotion-point")
    assert [p.attrs["data-step"] for p in points] == [s["key"] for s in steps]
    for point, step in zip(points, steps, strict=True):
        assert point.attrs["data-emotion"] == str(step["emotion"])
        assert float(point.attrs["cy"]) == pytest.approx(expected_y(step["emotion"]))
    xs = [float(p.attrs["cx"]) for p in points]
    assert xs == sorted(xs) and len(set(xs)) == len(xs)
    polyline = svg.find("polyline", cls="emotion-line").attrs["points"].split()
    assert [tuple(map(float, p.split(","))) for p in polyline] == [
        (float(p.attrs["cx"]), float(p.attrs["cy"])) for p in points
    ]
    # Labelled axes: every emotion on the y axis, a number per step on the x axis.
    assert [t.text for t in svg.find_all("text", cls="y-tick")] == [
        "1 very negative",
        "2 negative",
        "3 neutral",
        "4 positive",
        "5 very positive",
    ]
    assert [t.text for t in svg.find_all("text", cls="x-tick")] == [
        str(n) for n in range(1, len(steps) + 1)
    ]
    assert svg.find("text", cls="y-title").text == "Emotion"
    assert svg.find("text", cls="x-title").text == "Step, in journey order"


async def test_the_touchpoints_are_shown_per_channel(ui: httpx.AsyncClient) -> None:
    data = await gql_data(
        ui,
        """query ($j: ID!) { serviceBlueprint(journeyId: $j) { stages { steps {
             step { key } frontStage { channel { key name } touchpoints { name } } } } } }""",
        j=JOURNEY,
    )
    html = await page(ui, f"/ui/journeys/{JOURNEY}")
    rows = {r.attrs["data-channel"]: r for r in html.find_all("tr", cls="channel")}
    columns = [s for stage in data["serviceBlueprint"]["stages"] for s in stage["steps"]]
    channels = {
        (c["channel"] or {}).get("key", ""): (c["channel"] or {}).get("name", "No channel")
        for step in columns
        for c in step["frontStage"]
    }
    assert set(rows) == set(channels)
    for key, name in channels.items():
        cells = rows[key].find_all("td")
        assert rows[key].find("th").text == f"Touchpoints: {name}"
        assert len(cells) == len(columns)
        for cell, step in zip(cells, columns, strict=True):
            expected = [
                t["name"]
                for c in step["frontStage"]
                if ((c["channel"] or {}).get("key", "")) == key
                for t in c["touchpoints"]
            ]
            assert [li.text for li in cell.find_all("li")] == expected


async def test_the_blueprint_marks_exactly_the_gaps_graphql_reports(
    ui: httpx.AsyncClient,
) -> None:
    answer = await blueprint(ui, JOURNEY)
    expected = [
        (
            g["kind"],
            g["step"]["key"],
            (g["touchpoint"] or {}).get("key", ""),
            (g["process"] or {}).get("key", ""),
        )
        for g in answer["gaps"]
    ]
    assert expected  # the demo journey has gaps to show
    html = await page(ui, f"/ui/journeys/{JOURNEY}")
    table = html.find("table", id="blueprint-table")
    shown = [
        (
            g.attrs["data-gap-kind"],
            g.attrs["data-step"],
            g.attrs["data-touchpoint"],
            g.attrs["data-process"],
        )
        for g in table.find_all("span", cls="gap")
    ]
    assert sorted(shown) == sorted(expected)
    # Each gap sits in a highlighted cell and says so in text.
    in_gap_cells = [g for td in table.find_all("td", cls="has-gap") for g in td.find_all(cls="gap")]
    assert len(in_gap_cells) == len(expected)
    assert all(g.text.startswith("Gap: ") for g in in_gap_cells)
    lanes = [r.attrs["data-lane"] for r in table.find_all("tr", cls="lane")]
    assert lanes == [
        "evidence",
        "customer_action",
        "front_stage",
        "back_stage",
        "support",
        "support_data",
    ]


async def test_back_stage_and_support_link_to_the_impact_page(ui: httpx.AsyncClient) -> None:
    data = await gql_data(
        ui,
        """query ($j: ID!) { serviceBlueprint(journeyId: $j) { stages { steps {
             backStage { key name } support { key name } } } } }""",
        j=JOURNEY,
    )
    columns = [s for stage in data["serviceBlueprint"]["stages"] for s in stage["steps"]]
    html = await page(ui, f"/ui/journeys/{JOURNEY}")
    table = html.find("table", id="blueprint-table")
    for lane, field, kind in (
        ("back_stage", "backStage", "Process"),
        ("support", "support", "System"),
    ):
        cells = table.find("tr", data_lane=lane).find_all("td")
        for cell, step in zip(cells, columns, strict=True):
            links = [(a.attrs["href"], a.text) for a in cell.find_all("a")]
            assert links == [(f"/ui/impact/{kind}/{n['key']}", n["name"]) for n in step[field]]


async def test_the_support_lane_shows_services_and_data_as_graphql_answers(
    ui: httpx.AsyncClient,
) -> None:
    """Each step's cell lists the services, then the data objects, of its support lane
    with how each is linked, and links each to its impact page, which opens."""
    shown: Counter[str] = Counter()
    links_seen: set[tuple[str, str]] = set()  # one per step that has any, to follow
    for journey in ("fault-repair", "new-connection", "bill-and-renew"):
        data = await gql_data(ui, SUPPORT_LANE, j=journey)
        columns = [s for stage in data["serviceBlueprint"]["stages"] for s in stage["steps"]]
        html = await page(ui, f"/ui/journeys/{journey}")
        row = html.find("table", id="blueprint-table").find("tr", data_lane="support_data")
        assert row.find("th").text == "Support services and data"
        cells = row.find_all("td")
        assert len(cells) == len(columns)
        for cell, step in zip(cells, columns, strict=True):
            expected = [
                (f"/ui/impact/Service/{s['service']['key']}", s["service"]["name"], "service", s)
                for s in step["supportServices"]
            ] + [
                (
                    f"/ui/impact/DataObject/{d['dataObject']['key']}",
                    d["dataObject"]["name"],
                    "data",
                    d,
                )
                for d in step["supportData"]
            ]
            items = cell.find_all("li")
            assert [(li.find("a").attrs["href"], li.find("a").text) for li in items] == [
                (href, name) for href, name, _, _ in expected
            ]
            assert [li.find("span", cls="note").text for li in items] == [
                f"({what}: {support_how(entry)})" for _, _, what, entry in expected
            ]
            if not expected:
                assert cell.find("span", cls="none").text == "no service or data"
            shown.update(what for _, _, what, _ in expected)
            links_seen.update((href, name) for href, name, _, _ in expected[:1])
    assert shown["service"] > 0 and shown["data"] > 0, shown
    assert {href.split("/")[3] for href, _ in links_seen} == {"Service", "DataObject"}
    for href, name in links_seen:
        impact = await page(ui, href)
        assert impact.find("h1").text == f"What a change to {name} hits"


IMPACT = """
query ($id: ID!) {
  impact(nodeId: $id) {
    total
    groups {
      kind count
      items {
        node { key label } distance
        path { type forward source { __typename key } target { __typename key } }
      }
    }
  }
}
"""


@pytest.mark.parametrize(
    "start",
    [
        NodeRef("System", "field-service-management"),
        NodeRef("Process", "log-and-triage-fault"),
        NodeRef("View", "integration-landscape"),  # chains begin at the nodes it shows
    ],
)
async def test_the_impact_page_lists_what_graphql_answers(
    ui: httpx.AsyncClient, start: NodeRef
) -> None:
    answer: dict[str, Any] = (await gql_data(ui, IMPACT, id=global_id(start)))["impact"]
    assert answer["total"] > 0
    html = await page(ui, f"/ui/impact/{start.kind}/{start.key}")
    groups = html.find_all("section", cls="group")
    assert [g.attrs["data-kind"].upper() for g in groups] == [
        g["kind"].replace("_", "") for g in answer["groups"]
    ]
    for section, group in zip(groups, answer["groups"], strict=True):
        hits = section.find_all("tr", cls="hit")
        assert len(hits) == group["count"]
        for hit, item in zip(hits, group["items"], strict=True):
            assert hit.attrs["data-key"] == item["node"]["key"]
            assert hit.attrs["data-distance"] == str(item["distance"])
            assert hit.find("a").text == item["node"]["label"]
            chain = hit.find("td", cls="chain")
            assert [
                r.text.strip("\u2013\u2192\u2190") for r in chain.find_all("span", cls="rel")
            ] == [hop["type"] for hop in item["path"]]
            nodes = chain.find_all("span", cls="node")
            first = item["path"][0]
            origin = first["source"] if first["forward"] else first["target"]
            assert nodes[0].attrs["data-ref"] == f"{origin['__typename']}:{origin['key']}"
            if start.kind != "View":
                assert nodes[0].attrs["data-ref"] == f"{start.kind}:{start.key}"
            assert nodes[-1].attrs["data-ref"].endswith(f":{item['node']['key']}")
            assert len(nodes) == len(item["path"]) + 1
    assert f"{answer['total']} nodes" in html.find("p", cls="lead").text


async def test_the_impact_page_shows_the_nodes_description_translations_and_attributes(
    ui: httpx.AsyncClient,
) -> None:
    html = await page(ui, "/ui/impact/System/legacy-oms")
    about = html.find("section", cls="about")
    assert about.find("p").text.startswith("In-house OMS from 2011")
    german = about.find("span", lang="de")
    assert german.text == "Altes Auftragsverwaltungssystem (OMS)"
    rows = about.find("table", cls="attributes").find_all("tr")[1:]
    assert [[td.text for td in row.find_all("td")] for row in rows] == [
        ["Vendor support ends", "2027-06-30"],
        ["Cost centre", "IT-OPS-114"],
    ]
    # A node with none of these has no such section.
    plain = await page(ui, "/ui/impact/System/wholesale-gateway")
    assert not plain.find_all("section", cls="about")


@pytest.mark.parametrize(
    ("path", "named"),
    [
        ("/ui/journeys/no-such-journey", "Journey 'no-such-journey'"),
        ("/ui/journeys/Not%20A%20Key", "Journey 'Not A Key'"),
        ("/ui/impact/System/no-such-system", "System 'no-such-system'"),
        ("/ui/impact/Gadget/crm", "A kind of node named 'Gadget'"),
    ],
)
async def test_unknown_names_answer_a_404_page(
    ui: httpx.AsyncClient, path: str, named: str
) -> None:
    html = await page(ui, path, status=404)
    assert html.find("p", cls="message").text == f"{named} does not exist."


async def test_pages_fetch_nothing_from_elsewhere(ui: httpx.AsyncClient) -> None:
    for path in ("/ui", f"/ui/journeys/{JOURNEY}", "/ui/impact/System/crm", "/ui/journeys/x"):
        response = await ui.get(path)
        assert "default-src 'none'" in response.headers["content-security-policy"]
        html = parse(response.text)
        assert not html.find_all("script")
        assert not [e for e in html.iter() if "src" in e.attrs]
        hrefs = [e.attrs["href"] for e in html.iter() if "href" in e.attrs]
        assert all(h.startswith(("/ui", "#", "?", "data:")) for h in hrefs), hrefs


# Who may see the pages: as GraphQL reads (docs/ui.md).


async def test_without_anonymous_reading_a_token_is_needed(store: GraphStore) -> None:
    async with app_client(store, app_settings(), headers={}) as anonymous:
        response = await anonymous.get("/ui")
        assert response.status_code == 401
        assert response.headers["www-authenticate"] == "Bearer"
        message = parse(response.text).find(cls="message").text
        assert "GRAPH_API_ANONYMOUS_READ=true" in message
        assert "graph-api keys create --name NAME --role viewer" in message
        graphql = await anonymous.post("/graphql", json={"query": "{ journeys { totalCount } }"})
        assert graphql.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    for headers in (headers_for("viewer"), admin_headers()):
        async with app_client(store, app_settings(), headers=headers) as reader:
            assert (await reader.get("/ui")).status_code == 200


async def test_a_bad_token_is_refused_even_with_anonymous_reading(store: GraphStore) -> None:
    bad = {"Authorization": "Bearer not-a-token"}
    async with app_client(store, anonymous_settings(), headers=bad) as http:
        response = await http.get("/ui/journeys/fault-repair")
        assert response.status_code == 401
        assert "The token was refused" in parse(response.text).find(cls="message").text


class DownStore(EmbeddedStore):
    """An embedded store whose reads fail as a store that does not answer."""

    async def _down(self, *args: object, **kwargs: object) -> Any:
        raise StoreUnavailable("the store is down (test)")

    get_nodes = list_nodes = service_blueprint = impact = _down  # type: ignore[assignment]


@pytest.mark.parametrize("path", ["/ui", f"/ui/journeys/{JOURNEY}", "/ui/impact/System/crm"])
async def test_a_store_that_does_not_answer_gives_a_503_page(path: str) -> None:
    async with app_client(DownStore(":memory:"), anonymous_settings(), headers={}) as http:
        response = await http.get(path)
    assert response.status_code == 503
    assert "Retry-After" in response.headers
    assert "the store is down (test)" in parse(response.text).find(cls="message").text
