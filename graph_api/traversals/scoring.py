"""The thresholds of ``opportunityScores`` and ``valueStreamHealth``, decided on decimals.

Importance 9.7, a target of 7, a measurement of 6.3: people type decimals, and the
stores keep them as binary floats, which only approximate them (9.7 is stored as
9.699999999999999289...). Float arithmetic then misses exact boundaries: 9.7 + (9.7 -
9.4) is 9.999999999999998, under the underserved threshold of 10, and 7 - 6.3 is more
than 10% of 7. So every rule here first turns each stored float back into the decimal
it was typed as (:func:`typed_decimal`), then computes exactly with
:class:`decimal.Decimal`.

Both stores fetch the raw values and call these functions: each rule lives here once,
and the two stores cannot decide differently.
"""

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Context, Decimal, Inexact, InvalidOperation, Overflow, Underflow

from graph_api.traversals.opportunity_scores.result import OutcomeScoreRow
from graph_api.traversals.value_stream_health.result import (
    KpiHealth,
    KpiStatus,
    KpiTrend,
    MeasurementPoint,
)

# Exact arithmetic on typed decimals, always through this context: Decimal's operators
# (-x, abs(x), x + y) round to the thread's context, 28 digits by default. A float's
# shortest form has at most 17 significant digits and an exponent between -324 and 308,
# so the sum or difference of a few of them, or one times 0.1 or 0.01, needs fewer than
# 700 digits: with 800, nothing is rounded. Inexact is trapped all the same, so a
# rounding could never pass unnoticed.
_EXACT = Context(prec=800, traps=[Inexact, InvalidOperation, Overflow, Underflow])


def typed_decimal(value: float) -> Decimal:
    """The decimal ``value`` was typed as: the shortest one that reads back as it.

    ``typed_decimal(9.7) == Decimal("9.7")``, where ``Decimal(9.7)`` is the binary
    approximation 9.699999999999999289457264239899814128875732421875. Any decimal of up
    to 15 significant digits comes back exactly as typed. ValueError for NaN and
    infinities, which are no decimal.
    """
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(f"{number} is not a finite number")
    return Decimal(repr(number))


def _comparable(value: float | None) -> Decimal | None:
    """The typed decimal of ``value``; None when there is none or it is not finite."""
    if value is None or not math.isfinite(float(value)):
        return None
    return typed_decimal(value)


# --- opportunityScores: Outcome-Driven Innovation -------------------------------------

UNDERSERVED_SCORE = Decimal(10)
"""An outcome whose opportunity score reaches this is underserved (Ulwick's threshold)."""


@dataclass(frozen=True, slots=True)
class OutcomeRating:
    """An outcome's exact opportunity score and the flags it earns."""

    score: Decimal
    underserved: bool
    overserved: bool


def rate_outcome(importance: float, satisfaction: float) -> OutcomeRating:
    """``score = importance + max(importance - satisfaction, 0)`` on the typed decimals.

    Underserved when the score is 10 or more; overserved when satisfaction exceeds
    importance (the gap term is then 0). 9.7 and 9.4 score exactly 10.0.
    """
    wanted, met = typed_decimal(importance), typed_decimal(satisfaction)
    gap = max(_EXACT.subtract(wanted, met), Decimal(0))
    score = _EXACT.add(wanted, gap)
    return OutcomeRating(score, score >= UNDERSERVED_SCORE, met > wanted)


def ranked_outcomes(rows: Iterable[OutcomeScoreRow]) -> list[OutcomeScoreRow]:
    """``rows`` by exact score, highest first, ties by outcome key."""
    # Two stable sorts rather than a key of -score: negating a Decimal rounds it to the
    # thread's context precision, comparing does not.
    by_key = sorted(rows, key=lambda row: row.outcome_key)
    return sorted(by_key, key=lambda row: row.score, reverse=True)


# --- valueStreamHealth: KPI status, trend and rollups ----------------------------------

