"""How much one ingestion batch may hold, whichever way it comes in.

The bounds keep a batch's work predictable: a batch over
:data:`MAX_RECORDS` is refused whole before anything is checked, a line over
:data:`MAX_LINE_CHARS` refuses only its record. HTTP bodies are bounded before they
are read (``max_import_bytes``, see :mod:`graph_api.api.gate`).
"""

MAX_RECORDS = 100_000
"""Records in one batch (NDJSON lines or CSV rows, blank ones not counted)."""

MAX_GRAPHQL_RECORDS = 1_000
"""Records in one ``ingest`` mutation: GraphQL is for small batches; larger ones go to
``POST /ingest`` or ``graph-api ingest``."""

MAX_LINE_CHARS = 65_536
"""Characters in one NDJSON line or one CSV row: an evidence summary holds at most 500,
so a longer line is not a record."""

MAX_ID_CHARS = 200
"""Characters in an external id."""

MAX_FILE_BYTES = 200_000_000
"""Bytes of a file ``graph-api ingest`` reads: far more than :data:`MAX_RECORDS` records
need, so a larger file is refused before it is read into memory."""

MAX_TARGETS = 200
"""Keys an evidence record names across steps, touchpoints, pain points and outcomes."""

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_GRAPHQL_RECORDS",
    "MAX_ID_CHARS",
    "MAX_LINE_CHARS",
    "MAX_RECORDS",
    "MAX_TARGETS",
]
