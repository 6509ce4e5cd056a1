"""How old evidence is: the freshness rule ``coverage`` and ``serviceBlueprint`` share,
and the calendar periods ``evidenceTimeline`` counts in.

Both stores only gather the ``collectedAt`` of the evidence they find (the same
evidence ``coverage`` counts); the rule below is applied to those dates in one place, so
the stores cannot disagree on what is stale.

The rule (docs/queries/coverage.md): the *window* runs from ``as_of - max_age_days`` to
``as_of``, both days included. A piece of evidence is *fresh* when it was collected in
the window. Undated evidence is never fresh (nothing says it is recent), and evidence
collected after ``as_of`` did not exist yet on that day: neither makes a step fresh. A
step is *stale* when it has evidence and none of it is fresh; a step without any
evidence is not stale, it is without evidence (a list of its own). A channel is *thin*
when fewer pieces of evidence than a threshold are fresh.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


def collected_day(value: object) -> date | None:
    """A stored ``collectedAt`` as a date: ISO text (as both stores keep it), a date, or a
    driver date; None for a missing or unreadable value (counted as undated)."""
    if isinstance(value, date):
        return value
    to_native = getattr(value, "to_native", None)
    if to_native is not None:
        native = to_native()
        return native if isinstance(native, date) else None
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


@dataclass(frozen=True, slots=True)
class EvidenceAge:
    """How old evidence may be on ``as_of``: at most ``max_age_days`` days."""

    as_of: date
    max_age_days: int

    def __post_init__(self) -> None:
        if self.max_age_days < 0:
            raise ValueError(f"max_age_days must not be negative, got {self.max_age_days}")

    @property
    def window_start(self) -> date:
        """The first day of the window; the calendar's first day for an age longer than
        the calendar before ``as_of`` (such an age makes every dated evidence fresh)."""
        if self.max_age_days >= (self.as_of - date.min).days:
            return date.min
        return self.as_of - timedelta(days=self.max_age_days)

    def is_fresh(self, collected: date) -> bool:
        """Whether evidence collected on ``collected`` is in the window."""
        return self.window_start <= collected <= self.as_of


@dataclass(frozen=True, slots=True)
class EvidenceFreshness:
    """How a set of distinct evidence stands against an :class:`EvidenceAge`.

    ``evidence_count`` = ``fresh_count`` + ``older_count`` + ``later_count`` +
    ``undated_count``: collected in the window, before it, after ``as_of``, or undated.
    ``latest_date`` is the latest collection day on or before ``as_of`` (None if none).
    """

    evidence_count: int
    fresh_count: int
    older_count: int
    later_count: int
    undated_count: int
    latest_date: date | None

    @property
    def stale(self) -> bool:
        """Whether there is evidence and none of it is fresh."""
        return self.evidence_count > 0 and self.fresh_count == 0


@dataclass(frozen=True, slots=True)
class EvidenceDates:
    """When a set of distinct evidence was collected: the days (sorted, one per piece)
    and how many pieces have no date."""

    dated: tuple[date, ...] = ()
    undated: int = 0

    @classmethod
    def of(cls, values: Iterable[object]) -> "EvidenceDates":
        """From one stored ``collectedAt`` per piece of evidence (None when it has none)."""
        days = [collected_day(value) for value in values]
        return cls(tuple(sorted(d for d in days if d is not None)), days.count(None))

    @property
    def count(self) -> int:
        return len(self.dated) + self.undated

    def freshness(self, age: EvidenceAge) -> EvidenceFreshness:
        """These dates against ``age`` (see the module's rule)."""
        start = age.window_start
        older = sum(1 for d in self.dated if d < start)
        later = sum(1 for d in self.dated if d > age.as_of)
        known = [d for d in self.dated if d <= age.as_of]
        return EvidenceFreshness(
            evidence_count=self.count,
            fresh_count=len(self.dated) - older - later,
            older_count=older,
            later_count=later,
            undated_count=self.undated,
            latest_date=known[-1] if known else None,
        )


class EvidencePeriod(StrEnum):
    """The calendar periods evidence is counted in."""

    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


def period_start(day: date, period: EvidencePeriod) -> date:
    """The first day of the period ``day`` falls in."""
    match period:
        case EvidencePeriod.MONTH:
            return day.replace(day=1)
        case EvidencePeriod.QUARTER:
            return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
        case EvidencePeriod.YEAR:
            return date(day.year, 1, 1)


def period_end(start: date, period: EvidencePeriod) -> date:
    """The last day of the period beginning on ``start``."""
    months = {EvidencePeriod.MONTH: 1, EvidencePeriod.QUARTER: 3, EvidencePeriod.YEAR: 12}
    month = start.month - 1 + months[period]
    if start.year == date.max.year and month >= 12:
        return date.max  # the calendar's last period ends with the calendar
    return date(start.year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def period_label(start: date, period: EvidencePeriod) -> str:
    """``2026-03`` (month), ``2026-Q1`` (quarter) or ``2026`` (year)."""
    match period:
        case EvidencePeriod.MONTH:
            return f"{start.year:04d}-{start.month:02d}"
        case EvidencePeriod.QUARTER:
            return f"{start.year:04d}-Q{(start.month - 1) // 3 + 1}"
        case EvidencePeriod.YEAR:
            return f"{start.year:04d}"