AT_RISK_BAND = Decimal("0.10")
"""A KPI missing its target by at most this share of ``|target|`` is AT_RISK."""
STABLE_BAND = Decimal("0.01")
"""A change over the trend window within this share of ``|target|`` is STABLE."""
TREND_WINDOW = 3
"""How many of the latest measurements the trend looks at."""


def chronological(points: Iterable[MeasurementPoint]) -> list[MeasurementPoint]:
    """``points`` oldest first: by ``at``, and on the same day by key.

    So of two measurements on the same day the one whose key sorts last is the later
    one (the latest, when that day is the last). Keys are lower-case ASCII slugs,
    compared character by character: ``m-b`` comes after ``m-a``, and ``m-10`` before
    ``m-9``. The Neo4j store's Cypher orders by the same two fields.
    """
    return sorted(points, key=lambda p: (p.at, p.key))


def kpi_status(value: float | None, target: float | None, direction: str) -> KpiStatus:
    """ON_TRACK when the target is met; AT_RISK when missed by at most 10% of
    ``|target|``; else OFF_TRACK. NO_DATA without a value or a target (or when either is
    not a finite number). Exact on the typed decimals: 6.3 against 7 is AT_RISK."""
    measured, aimed = _comparable(value), _comparable(target)
    if measured is None or aimed is None:
        return KpiStatus.NO_DATA
    if direction == "higher_is_better":
        shortfall = _EXACT.subtract(aimed, measured)
    else:
        shortfall = _EXACT.subtract(measured, aimed)
    if shortfall <= 0:
        return KpiStatus.ON_TRACK
    if shortfall <= _EXACT.multiply(AT_RISK_BAND, _EXACT.abs(aimed)):
        return KpiStatus.AT_RISK
    return KpiStatus.OFF_TRACK


def kpi_trend(
    window: Sequence[MeasurementPoint], target: float | None, direction: str
) -> tuple[KpiTrend, Decimal | None]:
    """The trend over ``window`` (oldest first) and its exact delta, latest - earliest.

    STABLE when ``|delta|`` is within 1% of ``|target|`` (of the earliest value's
    magnitude when there is no target); otherwise IMPROVING or WORSENING by direction.
    NO_DATA and no delta with fewer than two measurements (or when either end is not a
    finite number).
    """
    if len(window) < 2:
        return KpiTrend.NO_DATA, None
    earliest, latest = _comparable(window[0].value), _comparable(window[-1].value)
    if earliest is None or latest is None:
        return KpiTrend.NO_DATA, None
    delta = _EXACT.subtract(latest, earliest)
    aimed = _comparable(target)
    scale = _EXACT.abs(aimed if aimed is not None else earliest)
    if _EXACT.abs(delta) <= _EXACT.multiply(STABLE_BAND, scale):
        return KpiTrend.STABLE, delta
    better = delta > 0 if direction == "higher_is_better" else delta < 0
    return (KpiTrend.IMPROVING if better else KpiTrend.WORSENING), delta


def kpi_health(
    kpi_key: str, target: float | None, direction: str, latest: Iterable[MeasurementPoint]
) -> KpiHealth:
    """Rate a KPI from its latest measurements (any order; the last three are used)."""
    window = chronological(latest)[-TREND_WINDOW:]
    last = window[-1] if window else None
    trend, delta = kpi_trend(window, target, direction)
    return KpiHealth(
        kpi_key=kpi_key,
        direction=direction,
        target=target,
        latest=last,
        status=kpi_status(last.value if last else None, target, direction),
        trend=trend,
        trend_delta=delta,
        trend_window=window,
    )


# From best to worst: a rollup takes the worst status; NO_DATA only when nothing has data.
_SEVERITY = {
    KpiStatus.NO_DATA: 0,
    KpiStatus.ON_TRACK: 1,
    KpiStatus.AT_RISK: 2,
    KpiStatus.OFF_TRACK: 3,
}


def worst_status(statuses: Iterable[KpiStatus]) -> KpiStatus:
    """The worst of ``statuses``; NO_DATA when there are none or none has data."""
    return max(statuses, key=_SEVERITY.__getitem__, default=KpiStatus.NO_DATA)
