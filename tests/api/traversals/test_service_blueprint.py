"""The ``serviceBlueprint`` query over HTTP on the demo model, on every store.

The journey named by key and by global ID; the lanes with nested node fields; gap
entries naming their nodes; the doc example's output; VALIDATION for an ID of another
kind or a malformed key, NOT_FOUND for an unknown journey.
"""

from typing import Any

import httpx

from tests.api.helpers import node_fields_of, node_id, validation_paths
from tests.api.traversals.blueprint_doc_example import check_doc_example
from tests.graphql_client import error_codes, gql, gql_data

BLUEPRINT = """
query($journeyId: ID!) {
  serviceBlueprint(journeyId: $journeyId) {
    journey { key }
    stages { stage { key } steps { step { key } } }
    gaps { kind step { key } touchpoint { key } process { key } }
  }
}
"""

STEP_LANES = """
query {
  serviceBlueprint(journeyId: "fault-repair") {
    stages {
      steps {
        step { key }
        evidence { key kind }
        evidenceKinds
        customerAction
        emotion
        frontStage { channel { key kind } touchpoints { key differentiating } }
        backStage { key owners { key } }
        support { key lifecycle }
        gaps { kind }
      }
    }
  }
}
"""


async def blueprint(client: httpx.AsyncClient, journey_id: str) -> dict[str, Any]:
    data = await gql_data(client, BLUEPRINT, journeyId=journey_id)
    found: dict[str, Any] = data["serviceBlueprint"]
    return found


FAULT_REPAIR_GAPS = [
    {
        "kind": "STEP_WITHOUT_PROCESS",
        "step": {"key": "fr-notice-outage"},
        "touchpoint": None,
        "process": None,
    },
    {
        "kind": "STEP_WITHOUT_EVIDENCE",
        "step": {"key": "fr-get-fault-reference"},
        "touchpoint": None,
        "process": None,
    },
    {
        "kind": "TOUCHPOINT_WITHOUT_OWNER",
        "step": {"key": "fr-claim-compensation"},
        "touchpoint": {"key": "web-compensation-form"},
        "process": None,
    },
]


async def test_by_key_and_by_global_id(demo_client: httpx.AsyncClient) -> None:
    by_key = await blueprint(demo_client, "fault-repair")
    by_id = await blueprint(demo_client, await node_id(demo_client, "journey", "fault-repair"))
    assert by_key == by_id
    assert by_key["journey"] == {"key": "fault-repair"}
    assert [s["stage"]["key"] for s in by_key["stages"]] == [
        "notice-problem",
        "self-diagnose",
        "report-fault",
        "engineer-visit",
        "resolution",
    ]
    assert [st["step"]["key"] for st in by_key["stages"][2]["steps"]] == [
        "fr-call-support",
        "fr-report-in-chat",
        "fr-get-fault-reference",
    ]
    assert by_key["gaps"] == FAULT_REPAIR_GAPS


async def test_lanes_with_nested_fields(demo_client: httpx.AsyncClient) -> None:
    data = await gql_data(demo_client, STEP_LANES)
    steps = [st for s in data["serviceBlueprint"]["stages"] for st in s["steps"]]
    wait = next(st for st in steps if st["step"]["key"] == "fr-wait-for-engineer")
    assert wait == {
        "step": {"key": "fr-wait-for-engineer"},
        "evidence": [
            {"key": "ev-no-show-contact-codes", "kind": "CALL_CENTER"},
            {"key": "ev-shadow-repair-visits", "kind": "SERVICE_SHADOW"},
        ],
        "evidenceKinds": ["CALL_CENTER", "SERVICE_SHADOW"],
        "customerAction": "Stays at home for the morning or afternoon slot",
        "emotion": 1,
        "frontStage": [
            {
                "channel": {"key": "field-engineer", "kind": "PHYSICAL"},
                "touchpoints": [{"key": "engineer-repair-visit", "differentiating": True}],
            },
            {
                "channel": {"key": "sms", "kind": "DIGITAL"},
                "touchpoints": [{"key": "engineer-on-way-sms", "differentiating": False}],
            },
        ],
        "backStage": [{"key": "dispatch-field-engineer", "owners": [{"key": "field-operations"}]}],
        "support": [{"key": "field-service-management", "lifecycle": "ACTIVE"}],
        "gaps": [],
    }


async def test_doc_example_output_is_real(demo_client: httpx.AsyncClient) -> None:
    answer = await check_doc_example(demo_client, "service-blueprint.md")
    assert len(answer["data"]["serviceBlueprint"]["stages"]) == 5


async def test_unknown_journey_is_not_found(demo_client: httpx.AsyncClient) -> None:
    body = await gql(demo_client, BLUEPRINT, journeyId="no-such-journey")
    assert error_codes(body) == ["NOT_FOUND"]
    assert body["errors"][0]["message"] == "Journey 'no-such-journey' does not exist"


async def test_journey_id_of_another_kind_or_malformed_is_validation(
    demo_client: httpx.AsyncClient,
) -> None:
    step_id = await node_id(demo_client, "step", "fr-call-support")
    assert validation_paths(await gql(demo_client, BLUEPRINT, journeyId=step_id)) == ["journeyId"]
    body = await gql(demo_client, BLUEPRINT, journeyId="Fault Repair")
    assert validation_paths(body) == ["journeyId"]


def test_every_node_field_of_the_blueprint_is_read_before_it_answers() -> None:
    """The lanes answer from the nodes the resolver read (``NODE_FIELDS`` says which
    field needs which kind): a new node field missing from that table would fail here."""
    from graph_api.traversals.service_blueprint.graphql import NODE_FIELDS

    types = ("ServiceBlueprint", "BlueprintStage", "BlueprintStep", "BlueprintChannel")
    support = ("BlueprintService", "BlueprintDataObject")
    assert node_fields_of(*types, *support, "BlueprintGap") == NODE_FIELDS


async def test_fragments_and_aliases_read_what_they_select(demo_client: httpx.AsyncClient) -> None:
    query = """
    fragment Lanes on BlueprintStep { lanes: backStage { key } tech: support { key } }
    query { serviceBlueprint(journeyId: "fault-repair") {
      stages { steps { ...Lanes ... on BlueprintStep { who: step { key } } } }
    } }
    """
    data = await gql_data(demo_client, query)
    steps = [s for st in data["serviceBlueprint"]["stages"] for s in st["steps"]]
    assert steps and all(s["who"]["key"] for s in steps)
    assert any(s["lanes"] for s in steps) and any(s["tech"] for s in steps)
