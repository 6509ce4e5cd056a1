"""``valueStreamHealth``: a value stream's stages, their capabilities and KPI health."""

from datetime import date
from typing import Annotated

import strawberry
from strawberry.types import Info

from graph_api.api.ids import node_ref
from graph_api.api.traversals.loading import node_of, nodes_of, optional_node_of
from graph_api.api.types.nodes import NODE_TYPES
from graph_api.errors import NotFound
from graph_api.metamodel.enums import KpiDirection
from graph_api.store.results import (
    KpiHealth,
    KpiStatus,
    KpiTrend,
    StageHealth,
    ValueStreamHealth,
)

ValueStream = NODE_TYPES["ValueStream"]
ValueStreamStage = NODE_TYPES["ValueStreamStage"]
Capability = NODE_TYPES["Capability"]
KPI = NODE_TYPES["KPI"]
Measurement = NODE_TYPES["Measurement"]

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

ValueStreamId = Annotated[
    strawberry.ID,
    strawberry.argument(description="The value stream (its global ID or key)."),
]


@strawberry.type(
    name="KpiHealth",
    description="A KPI measuring a value-stream stage: latest value, status, trend.",
)
class KpiHealthType:
    row: strawberry.Private[KpiHealth]

    @strawberry.field(description="The KPI.")
    async def kpi(self, info: Info) -> KPI:  # type: ignore[valid-type]
        return await node_of(info, "KPI", self.row.kpi_key)

    @strawberry.field(description="Whether higher or lower values are better.")
    def direction(self) -> KpiDirection:
        return KpiDirection(self.row.direction)

    @strawberry.field(description="The value aimed at; null when the KPI has none.")
    def target(self) -> float | None:
        return self.row.target

    @strawberry.field(description="The latest measurement (by `at`, then key).")
    async def latest_measurement(self, info: Info) -> Measurement | None:  # type: ignore[valid-type]
        latest = self.row.latest
        return await optional_node_of(info, "Measurement", latest.key if latest else None)

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
        description="Latest minus earliest value of the trend window (in the KPI's unit); "
        "null with fewer than two measurements."
    )
    def trend_delta(self) -> float | None:
        return self.row.trend_delta

    @strawberry.field(description="The measurements the trend looks at (up to 3), oldest first.")
    async def trend_window(self, info: Info) -> list[Measurement]:  # type: ignore[valid-type]
        return await nodes_of(info, "Measurement", [m.key for m in self.row.trend_window])


@strawberry.type(description="A value-stream stage with its enabling capabilities and KPIs.")
class ValueStreamStageHealth:
    row: strawberry.Private[StageHealth]

    @strawberry.field(description="The stage.")
    async def stage(self, info: Info) -> ValueStreamStage:  # type: ignore[valid-type]
        return await node_of(info, "ValueStreamStage", self.row.stage_key)

    @strawberry.field(description="The capabilities enabling the stage, by key (with maturity).")
    async def capabilities(self, info: Info) -> list[Capability]:  # type: ignore[valid-type]
        return await nodes_of(info, "Capability", self.row.capability_keys)

    @strawberry.field(description="The KPIs measuring the stage, by key.")
    def kpis(self) -> list[KpiHealthType]:
        return [KpiHealthType(row=k) for k in self.row.kpis]

    @strawberry.field(description="The worst status of the stage's KPIs (NO_DATA if none).")
    def status(self) -> KpiStatus:
        return self.row.status


@strawberry.type(
    name="ValueStreamHealth",
    description="A value stream's stages in order with their capabilities and KPI health.",
)
class ValueStreamHealthType:
    result: strawberry.Private[ValueStreamHealth]

    @strawberry.field(description="The value stream.")
    async def value_stream(self, info: Info) -> ValueStream:  # type: ignore[valid-type]
        return await node_of(info, "ValueStream", self.result.value_stream_key)

    @strawberry.field(description="The stages by `order`, then key.")
    def stages(self) -> list[ValueStreamStageHealth]:
        return [ValueStreamStageHealth(row=s) for s in self.result.stages]

    @strawberry.field(description="The worst status of the stages (NO_DATA if none has data).")
    def status(self) -> KpiStatus:
        return self.result.status


async def resolve_value_stream_health(
    info: Info, value_stream_id: ValueStreamId
) -> ValueStreamHealthType:
    stream = node_ref(value_stream_id, "ValueStream", "valueStreamId").key
    result = await info.context.store.value_stream_health(stream)
    if result is None:
        raise NotFound("ValueStream", stream)
    return ValueStreamHealthType(result=result)


FIELDS = {
    "value_stream_health": strawberry.field(
        resolver=resolve_value_stream_health,
        description="A value stream's health: its stages in order, each with the "
        "capabilities enabling it and the KPIs measuring it (latest value against target, "
        "status, trend), rolled up per stage and for the stream. NOT_FOUND if there is no "
        "such value stream.",
    ),
}
