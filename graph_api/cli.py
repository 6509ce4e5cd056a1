"""The ``graph-api`` command line: serve, seed, export, ArchiMate, the schema, API keys,
diagrams."""

import asyncio
import copy
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

import typer
from rich.markup import escape
from rich.table import Table

from graph_api.cli_console import console, errors
from graph_api.cli_diagram import diagram_app
from graph_api.cli_generate import generate_app
from graph_api.cli_keys import keys_app
from graph_api.cli_upgrade import upgrade_app
from graph_api.config import Settings, get_settings
from graph_api.errors import GraphApiError, ValidationFailed
from graph_api.metamodel.carried import is_language_tag
from graph_api.model_io import ModelFormat, dump_document, export_model, load_model_file
from graph_api.plural import counted
from graph_api.store.base import GraphStore
from graph_api.store.factory import create_store

app = typer.Typer(
    help="One graph of customer experience and enterprise architecture.", no_args_is_help=True
)
app.add_typer(keys_app, name="keys")
app.add_typer(diagram_app, name="diagram")
app.add_typer(generate_app)  # graph-api generate, graph-api load
app.add_typer(upgrade_app)  # graph-api upgrade

T = TypeVar("T")

SDL_PATH = Path("schema/schema.graphql")
SWITCH_INTERVAL_SECONDS = 0.0005
"""How long a thread may keep the interpreter lock while another waits (see serve)."""
CYPHER_PATH = Path("schema/neo4j/schema.cypher")

StoreOption = Annotated[
    str | None, typer.Option("--store", help="embedded or neo4j (default: GRAPH_API_STORE)")
]


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


def _settings(store: str | None) -> Settings:
    settings = get_settings()
    if store is not None:
        if store not in ("embedded", "neo4j"):
            raise typer.BadParameter(f"unknown store {store!r}: use embedded or neo4j")
        kind: Literal["embedded", "neo4j"] = "neo4j" if store == "neo4j" else "embedded"
        settings = settings.model_copy(update={"store": kind})
    return settings


def _on_store(settings: Settings, work: Callable[[GraphStore], Awaitable[T]]) -> T:
    """Run ``work`` on the settings' store, opened for it (no request timeout) and closed."""

    async def run() -> T:
        store = create_store(settings, request_bound=False)
        await store.open()
        try:
            return await work(store)
        finally:
            await store.close()

    return asyncio.run(run())


def _load_into(settings: Settings, file: Path, work: Callable[[GraphStore], Awaitable[T]]) -> T:
    """:func:`_on_store` for a write of ``file``; exits 1 with every error if it is refused."""
    try:
        return _on_store(settings, work)
    except ValidationFailed as exc:
        count = counted(len(exc.errors), "error")
        errors.print(f"[red]{escape(str(file))}: rejected, nothing was written ({count})")
        for error in exc.listed:  # at most 50, then how many more
            errors.print(f"  {error}", markup=False, highlight=False)
        raise typer.Exit(1) from exc
    except GraphApiError as exc:
        errors.print(
            f"[red]{escape(str(file))}: rejected, nothing was written: {exc.code}", end=" "
        )
        errors.print(exc.message, markup=False, highlight=False)
        raise typer.Exit(1) from exc


