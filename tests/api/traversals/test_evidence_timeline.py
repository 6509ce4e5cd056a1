"""The ``evidenceTimeline`` query over HTTP, on every store: on the dated journey of
:mod:`tests.contract.traversals.dated_evidence` by key and by global ID, per quarter;
the doc example on the demo model; VALIDATION for an ID of another kind, a malformed key
or an unknown period, NOT_FOUND for an unknown journey.
"""

from typing import Any

import httpx
import pytest

from graph_api.store.base import GraphStore
from tests.api.helpers import node_fields_of, node_id, validation_paths
from tests.api.traversals.blueprint_doc_example import check_doc_example
from tests.contract.traversals.dated_evidence import MODEL
from tests.graphql_client import error_codes, gql, gql_data

TIMELINE = """
query($journeyId: ID!, $period: EvidencePeriod) {
  evidenceTimeline(journeyId: $journeyId, period: $period) {
    journey { key }
    period
    steps {
      stage { key }
      step { key }
      evidence {
        periods { start end label count cumulativeCount }
        datedCount undatedCount evidenceCount
      }
      channels { channel { key } evidence { datedCount undatedCount } }
    }
    channels {
      channel { key }
      evidence { periods { label count cumulativeCount } undatedCount }
    }
  }
}
"""


@pytest.fixture
async def dated(client: httpx.AsyncClient, store: GraphStore) -> httpx.AsyncClient:
    await store.write(MODEL)
    return client


async def timeline(client: httpx.AsyncClient, **variables: Any) -> dict[str, Any]:
    found: dict[str, Any] = (await gql_data(client, TIMELINE, **variables))["evidenceTimeline"]
    return found


async def test_by_key_and_by_global_id(dated: httpx.AsyncClient) -> None:
    by_key = await timeline(dated, journeyId="trip")
    assert by_key == await timeline(dated, journeyId=await node_id(dated, "journey", "trip"))
    assert by_key["period"] == "MONTH"
    assert [(s["stage"]["key"], s["step"]["key"]) for s in by_key["steps"]] == [
        ("before", "at-age"),
        ("before", "over-age"),
        ("before", "undated"),
        ("before", "none"),
        ("during", "pain-only"),
        ("during", "tp-only"),
        ("during", "mixed"),
        ("during", "later"),
    ]
    mixed = by_key["steps"][6]
    assert mixed["evidence"] == {
        "periods": [
            {"start": "2023-03-01", "end": "2023-03-31", "label": "2023-03", "count": 1,
             "cumulativeCount": 1},
            {"start": "2026-02-01", "end": "2026-02-28", "label": "2026-02", "count": 1,
             "cumulativeCount": 2},
            {"start": "2026-05-01", "end": "2026-05-31", "label": "2026-05", "count": 1,
             "cumulativeCount": 3},
            {"start": "2026-06-01", "end": "2026-06-30", "label": "2026-06", "count": 1,
             "cumulativeCount": 4},
        ],
        "datedCount": 4,
        "undatedCount": 1,
        "evidenceCount": 5,
    }  # fmt: skip
    # ev-shared, on the step and on counter, counts under shop and under no channel
    assert mixed["channels"] == [
        {"channel": {"key": "shop"}, "evidence": {"datedCount": 3, "undatedCount": 0}},
        {"channel": None, "evidence": {"datedCount": 2, "undatedCount": 1}},
    ]
    assert by_key["steps"][3]["channels"] == []  # the step without evidence
    assert [c["channel"] and c["channel"]["key"] for c in by_key["channels"]] == [
        "app",
        "shop",
        None,
    ]


async def test_by_quarter(dated: httpx.AsyncClient) -> None:
    found = await timeline(dated, journeyId="trip", period="QUARTER")
    assert found["period"] == "QUARTER"
    assert found["steps"][6]["evidence"]["periods"] == [
        {"start": "2023-01-01", "end": "2023-03-31", "label": "2023-Q1", "count": 1,
         "cumulativeCount": 1},
        {"start": "2026-01-01", "end": "2026-03-31", "label": "2026-Q1", "count": 1,
         "cumulativeCount": 2},
        {"start": "2026-04-01", "end": "2026-06-30", "label": "2026-Q2", "count": 2,
         "cumulativeCount": 4},
    ]  # fmt: skip
    yearly = await timeline(dated, journeyId="trip", period="YEAR")
    assert [p["label"] for p in yearly["channels"][2]["evidence"]["periods"]] == [
        "2024",
        "2025",
        "2026",
    ]


async def test_doc_example_output_is_real(demo_client: httpx.AsyncClient) -> None:
    answer = await check_doc_example(demo_client, "evidence-timeline.md")
    assert answer["data"]["evidenceTimeline"]["steps"]


async def test_unknown_journey_is_not_found(dated: httpx.AsyncClient) -> None:
    body = await gql(dated, TIMELINE, journeyId="no-such-journey")
    assert error_codes(body) == ["NOT_FOUND"]
    assert body["errors"][0]["message"] == "Journey 'no-such-journey' does not exist"


async def test_malformed_arguments(dated: httpx.AsyncClient) -> None:
    stage_id = await node_id(dated, "stage", "before")
    assert validation_paths(await gql(dated, TIMELINE, journeyId=stage_id)) == ["journeyId"]
    assert validation_paths(await gql(dated, TIMELINE, journeyId="a trip")) == ["journeyId"]
    for period in ("WEEK", "month", "", 1):
        body = await gql(dated, TIMELINE, journeyId="trip", period=period)
        assert body.get("data") is None and "$period" in body["errors"][0]["message"]


def test_every_node_field_of_the_timeline_is_read_before_it_answers() -> None:
    from graph_api.traversals.evidence_timeline.graphql import NODE_FIELDS

    types = ("EvidenceTimeline", "EvidenceTimelineStep", "EvidenceTimelineChannel")
    assert node_fields_of(*types) == NODE_FIELDS
