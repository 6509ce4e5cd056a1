"""``graph-api load``: a large, new model bulk-loaded fast, with its throughput."""

import asyncio
import time
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from graph_api.bulk import (
    DEFAULT_BATCH_SIZE,
    BulkLoadFailed,
    BulkRefused,
    BulkReport,
    bulk_load,
    plan_model,
)
from graph_api.cli.console import console, errors
from graph_api.cli.settings import StoreOption, settings_for
from graph_api.errors import GraphApiError, ValidationFailed
from graph_api.generate.output import read_document
from graph_api.plural import counted
from graph_api.store.factory import create_store

load_app = typer.Typer()


class RateColumn(ProgressColumn):
    """Items per second, as Rich estimates it from the recent advances."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.0f}/s" if speed else "", style="progress.data.speed")


def _progress_bar() -> Progress:
    return Progress(
        TextColumn("[bold]{task.description:>5}"),
        BarColumn(),
        TaskProgressColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=console,
    )


@load_app.command()
def load(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="Model file.")],
    store: StoreOption = None,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Nodes or links per batch.")
    ] = DEFAULT_BATCH_SIZE,
) -> None:
    """Bulk-load a large, new model fast, printing the throughput.

    Unlike `seed` it only creates: every node of the file must be new to the store and
    every link must join two nodes of the file (checked, with every rule `seed`
    checks, before anything is written). The embedded store writes it in one
    transaction; Neo4j too, sent in batches of --batch-size: readers see nothing of the
    model until all of it is committed, and a load that fails or is killed leaves
    nothing. On Neo4j, what an interrupted load of an earlier release left of the same
    model is deleted and written again. It appends no change-log entries.
    """
    settings = settings_for(store)
    started = time.perf_counter()
    try:
        document = read_document(file)
        parsed = time.perf_counter()
        plan = plan_model(document)
    except ValidationFailed as exc:
        _rejected(file, exc)
    checked = time.perf_counter()

    async def run() -> BulkReport:
        target = create_store(settings, request_bound=False)
        await target.open()
        try:
            with _progress_bar() as bar:
                nodes = bar.add_task("nodes", total=plan.node_count)
                links = bar.add_task("links", total=plan.link_count)

                def advance(node_count: int, link_count: int) -> None:
                    bar.advance(nodes, node_count)
                    bar.advance(links, link_count)

                return await bulk_load(target, plan, batch_size=batch_size, progress=advance)
        finally:
            await target.close()

    try:
        report = asyncio.run(run())
    except ValidationFailed as exc:
        _rejected(file, exc)
    except BulkLoadFailed as exc:
        errors.print(f"[red]{escape(str(file))}: load failed[/red]", end=" ")
        errors.print(str(exc), markup=False, highlight=False)
        raise typer.Exit(1) from exc
    except GraphApiError as exc:
        errors.print(
            f"[red]{escape(str(file))}: rejected, nothing was written: {exc.code}", end=" "
        )
        errors.print(exc.message, markup=False, highlight=False)
        raise typer.Exit(1) from exc
    _print_report(file, settings.store, report, parsed - started, checked - parsed, started)


def _rejected(file: Path, exc: ValidationFailed) -> NoReturn:
    summary = exc.summary if isinstance(exc, BulkRefused) else counted(len(exc.errors), "error")
    errors.print(
        f"[red]{escape(str(file))}: rejected, nothing was written ({summary})", highlight=False
    )
    for error in exc.listed:  # at most 50, then how many more
        errors.print(f"  {error}", markup=False, highlight=False)
    raise typer.Exit(1) from exc


def _print_report(
    file: Path, store: str, report: BulkReport, read: float, check: float, started: float
) -> None:
    total = time.perf_counter() - started
    nodes = counted(report.nodes, "node", grouped=True)
    links = counted(report.links, "link", grouped=True)
    table = Table(title=f"{file} -> {store} store: {nodes}, {links}")
    for column in ("phase", "seconds", "nodes/s", "links/s"):
        table.add_column(column, justify="right")
    table.add_row("read file", f"{read:.2f}", "", "")
    table.add_row("check", f"{check:.2f}", "", "")
    table.add_row(
        "write nodes", f"{report.node_seconds:.2f}", f"{report.nodes_per_second:,.0f}", ""
    )
    table.add_row(
        "write links", f"{report.link_seconds:.2f}", "", f"{report.links_per_second:,.0f}"
    )
    table.add_row("commit", f"{report.commit_seconds:.2f}", "", "")
    table.add_row(
        "total", f"{total:.2f}", f"{report.nodes / total:,.0f}", f"{report.links / total:,.0f}"
    )
    console.print(table)
    if report.replaced:
        console.print(
            f"{counted(report.replaced, 'node', grouped=True)} left by an interrupted earlier "
            f"load of this model {'was' if report.replaced == 1 else 'were'} replaced",
            highlight=False,
        )
