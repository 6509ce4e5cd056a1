"""Running a command's work on a store: opened for it, closed after, refusals reported.

Shared by the commands that write a file into the store (``seed``, ``import-archimate``)
and those that write the store out (``export``, ``export-archimate``).
"""

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

import typer
from rich.markup import escape

from graph_api.cli.console import console, errors
from graph_api.config import Settings
from graph_api.errors import GraphApiError, ValidationFailed
from graph_api.plural import counted
from graph_api.store.base import GraphStore
from graph_api.store.factory import create_store

T = TypeVar("T")


def on_store(settings: Settings, work: Callable[[GraphStore], Awaitable[T]]) -> T:
    """Run ``work`` on the settings' store, opened for it (no request timeout) and closed."""

    async def run() -> T:
        store = create_store(settings, request_bound=False)
        await store.open()
        try:
            return await work(store)
        finally:
            await store.close()

    return asyncio.run(run())


def load_into(
    settings: Settings,
    file: Path,
    work: Callable[[GraphStore], Awaitable[T]],
    *,
    exit_code: int = 1,
) -> T:
    """:func:`on_store` for a write of ``file``; exits ``exit_code`` with every error if it
    is refused."""
    try:
        return on_store(settings, work)
    except ValidationFailed as exc:
        count = counted(len(exc.errors), "error")
        errors.print(f"[red]{escape(str(file))}: rejected, nothing was written ({count})")
        for error in exc.listed:  # at most 50, then how many more
            errors.print(f"  {error}", markup=False, highlight=False)
        raise typer.Exit(exit_code) from exc
    except GraphApiError as exc:
        errors.print(
            f"[red]{escape(str(file))}: rejected, nothing was written: {exc.code}", end=" "
        )
        errors.print(exc.message, markup=False, highlight=False)
        raise typer.Exit(exit_code) from exc


def export_to(
    settings: Settings, produce: Callable[[GraphStore], Awaitable[str]], output: Path | None
) -> None:
    """Write what ``produce`` makes of the store to ``output`` (stdout if None)."""
    try:
        text = on_store(settings, produce)
    except GraphApiError as exc:
        errors.print(f"[red]export failed: {exc.code}", end=" ")
        errors.print(exc.message, markup=False, highlight=False)
        raise typer.Exit(1) from exc
    if output is None:
        typer.echo(text, nl=False)
        return
    output.write_text(text, encoding="utf-8")
    console.print(f"wrote {output} ({counted(len(text.splitlines()), 'line')})")
