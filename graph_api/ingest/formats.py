"""NDJSON and CSV read into raw records, each with its record number and line.

Both formats are UTF-8 (a leading byte-order mark is dropped), with LF or CRLF line ends.
Blank lines are skipped and not counted as records. A line that cannot be read (not JSON,
too long, a row of the wrong width) refuses its own record only; what makes the whole
text unreadable (not UTF-8, a CSV header naming an unknown column, more than
:data:`~graph_api.ingest.limits.MAX_RECORDS` records) refuses the batch with VALIDATION
or LIMIT_EXCEEDED before any record is checked. The column mapping of CSV is
:data:`CSV_COLUMNS`; docs/ingestion.md shows both formats.
"""

import csv
import io
import json
import re
from collections.abc import Iterator
from enum import StrEnum
from typing import Any

from graph_api.errors import FieldError, LimitExceeded, ValidationFailed
from graph_api.ingest.limits import MAX_LINE_CHARS, MAX_RECORDS
from graph_api.ingest.raw import RawRecord
from graph_api.plural import counted


class IngestFormat(StrEnum):
    """How a batch of records is written."""

    NDJSON = "ndjson"
    """One JSON object per line."""
    CSV = "csv"
    """A header row naming columns of :data:`CSV_COLUMNS`, then one record per row."""


CSV_COLUMNS: dict[str, str] = {
    "type": "type",
    "id": "id",
    "kpi": "kpi",
    "value": "value",
    "at": "at",
    "kind": "kind",
    "summary": "summary",
    "source": "source",
    "collected_at": "collectedAt",
    "sample_size": "sampleSize",
    "score": "score",
    "steps": "steps",
    "touchpoints": "touchpoints",
    "pain_points": "painPoints",
    "outcomes": "outcomes",
}
"""CSV column -> the record field it fills (the NDJSON name). Header names are read
without regard to case or surrounding spaces."""

KEY_LIST_COLUMNS = frozenset({"steps", "touchpoints", "painPoints", "outcomes"})
KEY_SEPARATOR = "|"
"""Separates the keys of one CSV cell (``checkout|pay``): never part of a key, and not
the field separator of any spreadsheet's CSV (``;`` is, in some locales)."""

_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_INTEGER = re.compile(r"[+-]?\d+")
_NUMBER_COLUMNS = frozenset({"value", "score"})
_INTEGER_COLUMNS = frozenset({"sampleSize"})
_MAX_NUMBER_CHARS = 400
"""Longest number text converted: longer is no measurement (and Python refuses to turn
more than 4,300 digits into an int)."""


def decoded(data: bytes | str) -> str:
    """``data`` as text: UTF-8 (VALIDATION naming the first bad byte otherwise), without a
    leading byte-order mark."""
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValidationFailed(
                [FieldError("body", f"not UTF-8: byte {exc.start + 1} cannot start a character")],
                "the batch cannot be read",
            ) from None
    else:
        text = data
    return text.removeprefix("\ufeff")


def read_records(data: bytes | str, format: IngestFormat) -> list[RawRecord]:
    """The records of ``data`` written in ``format``."""
    text = decoded(data)
    reader = _ndjson_records if format is IngestFormat.NDJSON else _csv_records
    records: list[RawRecord] = []
    for record in reader(text):
        if len(records) == MAX_RECORDS:
            raise LimitExceeded(
                f"the batch holds more than {counted(MAX_RECORDS, 'record')}; "
                "send it in several batches",
                limit="records",
                maximum=MAX_RECORDS,
                measured=None,
            )
        records.append(record)
    return records


def _too_long(length: int) -> FieldError:
    return FieldError(
        "line", f"the line holds {length} characters; a record holds at most {MAX_LINE_CHARS}"
    )


# --- NDJSON -------------------------------------------------------------------------


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


