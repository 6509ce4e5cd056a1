"""A small helper to post GraphQL over HTTP in tests and read the answer."""

from typing import Any

import httpx


async def gql(client: httpx.AsyncClient, query: str, **variables: Any) -> dict[str, Any]:
    """Post ``query``; return the whole JSON answer (``data`` and maybe ``errors``)."""
    response = await client.post("/graphql", json={"query": query, "variables": variables})
    body: dict[str, Any] = response.json()
    # A caller without a token where one is needed, or with a bad one, is refused with
    # 401 before the request is read; every answer of GraphQL itself is 200.
    refused = response.status_code == 401 and error_codes(body) == ["UNAUTHENTICATED"]
    assert response.status_code == 200 or refused, response.text
    return body


async def gql_data(client: httpx.AsyncClient, query: str, **variables: Any) -> dict[str, Any]:
    """Post ``query``; fail on errors; return ``data``."""
    body = await gql(client, query, **variables)
    assert "errors" not in body, body["errors"]
    data: dict[str, Any] = body["data"]
    return data


def error_codes(body: dict[str, Any]) -> list[str]:
    """The ``extensions.code`` of each error in an answer."""
    return [e.get("extensions", {}).get("code", "") for e in body.get("errors", [])]
