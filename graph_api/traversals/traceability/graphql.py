"""``traceability``: from a backlog item to what it serves and what it changes."""

from typing import Annotated

import strawberry
from strawberry.types import Info

from graph_api.errors import NotFound
from graph_api.graphql.argument_checks import key_of
from graph_api.graphql.costs import FieldCost
from graph_api.graphql.ids import of_kind_forms
from graph_api.graphql.loading import NodesRead, read_selected
from graph_api.graphql.types.node_types import (
    KPI,
    BacklogItem,
    Capability,
    Journey,
    Opportunity,
    Outcome,
    PainPoint,
    Persona,
    Process,
    Step,
    System,
    Touchpoint,
)
from graph_api.traversals.description import Traversal
from graph_api.traversals.traceability import cypher, memory
from graph_api.traversals.traceability.result import Traceability

BacklogItemId = Annotated[
    strawberry.ID,
    strawberry.argument(description=f"The backlog item to trace ({of_kind_forms('BacklogItem')})."),
]


@strawberry.type(
    description="What a backlog item addresses, which journeys and personas that serves, "
    "what it changes and which KPIs should move. Every list is sorted by key."
)
class BacklogTrace:
    trace: strawberry.Private[Traceability]
    nodes: strawberry.Private[NodesRead]

    @strawberry.field(description="The backlog item traced.")
    def backlog_item(self) -> BacklogItem:
        return self.nodes.one(BacklogItem, self.trace.backlog_item_key)

    @strawberry.field(description="The steps the item addresses directly.")
    def steps(self) -> list[Step]:
        return self.nodes.many(Step, self.trace.step_keys)

    @strawberry.field(description="The pain points the item addresses.")
    def pain_points(self) -> list[PainPoint]:
        return self.nodes.many(PainPoint, self.trace.pain_point_keys)

    @strawberry.field(description="The desired outcomes the item addresses.")
    def outcomes(self) -> list[Outcome]:
        return self.nodes.many(Outcome, self.trace.outcome_keys)

    @strawberry.field(description="The opportunities the item addresses.")
    def opportunities(self) -> list[Opportunity]:
        return self.nodes.many(Opportunity, self.trace.opportunity_keys)

    @strawberry.field(
        description="The steps the addressed pain points affect, directly or through one of "
        "the step's touchpoints."
    )
    def affected_steps(self) -> list[Step]:
        return self.nodes.many(Step, self.trace.affected_step_keys)

    @strawberry.field(
        description="The journeys containing an addressed step or a step the addressed pain "
        "points affect."
    )
    def journeys(self) -> list[Journey]:
        return self.nodes.many(Journey, self.trace.journey_keys)

    @strawberry.field(description="The personas of those journeys.")
    def personas(self) -> list[Persona]:
        return self.nodes.many(Persona, self.trace.persona_keys)

    @strawberry.field(description="The processes the item changes.")
    def changed_processes(self) -> list[Process]:
        return self.nodes.many(Process, self.trace.changed_process_keys)

    @strawberry.field(description="The systems the item changes.")
    def changed_systems(self) -> list[System]:
        return self.nodes.many(System, self.trace.changed_system_keys)

    @strawberry.field(description="The capabilities the item changes.")
    def changed_capabilities(self) -> list[Capability]:
        return self.nodes.many(Capability, self.trace.changed_capability_keys)

    @strawberry.field(description="The touchpoints the item changes.")
    def changed_touchpoints(self) -> list[Touchpoint]:
        return self.nodes.many(Touchpoint, self.trace.changed_touchpoint_keys)

    @strawberry.field(
        description="The KPIs measuring an addressed step, a changed process or touchpoint, "
        "or one of the journeys."
    )
    def kpis(self) -> list[KPI]:
        return self.nodes.many(KPI, self.trace.kpi_keys)

    @strawberry.field(description="The larger item (epic, feature) this one is part of, if any.")
    def parent(self) -> BacklogItem | None:
        return self.nodes.optional(BacklogItem, self.trace.parent_key)

    @strawberry.field(description="The items that are part of this one.")
    def children(self) -> list[BacklogItem]:
        return self.nodes.many(BacklogItem, self.trace.child_keys)


# The fields that answer nodes, and the kind each answers: what is read before answering.
NODE_FIELDS: dict[str, str] = {
    "backlogItem": "BacklogItem",
    "steps": "Step",
    "painPoints": "PainPoint",
    "outcomes": "Outcome",
    "opportunities": "Opportunity",
    "affectedSteps": "Step",
    "journeys": "Journey",
    "personas": "Persona",
    "changedProcesses": "Process",
    "changedSystems": "System",
    "changedCapabilities": "Capability",
    "changedTouchpoints": "Touchpoint",
    "kpis": "KPI",
    "parent": "BacklogItem",
    "children": "BacklogItem",
}


def _keys(trace: Traceability) -> dict[str, list[str | None]]:
    return {
        "BacklogItem": [trace.backlog_item_key, trace.parent_key, *trace.child_keys],
        "Step": [*trace.step_keys, *trace.affected_step_keys],
        "PainPoint": [*trace.pain_point_keys],
        "Outcome": [*trace.outcome_keys],
        "Opportunity": [*trace.opportunity_keys],
        "Journey": [*trace.journey_keys],
        "Persona": [*trace.persona_keys],
        "Process": [*trace.changed_process_keys],
        "System": [*trace.changed_system_keys],
        "Capability": [*trace.changed_capability_keys],
        "Touchpoint": [*trace.changed_touchpoint_keys],
        "KPI": [*trace.kpi_keys],
    }


async def resolve_traceability(info: Info, backlog_item_id: BacklogItemId) -> BacklogTrace:
    key = key_of(backlog_item_id, "BacklogItem", "backlogItemId")
    trace = await info.context.store.traverse(TRAVERSAL, key)
    if trace is None:
        raise NotFound("BacklogItem", key)
    nodes = await read_selected(info, TRAVERSAL.node_fields, _keys(trace))
    return BacklogTrace(trace=trace, nodes=nodes)


TRAVERSAL = Traversal(
    name="traceability",
    cypher=cypher.traceability,
    in_memory=memory.traceability,
    field=strawberry.field(
        resolver=resolve_traceability,
        description="A backlog item traced to the steps, pain points, outcomes and "
        "opportunities it addresses, the journeys and personas they belong to, the processes, "
        "systems, capabilities and touchpoints it changes, the KPIs that should move, and its "
        "parent and children. NOT_FOUND if there is no such item.",
    ),
    cost=FieldCost(200),
    node_fields=NODE_FIELDS,
)
"""The traversal, as :data:`graph_api.traversals.TRAVERSALS` registers it."""
