"""Throughput of bulk ingestion and of the tracker import, on both stores side by side.

Per store (an embedded file and the Neo4j of ``scripts/run-bench``, emptied first), on
the demo model plus :data:`KPIS` KPIs to measure:

1. **measurements**: one NDJSON batch of ``--measurements`` records (100,000 by default)
   ingested into an empty series (every record CREATED), then the same batch sent again
   (every record UNCHANGED), then the same records as CSV (UNCHANGED again);
2. **tracker**: a Jira CSV export of ``--tracker-items`` items (10,000 by default: epics,
   stories under them, labels linking a third of them to the demo's steps) imported
   (CREATED), imported again (UNCHANGED), and imported with one item in ten changed.

Each phase goes through the code the HTTP endpoints and the CLI call
(:func:`graph_api.ingest.ingest_text`, :func:`graph_api.tracker.import_export`), in
this process, timed from the bytes to the written graph; the stores take turns within
each phase, so the figures are a side-by-side ratio. It prints a table and writes the
figures to ``bench/results/ingestion-<timestamp>.json``; docs/benchmarks.md records a run.

    python -m bench.ingestion --manage-neo4j           # as make bench runs it
    python -m bench.ingestion --neo4j-uri bolt://127.0.0.1:7687 --measurements 10000
"""

import argparse
import asyncio
import csv
import io
import json
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from bench import environment as env
from bench.check_equivalence import REPO, CheckError
from graph_api.ingest.formats import IngestFormat
from graph_api.ingest.report import IngestReport
from graph_api.ingest.run import ingest_text
from graph_api.model_io import load_model_file
from graph_api.store.base import GraphStore, UpsertNode
from graph_api.store.embedded import EmbeddedStore
from graph_api.store.listing import ListQuery
from graph_api.store.neo4j import Neo4jStore
from graph_api.tracker.importer import import_export
from graph_api.tracker.mapping import read_mapping
from graph_api.tracker.records import TrackerFormat

DEMO = REPO / "seeds" / "demo.yaml"
KPIS = 200
"""KPIs the measurements are spread over (a large organisation's measured KPIs)."""
EPIC_EVERY = 25
"""One tracker item in 25 is an epic; the others are stories under the epic before them."""
FIRST_DAY = date(2020, 1, 1)


@dataclass
class Phase:
    """One timed step on one store."""

    store: str
    name: str
    records: int
    seconds: float
    outcome: dict[str, int]

    @property
    def per_second(self) -> float:
        return self.records / self.seconds if self.seconds else 0.0


def measurement_ndjson(count: int) -> str:
    """``count`` measurement records, spread over the KPIs, one day apart per KPI."""
    lines = []
    for i in range(count):
        kpi, day = i % KPIS, i // KPIS
        at = (FIRST_DAY + timedelta(days=day)).isoformat()
        value = round(50 + (i * 37 % 500) / 10, 1)
        record = {"type": "measurement", "id": f"bench-m-{i}", "kpi": f"bench-kpi-{kpi}"}
        lines.append(json.dumps({**record, "value": value, "at": at}))
    return "\n".join(lines) + "\n"


def measurement_csv(ndjson: str) -> str:
    """The same records as a CSV batch."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["type", "id", "kpi", "value", "at"])
    for line in ndjson.splitlines():
        record = json.loads(line)
        writer.writerow([record[c] for c in ("type", "id", "kpi", "value", "at")])
    return out.getvalue()


def jira_csv(count: int, steps: list[str], changed_every: int = 0) -> bytes:
    """A Jira CSV export of ``count`` items; with ``changed_every`` N, every Nth item's
    summary and status differ (what a week of work changes)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            *("Summary", "Issue key", "Issue id", "Issue Type", "Status", "Priority"),
            *("Created", "Resolved", "Labels", "Labels", "Custom field (Story Points)", "Parent"),
        ]
    )
    epic_id = ""
    for i in range(1, count + 1):
        epic = i % EPIC_EVERY == 1
        changed = bool(changed_every) and i % changed_every == 0
        status = ("Done" if changed else "In Progress") if i % 3 else "To Do"
        created = FIRST_DAY + timedelta(days=i % 900)
        resolved = (
            (created + timedelta(days=9)).strftime("%d/%b/%y %I:%M %p") if status == "Done" else ""
        )
        label = f"step:{steps[i % len(steps)]}" if i % 3 == 0 else ""
        summary = f"{'Epic' if epic else 'Story'} {i}{' (revised)' if changed else ''}"
        writer.writerow(
            [
                *(summary, f"BENCH-{i}", str(10000 + i), "Epic" if epic else "Story", status),
                *("Medium", created.strftime("%d/%b/%y %I:%M %p"), resolved, label, "bench"),
                *("" if epic else str(i % 8 + 1), "" if epic else epic_id),
            ]
        )
        if epic:
            epic_id = str(10000 + i)
    return out.getvalue().encode()


