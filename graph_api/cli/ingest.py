"""``graph-api ingest``: a file of measurements and evidence (NDJSON or CSV) into the store.

The same records, checks and report as ``POST /ingest`` (docs/ingestion.md), written as
``system``. Exit status: 0 when no record was refused, 1 when some were (the others are
written, unless ``--all-or-nothing``), 2 for a file that cannot be read at all.
"""

import asyncio
import json
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from graph_api.cli.console import console, errors
from graph_api.cli.on_store import load_into
from graph_api.cli.settings import StoreOption, settings_for
from graph_api.ingest import IngestFormat, IngestReport, Outcome, ingest_text
from graph_api.ingest.limits import MAX_FILE_BYTES
from graph_api.store.base import GraphStore

ingest_app = typer.Typer()

SUFFIXES = {".ndjson": IngestFormat.NDJSON, ".jsonl": IngestFormat.NDJSON, ".csv": IngestFormat.CSV}
"""The format a file's suffix implies when ``--format`` is not given."""

SHOWN = 50
"""Refused records printed; ``--json`` lists them all."""


def _format_of(file: Path, given: IngestFormat | None) -> IngestFormat:
    if given is not None:
        return given
    implied = SUFFIXES.get(file.suffix.lower())
    if implied is None:
        raise typer.BadParameter(
            f"{file.name}: give --format ndjson or csv (the suffix {file.suffix!r} says neither)"
        )
    return implied


def _print(report: IngestReport, file: Path, store: str) -> None:
    table = Table(title=f"{file} -> {store} store")
    for column in ("records", *(outcome.value for outcome in Outcome)):
        table.add_column(column, justify="right")
    counts = [report.counts[outcome] for outcome in Outcome]
    table.add_row(str(len(report.results)), *(str(n) for n in counts))
    console.print(table)
    for result in report.refused[:SHOWN]:
        where = f"record {result.record}, line {result.line}"
        named = f" (id {result.id!r})" if result.id is not None else ""
        for error in result.errors:
            console.print(f"{where}{named}: {error}", markup=False, highlight=False)
    if len(report.refused) > SHOWN:
        console.print(f"... and {len(report.refused) - SHOWN} more refused records (--json)")
    if report.reason is not None:
        errors.print(f"[red]{escape(report.reason)}")


@ingest_app.command("ingest")
def ingest(
    file: Annotated[
        Path, typer.Argument(exists=True, dir_okay=False, help="NDJSON or CSV records.")
    ],
    format: Annotated[
        IngestFormat | None,
        typer.Option("--format", help="ndjson or csv (default: from the suffix)."),
    ] = None,
    all_or_nothing: Annotated[
        bool, typer.Option("--all-or-nothing", help="Write nothing if any record is refused.")
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the report as JSON (every record listed).")
    ] = False,
    store: StoreOption = None,
) -> None:
    """Ingest measurements and evidence by their external ids: a record already held as
    sent changes nothing; a bad record refuses only itself unless --all-or-nothing."""
    chosen = _format_of(file, format)
    settings = settings_for(store)
    size = file.stat().st_size
    if size > MAX_FILE_BYTES:
        errors.print(f"[red]{escape(str(file))}: {size} bytes; at most {MAX_FILE_BYTES}")
        raise typer.Exit(2)

    async def work(target: GraphStore) -> IngestReport:
        data = await asyncio.to_thread(file.read_bytes)
        return await ingest_text(target, data, chosen, all_or_nothing=all_or_nothing)

    # A file that cannot be read at all exits 2; 1 says some records were refused.
    report = load_into(settings, file, work, exit_code=2)
    if as_json:
        typer.echo(json.dumps(report.as_json(every_record=True), ensure_ascii=False, indent=2))
    else:
        _print(report, file, settings.store)
    if report.refused:
        raise typer.Exit(1)
