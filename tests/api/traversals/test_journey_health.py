"""The ``journeyHealth`` query over HTTP, on every store.

On the contract tests' graph (tests/contract/traversals/journey_health_graph.py): the
journey named by key, ``Journey:key`` and global ID alike; stages, steps and touchpoints
with their KPIs (latest value, status, trend, nested measurements) and rollups, trend
counts; VALIDATION for an ID of another kind or a malformed one, NOT_FOUND for an unknown
journey. Every node field of the answer is read before it answers. The doc example's
output, on the demo model.
"""

import httpx
import pytest

from graph_api.graphql.ids import global_id
from graph_api.store.base import GraphStore, NodeRef
from tests.api.helpers import node_fields_of, validation_paths
from tests.api.traversals.blueprint_doc_example import check_doc_example
from tests.contract.traversals.journey_health_graph import JOURNEY_HEALTH_GRAPH
from tests.graphql_client import error_codes, gql, gql_data

KPI = """kpi { key name } status trend trendDelta latestValue latestAt target direction
latestMeasurement { key } trendWindow { key }"""

HEALTH = f"""
query($id: ID!) {{
  journeyHealth(journeyId: $id) {{
    journey {{ key }}
    status
    trends {{ improving worsening stable noData }}
    kpis {{ {KPI} }}
    stages {{
      stage {{ key }}
      status
      trends {{ improving worsening stable noData }}
      steps {{
        step {{ key }}
        status
        trends {{ improving worsening stable noData }}
        kpis {{ kpi {{ key }} status }}
        touchpoints {{ touchpoint {{ key }} status kpis {{ {KPI} }} }}
      }}
    }}
  }}
}}
"""


async def test_by_key_kind_and_key_and_global_id(
    store: GraphStore, client: httpx.AsyncClient
) -> None:
    await store.write(JOURNEY_HEALTH_GRAPH)
    by_key = await gql_data(client, HEALTH, id="trip")
    assert await gql_data(client, HEALTH, id="Journey:trip") == by_key
    assert await gql_data(client, HEALTH, id=global_id(NodeRef("Journey", "trip"))) == by_key
    health = by_key["journeyHealth"]
    assert (health["journey"], health["status"]) == ({"key": "trip"}, "OFF_TRACK")
    assert health["trends"] == {"improving": 2, "worsening": 2, "stable": 1, "noData": 1}
    assert health["kpis"] == [
        {
            "kpi": {"key": "k-nps", "name": "k-nps"},
            "status": "AT_RISK",
            "trend": "WORSENING",
            "trendDelta": -2.0,
            "latestValue": 28.0,
            "latestAt": "2026-02-28",
            "target": 30.0,
            "direction": "HIGHER_IS_BETTER",
            "latestMeasurement": {"key": "k-nps-2"},
            "trendWindow": [{"key": "k-nps-1"}, {"key": "k-nps-2"}],
        }
    ]
    stages = health["stages"]
    assert [(s["stage"]["key"], s["status"]) for s in stages] == [
        ("plan", "OFF_TRACK"),
        ("after", "NO_DATA"),
        ("travel", "ON_TRACK"),
    ]
    assert [[(st["step"]["key"], st["status"]) for st in s["steps"]] for s in stages] == [
        [("check", "OFF_TRACK"), ("buy", "NO_DATA")],
        [],
        [("arrive", "ON_TRACK"), ("ride", "ON_TRACK")],
    ]
    check = stages[0]["steps"][0]
    assert check["kpis"] == [
        {"kpi": {"key": "k-board"}, "status": "OFF_TRACK"},
        {"kpi": {"key": "k-check"}, "status": "ON_TRACK"},
    ]
    assert check["trends"] == {"improving": 1, "worsening": 1, "stable": 0, "noData": 0}
    board = check["touchpoints"][0]
    assert (board["touchpoint"], board["status"]) == ({"key": "board"}, "OFF_TRACK")
    assert board["kpis"][0]["latestMeasurement"] == {"key": "k-board-b"}  # tie by key
    assert board["kpis"][0]["trendWindow"] == [
        {"key": "k-board-0"},
        {"key": "k-board-a"},
        {"key": "k-board-b"},
    ]
    empty = stages[0]["steps"][1]["touchpoints"][0]["kpis"][0]
    assert (empty["latestValue"], empty["latestAt"], empty["trendDelta"]) == (None, None, None)
    assert (empty["status"], empty["trend"], empty["trendWindow"]) == ("NO_DATA", "NO_DATA", [])
    arrive = stages[2]["steps"][0]
    assert [(t["touchpoint"]["key"], t["status"]) for t in arrive["touchpoints"]] == [
        ("exit", "NO_DATA"),
        ("gate", "ON_TRACK"),
    ]


async def test_unknown_journey_is_not_found(store: GraphStore, client: httpx.AsyncClient) -> None:
    await store.write(JOURNEY_HEALTH_GRAPH)
    body = await gql(client, HEALTH, id="no-such-journey")
    assert error_codes(body) == ["NOT_FOUND"]
    assert body["errors"][0]["message"] == "Journey 'no-such-journey' does not exist"
    assert body["data"] is None


@pytest.mark.parametrize(
    "bad",
    [
        global_id(NodeRef("Step", "check")),  # another kind's global ID
        "Step:check",  # another kind named
        "KPI:k-nps",
        "Trip journey",  # not a key
        "",
        "trip\n",
        "'; MATCH (n) DETACH DELETE n //",
        "j" * 5_000,
        "Journey:",
        "Nope:trip",
    ],
)
async def test_bad_ids_are_validation_naming_the_argument(
    store: GraphStore, client: httpx.AsyncClient, bad: str
) -> None:
    await store.write(JOURNEY_HEALTH_GRAPH)
    assert validation_paths(await gql(client, HEALTH, id=bad)) == ["journeyId"]
    # nothing was changed
    assert (await gql_data(client, HEALTH, id="trip"))["journeyHealth"]["status"] == "OFF_TRACK"


def test_every_node_field_of_the_health_is_read_before_it_answers() -> None:
    from graph_api.traversals.journey_health.graphql import NODE_FIELDS

    types = (
        "JourneyHealth",
        "JourneyStageHealth",
        "JourneyStepHealth",
        "TouchpointKpiHealth",
        "KpiHealth",
    )
    assert node_fields_of(*types) == NODE_FIELDS


async def test_doc_example_output_is_real(demo_client: httpx.AsyncClient) -> None:
    answer = await check_doc_example(demo_client, "journey-health.md")
    assert answer["data"]["journeyHealth"]["status"] == "OFF_TRACK"
