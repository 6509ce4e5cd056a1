"""The result of ``journeyHealth``, and the rules that roll KPI health up.

Both stores read the same facts (stages and steps in order, the KPIs measuring each step,
each of its touchpoints and the journey, with their latest measurements), rate each KPI
with :func:`graph_api.traversals.value_stream_health.scoring.kpi_health`, and build the
answer with :func:`rate_step`, :func:`rate_stage` and :func:`rate_journey`, so the
rollup rules live here once:

- **status**: the worst status that has data wins (``worst_status``: OFF_TRACK over
  AT_RISK over ON_TRACK; NO_DATA only when nothing below has data). A step takes the
  worst of the KPIs measuring it and its touchpoints; a stage, the worst of its steps; the
  journey, the worst of its stages and of the KPIs measuring the journey itself. Values
  are never averaged: KPIs in different units (%, days, NPS) are compared only with their
  own targets.
- **trends**: how many distinct KPIs in the scope are IMPROVING, WORSENING, STABLE or
  have no trend (fewer than two measurements). A KPI measuring several places in the
  scope (a step and its touchpoint, two steps of a stage) counts once.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from graph_api.traversals.value_stream_health.result import KpiHealth, KpiStatus, KpiTrend
from graph_api.traversals.value_stream_health.scoring import worst_status


@dataclass(frozen=True, slots=True)
class TrendCounts:
    """How many distinct KPIs of a scope move each way (see the module's rules)."""

    improving: int = 0
    worsening: int = 0
    stable: int = 0
    no_data: int = 0

    @classmethod
    def of(cls, kpis: Iterable[KpiHealth]) -> "TrendCounts":
        """The counts over ``kpis``, each KPI (by key) once."""
        trends = {k.kpi_key: k.trend for k in kpis}.values()
        return cls(
            improving=sum(t is KpiTrend.IMPROVING for t in trends),
            worsening=sum(t is KpiTrend.WORSENING for t in trends),
            stable=sum(t is KpiTrend.STABLE for t in trends),
            no_data=sum(t is KpiTrend.NO_DATA for t in trends),
        )


@dataclass(frozen=True, slots=True)
class TouchpointHealth:
    """A touchpoint of a step and the KPIs measuring it (by key)."""

    touchpoint_key: str
    kpis: list[KpiHealth]
    status: KpiStatus


@dataclass(frozen=True, slots=True)
class StepHealth:
    """A step, the KPIs measuring it (by key) and its touchpoints (by key) with theirs."""

    step_key: str
    kpis: list[KpiHealth]
    touchpoints: list[TouchpointHealth]
    status: KpiStatus
    trends: TrendCounts

    @property
    def all_kpis(self) -> list[KpiHealth]:
        """The KPIs measuring the step and those measuring its touchpoints."""
        return [*self.kpis, *(k for t in self.touchpoints for k in t.kpis)]


@dataclass(frozen=True, slots=True)
class JourneyStageHealth:
    """A journey stage and its steps by ``order``, then key."""

    stage_key: str
    steps: list[StepHealth]
    status: KpiStatus
    trends: TrendCounts


@dataclass(frozen=True, slots=True)
class JourneyHealth:
    """A journey's stages by ``order``, then key, the KPIs measuring the journey itself
    (by key), and the journey's rollup."""

    journey_key: str
    stages: list[JourneyStageHealth]
    kpis: list[KpiHealth]
    status: KpiStatus
    trends: TrendCounts


def rate_step(
    step_key: str, kpis: list[KpiHealth], touchpoints: Iterable[tuple[str, list[KpiHealth]]]
) -> StepHealth:
    """A step's health from the KPIs measuring it and, per touchpoint key, those
    measuring the touchpoint; touchpoints come out by key."""
    rated = [
        TouchpointHealth(key, tp_kpis, worst_status(k.status for k in tp_kpis))
        for key, tp_kpis in sorted(touchpoints, key=lambda t: t[0])
    ]
    every = [*kpis, *(k for t in rated for k in t.kpis)]
    return StepHealth(
        step_key=step_key,
        kpis=kpis,
        touchpoints=rated,
        status=worst_status(k.status for k in every),
        trends=TrendCounts.of(every),
    )


def rate_stage(stage_key: str, steps: list[StepHealth]) -> JourneyStageHealth:
    """A stage's health from its steps (already in order)."""
    return JourneyStageHealth(
        stage_key=stage_key,
        steps=steps,
        status=worst_status(s.status for s in steps),
        trends=TrendCounts.of(k for s in steps for k in s.all_kpis),
    )


def rate_journey(
    journey_key: str, stages: list[JourneyStageHealth], kpis: list[KpiHealth]
) -> JourneyHealth:
    """The journey's health from its stages (already in order) and its own KPIs."""
    return JourneyHealth(
        journey_key=journey_key,
        stages=stages,
        kpis=kpis,
        status=worst_status([*(s.status for s in stages), *(k.status for k in kpis)]),
        trends=TrendCounts.of(
            [*(k for s in stages for step in s.steps for k in step.all_kpis), *kpis]
        ),
    )
