"""The health strip of the journey page, from ``journeyHealth``.

A band per stage and per step with its rolled-up KPI status (the worst status with data
wins, docs/queries/journey-health.md), and a summary of the journey: its status, the
stages at each status and the KPIs measuring the journey itself. Every status is said in
words as well as coloured (``STATUS_WORDS``), so the strip never relies on colour alone.
Read with one traversal (``JOURNEY_HEALTH``) and the labels of the stages and KPIs it
names (``get_nodes``, one call per kind).
"""

from dataclasses import dataclass

from graph_api.diagrams import read_labels
from graph_api.diagrams.labels import label
from graph_api.errors import NotFound
from graph_api.store.base import GraphStore, NodeRef
from graph_api.traversals import JOURNEY_HEALTH
from graph_api.traversals.journey_health.result import TrendCounts
from graph_api.traversals.value_stream_health.result import KpiHealth, KpiStatus

STATUS_WORDS = {
    KpiStatus.OFF_TRACK: "Off track",
    KpiStatus.AT_RISK: "At risk",
    KpiStatus.ON_TRACK: "On track",
    KpiStatus.NO_DATA: "No data",
}
"""How the page says each status (worst first), next to its colour."""


def _kpis(count: int) -> str:
    return f"{count} KPI" if count == 1 else f"{count} KPIs"


def trend_note(trends: TrendCounts) -> str:
    """``3 KPIs: 2 improving, 1 worsening``; ``no KPI`` when none; zero counts left out."""
    total = trends.improving + trends.worsening + trends.stable + trends.no_data
    if not total:
        return "no KPI"
    parts = [
        f"{count} {word}"
        for count, word in (
            (trends.improving, "improving"),
            (trends.worsening, "worsening"),
            (trends.stable, "stable"),
            (trends.no_data, "no trend"),
        )
        if count
    ]
    return f"{_kpis(total)}: {', '.join(parts)}"


@dataclass(frozen=True, slots=True)
class HealthBand:
    """One band of the strip: a status (its GraphQL name, for the colour and tests), its
    words, and a note (the trend counts)."""

    status: str
    words: str
    note: str

    @classmethod
    def of(cls, status: KpiStatus, trends: TrendCounts) -> "HealthBand":
        return cls(status.name, STATUS_WORDS[status], trend_note(trends))


_NO_DATA = HealthBand.of(KpiStatus.NO_DATA, TrendCounts())


@dataclass(frozen=True, slots=True)
class NamedStatus:
    """A stage or KPI named in the summary, with its status in words."""

    name: str
    status: str
    words: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class HealthStrip:
    journey: HealthBand
    stages: dict[str, HealthBand]
    """Per stage key."""
    steps: dict[str, HealthBand]
    """Per step key."""
    stages_by_status: list[tuple[str, list[str]]]
    """The statuses with data, worst first, each with the names of the stages at it."""
    journey_kpis: list[NamedStatus]
    """The KPIs measuring the journey itself, by key."""

    @property
    def has_data(self) -> bool:
        return self.journey.status != KpiStatus.NO_DATA.name

    def stage(self, key: str) -> HealthBand:
        """The band of a stage; no data for one the strip does not know (a stage added
        between reading the map and the strip)."""
        return self.stages.get(key, _NO_DATA)

    def step(self, key: str) -> HealthBand:
        """The band of a step; no data for one the strip does not know."""
        return self.steps.get(key, _NO_DATA)


def _kpi(kpi: KpiHealth, labels: dict[NodeRef, str]) -> NamedStatus:
    trend = kpi.trend.name.lower().replace("_", " ")
    return NamedStatus(
        name=label(labels, NodeRef("KPI", kpi.kpi_key)),
        status=kpi.status.name,
        words=STATUS_WORDS[kpi.status],
        note="no trend" if trend == "no data" else trend,
    )


async def health_strip(store: GraphStore, journey_key: str) -> HealthStrip:
    """The health strip of ``journey_key``; NotFound for an unknown journey."""
    health = await store.traverse(JOURNEY_HEALTH, journey_key)
    if health is None:
        raise NotFound("Journey", journey_key)
    labels = await read_labels(
        store,
        [
            *(NodeRef("Stage", s.stage_key) for s in health.stages),
            *(NodeRef("KPI", k.kpi_key) for k in health.kpis),
        ],
    )
    by_status = [
        (
            STATUS_WORDS[status],
            [
                label(labels, NodeRef("Stage", s.stage_key))
                for s in health.stages
                if s.status is status
            ],
        )
        for status in (KpiStatus.OFF_TRACK, KpiStatus.AT_RISK, KpiStatus.ON_TRACK)
    ]
    return HealthStrip(
        journey=HealthBand.of(health.status, health.trends),
        stages={s.stage_key: HealthBand.of(s.status, s.trends) for s in health.stages},
        steps={
            step.step_key: HealthBand.of(step.status, step.trends)
            for stage in health.stages
            for step in stage.steps
        },
        stages_by_status=[(words, names) for words, names in by_status if names],
        journey_kpis=[_kpi(k, labels) for k in health.kpis],
    )
