"""The GraphQL shape of a rated KPI: the ``KpiStatus`` and ``KpiTrend`` enums and the
``KpiHealth`` type, shared by every traversal that rates KPIs with
:mod:`graph_api.traversals.value_stream_health.scoring` (``valueStreamHealth``,
``journeyHealth``), so that a KPI reads the same wherever it is measured."""

from collections.abc import MutableMapping
from datetime import date

import strawberry

from graph_api.graphql.loading import NodesRead
from graph_api.graphql.types.node_types import KPI, Measurement
from graph_api.metamodel.enums import KpiDirection
from graph_api.traversals.value_stream_health.result import KpiHealth, KpiStatus, KpiTrend

strawberry.enum(
    KpiStatus,
    description="A KPI's latest value against its target. ON_TRACK: the target is met. "
    "AT_RISK: missed by at most 10% of |target|. OFF_TRACK: missed by more. NO_DATA: no "
    "measurement or no target. A rollup takes the worst status that has data.",
)
strawberry.enum(
    KpiTrend,
    description="How a KPI moved over its last three measurements (latest minus earliest), "
    "judged by its direction. STABLE: the change is within 1% of |target| (of the earliest "
    "value when there is no target). NO_DATA: fewer than two measurements.",
)


@strawberry.type(
    name="KpiHealth",
    description="A KPI measuring a node (a value-stream stage, a journey, a step, a "
    "touchpoint): latest value, status, trend.",
)
class KpiHealthType:
    row: strawberry.Private[KpiHealth]
    nodes: strawberry.Private[NodesRead]

    @strawberry.field(description="The KPI.")
    def kpi(self) -> KPI:
        return self.nodes.one(KPI, self.row.kpi_key)

    @strawberry.field(description="Whether higher or lower values are better.")
    def direction(self) -> KpiDirection:
        return KpiDirection(self.row.direction)

    @strawberry.field(description="The value aimed at; null when the KPI has none.")
    def target(self) -> float | None:
        return self.row.target

    @strawberry.field(description="The latest measurement (by `at`, then key).")
    def latest_measurement(self) -> Measurement | None:
        latest = self.row.latest
        return self.nodes.optional(Measurement, latest.key if latest else None)

    @strawberry.field(description="The latest measured value.")
    def latest_value(self) -> float | None:
        return self.row.latest.value if self.row.latest else None

    @strawberry.field(description="The date of the latest measured value.")
    def latest_at(self) -> date | None:
        return date.fromisoformat(self.row.latest.at) if self.row.latest else None

    @strawberry.field(description="The latest value against the target.")
    def status(self) -> KpiStatus:
        return self.row.status

    @strawberry.field(description="Which way the KPI moved over the trend window.")
    def trend(self) -> KpiTrend:
        return self.row.trend

    @strawberry.field(
        description="Latest minus earliest value of the trend window (in the KPI's unit), "
        "exact on the decimals typed; null with fewer than two measurements."
    )
    def trend_delta(self) -> float | None:
        delta = self.row.trend_delta
        return float(delta) if delta is not None else None

    @strawberry.field(description="The measurements the trend looks at (up to 3), oldest first.")
    def trend_window(self) -> list[Measurement]:
        return self.nodes.many(Measurement, [m.key for m in self.row.trend_window])


KPI_NODE_FIELDS: dict[str, str] = {
    "kpi": "KPI",
    "latestMeasurement": "Measurement",
    "trendWindow": "Measurement",
}
"""The fields of ``KpiHealth`` that answer nodes, and the kind each answers."""


def add_kpi_keys(keys: MutableMapping[str, list[str | None]], kpi: KpiHealth) -> None:
    """Add the keys of the nodes a rated KPI names (the KPI, its latest measurement and
    its trend window) to ``keys``, by kind, for ``read_selected``."""
    keys["KPI"].append(kpi.kpi_key)
    keys["Measurement"].append(kpi.latest.key if kpi.latest else None)
    keys["Measurement"] += (m.key for m in kpi.trend_window)
