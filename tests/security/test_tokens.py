"""Bearer tokens: API keys through their whole life (CLI), JWTs HS256 and RS256, bad tokens."""

from datetime import timedelta
from pathlib import Path

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from typer.testing import CliRunner

from graph_api.cli.app import app as cli
from graph_api.store.embedded import EmbeddedStore
from tests.auth_headers import token
from tests.conftest import app_client, app_settings
from tests.graphql_client import error_codes, gql

READ = "{ personas { totalCount } }"
WRITE = 'mutation { createPersona(input: {name: "Token check"}) { key } }'


async def _codes(headers: dict[str, str], query: str = READ, **settings: object) -> list[str]:
    store = EmbeddedStore(":memory:")
    async with app_client(
        store, settings=app_settings().model_copy(update=settings), headers=headers
    ) as client:
        return error_codes(await gql(client, query))


def _bearer(value: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {value}"}


@pytest.mark.parametrize(
    ("headers", "why"),
    [
        (_bearer(token("admin", expires_in=timedelta(seconds=-5))), "expired"),
        (_bearer(jwt.encode({"sub": "x", "role": "admin", "exp": 2**40}, "x" * 40)), "Signature"),
        (_bearer(jwt.encode({"sub": "x", "exp": 2**40}, "y" * 40)), "Signature"),
        (_bearer("not-a-token"), "not a JWT"),
        (_bearer("gapi_000000000000_secret"), "unknown or revoked API key"),
        ({"Authorization": "Basic dXNlcjpwYXNz"}, "Bearer <token>"),
        ({"Authorization": "Bearer"}, "Bearer <token>"),
    ],
)
async def test_bad_tokens_are_refused_even_where_anonymous_may_read(
    headers: dict[str, str], why: str
) -> None:
    assert await _codes(headers, anonymous_read=True) == ["UNAUTHENTICATED"]
    store = EmbeddedStore(":memory:")
    async with app_client(store, headers=headers) as client:
        body = await gql(client, READ)
    assert why in body["errors"][0]["message"]


async def test_a_jwt_without_a_role_is_refused() -> None:
    from tests.auth_headers import TEST_JWT_SECRET

    claims = {"sub": "x", "exp": 2**40, "role": "superuser"}
    assert await _codes(_bearer(jwt.encode(claims, TEST_JWT_SECRET))) == ["UNAUTHENTICATED"]
    claims = {"sub": "x", "exp": 2**40, "roles": ["viewer", "editor"]}
    assert await _codes(_bearer(jwt.encode(claims, TEST_JWT_SECRET)), WRITE) == []


async def test_rs256_tokens_with_a_public_key(tmp_path: Path) -> None:
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    public_pem = private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    key_file = tmp_path / "idp.pem"
    key_file.write_bytes(public_pem)
    signed = jwt.encode(
        {"sub": "idp-user", "role": "editor", "exp": 2**40, "aud": "graph-api"},
        private,
        algorithm="RS256",
    )
    for where in (str(key_file), public_pem.decode()):
        settings = {"jwt_public_key": where, "jwt_audience": "graph-api"}
        assert await _codes(_bearer(signed), WRITE, **settings) == []
    assert await _codes(_bearer(signed), WRITE, jwt_public_key=str(key_file)) == [
        "UNAUTHENTICATED"  # the token has an audience the API does not expect
    ]


def test_api_keys_are_created_listed_and_revoked_with_the_cli(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys_file = tmp_path / "keys.db"
    monkeypatch.setenv("GRAPH_API_API_KEYS_PATH", str(keys_file))
    from graph_api.config import get_settings

    get_settings.cache_clear()
    runner = CliRunner()
    try:
        created = runner.invoke(cli, ["keys", "create", "--name", "ci bot", "--role", "editor"])
        assert created.exit_code == 0, created.output
        secret = next(w for w in created.output.split() if w.startswith("gapi_"))
        key_id = secret.split("_")[1]
        assert secret not in keys_file.read_bytes().decode(errors="ignore")

        settings = {"api_keys_path": str(keys_file)}
        assert _run(_codes(_bearer(secret), WRITE, **settings)) == []
        assert _run(
            _codes(_bearer(secret), 'mutation { deletePersona(id: "x") { key } }', **settings)
        ) == ["FORBIDDEN"]

        listed = runner.invoke(cli, ["keys", "list"])
        assert key_id in listed.output and "editor" in listed.output

        revoked = runner.invoke(cli, ["keys", "revoke", key_id])
        assert revoked.exit_code == 0, revoked.output
        assert _run(_codes(_bearer(secret), READ, **settings)) == ["UNAUTHENTICATED"]
        assert runner.invoke(cli, ["keys", "revoke", "nope"]).exit_code == 1
        bad_role = runner.invoke(cli, ["keys", "create", "--name", "x", "--role", "boss"])
        assert bad_role.exit_code == 2
    finally:
        get_settings.cache_clear()


def _run(coroutine: object) -> list[str]:
    import asyncio

    return asyncio.run(coroutine)  # type: ignore[arg-type]


async def test_websocket_style_connection_params_carry_the_token() -> None:
    from graph_api.api.context import Context
    from graph_api.config import Settings
    from graph_api.security import Authenticator
    from graph_api.services.changes import ChangeFeed

    settings = Settings()
    context = Context(EmbeddedStore(":memory:"), settings, ChangeFeed(), Authenticator(settings))
    context.connection_params = {"Authorization": f"Bearer {token('viewer', 'ws-user')}"}
    principal = await context.resolve_principal()
    assert principal.role is not None
    assert (principal.subject, principal.role.label) == ("jwt:ws-user", "viewer")
