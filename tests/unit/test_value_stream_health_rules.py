"""The rules that rate a KPI in ``valueStreamHealth``: status bands, trend, rollups."""

from decimal import Decimal

import pytest

from graph_api.traversals.value_stream_health.result import KpiStatus, KpiTrend, MeasurementPoint
from graph_api.traversals.value_stream_health.scoring import (
    kpi_health,
    kpi_status,
    kpi_trend,
    worst_status,
)

S, T = KpiStatus, KpiTrend
UP, DOWN = "higher_is_better", "lower_is_better"


@pytest.mark.parametrize(
    ("value", "target", "direction", "status"),
    [
        (100, 100, UP, S.ON_TRACK),
        (120, 100, UP, S.ON_TRACK),
        (90, 100, UP, S.AT_RISK),  # exactly 10% short
        (89.9, 100, UP, S.OFF_TRACK),
        (100, 100, DOWN, S.ON_TRACK),
        (110, 100, DOWN, S.AT_RISK),
        (110.1, 100, DOWN, S.OFF_TRACK),
        (-11, -10, UP, S.AT_RISK),  # negative target: the band is 10% of |target|
        (-12, -10, UP, S.OFF_TRACK),
        (0, 0, UP, S.ON_TRACK),
        (-0.1, 0, UP, S.OFF_TRACK),  # a zero target has no AT_RISK band
        (None, 10, UP, S.NO_DATA),
        (5, None, UP, S.NO_DATA),
    ],
)
def test_status_bands(
    value: float | None, target: float | None, direction: str, status: KpiStatus
) -> None:
    assert kpi_status(value, target, direction) == status


def points(*values: float) -> list[MeasurementPoint]:
    return [MeasurementPoint(f"2026-0{i + 1}-01", f"m{i}", v) for i, v in enumerate(values)]


@pytest.mark.parametrize(
    ("values", "target", "direction", "trend", "delta"),
    [
        ((10, 12), 100, UP, T.IMPROVING, Decimal(2)),
        ((10, 12), 100, DOWN, T.WORSENING, Decimal(2)),
        ((12, 10), 100, DOWN, T.IMPROVING, Decimal(-2)),
        ((10, 11), 100, UP, T.STABLE, Decimal(1)),  # within 1% of |target|
        ((10, 10.05), None, UP, T.STABLE, Decimal("0.05")),  # no target: 1% of |earliest|
        ((10, 10.5), None, UP, T.IMPROVING, Decimal("0.5")),
        ((10,), 100, UP, T.NO_DATA, None),
        ((), 100, UP, T.NO_DATA, None),
    ],
)
def test_trend(
    values: tuple[float, ...],
    target: float | None,
    direction: str,
    trend: KpiTrend,
    delta: Decimal | None,
) -> None:
    assert kpi_trend(points(*values), target, direction) == (trend, delta)


def test_health_uses_the_last_three_measurements() -> None:
    health = kpi_health("k", 100, UP, reversed(points(50, 99, 97, 95)))
    assert [m.key for m in health.trend_window] == ["m1", "m2", "m3"]
    assert health.latest == MeasurementPoint("2026-04-01", "m3", 95)
    assert (health.status, health.trend, health.trend_delta) == (S.AT_RISK, T.WORSENING, -4.0)


def test_rollup_takes_the_worst_status_with_data() -> None:
    assert worst_status([]) == S.NO_DATA
    assert worst_status([S.NO_DATA, S.NO_DATA]) == S.NO_DATA
    assert worst_status([S.NO_DATA, S.ON_TRACK]) == S.ON_TRACK
    assert worst_status([S.ON_TRACK, S.OFF_TRACK, S.AT_RISK]) == S.OFF_TRACK