def _counts(report: Any) -> dict[str, int]:
    if isinstance(report, IngestReport):
        return {str(outcome.value).lower(): n for outcome, n in report.counts.items()}
    return {
        name: len(getattr(report, name))
        for name in ("created", "updated", "unchanged", "refused", "links_added")
    }


async def _timed(
    store_name: str, name: str, records: int, run: Callable[[], Awaitable[Any]]
) -> Phase:
    start = time.perf_counter()
    report = await run()
    phase = Phase(store_name, name, records, time.perf_counter() - start, _counts(report))
    print(
        f"  {store_name:<8} {name:<32} {records:>7} records {phase.seconds:8.1f} s "
        f"{phase.per_second:9.0f}/s  {phase.outcome}",
        flush=True,
    )
    return phase


async def _prepared(store: GraphStore) -> list[str]:
    """The demo model and the KPIs; the demo's step keys."""
    await store.open()
    await load_model_file(store, DEMO)
    await store.write(
        [UpsertNode("KPI", f"bench-kpi-{k}", {"name": f"Bench KPI {k}"}) for k in range(KPIS)]
    )
    page = await store.list_nodes("Step", ListQuery.by_key(first=1000))
    return [record.key for record in page.records]


async def bench(args: argparse.Namespace, directory: Path) -> list[Phase]:
    stores: dict[str, GraphStore] = {}
    if "embedded" in args.stores:
        stores["embedded"] = EmbeddedStore(str(directory / "ingestion.db"))
    if "neo4j" in args.stores:
        connection = env.Neo4jConnection(args.neo4j_uri, "neo4j", "", "neo4j")
        env.fresh_neo4j(connection, managed=args.manage_neo4j)
        stores["neo4j"] = Neo4jStore(
            uri=env.neo4j_local("uri").strip() if args.manage_neo4j else args.neo4j_uri
        )
    steps: list[str] = []
    for store in stores.values():
        steps = await _prepared(store)

    ndjson = measurement_ndjson(args.measurements)
    csv_text = measurement_csv(ndjson)
    mapping = read_mapping(TrackerFormat.JIRA_CSV, None)
    export = jira_csv(args.tracker_items, steps)
    changed = jira_csv(args.tracker_items, steps, changed_every=10)
    n, items = args.measurements, args.tracker_items
    phases: list[Phase] = []
    plan: list[tuple[str, int, Callable[[GraphStore], Awaitable[Any]]]] = [
        ("measurements NDJSON, new", n, lambda s: ingest_text(s, ndjson, IngestFormat.NDJSON)),
        ("measurements NDJSON, re-sent", n, lambda s: ingest_text(s, ndjson, IngestFormat.NDJSON)),
        ("measurements CSV, re-sent", n, lambda s: ingest_text(s, csv_text, IngestFormat.CSV)),
        ("tracker Jira CSV, new", items, lambda s: import_export(s, export, mapping, "bench.csv")),
        (
            "tracker Jira CSV, re-imported",
            items,
            lambda s: import_export(s, export, mapping, "bench.csv"),
        ),
        (
            "tracker Jira CSV, 1 in 10 changed",
            items,
            lambda s: import_export(s, changed, mapping, "bench.csv"),
        ),
    ]
    try:
        for name, records, run in plan:
            print(name, flush=True)
            for store_name, store in stores.items():
                phases.append(await _timed(store_name, name, records, partial(run, store)))
    finally:
        for store in stores.values():
            await store.close()
    return phases


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.ingestion", description=__doc__)
    parser.add_argument("--measurements", type=int, default=100_000)
    parser.add_argument("--tracker-items", type=int, default=10_000)
    parser.add_argument("--stores", default="embedded,neo4j")
    parser.add_argument("--neo4j-uri", default="bolt://127.0.0.1:7687")
    parser.add_argument("--manage-neo4j", action="store_true", help="reset scripts/neo4j-local")
    args = parser.parse_args(argv)
    args.stores = [s.strip() for s in args.stores.split(",") if s.strip()]
    return args


def main(argv: list[str] | None = None) -> int:
    args = _parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-ingestion-") as tmp:
        try:
            phases = asyncio.run(bench(args, Path(tmp)))
        except CheckError as error:
            print(f"bench.ingestion: {error}", file=sys.stderr)
            return 1
    results = REPO / "bench" / "results"
    results.mkdir(exist_ok=True)
    out = results / f"ingestion-{time.strftime('%Y%m%dT%H%M%S')}.json"
    out.write_text(
        json.dumps([{**p.__dict__, "per_second": p.per_second} for p in phases], indent=1)
    )
    print(f"wrote {out.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
