"""CSV exports (Jira's and Azure DevOps'): a header row naming the columns, one row per item.

Jira repeats a column name once per value ("Labels", "Labels", "Sprint", ...): every
cell under a name is kept, in order. Rows whose cells are all empty (Excel leaves such
rows at the end) are skipped. A row with more non-empty cells than the header has
columns is kept as a refusal of that row, since its cells cannot be told apart.
"""

import csv
import io

from graph_api.errors import FieldError, ValidationFailed
from graph_api.tracker.records import TrackerRecord

MAX_CELL_CHARS = 10_000_000
"""Longest cell read. The csv module's own limit (131,072 characters) would refuse a whole
export over one long description that the import does not even read; the export's size
is bounded where it is received (the request body limit, the file the caller chose)."""


class RowTooWide(Exception):
    """A row with more non-empty cells than the header has columns."""


def read_csv_export(text: str, source: str) -> tuple[list[TrackerRecord], list[tuple[str, str]]]:
    """The records of a CSV export and the rows that cannot be read (where, why)."""
    if csv.field_size_limit() < MAX_CELL_CHARS:
        csv.field_size_limit(MAX_CELL_CHARS)
    # strict: a stray quote is an error, not a cell silently swallowing the rows after it
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [name.strip() for name in next(reader, [])]
        if not any(header):
            raise ValidationFailed(
                [FieldError("line 1", "no header row naming the columns")], f"{source} is empty"
            )
        records: list[TrackerRecord] = []
        unreadable: list[tuple[str, str]] = []
        while True:
            where = f"line {reader.line_num + 1}"  # where the row starts: a cell may span lines
            cells = next(reader, None)
            if cells is None:
                break
            if not any(cell.strip() for cell in cells):
                continue
            extra = [cell for cell in cells[len(header) :] if cell.strip()]
            if extra:
                unreadable.append(
                    (where, f"{len(cells)} cells but the header names {len(header)} columns")
                )
                continue
            records.append(TrackerRecord(where, _values(header, cells)))
    except csv.Error as exc:
        raise ValidationFailed(
            [FieldError(f"line {reader.line_num}", str(exc))], f"{source} is not valid CSV"
        ) from exc
    return records, unreadable


def _values(header: list[str], cells: list[str]) -> dict[str, tuple[str, ...]]:
    values: dict[str, list[str]] = {name: [] for name in header if name}
    for name, cell in zip(header, cells, strict=False):
        value = cell.strip()
        if name and value:
            values[name].append(value)
    return {name: tuple(found) for name, found in values.items()}


__all__ = ["MAX_CELL_CHARS", "read_csv_export"]
