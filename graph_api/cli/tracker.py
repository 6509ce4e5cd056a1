"""``graph-api tracker import``: backlog items from a tracker's export, idempotent by the
tracker's issue key, with the import's report (docs/ingestion.md, "Backlog items from a
tracker").

Exit status: 0 when every record was imported (or would be, with --dry-run); 2 when some
records were refused and the others imported; 1 when nothing was written because the
file or the mapping cannot be read, --all-or-nothing refused the export, or the store
refused the write.
"""

import asyncio
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from graph_api.cli.console import console
from graph_api.cli.on_store import load_into
from graph_api.cli.settings import StoreOption, settings_for
from graph_api.store.base import GraphStore
from graph_api.tracker import ImportReport, TrackerFormat, import_export, read_mapping

tracker_app = typer.Typer(
    help="Backlog items from a tracker (Jira, Azure DevOps).", no_args_is_help=True
)

LISTED = 50
"""Most entries of each list printed; the counts give the rest."""


@tracker_app.command("import")
def import_command(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="The export.")],
    format: Annotated[
        TrackerFormat, typer.Option("--format", help="What the export is.", case_sensitive=False)
    ],
    mapping: Annotated[
        Path | None,
        typer.Option(
            "--mapping",
            exists=True,
            dir_okay=False,
            help="A YAML mapping merged over the format's defaults.",
        ),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Report what would change; write nothing.")
    ] = False,
    all_or_nothing: Annotated[
        bool,
        typer.Option("--all-or-nothing", help="Write nothing if any record is refused."),
    ] = False,
    store: StoreOption = None,
) -> None:
    """Import backlog items from a Jira CSV or JSON export or an Azure DevOps CSV export.

    Items are matched by tracker key: a re-import updates what changed and leaves the
    rest untouched. Refused records, links the labels no longer name and items the
    export no longer contains are reported; nothing is deleted.
    """
    settings = settings_for(store)

    async def work(target: GraphStore) -> ImportReport:
        text = await asyncio.to_thread(mapping.read_text, "utf-8-sig") if mapping else None
        chosen = read_mapping(format, text, str(mapping) if mapping else "mapping")
        data = await asyncio.to_thread(file.read_bytes)
        return await import_export(
            target, data, chosen, str(file), dry_run=dry_run, all_or_nothing=all_or_nothing
        )

    report = load_into(settings, file, work)
    _print(report, file, settings.store)
    if report.refused:
        raise typer.Exit(1 if all_or_nothing else 2)


def _print(report: ImportReport, file: Path, store: str) -> None:
    if report.dry_run:
        outcome = "dry run, nothing written"
    elif report.all_or_nothing and report.refused:
        outcome = "refused, nothing written (--all-or-nothing)"
    else:
        outcome = "written" if report.written else "nothing to change"
    console.print(f"{escape(str(file))} ({report.format}) -> {store} store: {outcome}")
    counts = Table("", "count", show_edge=False)
    for name, count in report.counts().items():
        counts.add_row(name, str(count))
    console.print(counts)
    # One line per entry (the console soft-wraps): a table would cut reasons to its width.
    _lines("created", [f"{o.tracker_key} -> {o.key}" for o in report.created])
    _lines(
        "updated",
        [f"{o.tracker_key} -> {o.key}: {', '.join(o.changes)}" for o in report.updated],
    )
    _lines(
        "refused",
        [f"{r.where} {r.tracker_key or ''}: {'; '.join(r.reasons)}" for r in report.refused],
    )
    _lines(
        "links no longer labelled (kept)",
        [
            f"{x.tracker_key} -> {x.key}: {x.field} {x.target}"
            for x in report.links_no_longer_labelled
        ],
    )
    _lines(
        "missing from the export (kept)",
        [f"{m.tracker_key} -> {m.key}" for m in report.missing_from_export],
    )


def _lines(title: str, lines: list[str]) -> None:
    if not lines:
        return
    console.print(f"[bold]{title}:")
    for line in lines[:LISTED]:
        console.print(f"  {line}", markup=False, highlight=False)
    if len(lines) > LISTED:
        console.print(f"  ... and {len(lines) - LISTED} more", markup=False, highlight=False)
