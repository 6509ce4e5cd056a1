"""The ``coverage`` query over HTTP on the demo model, on every store.

A journey named by key and by global ID, and the whole model; nested node fields; the
doc example's output; VALIDATION for an ID of another kind or a malformed key, NOT_FOUND
for an unknown journey.
"""

import httpx

from tests.api.helpers import node_fields_of, node_id, validation_paths
from tests.api.traversals.blueprint_doc_example import check_doc_example
from tests.graphql_client import error_codes, gql, gql_data

COVERAGE = """
query($journeyId: ID) {
  coverage(journeyId: $journeyId) {
    journey { key }
    evidenceByStep { step { key } evidenceCount evidenceKinds }
    stepsWithoutEvidence { key }
    processesWithoutCapability { key }
    capabilitiesWithoutProcess { key level }
    painfulStepsWithoutBacklog { step { key name } pain }
  }
}
"""


async def test_journey_by_key_and_by_global_id(demo_client: httpx.AsyncClient) -> None:
    by_key = await gql_data(demo_client, COVERAGE, journeyId="bill-and-renew")
    journey_id = await node_id(demo_client, "journey", "bill-and-renew")
    assert await gql_data(demo_client, COVERAGE, journeyId=journey_id) == by_key
    found = by_key["coverage"]
    assert found["journey"] == {"key": "bill-and-renew"}
    assert found["stepsWithoutEvidence"] == [
        {"key": "br-accept-renewal"},
        {"key": "br-compare-deals"},
        {"key": "br-receive-bill"},
        {"key": "br-start-switch"},
    ]
    assert found["evidenceByStep"][4] == {
        "step": {"key": "br-query-charge"},
        "evidenceCount": 2,
        "evidenceKinds": ["ANALYTICS", "PHOTO"],
    }
    assert found["processesWithoutCapability"] == []
    assert found["capabilitiesWithoutProcess"] == []
    assert found["painfulStepsWithoutBacklog"] == []


async def test_whole_model(demo_client: httpx.AsyncClient) -> None:
    found = (await gql_data(demo_client, COVERAGE))["coverage"]
    assert found["journey"] is None
    assert len(found["evidenceByStep"]) == 27
    assert found["processesWithoutCapability"] == [{"key": "handle-compensation-claim"}]
    assert found["capabilitiesWithoutProcess"] == [
        {"key": "automatic-compensation", "level": 3},
        {"key": "customer-management", "level": 1},
    ]
    assert found["painfulStepsWithoutBacklog"] == [
        {"step": {"key": "fr-book-engineer", "name": "Book an engineer visit"}, "pain": 5},
        {"step": {"key": "nc-engineer-install", "name": "Have the line installed"}, "pain": 4},
        {"step": {"key": "nc-test-speed", "name": "Test the speed"}, "pain": 4},
    ]


async def test_doc_example_output_is_real(demo_client: httpx.AsyncClient) -> None:
    answer = await check_doc_example(demo_client, "coverage.md")
    assert answer["data"]["coverage"]["journey"] == {"key": "fault-repair"}


async def test_unknown_journey_is_not_found(demo_client: httpx.AsyncClient) -> None:
    body = await gql(demo_client, COVERAGE, journeyId="no-such-journey")
    assert error_codes(body) == ["NOT_FOUND"]
    assert body["errors"][0]["message"] == "Journey 'no-such-journey' does not exist"


async def test_journey_id_of_another_kind_or_malformed_is_validation(
    demo_client: httpx.AsyncClient,
) -> None:
    stage_id = await node_id(demo_client, "stage", "query-bill")
    assert validation_paths(await gql(demo_client, COVERAGE, journeyId=stage_id)) == ["journeyId"]
    body = await gql(demo_client, COVERAGE, journeyId="bill and renew")
    assert validation_paths(body) == ["journeyId"]


def test_every_node_field_of_coverage_is_read_before_it_answers() -> None:
    from graph_api.traversals.coverage.graphql import NODE_FIELDS

    types = ("Coverage", "CoverageStepEvidence", "CoverageChannelEvidence")
    gaps = ("CoverageStageChannelGap", "CoveragePainfulStep", "CoverageDataGap")
    assert node_fields_of(*types, *gaps) == NODE_FIELDS
