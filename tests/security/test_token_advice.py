"""A caller refused for want of a token is told both ways out, and each works as told.

Without a token where anonymous reading is off (production), the 401 names
`graph-api keys create` and development mode; an anonymous write in development names
`graph-api keys create` with the role the mutation needs. The tests then do what the
message says: run the command it names (through the command line, on the server's key
file) and send the token, or start the server in development mode, and the request that
was refused is answered. On both stores.
"""

import re
import shlex
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from graph_api.cli.app import app as cli
from graph_api.config import Settings, get_settings
from graph_api.store.base import GraphStore
from tests.conftest import app_client, app_settings
from tests.graphql_client import gql

KEYS_CREATE = re.compile(r"`(graph-api keys create --name NAME --role (viewer|editor|admin))`")
READ = "{ personas { totalCount } }"
CREATE = 'mutation { createPersona(key: "ann", input: {name: "Ann"}) { key } }'
DELETE = 'mutation { deletePersona(id: "ann") { kind } }'


@pytest.fixture
def keys_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The server's key file, which `graph-api keys` writes to through the environment."""
    path = tmp_path / "keys.db"
    monkeypatch.setenv("GRAPH_API_API_KEYS_PATH", str(path))
    get_settings.cache_clear()
    yield path
    get_settings.cache_clear()


def settings_for(keys_file: Path, environment: str) -> Settings:
    settings = app_settings().model_copy(update={"api_keys_path": str(keys_file)})
    settings.environment = environment  # type: ignore[assignment]
    settings.anonymous_read = environment == "development"
    return settings


def named_command(message: str) -> tuple[str, str]:
    """The `graph-api keys create` command a message names, and the role it gives."""
    found = KEYS_CREATE.search(message)
    assert found is not None, message
    return found.group(1), found.group(2)


def run_named(command: str) -> str:
    """Run the command as a user would (NAME filled in); the token it printed."""
    args = shlex.split(command.replace("NAME", "'as the message said'"))
    assert args[0] == "graph-api"
    result = CliRunner().invoke(cli, args[1:])
    assert result.exit_code == 0, result.output
    tokens = [line for line in result.stdout.splitlines() if line.startswith("gapi_")]
    assert len(tokens) == 1, result.stdout
    return tokens[0]


def only_error(body: dict[str, Any]) -> dict[str, Any]:
    assert len(body.get("errors") or []) == 1, body
    error: dict[str, Any] = body["errors"][0]
    return error


async def test_without_a_token_in_production_both_ways_out_are_named_and_work(
    store: GraphStore, keys_file: Path
) -> None:
    async with app_client(store, settings_for(keys_file, "production"), headers={}) as client:
        refused = await client.post("/graphql", json={"query": READ})
        assert refused.status_code == 401
        message = only_error(refused.json())["message"]
        assert refused.json()["errors"][0]["extensions"] == {"code": "UNAUTHENTICATED"}
        assert "'Authorization: Bearer <API key or JWT>'" in message
        assert "GRAPH_API_ENVIRONMENT=development" in message
        command, role = named_command(message)
        assert role == "viewer"

        token = run_named(command)
        answered = await client.post(
            "/graphql", json={"query": READ}, headers={"Authorization": f"Bearer {token}"}
        )
        assert answered.json() == {"data": {"personas": {"totalCount": 0}}}

    async with app_client(store, settings_for(keys_file, "development"), headers={}) as client:
        assert await gql(client, READ) == {"data": {"personas": {"totalCount": 0}}}


@pytest.mark.parametrize(("mutation", "role"), [(CREATE, "editor"), (DELETE, "admin")])
async def test_an_anonymous_write_in_development_names_the_command_for_its_role(
    store: GraphStore, keys_file: Path, mutation: str, role: str
) -> None:
    admin = run_named("graph-api keys create --name NAME --role admin")
    async with app_client(store, settings_for(keys_file, "development"), headers={}) as client:
        if mutation == DELETE:  # something to delete, written by an admin
            written = await gql(client, CREATE)
            assert only_error(written)["extensions"]["code"] == "UNAUTHENTICATED"
            headers = {"Authorization": f"Bearer {admin}"}
            created = await client.post("/graphql", json={"query": CREATE}, headers=headers)
            assert created.json()["data"]["createPersona"]["key"] == "ann"

        error = only_error(await gql(client, mutation))
        assert error["extensions"]["code"] == "UNAUTHENTICATED"
        field = "deletePersona" if mutation == DELETE else "createPersona"
        assert error["message"].startswith(
            f"{field} needs a token with the {role} role: callers without a token may only read."
        )
        command, named_role = named_command(error["message"])
        assert named_role == role

        token = run_named(command)
        done = await client.post(
            "/graphql", json={"query": mutation}, headers={"Authorization": f"Bearer {token}"}
        )
        assert "errors" not in done.json(), done.json()
        assert await store.count_nodes() == ({} if mutation == DELETE else {"Persona": 1})
