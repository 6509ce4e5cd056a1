"""Measurements and evidence in bulk: records read from NDJSON or CSV, checked against
the metamodel, and written idempotently by external id through the store's ordinary writes.

- :mod:`~graph_api.ingest.limits`: how much one batch may hold;
- :mod:`~graph_api.ingest.keys`: the node key an external id names;
- :mod:`~graph_api.ingest.formats`: NDJSON and CSV read into raw records, with lines;
- :mod:`~graph_api.ingest.records`: a raw record checked into a measurement or evidence;
- :mod:`~graph_api.ingest.plan`: what each record changes, read from the store in batches;
- :mod:`~graph_api.ingest.run`: the whole batch, refused, planned and written;
- :mod:`~graph_api.ingest.report`: what a batch did, per record and in counts.

The ways in (``POST /ingest``, the ``ingest`` mutation, ``graph-api ingest``) live with
the other entry points and all call :func:`ingest_text` or :func:`ingest_records`.
docs/ingestion.md describes the formats for users.
"""

from graph_api.ingest.formats import IngestFormat
from graph_api.ingest.report import IngestReport, Outcome, RecordResult
from graph_api.ingest.run import ingest_records, ingest_text

__all__ = [
    "IngestFormat",
    "IngestReport",
    "Outcome",
    "RecordResult",
    "ingest_records",
    "ingest_text",
]