def _unique_fields(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for name, value in pairs:
        if name in fields:
            raise ValueError(f"the field {name!r} appears twice")
        fields[name] = value
    return fields


def _ndjson_records(text: str) -> Iterator[RawRecord]:
    number = 0
    # Split on LF only: JSON text may hold U+2028 and other characters str.splitlines
    # would break at. A CR before the LF (CRLF) is white space to JSON.
    for index, line in enumerate(text.split("\n")):
        if not line.strip():
            continue
        number += 1
        if len(line) > MAX_LINE_CHARS:
            yield RawRecord(number, index + 1, {}, _too_long(len(line)))
            continue
        try:
            value = json.loads(
                line, parse_constant=_refuse_constant, object_pairs_hook=_unique_fields
            )
        except ValueError as exc:  # JSONDecodeError included
            yield RawRecord(number, index + 1, {}, FieldError("line", f"not JSON: {exc}"))
            continue
        except RecursionError:  # thousands of nested brackets: no record is shaped so
            problem = FieldError("line", "not a record: JSON nested too deeply")
            yield RawRecord(number, index + 1, {}, problem)
            continue
        if not isinstance(value, dict):
            problem = FieldError("line", f"a record is a JSON object, not {type(value).__name__}")
            yield RawRecord(number, index + 1, {}, problem)
            continue
        yield RawRecord(number, index + 1, value)


# --- CSV ----------------------------------------------------------------------------


def _header(cells: list[str], line: int) -> list[str]:
    """The record field each column fills; VALIDATION for a header that is not ours."""
    fields: list[str] = []
    errors: list[FieldError] = []
    for position, cell in enumerate(cells, start=1):
        name = cell.strip().lower()
        field = CSV_COLUMNS.get(name) or CSV_COLUMNS.get(_snake(cell.strip()))
        if field is None:
            known = ", ".join(CSV_COLUMNS)
            errors.append(
                FieldError(f"header.column[{position}]", f"unknown column {cell!r}; use: {known}")
            )
        elif field in fields:
            errors.append(FieldError(f"header.column[{position}]", f"column {cell!r} repeats"))
        fields.append(field or "")
    for needed in ("type", "id"):
        if needed not in fields:
            errors.append(FieldError("header", f"no {needed!r} column"))
    if errors:
        raise ValidationFailed(errors, f"the CSV header (line {line}) cannot be read")
    return fields


def _snake(name: str) -> str:
    """``collectedAt`` -> ``collected_at``: the NDJSON names are accepted as headers too."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _cell_value(field: str, cell: str) -> Any:
    """A cell's text as the value the NDJSON field would hold, where that is clear: numbers
    as numbers, key lists as lists. What is not clear stays text, for the record's check
    to refuse with the field named. Spaces around a cell are layout, not data: dropped."""
    text = cell.strip()
    if field in KEY_LIST_COLUMNS:
        return [key.strip() for key in text.split(KEY_SEPARATOR) if key.strip()]
    if len(text) <= _MAX_NUMBER_CHARS:
        if field in _NUMBER_COLUMNS and _NUMBER.fullmatch(text):
            return float(text)
        if field in _INTEGER_COLUMNS and _INTEGER.fullmatch(text):
            return int(text)
    return text


def _csv_records(text: str) -> Iterator[RawRecord]:
    rows = csv.reader(io.StringIO(text, newline=""), strict=True)
    header: list[str] | None = None
    number = 0
    line = 1
    try:
        for cells in rows:
            start, line = line, rows.line_num + 1
            if not any(cell.strip() for cell in cells):
                continue
            if header is None:
                header = _header(cells, start)
                continue
            number += 1
            length = sum(len(cell) for cell in cells) + len(cells) - 1
            if length > MAX_LINE_CHARS:
                yield RawRecord(number, start, {}, _too_long(length))
            elif len(cells) != len(header):
                width = counted(len(header), "column")
                problem = FieldError(
                    "line", f"the row has {counted(len(cells), 'cell')}; the header names {width}"
                )
                yield RawRecord(number, start, {}, problem)
            else:
                fields = {
                    field: _cell_value(field, cell)
                    for field, cell in zip(header, cells, strict=True)
                    if cell.strip()
                }
                yield RawRecord(number, start, fields)
    except csv.Error as exc:
        raise ValidationFailed(
            [FieldError(f"line {rows.line_num}", f"not CSV: {exc}")], "the batch cannot be read"
        ) from None


__all__ = ["CSV_COLUMNS", "KEY_SEPARATOR", "IngestFormat", "decoded", "read_records"]
