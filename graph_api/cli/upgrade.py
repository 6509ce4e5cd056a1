"""``graph-api upgrade``: bring a store written by an earlier release to this code's version.

Opening a store runs its pending upgrades anyway (``graph-api serve`` does at start);
this command runs them on their own and says what each step changed, or with
``--dry-run`` what it would change, leaving the store as it is.
"""

import asyncio
from typing import Annotated

import typer

from graph_api.cli.console import errors
from graph_api.cli.settings import StoreOption, settings_for
from graph_api.errors import GraphApiError
from graph_api.store.factory import create_store
from graph_api.store.upgrades import UpgradableStore, UpgradeFailed, UpgradeReport

upgrade_app = typer.Typer()


async def run_upgrade(store: UpgradableStore, *, dry_run: bool) -> UpgradeReport:
    """Open ``store`` without upgrading it, run (or try) its upgrades, close it."""
    store.upgrade_on_open = False
    await store.open()
    try:
        return await store.upgrade(dry_run=dry_run)
    finally:
        await store.close()


@upgrade_app.command()
def upgrade(
    store: StoreOption = None,
    dry_run: Annotated[
        bool,
        typer.Option("--dry-run", help="Say what the upgrade would change; change nothing."),
    ] = False,
) -> None:
    """Upgrade the store to this release's version (also done at start); say what changed."""
    settings = settings_for(store)
    target = create_store(settings, request_bound=False)
    if not isinstance(target, UpgradableStore):  # pragma: no cover - both stores are
        raise typer.BadParameter(f"the {target.name} store has no upgrades")
    try:
        report = asyncio.run(run_upgrade(target, dry_run=dry_run))
    except GraphApiError as exc:
        errors.print(f"[red]upgrade failed: {exc.code}", end=" ")
        errors.print(exc.message, markup=False, highlight=False)
        if isinstance(exc, UpgradeFailed):
            errors.print("the failing step changed nothing; the steps before it are kept")
        raise typer.Exit(1) from exc
    typer.echo("\n".join(report.lines(max_details=100)))
