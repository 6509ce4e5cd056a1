"""``graph-api keys``: create, list and revoke API keys (the admin's tool)."""

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from graph_api.cli.console import console, errors
from graph_api.config import get_settings
from graph_api.metamodel.text import UNREPRESENTABLE
from graph_api.security.api_keys import ApiKeyStore
from graph_api.security.roles import Role

keys_app = typer.Typer(
    help="API keys: bearer tokens for other tools, stored hashed.", no_args_is_help=True
)


def _store() -> ApiKeyStore:
    return ApiKeyStore(get_settings().api_keys_path)


def _shown(name: str) -> str:
    """A key's name as the terminal shows it: brackets not read as Rich markup, and the
    control characters a name from an earlier release may hold (which could move the
    cursor or clear the screen) shown as U+FFFD."""
    return escape(UNREPRESENTABLE.sub("\ufffd", name))


@keys_app.command("create")
def create(
    name: Annotated[
        str,
        typer.Option("--name", help="Who or what uses the key: one line, 1-100 characters."),
    ],
    role: Annotated[
        str,
        typer.Option(
            "--role", help="viewer, editor, admin, or ingest (a machine client that only ingests)."
        ),
    ] = "viewer",
) -> None:
    """Create a key and print its token: the only time the token is shown."""
    try:
        parsed = Role.parse(role)
        key, token = _store().create(name, parsed)
    except ValueError as exc:
        errors.print(f"[red]{escape(str(exc))}")
        raise typer.Exit(2) from exc
    console.print(f"created key {key.id} ({_shown(key.name)}, {key.role.label}); its token:")
    typer.echo(token)
    console.print("Send it as 'Authorization: Bearer <token>'. It cannot be shown again.")


@keys_app.command("list")
def list_keys() -> None:
    """List the keys: id, name, role, when created and revoked (never the tokens)."""
    table = Table("id", "name", "role", "created", "revoked")
    for key in _store().list():
        revoked = key.revoked_at.isoformat(timespec="seconds") if key.revoked_at else ""
        created = key.created_at.isoformat(timespec="seconds")
        table.add_row(key.id, _shown(key.name), key.role.label, created, revoked)
    console.print(table)


@keys_app.command("revoke")
def revoke(key_id: Annotated[str, typer.Argument(help="The key's id (see `keys list`).")]) -> None:
    """Revoke a key: its token stops working at once."""
    try:
        key = _store().revoke(key_id)
    except KeyError:
        errors.print(f"[red]no API key with id {escape(repr(key_id))}")
        raise typer.Exit(1) from None
    console.print(f"revoked key {key.id} ({_shown(key.name)})")
