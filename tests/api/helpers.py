"""Helpers for the HTTP tests: IDs by key, the one error of an answer, common queries."""

from typing import Any

import httpx

from tests.graphql_client import gql_data

STEP_FIELDS = "id key label version createdAt updatedAt name order customerAction emotion"


async def node_id(client: httpx.AsyncClient, field: str, key: str) -> str:
    """The global ID of the node ``field(key: key)`` names, e.g. ``node_id(c, "step", "x")``."""
    data = await gql_data(
        client, f"query($key: String!) {{ {field}(key: $key) {{ id }} }}", key=key
    )
    assert data[field] is not None, f"no {field} {key!r}"
    value: str = data[field]["id"]
    return value


def only_error(body: dict[str, Any]) -> dict[str, Any]:
    """The single error of an answer."""
    errors = body.get("errors", [])
    assert len(errors) == 1, body
    error: dict[str, Any] = errors[0]
    return error


def error_code(body: dict[str, Any]) -> str:
    code: str = only_error(body).get("extensions", {}).get("code", "")
    return code


def validation_paths(body: dict[str, Any]) -> list[str]:
    """The paths a VALIDATION error lists (fails on any other error)."""
    extensions = only_error(body)["extensions"]
    assert extensions["code"] == "VALIDATION", extensions
    return [e["path"] for e in extensions["errors"]]


async def get_step(client: httpx.AsyncClient, key: str) -> dict[str, Any] | None:
    data = await gql_data(
        client, f"query($key: String!) {{ step(key: $key) {{ {STEP_FIELDS} }} }}", key=key
    )
    step: dict[str, Any] | None = data["step"]
    return step


async def total(client: httpx.AsyncClient, plural: str) -> int:
    """How many nodes the listing ``plural`` holds."""
    data = await gql_data(client, f"{{ {plural}(first: 0) {{ totalCount }} }}")
    count: int = data[plural]["totalCount"]
    return count


CREATE_STEP = f"""
mutation($input: StepInput!, $key: String) {{
  createStep(input: $input, key: $key) {{ {STEP_FIELDS} }}
}}
"""

UPDATE_STEP = f"""
mutation($id: ID!, $input: StepPatch!, $expectedVersion: Int) {{
  updateStep(id: $id, input: $input, expectedVersion: $expectedVersion) {{ {STEP_FIELDS} }}
}}
"""

DELETE_STEP = """
mutation($id: ID!, $expectedVersion: Int) {
  deleteStep(id: $id, expectedVersion: $expectedVersion) { id kind key }
}
"""

LINK = """
mutation($sourceId: ID!, $field: String!, $targetId: ID!) {
  link(sourceId: $sourceId, field: $field, targetId: $targetId) {
    type source { __typename key } target { __typename key }
  }
}
"""

UNLINK = LINK.replace("link(", "unlink(")

TRIP = """
mutation {
  plan: createStage(key: "plan", input: {name: "Plan", order: 1}) { id }
  travel: createStage(key: "travel", input: {name: "Travel", order: 2}) { id }
  check: createStep(key: "check", input: {name: "Check", order: 1}) { id }
  buy: createStep(key: "buy", input: {name: "Buy", order: 2}) { id }
  board: createTouchpoint(key: "board", input: {name: "Board"}) { id }
  app: createChannel(key: "app", input: {name: "App", kind: DIGITAL}) { id }
  station: createChannel(key: "station", input: {name: "Station", kind: PHYSICAL}) { id }
  slow: createPainPoint(key: "slow", input: {name: "Slow", severity: 4}) { id }
}
"""


async def create_trip(client: httpx.AsyncClient) -> dict[str, str]:
    """Two stages, two steps, a touchpoint, two channels and a pain point, unlinked.

    Returns the global ID of each by its key.
    """
    data = await gql_data(client, TRIP)
    return {key: node["id"] for key, node in data.items()}


async def link_ok(client: httpx.AsyncClient, source_id: str, field: str, target_id: str) -> str:
    """Link two nodes (failing on any error); return the relationship type."""
    data = await gql_data(client, LINK, sourceId=source_id, field=field, targetId=target_id)
    rel_type: str = data["link"]["type"]
    return rel_type


async def related_keys(client: httpx.AsyncClient, field: str, key: str, path: str) -> Any:
    """``field(key) { <path> { key } }``: the keys a relationship field leads to."""
    data = await gql_data(
        client, f"query($key: String!) {{ {field}(key: $key) {{ {path} {{ key }} }} }}", key=key
    )
    value = data[field][path]
    if value is None:
        return None
    if isinstance(value, list):
        return [v["key"] for v in value]
    return value["key"]


def node_fields_of(*type_names: str) -> dict[str, str]:
    """Field name -> node kind, for the fields of these GraphQL types that answer nodes."""
    from graphql import get_named_type

    from graph_api.api.library_seams import graphql_schema
    from graph_api.api.schema import build_schema
    from graph_api.config import Settings
    from graph_api.metamodel import NODE_KINDS

    schema = graphql_schema(build_schema(Settings(demo_if_empty=False)))
    found: dict[str, str] = {}
    for type_name in type_names:
        for name, field in schema.get_type(type_name).fields.items():  # type: ignore[union-attr]
            kind = get_named_type(field.type).name
            if kind in NODE_KINDS:
                found[name] = kind
    return found
