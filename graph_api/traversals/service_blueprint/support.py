"""The support lane's services and data objects of ``serviceBlueprint``, as GraphQL types."""

import strawberry

from graph_api.graphql.loading import NodesRead
from graph_api.graphql.types.node_types import DataObject, Process, Service, System, Touchpoint
from graph_api.traversals.service_blueprint.result import BlueprintDataObject, BlueprintService


@strawberry.type(
    name="BlueprintService",
    description="A service in a step's support lane: used at the step or one of its "
    "touchpoints, or used or realized by the step's back-stage processes or support systems.",
)
class BlueprintServiceEntry:
    entry: strawberry.Private[BlueprintService]
    nodes: strawberry.Private[NodesRead]

    @strawberry.field(description="The service.")
    def service(self) -> Service:
        return self.nodes.one(Service, self.entry.service_key)

    @strawberry.field(description="Whether the step itself USES the service.")
    def used_at_step(self) -> bool:
        return self.entry.used_at_step

    @strawberry.field(description="The step's touchpoints that USE the service, by key.")
    def used_at_touchpoints(self) -> list[Touchpoint]:
        return self.nodes.many(Touchpoint, self.entry.used_at_touchpoints)

    @strawberry.field(description="The back-stage processes that USE the service, by key.")
    def used_by_processes(self) -> list[Process]:
        return self.nodes.many(Process, self.entry.used_by_processes)

    @strawberry.field(description="The support systems that USE the service, by key.")
    def used_by_systems(self) -> list[System]:
        return self.nodes.many(System, self.entry.used_by_systems)

    @strawberry.field(description="The back-stage processes that REALIZE the service, by key.")
    def realized_by_processes(self) -> list[Process]:
        return self.nodes.many(Process, self.entry.realized_by_processes)

    @strawberry.field(description="The support systems that REALIZE the service, by key.")
    def realized_by_systems(self) -> list[System]:
        return self.nodes.many(System, self.entry.realized_by_systems)


@strawberry.type(
    name="BlueprintDataObject",
    description="A data object in a step's support lane: needed or captured at the step or "
    "one of its touchpoints, or read or written by the step's back-stage processes or "
    "support systems.",
)
class BlueprintDataObjectEntry:
    entry: strawberry.Private[BlueprintDataObject]
    nodes: strawberry.Private[NodesRead]

    @strawberry.field(description="The data object.")
    def data_object(self) -> DataObject:
        return self.nodes.one(DataObject, self.entry.data_object_key)

    @strawberry.field(description="Whether the step itself NEEDS the data.")
    def needed_at_step(self) -> bool:
        return self.entry.needed_at_step

    @strawberry.field(description="The step's touchpoints that NEED the data, by key.")
    def needed_at_touchpoints(self) -> list[Touchpoint]:
        return self.nodes.many(Touchpoint, self.entry.needed_at_touchpoints)

    @strawberry.field(description="Whether the step itself CAPTURES the data.")
    def captured_at_step(self) -> bool:
        return self.entry.captured_at_step

    @strawberry.field(description="The step's touchpoints that CAPTURE the data, by key.")
    def captured_at_touchpoints(self) -> list[Touchpoint]:
        return self.nodes.many(Touchpoint, self.entry.captured_at_touchpoints)

    @strawberry.field(description="The back-stage processes that READ the data, by key.")
    def read_by_processes(self) -> list[Process]:
        return self.nodes.many(Process, self.entry.read_by_processes)

    @strawberry.field(description="The support systems that READ the data, by key.")
    def read_by_systems(self) -> list[System]:
        return self.nodes.many(System, self.entry.read_by_systems)

    @strawberry.field(description="The back-stage processes that WRITE the data, by key.")
    def written_by_processes(self) -> list[Process]:
        return self.nodes.many(Process, self.entry.written_by_processes)

    @strawberry.field(description="The support systems that WRITE the data, by key.")
    def written_by_systems(self) -> list[System]:
        return self.nodes.many(System, self.entry.written_by_systems)
