"""``traceability``: from a backlog item to what it serves and what it changes."""

from typing import Annotated

import strawberry
from strawberry.types import Info

from graph_api.api.traversals.argument_checks import key_of
from graph_api.api.traversals.loading import node_of, nodes_of
from graph_api.api.types.nodes import NODE_TYPES
from graph_api.errors import NotFound
from graph_api.store.results import Traceability

BacklogItem = NODE_TYPES["BacklogItem"]
Step = NODE_TYPES["Step"]
PainPoint = NODE_TYPES["PainPoint"]
Outcome = NODE_TYPES["Outcome"]
Opportunity = NODE_TYPES["Opportunity"]
Journey = NODE_TYPES["Journey"]
Persona = NODE_TYPES["Persona"]
Process = NODE_TYPES["Process"]
System = NODE_TYPES["System"]
Capability = NODE_TYPES["Capability"]
Touchpoint = NODE_TYPES["Touchpoint"]
KPI = NODE_TYPES["KPI"]

BacklogItemId = Annotated[
    strawberry.ID,
    strawberry.argument(description="The backlog item to trace (its global ID or key)."),
]


@strawberry.type(
    description="What a backlog item addresses, which journeys and personas that serves, "
    "what it changes and which KPIs should move. Every list is sorted by key."
)
class BacklogTrace:
    trace: strawberry.Private[Traceability]

    @strawberry.field(description="The backlog item traced.")
    async def backlog_item(self, info: Info) -> BacklogItem:  # type: ignore[valid-type]
        return await node_of(info, "BacklogItem", self.trace.backlog_item_key)

    @strawberry.field(description="The steps the item addresses directly.")
    async def steps(self, info: Info) -> list[Step]:  # type: ignore[valid-type]
        return await nodes_of(info, "Step", self.trace.step_keys)

    @strawberry.field(description="The pain points the item addresses.")
    async def pain_points(self, info: Info) -> list[PainPoint]:  # type: ignore[valid-type]
        return await nodes_of(info, "PainPoint", self.trace.pain_point_keys)

    @strawberry.field(description="The desired outcomes the item addresses.")
    async def outcomes(self, info: Info) -> list[Outcome]:  # type: ignore[valid-type]
        return await nodes_of(info, "Outcome", self.trace.outcome_keys)

    @strawberry.field(description="The opportunities the item addresses.")
    async def opportunities(self, info: Info) -> list[Opportunity]:  # type: ignore[valid-type]
        return await nodes_of(info, "Opportunity", self.trace.opportunity_keys)

    @strawberry.field(
        description="The steps the addressed pain points affect, directly or through one of "
        "the step's touchpoints."
    )
    async def affected_steps(self, info: Info) -> list[Step]:  # type: ignore[valid-type]
        return await nodes_of(info, "Step", self.trace.affected_step_keys)

    @strawberry.field(
        description="The journeys containing an addressed step or a step the addressed pain "
        "points affect."
    )
    async def journeys(self, info: Info) -> list[Journey]:  # type: ignore[valid-type]
        return await nodes_of(info, "Journey", self.trace.journey_keys)

    @strawberry.field(description="The personas of those journeys.")
    async def personas(self, info: Info) -> list[Persona]:  # type: ignore[valid-type]
        return await nodes_of(info, "Persona", self.trace.persona_keys)

    @strawberry.field(description="The processes the item changes.")
    async def changed_processes(self, info: Info) -> list[Process]:  # type: ignore[valid-type]
        return await nodes_of(info, "Process", self.trace.changed_process_keys)

    @strawberry.field(description="The systems the item changes.")
    async def changed_systems(self, info: Info) -> list[System]:  # type: ignore[valid-type]
        return await nodes_of(info, "System", self.trace.changed_system_keys)

    @strawberry.field(description="The capabilities the item changes.")
    async def changed_capabilities(self, info: Info) -> list[Capability]:  # type: ignore[valid-type]
        return await nodes_of(info, "Capability", self.trace.changed_capability_keys)

    @strawberry.field(description="The touchpoints the item changes.")
    async def changed_touchpoints(self, info: Info) -> list[Touchpoint]:  # type: ignore[valid-type]
        return await nodes_of(info, "Touchpoint", self.trace.changed_touchpoint_keys)

    @strawberry.field(
        description="The KPIs measuring an addressed step, a changed process or touchpoint, "
        "or one of the journeys."
    )
    async def kpis(self, info: Info) -> list[KPI]:  # type: ignore[valid-type]
        return await nodes_of(info, "KPI", self.trace.kpi_keys)

    @strawberry.field(description="The larger item (epic, feature) this one is part of, if any.")
    async def parent(self, info: Info) -> BacklogItem | None:  # type: ignore[valid-type]
        key = self.trace.parent_key
        return None if key is None else await node_of(info, "BacklogItem", key)

    @strawberry.field(description="The items that are part of this one.")
    async def children(self, info: Info) -> list[BacklogItem]:  # type: ignore[valid-type]
        return await nodes_of(info, "BacklogItem", self.trace.child_keys)


async def resolve_traceability(info: Info, backlog_item_id: BacklogItemId) -> BacklogTrace:
    key = key_of(backlog_item_id, "BacklogItem", "backlogItemId")
    trace = await info.context.store.traceability(key)
    if trace is None:
        raise NotFound("BacklogItem", key)
    return BacklogTrace(trace=trace)


FIELDS = {
    "traceability": strawberry.field(
        resolver=resolve_traceability,
        description="A backlog item traced to the steps, pain points, outcomes and "
        "opportunities it addresses, the journeys and personas they belong to, the processes, "
        "systems, capabilities and touchpoints it changes, the KPIs that should move, and its "
        "parent and children. NOT_FOUND if there is no such item.",
    ),
}
