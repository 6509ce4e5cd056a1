"""``valueStreamHealth``: a value stream's stages, their capabilities and KPI health."""

from typing import Annotated

import strawberry
from strawberry.types import Info

from graph_api.errors import NotFound
from graph_api.graphql.costs import FieldCost
from graph_api.graphql.ids import node_ref, of_kind_forms
from graph_api.graphql.loading import NodesRead, keys_by_kind, read_selected
from graph_api.graphql.types.node_types import Capability, ValueStream, ValueStreamStage
from graph_api.traversals.description import Traversal
from graph_api.traversals.value_stream_health import cypher, memory
from graph_api.traversals.value_stream_health.kpi_type import (
    KPI_NODE_FIELDS,
    KpiHealthType,
    add_kpi_keys,
)
from graph_api.traversals.value_stream_health.result import (
    KpiStatus,
    StageHealth,
    ValueStreamHealth,
)

ValueStreamId = Annotated[
    strawberry.ID,
    strawberry.argument(description=f"The value stream ({of_kind_forms('ValueStream')})."),
]


@strawberry.type(description="A value-stream stage with its enabling capabilities and KPIs.")
class ValueStreamStageHealth:
    row: strawberry.Private[StageHealth]
    nodes: strawberry.Private[NodesRead]

    @strawberry.field(description="The stage.")
    def stage(self) -> ValueStreamStage:
        return self.nodes.one(ValueStreamStage, self.row.stage_key)

    @strawberry.field(description="The capabilities enabling the stage, by key (with maturity).")
    def capabilities(self) -> list[Capability]:
        return self.nodes.many(Capability, self.row.capability_keys)

    @strawberry.field(description="The KPIs measuring the stage, by key.")
    def kpis(self) -> list[KpiHealthType]:
        return [KpiHealthType(row=k, nodes=self.nodes) for k in self.row.kpis]

    @strawberry.field(description="The worst status of the stage's KPIs (NO_DATA if none).")
    def status(self) -> KpiStatus:
        return self.row.status


@strawberry.type(
    name="ValueStreamHealth",
    description="A value stream's stages in order with their capabilities and KPI health.",
)
class ValueStreamHealthType:
    result: strawberry.Private[ValueStreamHealth]
    nodes: strawberry.Private[NodesRead]

    @strawberry.field(description="The value stream.")
    def value_stream(self) -> ValueStream:
        return self.nodes.one(ValueStream, self.result.value_stream_key)

    @strawberry.field(description="The stages by `order`, then key.")
    def stages(self) -> list[ValueStreamStageHealth]:
        return [ValueStreamStageHealth(row=s, nodes=self.nodes) for s in self.result.stages]

    @strawberry.field(description="The worst status of the stages (NO_DATA if none has data).")
    def status(self) -> KpiStatus:
        return self.result.status


# The fields that answer nodes, and the kind each answers: what is read before answering.
NODE_FIELDS: dict[str, str] = {
    "valueStream": "ValueStream",
    "stage": "ValueStreamStage",
    "capabilities": "Capability",
    **KPI_NODE_FIELDS,
}


def _keys(result: ValueStreamHealth) -> dict[str, list[str | None]]:
    keys = keys_by_kind(NODE_FIELDS)
    keys["ValueStream"].append(result.value_stream_key)
    for stage in result.stages:
        keys["ValueStreamStage"].append(stage.stage_key)
        keys["Capability"] += stage.capability_keys
        for kpi in stage.kpis:
            add_kpi_keys(keys, kpi)
    return keys


async def resolve_value_stream_health(
    info: Info, value_stream_id: ValueStreamId
) -> ValueStreamHealthType:
    stream = node_ref(value_stream_id, "ValueStream", "valueStreamId").key
    result = await info.context.store.traverse(TRAVERSAL, stream)
    if result is None:
        raise NotFound("ValueStream", stream)
    nodes = await read_selected(info, TRAVERSAL.node_fields, _keys(result))
    return ValueStreamHealthType(result=result, nodes=nodes)


TRAVERSAL = Traversal(
    name="valueStreamHealth",
    cypher=cypher.value_stream_health,
    in_memory=memory.value_stream_health,
    field=strawberry.field(
        resolver=resolve_value_stream_health,
        description="A value stream's health: its stages in order, each with the "
        "capabilities enabling it and the KPIs measuring it (latest value against target, "
        "status, trend), rolled up per stage and for the stream. NOT_FOUND if there is no "
        "such value stream.",
    ),
    cost=FieldCost(500),
    node_fields=NODE_FIELDS,
)
"""The traversal, as :data:`graph_api.traversals.TRAVERSALS` registers it."""
