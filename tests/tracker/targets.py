"""The nodes the fixtures' labels link to, and reading back what an import wrote."""

import csv
import io
from pathlib import Path
from typing import Any

from graph_api.metamodel import relationship_fields
from graph_api.store.base import GraphStore, NodeRecord, UpsertNode
from graph_api.store.change_log import ChangeLogQuery
from graph_api.store.listing import ListQuery, Window
from graph_api.tracker import ImportReport, TrackerFormat, import_export, read_mapping

FIXTURES = Path(__file__).parent / "fixtures"

STEPS = ("submit-claim", "track-claim", "pay", "verify-identity")
PAINS = ("lost-paperwork", "payout-uncertainty", "forced-signup", "branch-visit")
OUTCOMES = ("fast-payout", "fast-checkout", "quick-onboarding")
OPPORTUNITIES = ("proactive-status", "save-and-resume")


async def seed_targets(store: GraphStore) -> None:
    """Every step, pain point, outcome and opportunity the fixtures' labels name."""
    ops = [
        *(UpsertNode("Step", k, {"name": k, "order": i}) for i, k in enumerate(STEPS)),
        *(UpsertNode("PainPoint", k, {"name": k, "severity": 3}) for k in PAINS),
        *(
            UpsertNode("Outcome", k, {"statement": k, "importance": 8, "satisfaction": 4})
            for k in OUTCOMES
        ),
        *(UpsertNode("Opportunity", k, {"statement": k}) for k in OPPORTUNITIES),
    ]
    await store.write(ops)


async def run_import(
    store: GraphStore,
    fixture: str | bytes,
    format: TrackerFormat,
    mapping: str | None = None,
    **options: Any,
) -> ImportReport:
    data = fixture if isinstance(fixture, bytes) else (FIXTURES / fixture).read_bytes()
    return await import_export(store, data, read_mapping(format, mapping), "export", **options)


async def items(store: GraphStore) -> dict[str, NodeRecord]:
    """Every backlog item by key."""
    page = await store.list_nodes("BacklogItem", ListQuery(window=Window()))
    return {record.key: record for record in page.records}


async def linked(store: GraphStore, field: str, keys: list[str]) -> dict[str, list[str]]:
    """For each item key, the keys ``field`` leads to (sorted)."""
    spec = relationship_fields("BacklogItem")[field]
    found = await store.neighbours(spec, keys)
    return {key: sorted(r.key for r in found.get(key, [])) for key in keys}


async def change_count(store: GraphStore) -> int:
    return len(await store.change_log(ChangeLogQuery(first=100_000)))


async def changes_since(store: GraphStore, count: int) -> list[tuple[str, str, str]]:
    """The change-log entries after the first ``count``: (type, node key, link target)."""
    entries = (await store.change_log(ChangeLogQuery(first=100_000)))[count:]
    return [
        (e.event.type.value, e.event.node.key, e.event.target.key if e.event.target else "")
        for e in entries
    ]


HEADER = (
    "Issue key",
    "Issue id",
    "Summary",
    "Issue Type",
    "Status",
    "Priority",
    "Created",
    "Parent",
    "Labels",
    "Labels",
)


def jira_csv(*rows: tuple[str, ...], header: tuple[str, ...] = HEADER) -> bytes:
    """A Jira CSV export of ``rows`` (cells in ``header``'s order; missing ones empty)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([*row, *[""] * (len(header) - len(row))])
    return out.getvalue().encode("utf-8")


def story(
    key: str, title: str = "", parent: str = "", *labels: str, **cells: str
) -> tuple[str, ...]:
    """A row of :func:`jira_csv` for a story ``key`` under ``parent``."""
    return (
        key,
        "",
        title or f"Story {key}",
        cells.get("type", "Story"),
        cells.get("status", "To Do"),
        cells.get("priority", "Medium"),
        cells.get("created", "06/Dec/26 3:04 PM"),
        parent,
        *labels,
    )
