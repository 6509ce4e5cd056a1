"""``graph-api seed`` and ``graph-api export``: the graph as a model file, in and out."""

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from graph_api.cli.console import console
from graph_api.cli.on_store import export_to, load_into
from graph_api.cli.settings import StoreOption, settings_for
from graph_api.model_io import ModelFormat, dump_document, export_model, load_model_file
from graph_api.store.base import GraphStore

model_app = typer.Typer()


@model_app.command()
def seed(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="Model file.")],
    store: StoreOption = None,
) -> None:
    """Load a model file (YAML or JSON) in one atomic write; a bad file writes nothing."""
    settings = settings_for(store)
    summary = load_into(settings, file, lambda target: load_model_file(target, file))
    table = Table(title=f"{file} -> {settings.store} store")
    for column in ("created", "updated", "unchanged", "links added"):
        table.add_column(column, justify="right")
    table.add_row(
        *(str(n) for n in (summary.created, summary.updated, summary.unchanged, summary.linked))
    )
    console.print(table)


@model_app.command("export")
def export(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Where to write (default: stdout).")
    ] = None,
    format: Annotated[ModelFormat, typer.Option("--format", help="yaml or json.")] = (
        ModelFormat.YAML
    ),
    store: StoreOption = None,
) -> None:
    """Write the whole graph as a model file, which `graph-api seed` loads again."""

    async def produce(source: GraphStore) -> str:
        return dump_document(await export_model(source), format)

    export_to(settings_for(store), produce, output)
