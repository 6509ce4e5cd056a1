"""The query and result of ``evidenceTimeline``, and how the timeline is counted.

Both stores gather the same facts per step (:class:`StepEvidenceFacts`: each piece of
evidence with the channel it counts under and its ``collectedAt``) and hand them to
:func:`evidence_timeline`, which counts per period; so the two stores cannot disagree on
a count.

Which evidence counts for a step is what ``coverage`` counts: evidence SUPPORTING the
step, one of its touchpoints, or a pain point AFFECTING either. Under which channel: the
channels of the touchpoint it reaches the step through (itself or through a pain point
affecting it); evidence on the step itself, on a pain point affecting the step, or on a
touchpoint without a channel, under no channel (None). A piece reaching a step through
two places counts once under each of their channels, and once in the step's total.
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from graph_api.traversals.evidence_age import (
    EvidencePeriod,
    collected_day,
    period_start,
)


@dataclass(frozen=True, slots=True)
class EvidenceTimelineQuery:
    """The journey whose steps to follow, and the period evidence is counted in."""

    journey_key: str
    period: EvidencePeriod = EvidencePeriod.MONTH


@dataclass(frozen=True, slots=True)
class EvidenceReach:
    """A piece of evidence reaching a step under a channel (None: no channel)."""

    evidence_key: str
    channel_key: str | None
    collected_at: object
    """The stored ``collectedAt`` (ISO text), None when undated."""


@dataclass(frozen=True, slots=True)
class StepEvidenceFacts:
    """What a store finds for one step of the journey, in journey order."""

    stage_key: str
    step_key: str
    reaches: list[EvidenceReach]


@dataclass(frozen=True, slots=True)
class PeriodCount:
    """The evidence collected in the period beginning on ``start``, and all the dated
    evidence collected up to the period's end (``cumulative``)."""

    start: date
    count: int
    cumulative: int


@dataclass(frozen=True, slots=True)
class EvidenceSeries:
    """Distinct evidence over time: one :class:`PeriodCount` per period with evidence, in
    time order, and the evidence without a date, counted apart."""

    periods: list[PeriodCount]
    undated_count: int

    @property
    def dated_count(self) -> int:
        return self.periods[-1].cumulative if self.periods else 0

    @property
    def evidence_count(self) -> int:
        return self.dated_count + self.undated_count


@dataclass(frozen=True, slots=True)
class ChannelTimeline:
    """The evidence under one channel (None: no channel)."""

    channel_key: str | None
    series: EvidenceSeries


@dataclass(frozen=True, slots=True)
class StepTimeline:
    """One step of the journey: all its evidence, and per channel (channels by key, no
    channel last)."""

    stage_key: str
    step_key: str
    series: EvidenceSeries
    channels: list[ChannelTimeline]


@dataclass(frozen=True, slots=True)
class EvidenceTimeline:
    """A journey's evidence over time: per step (journey order: stages by ``order``,
    then key, steps likewise) and per channel over the whole journey (each piece once per
    channel, however many steps it reaches)."""

    journey_key: str
    period: EvidencePeriod
    steps: list[StepTimeline]
    channels: list[ChannelTimeline]


def evidence_series(collected: Iterable[object], period: EvidencePeriod) -> EvidenceSeries:
    """The series of distinct pieces of evidence, one stored ``collectedAt`` each."""
    days = [collected_day(value) for value in collected]
    per_period = Counter(period_start(day, period) for day in days if day is not None)
    periods: list[PeriodCount] = []
    total = 0
    for start, count in sorted(per_period.items()):
        total += count
        periods.append(PeriodCount(start, count, total))
    return EvidenceSeries(periods, days.count(None))


def _by_channel(reaches: Iterable[EvidenceReach], period: EvidencePeriod) -> list[ChannelTimeline]:
    pieces: dict[str | None, dict[str, object]] = {}
    for reach in reaches:
        pieces.setdefault(reach.channel_key, {})[reach.evidence_key] = reach.collected_at
    return [
        ChannelTimeline(channel, evidence_series(found.values(), period))
        for channel, found in sorted(pieces.items(), key=lambda i: (i[0] is None, i[0] or ""))
    ]


def evidence_timeline(
    query: EvidenceTimelineQuery, steps: Iterable[StepEvidenceFacts]
) -> EvidenceTimeline:
    """The timeline of the journey from its steps' facts, given in journey order."""
    steps = list(steps)
    rows = [
        StepTimeline(
            stage_key=step.stage_key,
            step_key=step.step_key,
            series=evidence_series(
                {r.evidence_key: r.collected_at for r in step.reaches}.values(), query.period
            ),
            channels=_by_channel(step.reaches, query.period),
        )
        for step in steps
    ]
    every_reach = [reach for step in steps for reach in step.reaches]
    return EvidenceTimeline(
        query.journey_key, query.period, rows, _by_channel(every_reach, query.period)
    )
