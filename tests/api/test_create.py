"""``create<Kind>`` mutations over HTTP, on every store.

Covers creation with a key and without one (derived from the label), the returned audit
fields, enum and default values, and the refusals: CONFLICT for a taken key, VALIDATION
(with every error's path) for bad values, a bad key or no derivable key, with nothing
written in each case.
"""

import httpx

from tests.api.helpers import CREATE_STEP, error_code, get_step, only_error, total, validation_paths
from tests.graphql_client import gql, gql_data


async def test_create_with_a_key(client: httpx.AsyncClient) -> None:
    data = await gql_data(
        client,
        CREATE_STEP,
        key="check-departures",
        input={"name": "Check departures", "order": 1, "emotion": 2, "customerAction": "Looks"},
    )
    step = data["createStep"]
    assert {k: step[k] for k in ("key", "label", "name", "order", "emotion", "customerAction")} == {
        "key": "check-departures",
        "label": "Check departures",
        "name": "Check departures",
        "order": 1,
        "emotion": 2,
        "customerAction": "Looks",
    }
    assert step["version"] == 1
    assert step["createdAt"] == step["updatedAt"]
    assert await get_step(client, "check-departures") == step


async def test_create_without_a_key_derives_it_from_the_label(client: httpx.AsyncClient) -> None:
    data = await gql_data(client, CREATE_STEP, input={"name": "Pay & confirm (web)", "order": 2})
    assert data["createStep"]["key"] == "pay-confirm-web"
    assert data["createStep"]["emotion"] is None
    stored = await get_step(client, "pay-confirm-web")
    assert stored is not None and stored["name"] == "Pay & confirm (web)"


async def test_create_other_kinds_with_enums_and_defaults(client: httpx.AsyncClient) -> None:
    data = await gql_data(
        client,
        """
        mutation {
          createChannel(input: {name: "Mobile app", kind: DIGITAL}) { key kind }
          createTouchpoint(input: {name: "Departure board"}) { key differentiating }
          createOutcome(input: {statement: "Minimize the wait", importance: 9, satisfaction: 3.5}) {
            key label importance satisfaction
          }
          createMeasurement(key: "nps-q1", input: {value: 31, at: "2026-03-31"}) { key at value }
        }
        """,
    )
    assert data == {
        "createChannel": {"key": "mobile-app", "kind": "DIGITAL"},
        "createTouchpoint": {"key": "departure-board", "differentiating": False},
        "createOutcome": {
            "key": "minimize-the-wait",
            "label": "Minimize the wait",
            "importance": 9.0,
            "satisfaction": 3.5,
        },
        "createMeasurement": {"key": "nps-q1", "at": "2026-03-31", "value": 31.0},
    }


async def test_create_a_taken_key_is_conflict(client: httpx.AsyncClient) -> None:
    await gql_data(client, CREATE_STEP, input={"name": "Pay", "order": 1, "emotion": 2})
    body = await gql(client, CREATE_STEP, input={"name": "Pay", "order": 7})
    assert error_code(body) == "CONFLICT"
    assert only_error(body)["message"] == "Step 'pay' already exists"
    assert body["data"] is None
    stored = await get_step(client, "pay")
    assert stored is not None and (stored["order"], stored["emotion"], stored["version"]) == (
        1,
        2,
        1,
    )


async def test_create_with_bad_values_lists_every_error(client: httpx.AsyncClient) -> None:
    body = await gql(client, CREATE_STEP, key="bad", input={"name": "", "order": -1, "emotion": 9})
    assert validation_paths(body) == ["name", "order", "emotion"]
    messages = [e["message"] for e in only_error(body)["extensions"]["errors"]]
    assert messages == [
        "String should have at least 1 character",
        "Input should be greater than or equal to 0",
        "Input should be less than or equal to 5",
    ]
    assert await total(client, "steps") == 0


async def test_create_with_out_of_range_properties_of_other_kinds(
    client: httpx.AsyncClient,
) -> None:
    body = await gql(
        client,
        'mutation { createPainPoint(input: {name: "Slow", severity: 6, frequency: 1.5}) { key } }',
    )
    assert validation_paths(body) == ["severity", "frequency"]
    body = await gql(
        client,
        'mutation { createOutcome(input: {statement: "S", importance: 11, satisfaction: -1}) '
        "{ key } }",
    )
    assert validation_paths(body) == ["importance", "satisfaction"]
    assert await total(client, "painPoints") == 0
    assert await total(client, "outcomes") == 0


async def test_create_with_a_bad_key(client: httpx.AsyncClient) -> None:
    body = await gql(client, CREATE_STEP, key="Bad Key", input={"name": "Pay", "order": 1})
    assert validation_paths(body) == ["key"]
    assert only_error(body)["extensions"]["errors"][0]["message"].startswith(
        "'Bad Key' is not a valid key"
    )
    assert await total(client, "steps") == 0


async def test_create_without_a_derivable_key(client: httpx.AsyncClient) -> None:
    body = await gql(client, CREATE_STEP, input={"name": "!!!", "order": 1})
    assert validation_paths(body) == ["key"]
    assert only_error(body)["extensions"]["errors"][0]["message"] == (
        "give a key: none can be derived from the name"
    )
    assert await total(client, "steps") == 0


async def test_create_with_an_unknown_enum_value_is_a_graphql_error(
    client: httpx.AsyncClient,
) -> None:
    body = await gql(
        client, 'mutation { createChannel(input: {name: "X", kind: SATELLITE}) { key } }'
    )
    error = only_error(body)
    assert error["message"] == "Value 'SATELLITE' does not exist in 'ChannelKind' enum."
    assert await total(client, "channels") == 0
