"""Roles over the whole schema: every mutation refuses anonymous callers and viewers.

The mutation fields are read from the schema by introspection, so a new mutation is
covered the day it appears. Each refused call must leave the graph exactly as it was
(compared by a snapshot of every node and relationship), on both stores.
"""

from typing import Any

import httpx
import pytest

from graph_api.api.schema import build_schema
from graph_api.config import Settings
from graph_api.security.authorization import declared_roles
from graph_api.security.roles import Role
from graph_api.store.base import GraphStore
from tests.auth_headers import headers_for
from tests.conftest import app_client, app_settings
from tests.graphql_client import error_codes, gql
from tests.snapshots import take_snapshot

INTROSPECT_MUTATIONS = """
{ __schema { mutationType { fields { name
    args { name type { ...TypeRef } }
    type { ...TypeRef } } } } }
fragment TypeRef on __Type {
  kind name ofType { kind name ofType { kind name ofType { kind name } } }
}
"""


def _type_text(ref: dict[str, Any]) -> str:
    if ref["kind"] == "NON_NULL":
        return _type_text(ref["ofType"]) + "!"
    if ref["kind"] == "LIST":
        return f"[{_type_text(ref['ofType'])}]"
    return str(ref["name"])


def _named_kind(ref: dict[str, Any]) -> str:
    while ref["kind"] in ("NON_NULL", "LIST"):
        ref = ref["ofType"]
    return str(ref["kind"])


def mutation_document(field: dict[str, Any]) -> str:
    """A valid operation calling ``field`` with every argument bound to a variable.

    The variables are never sent: the role check runs before variables are read, so a
    refused call fails on its role, whatever its arguments would have been.
    """
    args = field["args"]
    declared = ", ".join(f"${a['name']}: {_type_text(a['type'])}" for a in args)
    passed = ", ".join(f"{a['name']}: ${a['name']}" for a in args)
    call = f"{field['name']}({passed})" if args else field["name"]
    selection = " { __typename }" if _named_kind(field["type"]) in ("OBJECT", "INTERFACE") else ""
    head = f"mutation Call({declared})" if args else "mutation Call"
    return f"{head} {{ {call}{selection} }}"


async def _mutation_fields(client: httpx.AsyncClient) -> list[dict[str, Any]]:
    body = await gql(client, INTROSPECT_MUTATIONS)
    fields: list[dict[str, Any]] = body["data"]["__schema"]["mutationType"]["fields"]
    return fields


MUTATION_ROLES = declared_roles(build_schema(), "Mutation")
"""The role each mutation field declares where it is built."""


def mutation_role(field: str) -> Role | None:
    return MUTATION_ROLES[field]


CALLERS = {
    "anonymous": ({}, "UNAUTHENTICATED"),
    "viewer": (headers_for("viewer"), "FORBIDDEN"),
}


def _act_as(client: httpx.AsyncClient, headers: dict[str, str]) -> None:
    """Make ``client`` send ``headers`` instead of the admin token (one app, one store)."""
    client.headers.pop("Authorization", None)
    client.headers.update(headers)


async def test_every_mutation_refuses_anonymous_callers_and_viewers(
    demo_store: GraphStore,
) -> None:
    async with app_client(demo_store) as client:
        fields = await _mutation_fields(client)
        assert len(fields) > 60  # create/update/delete per kind, link, unlink, importModel
        before = await take_snapshot(demo_store)
        for caller, (headers, code) in CALLERS.items():
            _act_as(client, headers)
            for field in fields:
                body = await gql(client, mutation_document(field))
                assert error_codes(body) == [code], (caller, field["name"], body)
                assert body.get("data") is None  # refused before execution
        assert await take_snapshot(demo_store) == before


async def test_editors_write_nodes_and_links_but_only_admins_delete_and_import(
    demo_store: GraphStore,
) -> None:
    async with app_client(demo_store) as client:
        fields = await _mutation_fields(client)
        before = await take_snapshot(demo_store)
        _act_as(client, headers_for("editor"))
        for field in fields:
            body = await gql(client, mutation_document(field))
            if mutation_role(field["name"]) == Role.ADMIN:
                assert error_codes(body) == ["FORBIDDEN"], (field["name"], body)
            else:
                # Past the role check, the missing variables are what fails.
                assert "FORBIDDEN" not in error_codes(body), (field["name"], body)
        assert await take_snapshot(demo_store) == before
    assert {f["name"] for f in fields if mutation_role(f["name"]) == Role.ADMIN} >= {
        "importModel",
        "deletePersona",
        "deleteStep",
    }


CREATE = 'mutation { createPersona(key: "role-check", input: {name: "Role check"}) { key } }'
DELETE = 'mutation { deletePersona(id: "role-check") { key } }'


async def test_each_role_does_what_it_may(store: GraphStore) -> None:
    async with app_client(store) as client:
        _act_as(client, headers_for("editor", "ed"))
        assert "errors" not in await gql(client, CREATE)
        assert error_codes(await gql(client, DELETE)) == ["FORBIDDEN"]
        _act_as(client, headers_for("viewer"))
        body = await gql(client, '{ persona(key: "role-check") { key } }')
        assert body["data"]["persona"] == {"key": "role-check"}
        _act_as(client, headers_for("admin"))
        assert "errors" not in await gql(client, DELETE)


async def test_a_mutation_with_one_forbidden_field_runs_none_of_them(store: GraphStore) -> None:
    both = (
        'mutation { a: createPersona(key: "first-half", input: {name: "First half"}) { key } '
        'b: deletePersona(id: "anything") { key } }'
    )
    async with app_client(store, headers=headers_for("editor")) as editor:
        body = await gql(editor, both)
        assert error_codes(body) == ["FORBIDDEN"]
        assert "deletePersona needs the admin role" in body["errors"][0]["message"]
        assert await store.count_nodes() == {}


READ = "{ personas { totalCount } }"


@pytest.mark.parametrize(("anonymous_read", "expected"), [(False, ["UNAUTHENTICATED"]), (True, [])])
async def test_anonymous_reading_is_a_setting(
    store: GraphStore, anonymous_read: bool, expected: list[str]
) -> None:
    settings = app_settings().model_copy(update={"anonymous_read": anonymous_read})
    async with app_client(store, settings=settings, headers={}) as anonymous:
        assert error_codes(await gql(anonymous, READ)) == expected
        # Writing always needs a token.
        assert error_codes(await gql(anonymous, CREATE)) == ["UNAUTHENTICATED"]
        assert await store.count_nodes() == {}


def test_anonymous_reading_defaults_on_only_in_development() -> None:
    assert Settings(environment="development").anonymous_read is True
    assert Settings(environment="production").anonymous_read is False
    assert Settings(environment="production", anonymous_read=True).anonymous_read is True
