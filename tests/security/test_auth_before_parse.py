"""Callers who may not read are refused before anything of their request is parsed.

Where anonymous reading is off (production), a request without a token, or with a bad
token anywhere, gets 401 ``UNAUTHENTICATED`` with the same answer whatever it asks: a
query naming a type that exists, one naming a type that does not, one that does not
parse, one over the token limit. So nothing of the schema can be learnt without a
token. The caller is resolved once per request, by the gate, and the GraphQL context
reuses that answer. Where anonymous reading is on, nothing of this changes.
"""

from typing import Any

import httpx
import pytest

from graph_api.security import Authenticator
from graph_api.store.base import GraphStore
from graph_api.store.embedded import EmbeddedStore
from tests.auth_headers import headers_for
from tests.conftest import app_client, app_settings

# Each would answer differently once parsed and validated: a known type, an unknown one,
# a syntax error, a token flood, an introspection query, a mutation, an unknown field.
PROBES = [
    "query($id: ID!) { node(id: $id) { ... on Process { key } } }",
    "query($id: ID!) { node(id: $id) { ... on ApiKey { key } } }",
    "{ personas { totalCount ",
    "{ " + "__typename " * 5100 + "}",  # over max_tokens (5000)
    "{ __schema { types { name } } }",
    'mutation { createPersona(input: {name: "x"}) { key } }',
    "{ secretField }",
]
NO_TOKEN = (
    "A token is needed: send 'Authorization: Bearer <API key or JWT>', with an API key from "
    "`graph-api keys create --name NAME --role viewer` (viewer to read, editor to write, admin "
    "to delete and import), run where the server runs. Or, to read without a token, run the "
    "server with GRAPH_API_ENVIRONMENT=development."
)


def _refusal(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 401, response.text
    assert response.headers["www-authenticate"].startswith("Bearer")
    body: dict[str, Any] = response.json()
    assert list(body) == ["errors"]
    (error,) = body["errors"]
    assert error["extensions"] == {"code": "UNAUTHENTICATED"}
    return body


async def test_anonymous_callers_learn_nothing_of_the_schema(store: GraphStore) -> None:
    async with app_client(store, app_settings(), headers={}) as anonymous:
        answers = []
        for query in PROBES:
            posted = await anonymous.post("/graphql", json={"query": query, "variables": {}})
            fetched = await anonymous.get("/graphql", params={"query": query})
            answers += [_refusal(posted), _refusal(fetched)]
    assert all(answer == answers[0] for answer in answers)
    assert answers[0]["errors"][0]["message"] == NO_TOKEN


@pytest.mark.parametrize(
    ("authorization", "reason"),
    [
        ("Bearer not-a-token", "not a JWT"),
        ("Basic dXNlcjpwYXNz", "Bearer <token>"),
        ("Bearer gapi_000000000000_secret", "unknown or revoked API key"),
    ],
)
@pytest.mark.parametrize("anonymous_read", [False, True])
async def test_a_bad_token_is_refused_before_parsing(
    authorization: str, reason: str, anonymous_read: bool
) -> None:
    settings = app_settings().model_copy(update={"anonymous_read": anonymous_read})
    headers = {"Authorization": authorization}
    async with app_client(EmbeddedStore(":memory:"), settings, headers=headers) as client:
        for query in PROBES[:3]:
            body = _refusal(await client.post("/graphql", json={"query": query}))
            assert reason in body["errors"][0]["message"]
        response = await client.post("/graphql", json={"query": PROBES[0]})
    assert response.headers["www-authenticate"] == 'Bearer error="invalid_token"'


async def test_malformed_bodies_from_anonymous_callers_are_refused_as_unauthenticated() -> None:
    """Nothing of the body is parsed: not even whether it is JSON."""
    async with app_client(EmbeddedStore(":memory:"), app_settings(), headers={}) as anonymous:
        for content in (b"{ not json", b'{"query": 5}', b"[]", b'{"query": "\xff"}'):
            response = await anonymous.post(
                "/graphql", content=content, headers={"content-type": "application/json"}
            )
            _refusal(response)


async def test_where_anonymous_callers_may_read_they_still_do(store: GraphStore) -> None:
    settings = app_settings().model_copy(update={"anonymous_read": True})
    async with app_client(store, settings, headers={}) as anonymous:
        read = await anonymous.post("/graphql", json={"query": "{ personas { totalCount } }"})
        assert read.status_code == 200
        assert read.json() == {"data": {"personas": {"totalCount": 0}}}
        unknown = await anonymous.post("/graphql", json={"query": "{ secretField }"})
        assert unknown.status_code == 200
        assert unknown.json()["errors"][0]["message"] == (
            "Cannot query field 'secretField' on type 'Query'."
        )
        write = await anonymous.post("/graphql", json={"query": PROBES[5]})
        assert write.status_code == 200
        assert write.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_graphiql_is_served_without_a_token_when_it_is_on() -> None:
    """The IDE's page holds no data; its queries then carry the token the user sets."""
    settings = app_settings().model_copy(update={"graphiql": True})
    async with app_client(EmbeddedStore(":memory:"), settings, headers={}) as browser:
        page = await browser.get("/graphql", headers={"Accept": "text/html"})
        assert page.status_code == 200 and "graphiql" in page.text.lower()
        _refusal(await browser.get("/graphql", params={"query": "{ __typename }"}))


async def test_the_caller_is_resolved_once_per_request(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str | None] = []
    resolve = Authenticator.principal

    def counted(self: Authenticator, authorization: str | None) -> Any:
        calls.append(authorization)
        return resolve(self, authorization)

    monkeypatch.setattr(Authenticator, "principal", counted)
    async with app_client(store, headers=headers_for("editor")) as editor:
        answer = await editor.post(
            "/graphql",
            json={
                "query": 'mutation { a: createPersona(input: {name: "A"}) { key createdBy } '
                'b: createPersona(input: {name: "B"}) { key } }'
            },
        )
        assert answer.status_code == 200 and "errors" not in answer.json(), answer.text
        assert len(calls) == 1
        await editor.post("/graphql", json={"query": "{ personas { totalCount } }"})
        assert len(calls) == 2
