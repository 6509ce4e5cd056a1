"""The ``valueStreamHealth`` query over HTTP on the demo model, on every store.

The value stream named by key and by global ID; stages, capabilities with maturity, KPI
status and trend with nested measurements; the doc example's output; VALIDATION for an
ID of another kind or a malformed key, NOT_FOUND for an unknown value stream.
"""

import httpx

from tests.api.helpers import node_fields_of, node_id, validation_paths
from tests.api.traversals.blueprint_doc_example import check_doc_example
from tests.graphql_client import error_codes, gql, gql_data

HEALTH = """
query($id: ID!) {
  valueStreamHealth(valueStreamId: $id) {
    valueStream { key }
    status
    stages {
      stage { key }
      status
      capabilities { key maturity }
      kpis {
        kpi { key }
        status
        trend
        trendDelta
        latestMeasurement { key value at }
        trendWindow { key }
      }
    }
  }
}
"""


async def test_by_key_and_by_global_id(demo_client: httpx.AsyncClient) -> None:
    by_key = await gql_data(demo_client, HEALTH, id="connect-new-customer")
    stream_id = await node_id(demo_client, "valueStream", "connect-new-customer")
    assert await gql_data(demo_client, HEALTH, id=stream_id) == by_key
    health = by_key["valueStreamHealth"]
    assert health["valueStream"] == {"key": "connect-new-customer"}
    assert health["status"] == "OFF_TRACK"
    assert [(s["stage"]["key"], s["status"]) for s in health["stages"]] == [
        ("connect-qualify", "NO_DATA"),
        ("connect-order", "NO_DATA"),
        ("connect-provision", "OFF_TRACK"),
        ("connect-install", "NO_DATA"),
        ("connect-onboard", "OFF_TRACK"),
    ]
    provision = health["stages"][2]
    assert provision["capabilities"] == [
        {"key": "order-orchestration", "maturity": 2},
        {"key": "wholesale-order-management", "maturity": 2},
    ]
    # 14.8 days against 10 (lower is better); 15.9 -> 14.8 over the last three months
    assert provision["kpis"] == [
        {
            "kpi": {"key": "order-to-live-days"},
            "status": "OFF_TRACK",
            "trend": "IMPROVING",
            "trendDelta": -1.1,
            "latestMeasurement": {
                "key": "order-to-live-days-2026-04",
                "value": 14.8,
                "at": "2026-04-30",
            },
            "trendWindow": [
                {"key": "order-to-live-days-2026-02"},
                {"key": "order-to-live-days-2026-03"},
                {"key": "order-to-live-days-2026-04"},
            ],
        }
    ]


async def test_doc_example_output_is_real(demo_client: httpx.AsyncClient) -> None:
    answer = await check_doc_example(demo_client, "value-stream-health.md")
    assert answer["data"]["valueStreamHealth"]["status"] == "OFF_TRACK"


async def test_unknown_value_stream_is_not_found(demo_client: httpx.AsyncClient) -> None:
    body = await gql(demo_client, HEALTH, id="no-such-stream")
    assert error_codes(body) == ["NOT_FOUND"]
    assert body["errors"][0]["message"] == "ValueStream 'no-such-stream' does not exist"


async def test_id_of_another_kind_or_malformed_is_validation(
    demo_client: httpx.AsyncClient,
) -> None:
    journey_id = await node_id(demo_client, "journey", "fault-repair")
    assert validation_paths(await gql(demo_client, HEALTH, id=journey_id)) == ["valueStreamId"]
    assert validation_paths(await gql(demo_client, HEALTH, id="Restore service")) == [
        "valueStreamId"
    ]


def test_every_node_field_of_the_health_is_read_before_it_answers() -> None:
    from graph_api.traversals.value_stream_health.graphql import NODE_FIELDS

    types = ("ValueStreamHealth", "ValueStreamStageHealth", "KpiHealth")
    assert node_fields_of(*types) == NODE_FIELDS
