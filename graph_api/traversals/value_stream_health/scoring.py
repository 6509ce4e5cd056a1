"""The rules of ``valueStreamHealth`` (KPI status, trend and rollups), on exact decimals
(:mod:`graph_api.traversals.exact_decimals`); both stores call them."""

from collections.abc import Iterable, Sequence
from decimal import Decimal

from graph_api.traversals.exact_decimals import EXACT, comparable
from graph_api.traversals.value_stream_health.result import (
    KpiHealth,
    KpiStatus,
    KpiTrend,
    MeasurementPoint,
)

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
    measured, aimed = comparable(value), comparable(target)
    if measured is None or aimed is None:
        return KpiStatus.NO_DATA
    if direction == "higher_is_better":
        shortfall = EXACT.subtract(aimed, measured)
    else:
        shortfall = EXACT.subtract(measured, aimed)
    if shortfall <= 0:
        return KpiStatus.ON_TRACK
    if shortfall <= EXACT.multiply(AT_RISK_BAND, EXACT.abs(aimed)):
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
    earliest, latest = comparable(window[0].value), comparable(window[-1].value)
    if earliest is None or latest is None:
        return KpiTrend.NO_DATA, None
    delta = EXACT.subtract(latest, earliest)
    aimed = comparable(target)
    scale = EXACT.abs(aimed if aimed is not None else earliest)
    if EXACT.abs(delta) <= EXACT.multiply(STABLE_BAND, scale):
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
