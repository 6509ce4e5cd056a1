"""``graph-api impact export``: the whole ``impact`` answer as NDJSON, from the store.

The same lines as ``GET /impact.ndjson`` (:mod:`graph_api.traversals.impact.export`):
a summary, then one line per hit with its chain, in the order of the ``impact`` field's
``groups``. Read straight from the store, as ``graph-api export`` does; the node is named
by the API's rule (:mod:`graph_api.graphql.ids`): a global ID, ``Kind:key`` or a key.
The lines are written as they are made: to stdout, or to ``--output`` (written only once
the traversal has answered, so a refused command leaves no file behind).
"""

from pathlib import Path
from typing import Annotated, BinaryIO

import typer
from rich.markup import escape

from graph_api.cli.console import console, errors
from graph_api.cli.on_store import on_store
from graph_api.cli.settings import StoreOption, settings_for
from graph_api.errors import GraphApiError, ValidationFailed
from graph_api.graphql.ids import ANY_KIND_FORMS, resolve_node
from graph_api.plural import counted
from graph_api.store.base import GraphStore
from graph_api.traversals.impact.export import (
    DEFAULT_DEPTH,
    ImpactExport,
    ndjson_lines,
    read_impact,
)
from graph_api.traversals.impact.graphql import MAX_DEPTH

impact_app = typer.Typer(
    help="What a change to a node hits, for tools: the whole answer as NDJSON.",
    no_args_is_help=True,
)


def _write(export: ImpactExport, out: BinaryIO) -> int:
    """Write the export's lines to ``out`` as each is made; how many hits it wrote."""
    for line in ndjson_lines(export):
        out.write(line)
    return len(export.rows)


@impact_app.command("export")
def export(
    node: Annotated[
        str,
        typer.Argument(
            metavar="NODE",
            help=f"The node that changes: {ANY_KIND_FORMS.replace('`', '')}.",
        ),
    ],
    max_depth: Annotated[
        int,
        typer.Option("--max-depth", min=1, max=MAX_DEPTH, help="The longest chain to follow."),
    ] = DEFAULT_DEPTH,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Where to write (default: stdout).")
    ] = None,
    store: StoreOption = None,
) -> None:
    """Everything a change to NODE hits as NDJSON: a summary line (counts by kind and by
    distance), then one line per hit with its distance and explaining chain."""

    async def read(source: GraphStore) -> ImpactExport:
        start = await resolve_node(source, node, "NODE")
        return await read_impact(source, start, max_depth)

    try:
        found = on_store(settings_for(store), read)
    except ValidationFailed as exc:
        # Escaped: the message quotes the argument, which may hold [markup] of its own.
        for error in exc.errors:
            errors.print(f"[red]{exc.code}:[/red] {escape(str(error))}", highlight=False)
        raise typer.Exit(1) from exc
    except GraphApiError as exc:
        errors.print(f"[red]{exc.code}:[/red] {escape(exc.message)}", highlight=False)
        raise typer.Exit(1) from exc
    if output is None:
        stdout = typer.get_binary_stream("stdout")
        _write(found, stdout)
        stdout.flush()
        return
    with output.open("wb") as out:
        hits = _write(found, out)
    console.print(f"wrote {escape(str(output))} (a summary line and {counted(hits, 'hit')})")
