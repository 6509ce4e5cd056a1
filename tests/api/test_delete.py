"""``delete<Kind>`` mutations over HTTP, on every store.

Covers deleting by key and by global ID (the answer names what was removed), the node's
relationships disappearing with it (seen from the nodes at their other ends),
``expectedVersion`` CONFLICT, and NOT_FOUND for a missing node, with nothing removed.
"""

import httpx

from tests.api.helpers import (
    DELETE_STEP,
    UPDATE_STEP,
    create_trip,
    error_code,
    get_step,
    link_ok,
    only_error,
    related_keys,
    total,
)
from tests.graphql_client import gql, gql_data


async def test_delete_by_global_id_removes_its_relationships(client: httpx.AsyncClient) -> None:
    ids = await create_trip(client)
    await link_ok(client, ids["plan"], "steps", ids["check"])
    await link_ok(client, ids["plan"], "steps", ids["buy"])
    await link_ok(client, ids["check"], "touchpoints", ids["board"])
    await link_ok(client, ids["check"], "next", ids["buy"])
    await link_ok(client, ids["check"], "painPoints", ids["slow"])

    data = await gql_data(client, DELETE_STEP, id=ids["check"])
    assert data["deleteStep"] == {"id": ids["check"], "kind": "Step", "key": "check"}

    assert await get_step(client, "check") is None
    assert await related_keys(client, "stage", "plan", "steps") == ["buy"]
    assert await related_keys(client, "step", "buy", "previous") == []
    assert await related_keys(client, "touchpoint", "board", "step") is None
    assert await related_keys(client, "painPoint", "slow", "steps") == []
    assert await total(client, "steps") == 1


async def test_delete_by_key(client: httpx.AsyncClient) -> None:
    await create_trip(client)
    data = await gql_data(client, DELETE_STEP, id="buy")
    assert (data["deleteStep"]["kind"], data["deleteStep"]["key"]) == ("Step", "buy")
    assert await get_step(client, "buy") is None


async def test_delete_a_missing_node_is_not_found(client: httpx.AsyncClient) -> None:
    await create_trip(client)
    body = await gql(client, DELETE_STEP, id="ghost")
    assert only_error(body)["extensions"] == {"code": "NOT_FOUND", "kind": "Step", "key": "ghost"}
    assert only_error(body)["message"] == "Step 'ghost' does not exist"
    assert await total(client, "steps") == 2


async def test_delete_with_a_stale_version_is_conflict(client: httpx.AsyncClient) -> None:
    await create_trip(client)
    await gql_data(client, UPDATE_STEP, id="buy", input={"order": 5})
    body = await gql(client, DELETE_STEP, id="buy", expectedVersion=1)
    assert error_code(body) == "CONFLICT"
    stored = await get_step(client, "buy")
    assert stored is not None and stored["version"] == 2
    data = await gql_data(client, DELETE_STEP, id="buy", expectedVersion=2)
    assert data["deleteStep"]["key"] == "buy"
    assert await get_step(client, "buy") is None
