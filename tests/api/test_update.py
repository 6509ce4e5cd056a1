"""``update<Kind>`` mutations over HTTP, on every store.

Covers patching (omitted properties kept, null clearing an optional one), addressing by
key or by global ID, versions (unchanged when nothing changes), ``expectedVersion``
(CONFLICT when stale, with nothing changed), VALIDATION with the property's path for a
bad value or a cleared required property, and NOT_FOUND for a missing node.
"""

import httpx

from tests.api.helpers import (
    CREATE_STEP,
    UPDATE_STEP,
    error_code,
    get_step,
    node_id,
    only_error,
    validation_paths,
)
from tests.graphql_client import gql, gql_data

CHECK = {"name": "Check departures", "order": 1, "emotion": 2, "customerAction": "Looks"}


async def _create_check(client: httpx.AsyncClient) -> dict[str, object]:
    data = await gql_data(client, CREATE_STEP, key="check", input=CHECK)
    step: dict[str, object] = data["createStep"]
    return step


async def test_patch_keeps_omitted_properties(client: httpx.AsyncClient) -> None:
    created = await _create_check(client)
    data = await gql_data(client, UPDATE_STEP, id="check", input={"order": 3})
    updated = data["updateStep"]
    assert (updated["order"], updated["name"], updated["emotion"], updated["customerAction"]) == (
        3,
        "Check departures",
        2,
        "Looks",
    )
    assert updated["version"] == 2
    assert updated["createdAt"] == created["createdAt"]
    assert updated["updatedAt"] >= created["updatedAt"]  # ISO timestamps of one offset
    assert await get_step(client, "check") == updated


async def test_null_clears_an_optional_property(client: httpx.AsyncClient) -> None:
    await _create_check(client)
    data = await gql_data(
        client, UPDATE_STEP, id="check", input={"emotion": None, "customerAction": None}
    )
    assert (data["updateStep"]["emotion"], data["updateStep"]["customerAction"]) == (None, None)
    stored = await get_step(client, "check")
    assert stored is not None and (stored["emotion"], stored["version"]) == (None, 2)


async def test_update_by_global_id(client: httpx.AsyncClient) -> None:
    await _create_check(client)
    step_id = await node_id(client, "step", "check")
    data = await gql_data(client, UPDATE_STEP, id=step_id, input={"name": "Check the board"})
    assert (data["updateStep"]["id"], data["updateStep"]["label"]) == (step_id, "Check the board")


async def test_an_update_changing_nothing_keeps_the_version(client: httpx.AsyncClient) -> None:
    created = await _create_check(client)
    data = await gql_data(client, UPDATE_STEP, id="check", input={"order": 1, "emotion": 2})
    assert (data["updateStep"]["version"], data["updateStep"]["updatedAt"]) == (
        1,
        created["updatedAt"],
    )


async def test_expected_version(client: httpx.AsyncClient) -> None:
    await _create_check(client)
    await gql_data(client, UPDATE_STEP, id="check", input={"order": 2}, expectedVersion=1)
    body = await gql(client, UPDATE_STEP, id="check", input={"order": 9}, expectedVersion=1)
    assert error_code(body) == "CONFLICT"
    assert only_error(body)["message"] == (
        "Step 'check' is at version 2, not 1: it changed since it was read"
    )
    stored = await get_step(client, "check")
    assert stored is not None and (stored["order"], stored["version"]) == (2, 2)
    data = await gql_data(client, UPDATE_STEP, id="check", input={"order": 9}, expectedVersion=2)
    assert (data["updateStep"]["order"], data["updateStep"]["version"]) == (9, 3)


async def test_a_bad_value_is_validation_with_its_path(client: httpx.AsyncClient) -> None:
    await _create_check(client)
    before = await get_step(client, "check")
    body = await gql(client, UPDATE_STEP, id="check", input={"emotion": 0, "order": 5})
    assert validation_paths(body) == ["emotion"]
    assert only_error(body)["extensions"]["errors"][0]["message"] == (
        "Input should be greater than or equal to 1"
    )
    assert await get_step(client, "check") == before


async def test_clearing_a_required_property_is_validation(client: httpx.AsyncClient) -> None:
    await _create_check(client)
    before = await get_step(client, "check")
    body = await gql(client, UPDATE_STEP, id="check", input={"name": None})
    assert validation_paths(body) == ["name"]
    assert only_error(body)["extensions"]["errors"][0]["message"] == "Field required"
    assert await get_step(client, "check") == before


async def test_update_a_missing_node_is_not_found(client: httpx.AsyncClient) -> None:
    body = await gql(client, UPDATE_STEP, id="ghost", input={"order": 1})
    assert only_error(body)["extensions"] == {"code": "NOT_FOUND", "kind": "Step", "key": "ghost"}
    assert await get_step(client, "ghost") is None


async def test_update_with_an_id_of_another_kind_is_validation(client: httpx.AsyncClient) -> None:
    await gql_data(
        client, 'mutation { createChannel(key: "web", input: {name: "Web", kind: DIGITAL}) { id } }'
    )
    channel_id = await node_id(client, "channel", "web")
    body = await gql(client, UPDATE_STEP, id=channel_id, input={"order": 1})
    assert validation_paths(body) == ["id"]