def _export(
    settings: Settings, produce: Callable[[GraphStore], Awaitable[str]], output: Path | None
) -> None:
    """Write what ``produce`` makes of the store to ``output`` (stdout if None)."""
    try:
        text = _on_store(settings, produce)
    except GraphApiError as exc:
        errors.print(f"[red]export failed: {exc.code}", end=" ")
        errors.print(exc.message, markup=False, highlight=False)
        raise typer.Exit(1) from exc
    if output is None:
        typer.echo(text, nl=False)
        return
    output.write_text(text, encoding="utf-8")
    console.print(f"wrote {output} ({counted(len(text.splitlines()), 'line')})")


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Address to listen on.")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on.")] = None,
    store: StoreOption = None,
) -> None:
    """Serve GraphQL at /graphql and the browser view at /ui (loads the demo model into an
    empty store); logs the mode, the store, the addresses and how to get a token first."""
    import uvicorn

    from graph_api.api import create_app
    from graph_api.api.startup import base_url

    settings = _settings(store)
    host = host or settings.host
    port = port or settings.port
    # One event loop serves every caller while worker threads parse, validate and import.
    # A thread running Python keeps the interpreter lock for up to the switch interval
    # (5 ms by default) each time the loop wakes up for a socket; a request makes dozens
    # of such wake-ups (each Neo4j round trip is one), so with a few busy threads a
    # one-line query waited seconds. Handing the lock back sooner bounds that wait.
    sys.setswitchinterval(SWITCH_INTERVAL_SECONDS)
    uvicorn.run(
        create_app(settings, served_at=base_url(host, port)),
        host=host,
        port=port,
        log_level="info",
        log_config=_log_config(),
        # A WebSocket frame or message over the request limit is refused by the
        # protocol library before it is assembled (the app checks it again).
        ws_max_size=settings.max_request_bytes,
    )


def _log_config() -> dict[str, Any]:
    """Uvicorn's logging, and the API's own loggers at INFO through the same handler: a
    caller's bad request is one INFO line with its request id, the server's faults ERROR."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config["loggers"]["graph_api"] = {"handlers": ["default"], "level": "INFO", "propagate": False}
    return config


@app.command()
def seed(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="Model file.")],
    store: StoreOption = None,
) -> None:
    """Load a model file (YAML or JSON) in one atomic write; a bad file writes nothing."""
    settings = _settings(store)
    summary = _load_into(settings, file, lambda target: load_model_file(target, file))
    table = Table(title=f"{file} -> {settings.store} store")
    for column in ("created", "updated", "unchanged", "links added"):
        table.add_column(column, justify="right")
    table.add_row(
        *(str(n) for n in (summary.created, summary.updated, summary.unchanged, summary.linked))
    )
    console.print(table)


@app.command("export")
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

    _export(_settings(store), produce, output)


@app.command("import-archimate")
def import_archimate_command(
    file: Annotated[
        Path, typer.Argument(exists=True, dir_okay=False, help="ArchiMate exchange file (XML).")
    ],
    store: StoreOption = None,
    language: LanguageOption = None,
) -> None:
    """Import an ArchiMate 3.x exchange file in one atomic write; print what was mapped."""
    from graph_api.archimate import import_archimate

    settings = _settings(store)
    chosen = language or settings.model_language

    async def work(target: GraphStore) -> list[str]:
        text = await asyncio.to_thread(file.read_text, encoding="utf-8")
        return (await import_archimate(target, text, str(file), language=chosen)).lines()

    lines = _load_into(settings, file, work)
    typer.echo(f"{file} -> {settings.store} store")
    typer.echo("\n".join(lines))


@app.command("export-archimate")
def export_archimate_command(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Where to write (default: stdout).")
    ] = None,
    store: StoreOption = None,
    language: LanguageOption = None,
) -> None:
    """Write the mapped part of the graph as an ArchiMate exchange file."""
    from graph_api.archimate import export_archimate

    settings = _settings(store)
    chosen = language or settings.model_language

    async def produce(source: GraphStore) -> str:
        return await export_archimate(source, chosen)

    _export(settings, produce, output)


@app.command("export-schema")
def export_schema(
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Where to write the GraphQL SDL ('-': stdout)."),
    ] = None,
    cypher: Annotated[
        Path | None, typer.Option("--cypher", help="Where to write the Neo4j constraints.")
    ] = None,
) -> None:
    """Write the GraphQL schema (SDL) and the Neo4j constraints.

    With no option, writes both to their places in the repository:
    schema/schema.graphql and schema/neo4j/schema.cypher.
    """
    from graph_api.api import schema_sdl
    from graph_api.store.neo4j.schema import schema_script

    if output is None and cypher is None:
        output, cypher = SDL_PATH, CYPHER_PATH
    for path, text in ((output, schema_sdl()), (cypher, schema_script())):
        if path is None:
            continue
        if str(path) == "-":
            typer.echo(text, nl=False)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        console.print(f"wrote {path} ({counted(len(text.splitlines()), 'line')})")
