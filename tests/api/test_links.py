"""``link`` and ``unlink`` over HTTP, on every store.

Covers linking through an outgoing field and through an incoming one (stored in the
metamodel's direction), idempotence, unlinking, and the refusals with nothing written:
VALIDATION for an unknown field, a target of the wrong kind or a malformed ID, NOT_FOUND
for a missing node and for unlinking an absent relationship, CONFLICT for a second
stage of a step or a second channel of a touchpoint.
"""

import httpx

from tests.api.helpers import (
    LINK,
    UNLINK,
    create_trip,
    error_code,
    link_ok,
    only_error,
    related_keys,
    validation_paths,
)
from tests.graphql_client import gql, gql_data


async def test_link_through_an_outgoing_field(client: httpx.AsyncClient) -> None:
    ids = await create_trip(client)
    data = await gql_data(client, LINK, sourceId=ids["plan"], field="steps", targetId=ids["check"])
    assert data["link"] == {
        "type": "HAS_STEP",
        "source": {"__typename": "Stage", "key": "plan"},
        "target": {"__typename": "Step", "key": "check"},
    }
    assert await related_keys(client, "stage", "plan", "steps") == ["check"]
    assert await related_keys(client, "step", "check", "stage") == "plan"


async def test_link_through_an_incoming_field(client: httpx.AsyncClient) -> None:
    ids = await create_trip(client)
    data = await gql_data(
        client, LINK, sourceId=ids["check"], field="painPoints", targetId=ids["slow"]
    )
    assert data["link"] == {
        "type": "AFFECTS",
        "source": {"__typename": "PainPoint", "key": "slow"},
        "target": {"__typename": "Step", "key": "check"},
    }
    assert await related_keys(client, "painPoint", "slow", "steps") == ["check"]


async def test_link_is_idempotent(client: httpx.AsyncClient) -> None:
    ids = await create_trip(client)
    for _ in range(2):
        assert await link_ok(client, ids["board"], "channel", ids["app"]) == "ON_CHANNEL"
    assert await related_keys(client, "channel", "app", "touchpoints") == ["board"]


async def test_unlink(client: httpx.AsyncClient) -> None:
    ids = await create_trip(client)
    await link_ok(client, ids["check"], "next", ids["buy"])
    data = await gql_data(
        client, UNLINK, sourceId=ids["buy"], field="previous", targetId=ids["check"]
    )
    assert data["unlink"]["type"] == "NEXT"
    assert await related_keys(client, "step", "check", "next") == []
    assert await related_keys(client, "step", "buy", "previous") == []


async def test_unlink_absent_is_not_found(client: httpx.AsyncClient) -> None:
    ids = await create_trip(client)
    await link_ok(client, ids["check"], "next", ids["buy"])
    body = await gql(client, UNLINK, sourceId=ids["buy"], field="next", targetId=ids["check"])
    assert error_code(body) == "NOT_FOUND"
    assert only_error(body)["message"] == "no NEXT relationship from Step 'buy' to Step 'check'"
    assert await related_keys(client, "step", "check", "next") == ["buy"]


async def test_unknown_field_is_validation(client: httpx.AsyncClient) -> None:
    ids = await create_trip(client)
    body = await gql(client, LINK, sourceId=ids["check"], field="channel", targetId=ids["app"])
    assert validation_paths(body) == ["field"]
    message = only_error(body)["extensions"]["errors"][0]["message"]
    assert message.startswith("Step has no relationship field 'channel'; it has: backlogItems,")
    assert await related_keys(client, "channel", "app", "touchpoints") == []


async def test_target_of_the_wrong_kind_is_validation(client: httpx.AsyncClient) -> None:
    ids = await create_trip(client)
    body = await gql(client, LINK, sourceId=ids["plan"], field="steps", targetId=ids["board"])
    assert validation_paths(body) == ["targetId"]
    assert only_error(body)["extensions"]["errors"][0]["message"] == (
        f"{ids['board']!r} names a Touchpoint, not a Step (Stage.steps leads to Step)"
    )
    assert await related_keys(client, "stage", "plan", "steps") == []
    assert await related_keys(client, "touchpoint", "board", "step") is None


async def test_malformed_ids_are_validation(client: httpx.AsyncClient) -> None:
    ids = await create_trip(client)
    body = await gql(client, LINK, sourceId="Plan", field="steps", targetId=ids["check"])
    assert validation_paths(body) == ["sourceId"]
    body = await gql(client, UNLINK, sourceId=ids["plan"], field="steps", targetId="!!")
    assert validation_paths(body) == ["targetId"]


async def test_link_to_a_missing_node_is_not_found(client: httpx.AsyncClient) -> None:
    ids = await create_trip(client)
    await gql_data(client, 'mutation { deleteStep(id: "buy") { key } }')
    body = await gql(client, LINK, sourceId=ids["plan"], field="steps", targetId=ids["buy"])
    assert only_error(body)["extensions"] == {"code": "NOT_FOUND", "kind": "Step", "key": "buy"}
    assert await related_keys(client, "stage", "plan", "steps") == []


async def test_second_stage_of_a_step_is_conflict(client: httpx.AsyncClient) -> None:
    ids = await create_trip(client)
    await link_ok(client, ids["plan"], "steps", ids["check"])
    body = await gql(client, LINK, sourceId=ids["travel"], field="steps", targetId=ids["check"])
    assert error_code(body) == "CONFLICT"
    assert await related_keys(client, "step", "check", "stage") == "plan"
    assert await related_keys(client, "stage", "travel", "steps") == []
    # seen from the step, the same refusal
    body = await gql(client, LINK, sourceId=ids["check"], field="stage", targetId=ids["travel"])
    assert error_code(body) == "CONFLICT"


async def test_second_channel_of_a_touchpoint_is_conflict(client: httpx.AsyncClient) -> None:
    ids = await create_trip(client)
    await link_ok(client, ids["board"], "channel", ids["station"])
    body = await gql(client, LINK, sourceId=ids["board"], field="channel", targetId=ids["app"])
    assert error_code(body) == "CONFLICT"
    assert await related_keys(client, "touchpoint", "board", "channel") == "station"
    assert await related_keys(client, "channel", "app", "touchpoints") == []
