"""The result of ``valueStreamHealth``, and the rules that rate a KPI.

Both stores fetch the same facts (stages, capabilities, KPIs and their last
measurements) in one traversal each and rate them with :func:`kpi_health` and
:func:`worst_status`, so the thresholds live in one place.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

AT_RISK_BAND = 0.10
"""A KPI missing its target by at most this share of ``|target|`` is AT_RISK."""
STABLE_BAND = 0.01
"""A change over the trend window within this share of ``|target|`` is STABLE."""
TREND_WINDOW = 3
"""How many of the latest measurements the trend looks at."""


class KpiStatus(StrEnum):
    """Where a KPI's latest measurement stands against its target."""

    ON_TRACK = "on_track"
    """The target is met."""
    AT_RISK = "at_risk"
    """The target is missed by at most 10% of its absolute value."""
    OFF_TRACK = "off_track"
    """The target is missed by more than 10% of its absolute value."""
    NO_DATA = "no_data"
    """No measurement, or no target to compare with."""


class KpiTrend(StrEnum):
    """Which way a KPI moved over its last measurements, judged by its direction."""

    IMPROVING = "improving"
    WORSENING = "worsening"
    STABLE = "stable"
    NO_DATA = "no_data"
    """Fewer than two measurements."""


# From best to worst: a rollup takes the worst status; NO_DATA only when nothing has data.
_SEVERITY = {
    KpiStatus.NO_DATA: 0,
    KpiStatus.ON_TRACK: 1,
    KpiStatus.AT_RISK: 2,
    KpiStatus.OFF_TRACK: 3,
}


@dataclass(frozen=True, slots=True, order=True)
class MeasurementPoint:
    """One measurement as the traversals read it (``at`` is an ISO date)."""

    at: str
    key: str
    value: float


@dataclass(frozen=True, slots=True)
class KpiHealth:
    """A KPI measuring a stage: its latest value against its target, status and trend."""

    kpi_key: str
    direction: str
    target: float | None
    latest: MeasurementPoint | None
    status: KpiStatus
    trend: KpiTrend
    trend_delta: float | None
    """Latest minus earliest value of the trend window, rounded to 6 decimals."""
    trend_window: list[MeasurementPoint]
    """The last (up to three) measurements, oldest first."""


@dataclass(frozen=True, slots=True)
class StageHealth:
    """A value-stream stage, its enabling capabilities (by key) and KPIs (by key)."""

    stage_key: str
    capability_keys: list[str]
    kpis: list[KpiHealth]
    status: KpiStatus


@dataclass(frozen=True, slots=True)
class ValueStreamHealth:
    """The stages of a value stream by ``order``, then key, and the overall status."""

    value_stream_key: str
    stages: list[StageHealth]
    status: KpiStatus


def kpi_status(value: float | None, target: float | None, direction: str) -> KpiStatus:
    """ON_TRACK when the target is met; AT_RISK within 10% of ``|target|``; else OFF_TRACK."""
    if value is None or target is None:
        return KpiStatus.NO_DATA
    shortfall = target - value if direction == "higher_is_better" else value - target
    if shortfall <= 0:
        return KpiStatus.ON_TRACK
    if shortfall <= AT_RISK_BAND * abs(target):
        return KpiStatus.AT_RISK
    return KpiStatus.OFF_TRACK


def kpi_trend(
    window: Sequence[MeasurementPoint], target: float | None, direction: str
) -> tuple[KpiTrend, float | None]:
    """The trend over ``window`` (oldest first) and its delta (latest - earliest).

    STABLE when the delta is within 1% of ``|target|`` (of the earliest value's
    magnitude when there is no target); otherwise IMPROVING or WORSENING by direction.
    """
    if len(window) < 2:
        return KpiTrend.NO_DATA, None
    delta = round(window[-1].value - window[0].value, 6)
    scale = abs(target) if target is not None else abs(window[0].value)
    if abs(delta) <= STABLE_BAND * scale:
        return KpiTrend.STABLE, delta
    better = delta > 0 if direction == "higher_is_better" else delta < 0
    return (KpiTrend.IMPROVING if better else KpiTrend.WORSENING), delta


def kpi_health(
    kpi_key: str, target: float | None, direction: str, latest: Iterable[MeasurementPoint]
) -> KpiHealth:
    """Rate a KPI from its latest measurements (any order; the last three are used)."""
    window = sorted(latest)[-TREND_WINDOW:]
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


def worst_status(statuses: Iterable[KpiStatus]) -> KpiStatus:
    """The worst of ``statuses``; NO_DATA when there are none or none has data."""
    return max(statuses, key=_SEVERITY.__getitem__, default=KpiStatus.NO_DATA)
