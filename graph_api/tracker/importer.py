"""Importing a tracker export: read, map, check against the graph, write once.

The one write holds every operation, so the graph is changed by all of it or, should the
store refuse it (a concurrent edit of an item, say), left exactly as it was. Rows that
fail a check are refused before it and left out of it; with ``all_or_nothing`` any refused
row means nothing is written. Items the export no longer contains, and links their labels
no longer name, are reported and kept: an export is often filtered (a sprint, a board),
and a link may have been made by hand.
"""

from graph_api.errors import FieldError, ValidationFailed
from graph_api.long_work import off_the_loop
from graph_api.store.base import SYSTEM, GraphStore
from graph_api.tracker.csv_export import read_csv_export
from graph_api.tracker.decoding import decode_export
from graph_api.tracker.jira_json import read_jira_json
from graph_api.tracker.mapping import TrackerMapping
from graph_api.tracker.node_keys import assign_keys
from graph_api.tracker.plan import plan_import
from graph_api.tracker.records import TrackerFormat, TrackerRecord
from graph_api.tracker.report import ImportReport
from graph_api.tracker.rows import ItemRow, read_row
from graph_api.tracker.state import read_state


def read_export(
    data: bytes, mapping: TrackerMapping, source: str
) -> tuple[list[ItemRow], list[tuple[str, str]]]:
    """The rows of an export, and the records that cannot be read (where, why)."""
    text = decode_export(data, source, mapping.encoding)
    records: list[TrackerRecord]
    if mapping.format is TrackerFormat.JIRA_JSON:
        records, unreadable = read_jira_json(text, source)
    else:
        records, unreadable = read_csv_export(text, source)
    missing = [
        FieldError(f"fields.{name}", f"the export has no {' or '.join(mapping.columns(name))}")
        for name in ("key", "title")
        if records and not any(record.has(mapping.columns(name)) for record in records)
    ]
    if missing:  # a wrong format or mapping: every row would be refused for the same reason
        raise ValidationFailed(missing, f"{source} does not fit the {mapping.format} mapping")
    return [read_row(record, mapping) for record in records], unreadable


async def import_export(
    store: GraphStore,
    data: bytes,
    mapping: TrackerMapping,
    source: str,
    *,
    dry_run: bool = False,
    all_or_nothing: bool = False,
    actor: str = SYSTEM,
) -> ImportReport:
    """Import the export ``data`` read with ``mapping``; the report says what was done
    (on a dry run, what would be). VALIDATION when the file cannot be read at all."""
    # Decoding and parsing a large export takes a while: off the event loop.
    rows, unreadable = await off_the_loop(read_export, data, mapping, source)
    linked = sorted(set(mapping.links.values()))
    state = await read_state(store, rows, linked)
    new = [r.tracker_key for r in rows if r.tracker_key and r.tracker_key not in state.tracked]
    new_keys = await assign_keys(store, list(dict.fromkeys(new)), mapping.key_prefix)
    report = ImportReport(
        mapping.format.value, source, dry_run=dry_run, all_or_nothing=all_or_nothing
    )
    ops = plan_import(rows, unreadable, state, new_keys, linked, report)
    refused_all = all_or_nothing and bool(report.refused)
    if ops and not dry_run and not refused_all:
        await store.write(ops, actor=actor)
        report.written = True
    return report


__all__ = ["import_export", "read_export"]
