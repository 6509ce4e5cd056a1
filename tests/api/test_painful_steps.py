"""The ``painfulSteps`` query over HTTP on the demo model, on every store.

Checks the answers against the hand-computed ones of :mod:`tests.expected_demo` with the
journey given as a key and as a global ID, and across all journeys; the nested fields
(step, pain points, touchpoints with their channel, processes); and VALIDATION for a
``minSeverity`` out of 1-5 or a ``journeyId`` of another kind. Then the persona and
channel filters, ``first``, the backlog items and evidence counts per row, VALIDATION
for malformed filters or ``first`` out of 0-100, NOT_FOUND for an unknown persona or
channel.
"""

from typing import Any

import httpx
import pytest

from tests.api.helpers import node_fields_of, node_id, validation_paths
from tests.expected_demo import PAINFUL_ALL_MIN_5, PAINFUL_FAULT_REPAIR_MIN_4, PainfulStepTuple
from tests.graphql_client import error_codes, gql, gql_data

PAINFUL_STEPS = """
query($journeyId: ID, $minSeverity: Int!) {
  painfulSteps(journeyId: $journeyId, minSeverity: $minSeverity) {
    step { key }
    pain
    painPoints { key severity }
    touchpoints { key channel { key } }
    processes { key }
  }
}
"""


def as_tuple(row: dict[str, Any]) -> PainfulStepTuple:
    return (
        row["step"]["key"],
        row["pain"],
        sorted(p["key"] for p in row["painPoints"]),
        sorted(t["key"] for t in row["touchpoints"]),
        sorted(p["key"] for p in row["processes"]),
    )


async def painful(client: httpx.AsyncClient, **variables: Any) -> list[dict[str, Any]]:
    data = await gql_data(client, PAINFUL_STEPS, **variables)
    rows: list[dict[str, Any]] = data["painfulSteps"]
    return rows


async def test_fault_repair_by_key(demo_client: httpx.AsyncClient) -> None:
    rows = await painful(demo_client, journeyId="fault-repair", minSeverity=4)
    assert [as_tuple(r) for r in rows] == PAINFUL_FAULT_REPAIR_MIN_4


async def test_fault_repair_by_global_id(demo_client: httpx.AsyncClient) -> None:
    journey_id = await node_id(demo_client, "journey", "fault-repair")
    rows = await painful(demo_client, journeyId=journey_id, minSeverity=4)
    assert [as_tuple(r) for r in rows] == PAINFUL_FAULT_REPAIR_MIN_4


async def test_all_journeys(demo_client: httpx.AsyncClient) -> None:
    rows = await painful(demo_client, minSeverity=5)
    assert [as_tuple(r) for r in rows] == PAINFUL_ALL_MIN_5


async def test_min_severity_defaults_to_four(demo_client: httpx.AsyncClient) -> None:
    data = await gql_data(
        demo_client, '{ painfulSteps(journeyId: "fault-repair") { step { key } pain } }'
    )
    assert [(r["step"]["key"], r["pain"]) for r in data["painfulSteps"]] == [
        (key, pain) for key, pain, *_ in PAINFUL_FAULT_REPAIR_MIN_4
    ]


async def test_nested_fields(demo_client: httpx.AsyncClient) -> None:
    rows = await painful(demo_client, journeyId="fault-repair", minSeverity=4)
    call = next(r for r in rows if r["step"]["key"] == "fr-call-support")
    assert call["touchpoints"] == [
        {"key": "agent-fault-call", "channel": {"key": "contact-centre"}},
        {"key": "ivr-fault-menu", "channel": {"key": "contact-centre"}},
    ]
    assert max(p["severity"] for p in call["painPoints"]) == call["pain"] == 5


@pytest.mark.parametrize("min_severity", [0, 6, -1])
async def test_min_severity_out_of_range_is_validation(
    demo_client: httpx.AsyncClient, min_severity: int
) -> None:
    body = await gql(demo_client, PAINFUL_STEPS, journeyId="fault-repair", minSeverity=min_severity)
    assert validation_paths(body) == ["minSeverity"]
    assert body["errors"][0]["extensions"]["errors"][0]["message"] == "must be between 1 and 5"


async def test_journey_id_of_another_kind_is_validation(demo_client: httpx.AsyncClient) -> None:
    step_id = await node_id(demo_client, "step", "fr-call-support")
    body = await gql(demo_client, PAINFUL_STEPS, journeyId=step_id, minSeverity=4)
    assert validation_paths(body) == ["journeyId"]
    body = await gql(demo_client, PAINFUL_STEPS, journeyId="Fault Repair", minSeverity=4)
    assert validation_paths(body) == ["journeyId"]


async def test_unknown_journey_is_not_found(demo_client: httpx.AsyncClient) -> None:
    body = await gql(demo_client, PAINFUL_STEPS, journeyId="no-such-journey", minSeverity=4)
    assert error_codes(body) == ["NOT_FOUND"]
    assert body["errors"][0]["message"] == "Journey 'no-such-journey' does not exist"


# -- personaId, channelId (channelKey), first, backlog items, evidence counts ----------

