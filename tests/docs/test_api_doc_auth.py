"""docs/api.md's authentication tables: what each caller gets, in each mode, on both stores.

The ``auth`` table is replayed row by row, in order, against an app in production mode and
one in development mode, with the callers' tokens as JWTs and as API keys; the ``roles``
table is held to the role each mutation and subscription field declares where it is built.
"""

import re
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from graphql import GraphQLObjectType, build_schema

from graph_api.api.schema import build_schema as build_app_schema
from graph_api.config import Settings
from graph_api.security.api_keys import ApiKeyStore
from graph_api.security.authorization import declared_roles
from graph_api.security.roles import Role
from graph_api.store.base import GraphStore
from tests.auth_headers import token
from tests.conftest import ROOT, app_client
from tests.docs.doc_tables import (
    API_DOC,
    Row,
    assert_documented_extensions,
    code_spans,
    marked_table,
)

MODES = ["production", "development"]
WAYS_IN = ["jwt", "api-key"]
ROLES = {role.label for role in Role}


@dataclass(frozen=True)
class Expected:
    status: int
    code: str | None
    """None: answered, data and no errors."""


def expected(cell: str) -> Expected:
    """ "answered", "401 `UNAUTHENTICATED`" or "`FORBIDDEN`" (a GraphQL error in a 200)."""
    if cell == "answered":
        return Expected(200, None)
    match = re.fullmatch(r"(?:(\d{3}) )?`([A-Z_]+)`", cell)
    assert match, f"not an answer the auth table can state: {cell!r}"
    return Expected(int(match.group(1) or 200), match.group(2))


class Callers:
    """Headers for each kind of caller the table names, through one way in."""

    def __init__(self, way_in: str, keys_path: Path) -> None:
        self.way_in = way_in
        self.keys = ApiKeyStore(keys_path)
        self.tokens = {role: self._token(role) for role in ROLES}
        key, revoked = self.keys.create("revoked in a test", Role.ADMIN)
        self.keys.revoke(key.id)
        self.revoked = revoked

    def _token(self, role: str) -> str:
        if self.way_in == "jwt":
            return token(role)
        return self.keys.create(f"{role} in a test", Role.parse(role))[1]

    def headers(self, caller: str) -> dict[str, str]:
        if caller == "none":
            return {}
        if caller == "not Bearer":
            return {"Authorization": "Basic dXNlcjpwYXNz"}
        if caller == "expired":
            return {"Authorization": f"Bearer {token('admin', expires_in=timedelta(seconds=-5))}"}
        if caller == "revoked":
            return {"Authorization": f"Bearer {self.revoked}"}
        assert caller in ROLES, f"a caller the auth table cannot name: {caller!r}"
        return {"Authorization": f"Bearer {self.tokens[caller]}"}


def test_the_auth_table_covers_every_kind_of_caller_and_both_outcomes() -> None:
    rows = marked_table(API_DOC, "auth")
    assert {row["token"] for row in rows} >= {"none", "expired", "revoked", *ROLES}
    outcomes = {expected(row[mode]) for row in rows for mode in MODES}
    assert {Expected(200, None), Expected(401, "UNAUTHENTICATED")} <= outcomes
    assert Expected(200, "FORBIDDEN") in outcomes


@pytest.mark.parametrize("way_in", WAYS_IN)
@pytest.mark.parametrize("mode", MODES)
async def test_each_call_gets_what_the_table_says(
    store: GraphStore, mode: str, way_in: str, tmp_path: Path
) -> None:
    keys_path = tmp_path / "api-keys.db"
    callers = Callers(way_in, keys_path)
    settings = Settings(
        environment=mode,
        demo_if_empty=False,
        request_timeout_seconds=120,
        api_keys_path=str(keys_path),
    )
    refusals_without_token = set()
    async with app_client(store, settings, headers={}) as client:
        for row in marked_table(API_DOC, "auth"):
            response = await _send(client, row, callers)
            body = response.json()
            want = expected(row[mode])
            where = f"{mode}, {row['token']} ({way_in}): {row['call']}"
            assert response.status_code == want.status, f"{where}: {response.text}"
            if want.code is None:
                assert "errors" not in body and body["data"], f"{where}: {body}"
                continue
            (error,) = body["errors"]
            assert error["extensions"]["code"] == want.code, where
            assert_documented_extensions(error["extensions"], want.code)
            if want.status == 401:
                assert "data" not in body, where
                assert response.headers["WWW-Authenticate"].startswith("Bearer"), where
                if row["token"] == "none":
                    refusals_without_token.add(response.text)
    # "the same answer for every such request": nothing of the request shows through.
    assert len(refusals_without_token) <= 1, refusals_without_token


async def _send(client: httpx.AsyncClient, row: Row, callers: Callers) -> httpx.Response:
    (query,) = code_spans(row["call"])
    return await client.post(
        "/graphql", json={"query": query}, headers=callers.headers(row["token"])
    )


def _mutations() -> list[str]:
    schema = build_schema((ROOT / "schema" / "schema.graphql").read_text(encoding="utf-8"))
    mutation = schema.mutation_type
    assert isinstance(mutation, GraphQLObjectType)
    return sorted(mutation.fields)


def test_each_mutation_needs_the_role_of_the_row_naming_it() -> None:
    patterns: dict[str, list[re.Pattern[str]]] = {}
    for row in marked_table(API_DOC, "roles"):
        named = [n for n in code_spans(row["may"]) if re.fullmatch(r"[a-z]\w*(<Kind>)?", n)]
        patterns[row["role"].strip("`")] = [
            re.compile(name.replace("<Kind>", "[A-Z][A-Za-z]*")) for name in named
        ]
    assert set(patterns) == ROLES
    schema = build_app_schema()
    declared = {
        **declared_roles(schema, "Mutation"),
        **declared_roles(schema, "Subscription"),
    }
    assert sorted(declared_roles(schema, "Mutation")) == _mutations()
    for field, role in declared.items():
        assert role is not None, f"{field} declares no role"
        rows = [name for name, found in patterns.items() if any(p.fullmatch(field) for p in found)]
        if role == Role.VIEWER and not rows:
            continue
        assert rows == [role.label], f"{field} needs {role.label}; api.md's roles table says {rows}"


async def test_health_needs_no_token_and_every_answer_has_a_request_id(store: GraphStore) -> None:
    """The transport table: health checks without a token (production mode), and
    ``X-Request-ID`` on every answer, the caller's own when it is sane."""
    settings = Settings(environment="production", demo_if_empty=False)
    async with app_client(store, settings, headers={}) as client:
        for path in ("/healthz", "/readyz"):
            response = await client.get(path)
            assert response.status_code == 200, (path, response.text)
            assert response.headers["X-Request-ID"]
        sane, insane = "trace-42.a:b", "two words"
        refused = await client.post("/graphql", json={"query": "{ __typename }"})
        echoed = await client.get("/healthz", headers={"X-Request-ID": sane})
        replaced = await client.get("/healthz", headers={"X-Request-ID": insane})
    assert refused.status_code == 401 and refused.headers["X-Request-ID"]
    assert echoed.headers["X-Request-ID"] == sane
    assert replaced.headers["X-Request-ID"] not in ("", insane)
