"""Backlog items from a tracker: Jira's CSV and JSON exports and Azure DevOps' CSV,
imported idempotently by the tracker's issue key (docs/ingestion.md, "Backlog items from
a tracker").

records (what every format is read into), decoding, csv_export and jira_json (the
formats), mapping and defaults (which column gives what), dates, rows (a record read
through the mapping), state (the graph read in batches), node_keys, parents, plan (the
one write and the report), report, importer (all of it, in order).
"""

from graph_api.tracker.importer import import_export, read_export
from graph_api.tracker.mapping import TrackerMapping, read_mapping
from graph_api.tracker.records import TrackerFormat
from graph_api.tracker.report import ImportReport, ItemOutcome, LinkOutcome, Missing, Refused

__all__ = [
    "ImportReport",
    "ItemOutcome",
    "LinkOutcome",
    "Missing",
    "Refused",
    "TrackerFormat",
    "TrackerMapping",
    "import_export",
    "read_export",
    "read_mapping",
]
