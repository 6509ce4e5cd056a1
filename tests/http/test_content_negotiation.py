"""Media types and status codes of /graphql, per the GraphQL over HTTP spec.

``application/graphql-response+json`` answers 400 when the request fails before execution
(syntax, validation, variable coercion) and 200 once execution started;
``application/json`` answers 200 to every GraphQL error. Both leave ``data`` out of a
request error. Malformed HTTP requests get 4xx with a JSON ``errors`` body whatever the
media type. Each case runs on both stores (the ``client`` fixture); ``negotiate`` itself
is checked on its own first.
"""

from typing import Any

import httpx
import pytest

from graph_api.api.http import APPLICATION_JSON, GRAPHQL_RESPONSE_JSON, negotiate
from graph_api.store.base import GraphStore

GQL = GRAPHQL_RESPONSE_JSON
JSON = APPLICATION_JSON
TYPENAME = {"query": "{ __typename }"}


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (None, JSON),
        ("", JSON),
        ("*/*", JSON),
        ("application/*", JSON),
        (JSON, JSON),
        (GQL, GQL),
        (f"{GQL}, {JSON}", GQL),
        (f"{JSON}, {GQL}", JSON),
        (f"{GQL}, {JSON};q=0.9", GQL),
        (f"{JSON};q=0.5, {GQL}", GQL),
        (f"{GQL};q=0.1, */*", JSON),
        (f"{GQL};q=0, */*", JSON),
        (f"{JSON};q=0", None),
        (f"{GQL}; charset=utf-8", GQL),
        (f"{GQL}; charset=iso-8859-1, {JSON}", JSON),
        ("text/html", None),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", JSON),
        ("APPLICATION/GRAPHQL-RESPONSE+JSON", GQL),
        (f"{GQL};q=abc, {JSON}", JSON),
    ],
)
def test_negotiate(accept: str | None, expected: str | None) -> None:
    assert negotiate(accept) == expected


async def post(
    client: httpx.AsyncClient,
    body: Any = None,
    *,
    accept: str | None = None,
    content: bytes | None = None,
    content_type: str | None = "application/json",
) -> httpx.Response:
    """POST to /graphql; ``accept=None`` sends no Accept header at all."""
    headers = {"content-type": content_type} if content_type else {}
    if content is None and body is not None:
        content = httpx.Request("POST", "/", json=body).content
    request = client.build_request("POST", "/graphql", content=content, headers=headers)
    if accept is None:
        del request.headers["accept"]
    else:
        request.headers["accept"] = accept
    if content_type is None:
        request.headers.pop("content-type", None)
    return await client.send(request)


def media_type(response: httpx.Response) -> str:
    return response.headers["content-type"].split(";")[0]


async def test_a_query_answers_the_negotiated_media_type(client: httpx.AsyncClient) -> None:
    cases = [(None, JSON), ("*/*", JSON), (JSON, JSON), (GQL, GQL), (f"{GQL}, {JSON};q=0.9", GQL)]
    for accept, expected in cases:
        response = await post(client, TYPENAME, accept=accept)
        assert (accept, response.status_code, response.headers["content-type"]) == (
            accept,
            200,
            f"{expected}; charset=utf-8",
        )
        assert response.headers["vary"] == "Accept"
        assert response.json() == {"data": {"__typename": "Query"}}


async def test_an_unacceptable_accept_is_406(client: httpx.AsyncClient) -> None:
    response = await post(client, TYPENAME, accept="text/html")
    assert response.status_code == 406
    assert response.json() == {
        "errors": [
            {"message": f"Accept {GQL} or {JSON}.", "extensions": {"code": "NOT_ACCEPTABLE"}}
        ]
    }


# Requests that fail before execution: no data entry; 400 with GQL, 200 with JSON.
REQUEST_ERRORS = {
    "syntax": {"query": "{"},
    "validation": {"query": "{ noSuchField }"},
    "variable coercion": {
        "query": "query($first: Int) { steps(first: $first) { totalCount } }",
        "variables": {"first": "ten"},
    },
    "missing variable": {"query": "query($key: String!) { step(key: $key) { key } }"},
    "unknown operation": {"query": "query A { __typename }", "operationName": "B"},
}


