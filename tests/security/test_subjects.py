"""Subjects: API keys and JWTs can never be recorded alike, and a JWT's sub must be fit to
be recorded. On both stores, through the API."""

from pathlib import Path

import jwt
import pytest

from graph_api.security.api_keys import ApiKeyStore
from graph_api.security.authenticator import MAX_SUBJECT_LENGTH
from graph_api.security.roles import Role
from graph_api.services.nodes import create_node
from graph_api.store.base import GraphStore, NodeRef
from graph_api.store.change_log import ChangeLogQuery
from tests.auth_headers import TEST_JWT_SECRET, headers_for
from tests.conftest import app_client, app_settings
from tests.graphql_client import gql, gql_data

CREATE = "mutation($key: String!) { createPersona(key: $key, input: {name: $key}) { createdBy } }"


def _jwt(sub: object) -> dict[str, str]:
    claims = {"sub": sub, "role": "editor", "exp": 2**40}
    return {"Authorization": f"Bearer {jwt.encode(claims, TEST_JWT_SECRET)}"}


async def test_a_jwt_whose_sub_reads_like_an_api_key_is_recorded_apart(
    store: GraphStore, tmp_path: Path
) -> None:
    keys = ApiKeyStore(tmp_path / "keys.db")
    key, token = keys.create("ci bot", Role.EDITOR)
    settings = app_settings().model_copy(update={"api_keys_path": str(keys.path)})
    callers = {
        "by-key": {"Authorization": f"Bearer {token}"},
        "by-lookalike": _jwt(f"key:{key.id}"),
        "by-prefixed": _jwt(f"jwt:key:{key.id}"),
    }
    # Read within the app's lifespan: the store closes with it.
    async with app_client(store, settings) as client:
        for node, headers in callers.items():
            client.headers.update(headers)
            await gql_data(client, CREATE, key=node)
        records = await store.get_nodes("Persona", list(callers))
        recorded = {k: (r.created_by, r.updated_by) for k, r in records.items()}
        assert recorded == {
            "by-key": (f"key:{key.id}", f"key:{key.id}"),
            "by-lookalike": (f"jwt:key:{key.id}", f"jwt:key:{key.id}"),
            "by-prefixed": (f"jwt:jwt:key:{key.id}", f"jwt:jwt:key:{key.id}"),
        }
        for node, (subject, _) in recorded.items():
            (entry,) = await store.change_log(ChangeLogQuery(node=NodeRef("Persona", node)))
            assert entry.actor == subject


REFUSED_SUBS = [
    ("", "empty or blank"),
    ("   ", "empty or blank"),
    ("\t\n", "empty or blank"),
    ("ed\x00", "U+0000 at character 3"),
    ("\x01ed", "U+0001 at character 1"),
    ("a\x0bb", "U+000B at character 2"),
    ("tab\tis\x1ffine", "U+001F at character 7"),
    ("x" * 40 + "\ufffe", "U+FFFE at character 41"),
    ("lone\ud800half", "U+D800 at character 5"),
    ("x" * (MAX_SUBJECT_LENGTH + 1), f"longer than {MAX_SUBJECT_LENGTH} characters"),
    ("é" * 300, f"longer than {MAX_SUBJECT_LENGTH} characters"),
]


@pytest.mark.parametrize(("sub", "why"), REFUSED_SUBS)
async def test_a_jwt_sub_that_cannot_be_recorded_is_refused(
    store: GraphStore, sub: str, why: str
) -> None:
    async with app_client(store, headers=_jwt(sub)) as client:
        body = await gql(client, CREATE, key="never")
        assert await store.get_nodes("Persona", ["never"]) == {}
        assert await store.change_log(ChangeLogQuery()) == []
    (error,) = body["errors"]
    assert error["extensions"]["code"] == "UNAUTHENTICATED"
    assert "the JWT's sub" in error["message"] and why in error["message"]


@pytest.mark.parametrize(
    "sub",
    ["x" * MAX_SUBJECT_LENGTH, "tab\tand\nnewline\r", "anonymous", "system", "ütf-8 ✓ 名前"],
)
async def test_any_other_sub_is_recorded_with_the_jwt_prefix(store: GraphStore, sub: str) -> None:
    async with app_client(store, headers=_jwt(sub)) as client:
        created = await gql_data(client, CREATE, key="kept")
    assert created["createPersona"]["createdBy"] == f"jwt:{sub}"


async def test_the_system_and_api_keys_keep_their_subjects(store: GraphStore) -> None:
    # A JWT whose sub is "system" cannot pass for the API's own writes either.
    async with app_client(store, headers=headers_for("editor", "system")) as client:
        await gql_data(client, CREATE, key="by-jwt")
        await create_node(store, "Persona", "by-system", {"name": "By the system"})
        records = await store.get_nodes("Persona", ["by-jwt", "by-system"])
    assert {k: r.created_by for k, r in records.items()} == {
        "by-jwt": "jwt:system",
        "by-system": "system",
    }
