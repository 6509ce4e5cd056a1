"""What a batch did: an outcome per record, and the counts.

The JSON form (:meth:`IngestReport.as_json`) is what ``POST /ingest`` answers and
``graph-api ingest --json`` prints; the ``ingest`` mutation answers the same as a GraphQL
type. Refused records are always listed; the others only when asked for (a batch of
100,000 good records answers in counts, not in 100,000 entries).
"""

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from graph_api.errors import FieldError


class Outcome(StrEnum):
    """What one record did."""

    CREATED = "created"
    """Its node did not exist: created, with its links."""
    UPDATED = "updated"
    """Its node existed with other values or other links: changed to the record's."""
    UNCHANGED = "unchanged"
    """Its node already held exactly this: nothing written."""
    REFUSED = "refused"
    """Not written: ``errors`` says why. Under all-or-nothing, a batch with any record
    refused writes none: its other records are refused too, without errors of their own
    (the report's ``reason`` says why)."""


@dataclass(frozen=True, slots=True)
class RecordResult:
    """The outcome of one record."""

    record: int
    """Its position in the batch, from 1."""
    line: int
    """The line it starts on (0 for the ``ingest`` mutation's records)."""
    outcome: Outcome
    id: str | None = None
    """Its external id, where it has a readable one."""
    kind: str | None = None
    """``Measurement`` or ``Evidence``, once known."""
    key: str | None = None
    """The key of its node, once known."""
    errors: tuple[FieldError, ...] = ()
    """Why it was refused, field by field (REFUSED only)."""
    note: str | None = None
    """For an UNCHANGED record repeating an earlier one of the batch: which."""

    def as_json(self) -> dict[str, Any]:
        entry: dict[str, Any] = {"record": self.record, "line": self.line}
        entry["outcome"] = self.outcome.value
        for name in ("id", "kind", "key", "note"):
            if (value := getattr(self, name)) is not None:
                entry[name] = value
        if self.errors:
            entry["errors"] = [{"field": e.path, "message": e.message} for e in self.errors]
        return entry


@dataclass(slots=True)
class IngestReport:
    """What a batch did."""

    results: list[RecordResult]
    """One per record, in the batch's order."""
    all_or_nothing: bool
    written: bool
    """Whether the batch's changes were written (False when there were none, or when
    all-or-nothing refused the batch)."""
    reason: str | None = None
    """Why nothing was written although some records would have changed the graph."""
    counts: Counter[Outcome] = field(init=False)

    def __post_init__(self) -> None:
        self.counts = Counter(result.outcome for result in self.results)

    @property
    def refused(self) -> list[RecordResult]:
        """The records refused for problems of their own."""
        return [r for r in self.results if r.errors]

    def as_json(self, *, every_record: bool = False) -> dict[str, Any]:
        """The report as JSON: counts, whether anything was written and why not, and the
        refused records (every record with ``every_record``)."""
        listed = self.results if every_record else self.refused
        return {
            "records": len(self.results),
            **{outcome.value: self.counts[outcome] for outcome in Outcome},
            "allOrNothing": self.all_or_nothing,
            "written": self.written,
            "reason": self.reason,
            "results": [result.as_json() for result in listed],
        }


__all__ = ["IngestReport", "Outcome", "RecordResult"]