@pytest.mark.parametrize("case", REQUEST_ERRORS)
async def test_request_errors(client: httpx.AsyncClient, case: str) -> None:
    seen = []
    for accept in (GQL, JSON, "*/*"):
        response = await post(client, REQUEST_ERRORS[case], accept=accept)
        body = response.json()
        seen.append((accept, response.status_code, media_type(response), sorted(body)))
    assert seen == [
        (GQL, 400, GQL, ["errors"]),
        (JSON, 200, JSON, ["errors"]),
        ("*/*", 200, JSON, ["errors"]),
    ]


async def test_an_error_once_execution_started_is_200_with_data(
    client: httpx.AsyncClient,
) -> None:
    query = {"query": 'mutation { deleteJourney(id: "ghost") { key } }'}
    for accept in (GQL, JSON):
        response = await post(client, query, accept=accept)
        body = response.json()
        assert (accept, response.status_code, media_type(response), sorted(body)) == (
            accept,
            200,
            accept,
            ["data", "errors"],
        )
        assert body["errors"][0]["extensions"]["code"] == "NOT_FOUND"


# Malformed HTTP requests: the same 4xx whatever the media type, a JSON errors body.
@pytest.mark.parametrize(
    ("content", "content_type", "status"),
    [
        (b'{ "not a JSON', "application/json", 400),
        (b"", "application/json", 400),
        (b'{"notquery": "{ __typename }"}', "application/json", 400),
        (b'{"query": 1}', "application/json", 400),
        (b'{"query": "{ __typename }", "variables": "x"}', "application/json", 400),
        (b'{"query": "{ __typename }", "operationName": 1}', "application/json", 400),
        (b'"{ __typename }"', "application/json", 400),
        (b"null", "application/json", 400),
        (b"[]", "application/json", 400),
        (b'{"query": "{ __typename }"}', "text/plain", 415),
        (b'{"query": "{ __typename }"}', None, 415),
        (b'{"query": "{ __typename }"}', "application/json; charset=iso-8859-1", 415),
        (b"query=%7B__typename%7D", "application/x-www-form-urlencoded", 415),
    ],
)
async def test_malformed_requests(
    client: httpx.AsyncClient, content: bytes, content_type: str | None, status: int
) -> None:
    seen = []
    for accept in (GQL, JSON):
        response = await post(client, accept=accept, content=content, content_type=content_type)
        seen.append((accept, response.status_code, media_type(response), sorted(response.json())))
    assert seen == [(GQL, status, GQL, ["errors"]), (JSON, status, JSON, ["errors"])]


async def test_json_with_a_charset_is_accepted(client: httpx.AsyncClient) -> None:
    response = await post(client, TYPENAME, content_type="application/json; charset=UTF-8")
    assert response.status_code == 200


async def test_get_runs_queries(client: httpx.AsyncClient) -> None:
    params = {
        "query": "query($name: String!) { __type(name: $name) { name } }",
        "variables": '{"name": "Step"}',
    }
    for accept in (GQL, JSON):
        response = await client.get("/graphql", params=params, headers={"accept": accept})
        assert (accept, response.status_code, media_type(response)) == (accept, 200, accept)
        assert response.json() == {"data": {"__type": {"name": "Step"}}}


async def test_get_refuses_mutations_with_405(client: httpx.AsyncClient, store: GraphStore) -> None:
    query = 'mutation { createJourney(input: {name: "Over GET"}) { key } }'
    for accept in (GQL, JSON):
        response = await client.get("/graphql", params={"query": query}, headers={"accept": accept})
        assert (accept, response.status_code, response.headers["allow"]) == (accept, 405, "POST")
        assert sorted(response.json()) == ["errors"]
    assert await store.count_nodes() == {}  # refused before it ran


async def test_get_without_a_query_is_400(client: httpx.AsyncClient) -> None:
    response = await client.get("/graphql", headers={"accept": GQL})
    assert (response.status_code, media_type(response)) == (400, GQL)


async def test_other_methods_are_405(client: httpx.AsyncClient) -> None:
    response = await client.put("/graphql", json=TYPENAME)
    assert response.status_code == 405
