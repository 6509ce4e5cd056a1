"""``graph-api generate``: a valid model of any size, the same for the same seed
(``graph-api load`` loads it fast)."""

import sys
import time
from pathlib import Path
from typing import Annotated

import typer

from graph_api.cli.console import console, errors
from graph_api.generate import MAX_SCALE, generate_model
from graph_api.generate.output import format_of, write_document
from graph_api.generate.sizes import size_statement
from graph_api.model_io import ModelFormat
from graph_api.plural import counted

generate_app = typer.Typer()


@generate_app.command()
def generate(
    scale: Annotated[
        int,
        typer.Option(
            min=1,
            max=MAX_SCALE,
            help=f"Business units: {size_statement()}.",
        ),
    ] = 1,
    seed: Annotated[int, typer.Option(help="The same seed gives the same model.")] = 0,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Where to write (default: stdout).")
    ] = None,
    format: Annotated[
        ModelFormat | None,
        typer.Option(
            "--format",
            help="json (suggested: much faster to write and to read at scale) or yaml; "
            "default: from the file name, else json.",
        ),
    ] = None,
) -> None:
    """Generate a valid model of any size for load tests: `graph-api load` loads it."""
    fmt = format or format_of(output)
    started = time.perf_counter()
    model = generate_model(scale, seed)
    if output is None:
        write_document(model.document, sys.stdout, fmt)
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        with output.open("w", encoding="utf-8") as out:
            write_document(model.document, out, fmt)
    where = "stdout" if output is None else str(output)
    # Counts go to stderr when the model goes to stdout.
    report = console if output is not None else errors
    nodes = counted(model.node_count, "node", grouped=True)
    links = counted(model.link_count, "link", grouped=True)
    report.print(
        f"generated scale {scale} (seed {seed}): {nodes}, {links} -> {where} ({fmt.value}, "
        f"{time.perf_counter() - started:.1f} s)",
        markup=False,
        highlight=False,
    )
