"""``graph-api import-archimate`` and ``export-archimate``: ArchiMate exchange files."""

import asyncio
from pathlib import Path
from typing import Annotated

import typer

from graph_api.cli.on_store import export_to, load_into
from graph_api.cli.settings import StoreOption, settings_for
from graph_api.metamodel.carried import is_language_tag
from graph_api.store.base import GraphStore

archimate_app = typer.Typer()


def _language_tag(value: str | None) -> str | None:
    if value is not None and not is_language_tag(value):
        raise typer.BadParameter(f"{value!r} is not a language tag (BCP 47: en, de, pt-BR)")
    return value


LanguageOption = Annotated[
    str | None,
    typer.Option(
        "--language",
        callback=_language_tag,
        help="The graph's language: names in it are labels, others translations "
        "(default: GRAPH_API_MODEL_LANGUAGE, en)",
    ),
]


@archimate_app.command("import-archimate")
def import_archimate_command(
    file: Annotated[
        Path, typer.Argument(exists=True, dir_okay=False, help="ArchiMate exchange file (XML).")
    ],
    store: StoreOption = None,
    language: LanguageOption = None,
) -> None:
    """Import an ArchiMate 3.x exchange file in one atomic write; print what was mapped."""
    from graph_api.archimate import import_archimate

    settings = settings_for(store)
    chosen = language or settings.model_language

    async def work(target: GraphStore) -> list[str]:
        text = await asyncio.to_thread(file.read_text, encoding="utf-8")
        return (await import_archimate(target, text, str(file), language=chosen)).lines()

    lines = load_into(settings, file, work)
    typer.echo(f"{file} -> {settings.store} store")
    typer.echo("\n".join(lines))


@archimate_app.command("export-archimate")
def export_archimate_command(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Where to write (default: stdout).")
    ] = None,
    store: StoreOption = None,
    language: LanguageOption = None,
) -> None:
    """Write the mapped part of the graph as an ArchiMate exchange file."""
    from graph_api.archimate import export_archimate

    settings = settings_for(store)
    chosen = language or settings.model_language

    async def produce(source: GraphStore) -> str:
        return await export_archimate(source, chosen)

    export_to(settings, produce, output)