FILTERED = """
query(
  $personaId: ID, $channelId: ID, $channelKey: String, $minSeverity: Int, $first: Int
) {
  painfulSteps(
    personaId: $personaId, channelId: $channelId, channelKey: $channelKey,
    minSeverity: $minSeverity, first: $first
  ) {
    step { key }
    pain
    backlogItems { key priority }
    painPointsWithEvidence { painPoint { key } evidenceCount }
  }
}
"""


async def filtered(client: httpx.AsyncClient, **variables: Any) -> list[dict[str, Any]]:
    data = await gql_data(client, FILTERED, **variables)
    rows: list[dict[str, Any]] = data["painfulSteps"]
    return rows


async def test_persona_filter_by_key_and_global_id(demo_client: httpx.AsyncClient) -> None:
    expected = [
        {
            "step": {"key": "br-get-contract-end-notice"},
            "pain": 5,
            "backlogItems": [{"key": "epic-fair-pricing", "priority": 2}],
            "painPointsWithEvidence": [
                {"painPoint": {"key": "loyalty-penalty"}, "evidenceCount": 1}
            ],
        }
    ]
    assert await filtered(demo_client, personaId="budget-family", minSeverity=5) == expected
    persona_id = await node_id(demo_client, "persona", "budget-family")
    assert await filtered(demo_client, personaId=persona_id, minSeverity=5) == expected


async def test_channel_filter_with_backlog_items_and_evidence(
    demo_client: httpx.AsyncClient,
) -> None:
    rows = await filtered(demo_client, channelKey="contact-centre", minSeverity=5)
    assert [
        (
            r["step"]["key"],
            [b["key"] for b in r["backlogItems"]],
            [(p["painPoint"]["key"], p["evidenceCount"]) for p in r["painPointsWithEvidence"]],
        )
        for r in rows
    ] == [
        ("fr-book-engineer", [], [("engineer-slot-wait", 1)]),
        (
            "fr-call-support",
            ["epic-one-fault-record"],
            # repeat-explanation: two from the February shadow, the Q3 contact codes
            [("ivr-queue", 1), ("repeat-explanation", 3)],
        ),
        (
            "nc-chase-order-status",
            ["epic-live-order-tracking", "agent-order-milestones"],  # priority 1, then 2
            [("order-status-invisible", 2)],
        ),
    ]


async def test_channel_key_is_the_old_name_of_channel_id(demo_client: httpx.AsyncClient) -> None:
    expected = await filtered(demo_client, channelId="contact-centre", minSeverity=4)
    assert expected  # the demo has painful steps on the contact centre
    channel_id = await node_id(demo_client, "channel", "contact-centre")
    for value in ("contact-centre", "Channel:contact-centre", channel_id):
        assert await filtered(demo_client, channelId=value, minSeverity=4) == expected
        assert await filtered(demo_client, channelKey=value, minSeverity=4) == expected
    body = await gql(demo_client, FILTERED, channelId="contact-centre", channelKey="contact-centre")
    assert validation_paths(body) == ["channelKey"]
    body = await gql(demo_client, FILTERED, channelId="Journey:fault-repair")
    assert validation_paths(body) == ["channelId"]


async def test_first_limits_the_rows(demo_client: httpx.AsyncClient) -> None:
    rows = await filtered(demo_client, minSeverity=5, first=2)
    assert [r["step"]["key"] for r in rows] == [key for key, *_ in PAINFUL_ALL_MIN_5[:2]]
    assert await filtered(demo_client, minSeverity=5, first=0) == []


@pytest.mark.parametrize("first", [-1, 101])
async def test_first_out_of_range_is_validation(demo_client: httpx.AsyncClient, first: int) -> None:
    body = await gql(demo_client, FILTERED, first=first)
    assert validation_paths(body) == ["first"]
    message = body["errors"][0]["extensions"]["errors"][0]["message"]
    assert message == f"must be between 0 and 100, got {first}"


async def test_malformed_filters_are_validation(demo_client: httpx.AsyncClient) -> None:
    body = await gql(demo_client, FILTERED, channelKey="Contact Centre", first=-1)
    assert validation_paths(body) == ["channelKey", "first"]
    # one VALIDATION error lists every malformed argument
    body = await gql(
        demo_client, FILTERED, personaId="Remote Worker", channelKey="?", minSeverity=9, first=-1
    )
    assert validation_paths(body) == ["personaId", "channelKey", "minSeverity", "first"]
    journey_id = await node_id(demo_client, "journey", "fault-repair")
    body = await gql(demo_client, FILTERED, personaId=journey_id)
    assert validation_paths(body) == ["personaId"]


@pytest.mark.parametrize(
    ("variables", "message"),
    [
        ({"personaId": "nobody"}, "Persona 'nobody' does not exist"),
        ({"channelKey": "carrier-pigeon"}, "Channel 'carrier-pigeon' does not exist"),
    ],
)
async def test_unknown_persona_or_channel_is_not_found(
    demo_client: httpx.AsyncClient, variables: dict[str, str], message: str
) -> None:
    body = await gql(demo_client, FILTERED, **variables)
    assert error_codes(body) == ["NOT_FOUND"]
    assert body["errors"][0]["message"] == message


def test_every_node_field_of_a_painful_step_is_read_before_it_answers() -> None:
    from graph_api.traversals.painful_steps.graphql import NODE_FIELDS

    types = ("PainfulStep", "PainPointWithEvidence", "ServingSystem")
    assert node_fields_of(*types) == NODE_FIELDS
