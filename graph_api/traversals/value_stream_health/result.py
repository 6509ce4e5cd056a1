"""The result of ``valueStreamHealth``.

Both stores fetch the same facts (stages, capabilities, KPIs and their last
measurements) in one traversal each and rate them with the rules of
:mod:`graph_api.traversals.value_stream_health.scoring` (``kpi_health``,
``worst_status``), so the thresholds live in one place.
"""

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


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


@dataclass(frozen=True, slots=True)
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
    trend_delta: Decimal | None
    """Latest minus earliest value of the trend window, exact on the typed decimals."""
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
