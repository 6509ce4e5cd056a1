"""A record as a format reads it, before it is checked: its fields and where it stands."""

from dataclasses import dataclass
from typing import Any

from graph_api.errors import FieldError


@dataclass(frozen=True, slots=True)
class RawRecord:
    """One record of a batch as read: JSON-like ``fields`` (NDJSON field names), or the
    ``problem`` that kept the format from reading it."""

    number: int
    """The record's position in the batch, from 1 (blank lines are not records)."""
    line: int
    """The line of the text where the record starts, from 1 (0 where there is no text:
    the ``ingest`` mutation's records)."""
    fields: dict[str, Any]
    problem: FieldError | None = None


__all__ = ["RawRecord"]
