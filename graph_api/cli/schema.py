"""``graph-api export-schema``: the GraphQL SDL and the Neo4j constraints, written out."""

from pathlib import Path
from typing import Annotated

import typer

from graph_api.cli.console import console
from graph_api.plural import counted

schema_app = typer.Typer()

SDL_PATH = Path("schema/schema.graphql")
CYPHER_PATH = Path("schema/neo4j/schema.cypher")


@schema_app.command("export-schema")
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
