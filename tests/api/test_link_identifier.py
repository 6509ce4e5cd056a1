"""``link(sourceId, field, targetId, identifier)``: the relationship keeps another tool's
identifier, on both stores. Given, it is set or replaced; left out, the one the
relationship has is kept; a bad one is VALIDATION naming the link, with nothing written.
"""

from typing import Any

import httpx
import pytest

from graph_api.metamodel import relationship_fields
from graph_api.store.base import GraphStore
from tests.api.helpers import create_trip, only_error
from tests.graphql_client import gql, gql_data

LINK = """
mutation($sourceId: ID!, $field: String!, $targetId: ID!, $identifier: String) {
  link(sourceId: $sourceId, field: $field, targetId: $targetId, identifier: $identifier) {
    type source { key } target { key } identifier
  }
}
"""
STEPS = relationship_fields("Stage")["steps"]


async def link(client: httpx.AsyncClient, **variables: Any) -> dict[str, Any]:
    return await gql(client, LINK, **variables)


async def test_link_sets_changes_and_keeps_the_identifier(
    client: httpx.AsyncClient, store: GraphStore
) -> None:
    ids = await create_trip(client)
    data = await gql_data(
        client, LINK, sourceId=ids["plan"], field="steps", targetId=ids["check"], identifier="r-1"
    )
    assert data["link"] == {
        "type": "HAS_STEP",
        "source": {"key": "plan"},
        "target": {"key": "check"},
        "identifier": "r-1",
    }
    assert await store.link_identifiers(STEPS, ["plan"]) == {"plan": {"check": "r-1"}}

    # From the other end (an incoming field), a new identifier replaces it.
    await gql_data(
        client, LINK, sourceId=ids["check"], field="stage", targetId=ids["plan"], identifier="r-2"
    )
    assert await store.link_identifiers(STEPS, ["plan"]) == {"plan": {"check": "r-2"}}

    # Left out, or null: the identifier stays, and the answer says which it is.
    kept = await gql_data(client, LINK, sourceId=ids["plan"], field="steps", targetId=ids["check"])
    assert kept["link"]["identifier"] == "r-2"
    await gql_data(
        client, LINK, sourceId=ids["plan"], field="steps", targetId=ids["check"], identifier=None
    )
    assert await store.link_identifiers(STEPS, ["plan"]) == {"plan": {"check": "r-2"}}

    exported = await gql_data(client, "{ exportModel(format: YAML) }")
    assert "- key: check\n    identifier: r-2\n" in exported["exportModel"]


@pytest.mark.parametrize(
    ("identifier", "problem"),
    [
        ("", "must not be empty or only white space"),
        ("\t ", "must not be empty or only white space"),
        ("z" * 201, "has 201 characters; at most 200 are kept"),
        ("a\u0007", "holds U+0007 (a control character) at character 2"),
        ("a\r\nb", "holds U+000D (a control character) at character 2"),
    ],
)
async def test_a_bad_identifier_is_refused_and_nothing_is_linked(
    client: httpx.AsyncClient, store: GraphStore, identifier: str, problem: str
) -> None:
    ids = await create_trip(client)
    body = await link(
        client, sourceId=ids["plan"], field="steps", targetId=ids["check"], identifier=identifier
    )
    error = only_error(body)
    assert error["extensions"]["code"] == "VALIDATION"
    assert error["extensions"]["errors"] == [
        {
            "path": "identifier",
            "message": f"the identifier of Stage 'plan' HAS_STEP Step 'check' {problem}",
        }
    ]
    assert body["data"] is None
    assert (await store.neighbours(STEPS, ["plan"]))["plan"] == []


async def test_an_identifier_that_is_no_string_is_refused_by_graphql(
    client: httpx.AsyncClient, store: GraphStore
) -> None:
    ids = await create_trip(client)
    body = await link(
        client, sourceId=ids["plan"], field="steps", targetId=ids["check"], identifier=7
    )
    assert "String cannot represent a non string value" in only_error(body)["message"]
    assert (await store.neighbours(STEPS, ["plan"]))["plan"] == []
