"""GraphStore contract, the evidenceTimeline traversal, on the dated journey of
:mod:`tests.contract.traversals.dated_evidence`: per step in journey order and per
channel, the evidence counted per month, quarter or year with running totals, the
undated apart; a piece on two places of a step counts once for the step and once under
each channel. On Neo4j one query.
"""

from datetime import date

import pytest

from graph_api.store.base import GraphStore, UpsertNode
from graph_api.traversals import EVIDENCE_TIMELINE
from graph_api.traversals.evidence_age import EvidencePeriod
from graph_api.traversals.evidence_timeline.result import (
    ChannelTimeline,
    EvidenceSeries,
    EvidenceTimeline,
    EvidenceTimelineQuery,
    PeriodCount,
    StepTimeline,
)
from tests.contract.traversals.dated_evidence import MODEL
from tests.contract.traversals.product_graph import one_query


def series(*periods: tuple[str, int], undated: int = 0) -> EvidenceSeries:
    """A series from (first day of the period, count) pairs, running totals added."""
    rows: list[PeriodCount] = []
    total = 0
    for start, count in periods:
        total += count
        rows.append(PeriodCount(date.fromisoformat(start), count, total))
    return EvidenceSeries(rows, undated)


def step(stage: str, key: str, total: EvidenceSeries, **channels: EvidenceSeries) -> StepTimeline:
    """A step; ``none=`` is the series under no channel (last)."""
    none = channels.pop("none", None)
    rows = [ChannelTimeline(k, s) for k, s in sorted(channels.items())]
    return StepTimeline(stage, key, total, rows + ([ChannelTimeline(None, none)] if none else []))


def by_month(*periods: tuple[str, int], undated: int = 0) -> EvidenceSeries:
    return series(*periods, undated=undated)


MONTHLY = EvidenceTimeline(
    journey_key="trip",
    period=EvidencePeriod.MONTH,
    steps=[
        step("before", "at-age", s := by_month(("2025-06-01", 1)), none=s),
        step("before", "over-age", s := by_month(("2025-06-01", 1)), none=s),
        step("before", "undated", s := by_month(undated=1), none=s),
        step("before", "none", by_month()),
        step("during", "pain-only", s := by_month(("2024-01-01", 1)), none=s),
        step("during", "tp-only", s := by_month(("2025-01-01", 1)), app=s),
        step(
            "during",
            "mixed",
            by_month(
                ("2023-03-01", 1),
                ("2026-02-01", 1),
                ("2026-05-01", 1),
                ("2026-06-01", 1),
                undated=1,
            ),
            shop=by_month(("2023-03-01", 1), ("2026-05-01", 1), ("2026-06-01", 1)),
            none=by_month(("2026-02-01", 1), ("2026-05-01", 1), undated=1),
        ),
        step("during", "later", s := by_month(("2026-07-01", 1)), none=s),
    ],
    channels=[
        ChannelTimeline("app", by_month(("2025-01-01", 1))),
        ChannelTimeline("shop", by_month(("2023-03-01", 1), ("2026-05-01", 1), ("2026-06-01", 1))),
        ChannelTimeline(
            None,
            by_month(
                ("2024-01-01", 1),
                ("2025-06-01", 2),
                ("2026-02-01", 1),
                ("2026-05-01", 1),
                ("2026-07-01", 1),
                undated=2,
            ),
        ),
    ],
)


async def timeline(store: GraphStore, period: EvidencePeriod) -> EvidenceTimeline:
    await store.write(MODEL)
    query = EvidenceTimelineQuery("trip", period)
    found = await one_query(store, store.traverse(EVIDENCE_TIMELINE, query))
    assert found is not None
    return found


async def test_monthly_timeline(store: GraphStore) -> None:
    assert await timeline(store, EvidencePeriod.MONTH) == MONTHLY


async def test_quarters_and_years(store: GraphStore) -> None:
    quarterly = await timeline(store, EvidencePeriod.QUARTER)
    assert quarterly.period == EvidencePeriod.QUARTER
    # 2026-02 falls in Q1, 2026-05 and 2026-06 in Q2, 2026-07 in Q3
    assert quarterly.channels[2].series == series(
        ("2024-01-01", 1), ("2025-04-01", 2), ("2026-01-01", 1), ("2026-04-01", 1),
        ("2026-07-01", 1), undated=2,
    )  # fmt: skip
    assert quarterly.steps[6].series == series(
        ("2023-01-01", 1), ("2026-01-01", 1), ("2026-04-01", 2), undated=1
    )
    yearly = await timeline(store, EvidencePeriod.YEAR)
    assert yearly.steps[6].series == series(("2023-01-01", 1), ("2026-01-01", 3), undated=1)
    assert yearly.channels[2].series == series(
        ("2024-01-01", 1), ("2025-01-01", 2), ("2026-01-01", 3), undated=2
    )
    # the totals do not depend on the period
    for found in (quarterly, yearly):
        assert [s.series.evidence_count for s in found.steps] == [
            s.series.evidence_count for s in MONTHLY.steps
        ]


async def test_unknown_and_empty_journeys(store: GraphStore) -> None:
    await store.write(MODEL)
    missing = EvidenceTimelineQuery("no-such-journey")
    assert await store.traverse(EVIDENCE_TIMELINE, missing) is None
    await store.write([UpsertNode("Journey", "bare", {"name": "Bare", "state": "current"})])
    bare = await store.traverse(EVIDENCE_TIMELINE, EvidenceTimelineQuery("bare"))
    assert bare == EvidenceTimeline("bare", EvidencePeriod.MONTH, [], [])


@pytest.mark.parametrize("period", list(EvidencePeriod))
async def test_cumulative_counts_end_at_the_dated_total(
    store: GraphStore, period: EvidencePeriod
) -> None:
    found = await timeline(store, period)
    every_series = [
        *(s.series for s in found.steps),
        *(c.series for s in found.steps for c in s.channels),
        *(c.series for c in found.channels),
    ]
    for counted in every_series:
        starts = [p.start for p in counted.periods]
        assert starts == sorted(set(starts))
        assert sum(p.count for p in counted.periods) == counted.dated_count
