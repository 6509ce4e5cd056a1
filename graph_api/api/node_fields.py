"""The Query fields (listing, lookup) and Mutation fields (create, update, delete) of every
node kind.

Generated from the metamodel (graph_api/metamodel) by graph_api/graphql/types/generate.py.
Do not edit: after changing the metamodel, run ``make generated``
(``python -m graph_api.graphql.types.generate``), which rewrites this file.
"""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry.types import Info

from graph_api.api.node_resolvers import (
    create_node,
    delete_node,
    get_node,
    list_nodes,
    update_node,
)
from graph_api.graphql.arguments import (
    After,
    Before,
    ExpectedVersion,
    First,
    Key,
    Last,
    NewKey,
    Search,
)
from graph_api.graphql.types.base import Connection, DeletedNode
from graph_api.graphql.types.node_filters import (
    BacklogItemOrderBy,
    BacklogItemWhere,
    CapabilityOrderBy,
    CapabilityWhere,
    ChannelOrderBy,
    ChannelWhere,
    DataObjectOrderBy,
    DataObjectWhere,
    EventOrderBy,
    EventWhere,
    EvidenceOrderBy,
    EvidenceWhere,
    InterfaceOrderBy,
    InterfaceWhere,
    JobOrderBy,
    JobWhere,
    JourneyOrderBy,
    JourneyWhere,
    KPIOrderBy,
    KPIWhere,
    MeasurementOrderBy,
    MeasurementWhere,
    OpportunityOrderBy,
    OpportunityWhere,
    OutcomeOrderBy,
    OutcomeWhere,
    PainPointOrderBy,
    PainPointWhere,
    PersonaOrderBy,
    PersonaWhere,
    ProcessOrderBy,
    ProcessWhere,
    ServiceOrderBy,
    ServiceWhere,
    StageOrderBy,
    StageWhere,
    StepOrderBy,
    StepWhere,
    SystemOrderBy,
    SystemWhere,
    TeamOrderBy,
    TeamWhere,
    TechnologyNodeOrderBy,
    TechnologyNodeWhere,
    TouchpointOrderBy,
    TouchpointWhere,
    ValueStreamOrderBy,
    ValueStreamStageOrderBy,
    ValueStreamStageWhere,
    ValueStreamWhere,
    ViewOrderBy,
    ViewWhere,
)
from graph_api.graphql.types.node_inputs import (
    BacklogItemInput,
    BacklogItemPatch,
    CapabilityInput,
    CapabilityPatch,
    ChannelInput,
    ChannelPatch,
    DataObjectInput,
    DataObjectPatch,
    EventInput,
    EventPatch,
    EvidenceInput,
    EvidencePatch,
    InterfaceInput,
    InterfacePatch,
    JobInput,
    JobPatch,
    JourneyInput,
    JourneyPatch,
    KPIInput,
    KPIPatch,
    MeasurementInput,
    MeasurementPatch,
    OpportunityInput,
    OpportunityPatch,
    OutcomeInput,
    OutcomePatch,
    PainPointInput,
    PainPointPatch,
    PersonaInput,
    PersonaPatch,
    ProcessInput,
    ProcessPatch,
    ServiceInput,
    ServicePatch,
    StageInput,
    StagePatch,
    StepInput,
    StepPatch,
    SystemInput,
    SystemPatch,
    TeamInput,
    TeamPatch,
    TechnologyNodeInput,
    TechnologyNodePatch,
    TouchpointInput,
    TouchpointPatch,
    ValueStreamInput,
    ValueStreamPatch,
    ValueStreamStageInput,
    ValueStreamStagePatch,
    ViewInput,
    ViewPatch,
)
from graph_api.graphql.types.node_types import (
    KPI,
    BacklogItem,
    Capability,
    Channel,
    DataObject,
    Event,
    Evidence,
    Interface,
    Job,
    Journey,
    Measurement,
    Opportunity,
    Outcome,
    PainPoint,
    Persona,
    Process,
    Service,
    Stage,
    Step,
    System,
    Team,
    TechnologyNode,
    Touchpoint,
    ValueStream,
    ValueStreamStage,
    View,
)
from graph_api.security.authorization import needs
from graph_api.security.roles import Role


class NodeQueries:
    """The listing and the lookup of every kind; ``build_query`` puts them on Query."""

    @strawberry.field(
        description=(
            "Persona nodes, a page at a time (Relay): by key unless "
            "`orderBy` says otherwise; `where` filters on properties and "
            "relationships; `search` matches the label or description, "
            "ignoring case."
        )
    )
    async def personas(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            PersonaWhere | None,
            strawberry.argument(description="Only the nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[PersonaOrderBy] | None,
            strawberry.argument(description="The order, most significant first (then key)."),
        ] = None,
        search: Search = None,
    ) -> Connection[Persona]:
        return await list_nodes(
            info,
            "Persona",
            Persona,
            where,
            order_by,
            search,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(description="The Persona with this key, or null.")
    async def persona(
        self,
        info: Info,
        key: Key,
    ) -> Persona | None:
        return await get_node(info, "Persona", Persona, key)

    @strawberry.field(
        description=(
            "Job nodes, a page at a time (Relay): by key unless `orderBy`"
            " says otherwise; `where` filters on properties and "
            "relationships; `search` matches the label or description, "
            "ignoring case."
        )
    )
    async def jobs(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            JobWhere | None, strawberry.argument(description="Only the nodes passing these tests.")
        ] = None,
        order_by: Annotated[
            list[JobOrderBy] | None,
            strawberry.argument(description="The order, most significant first (then key)."),
        ] = None,
        search: Search = None,
    ) -> Connection[Job]:
        return await list_nodes(
            info,
            "Job",
            Job,
            where,
            order_by,
            search,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(description="The Job with this key, or null.")
    async def job(
        self,
        info: Info,
        key: Key,
    ) -> Job | None:
        return await get_node(info, "Job", Job, key)

    @strawberry.field(
        description=(
            "Outcome nodes, a page at a time (Relay): by key unless "
            "`orderBy` says otherwise; `where` filters on properties and "
            "relationships; `search` matches the label or description, "
            "ignoring case."
        )
    )
    async def outcomes(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            OutcomeWhere | None,
            strawberry.argument(description="Only the nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[OutcomeOrderBy] | None,
            strawberry.argument(description="The order, most significant first (then key)."),
        ] = None,
        search: Search = None,
    ) -> Connection[Outcome]:
        return await list_nodes(
            info,
            "Outcome",
            Outcome,
            where,
            order_by,
            search,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(description="The Outcome with this key, or null.")
    async def outcome(
        self,
        info: Info,
        key: Key,
    ) -> Outcome | None:
        return await get_node(info, "Outcome", Outcome, key)

    @strawberry.field(
        description=(
            "Journey nodes, a page at a time (Relay): by key unless "
            "`orderBy` says otherwise; `where` filters on properties and "
            "relationships; `search` matches the label or description, "
            "ignoring case."
        )
    )
    async def journeys(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            JourneyWhere | None,
            strawberry.argument(description="Only the nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[JourneyOrderBy] | None,
            strawberry.argument(description="The order, most significant first (then key)."),
        ] = None,
        search: Search = None,
    ) -> Connection[Journey]:
        return await list_nodes(
            info,
            "Journey",
            Journey,
            where,
            order_by,
            search,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(description="The Journey with this key, or null.")
    async def journey(
        self,
        info: Info,
        key: Key,
    ) -> Journey | None:
        return await get_node(info, "Journey", Journey, key)

    @strawberry.field(
        description=(
            "Stage nodes, a page at a time (Relay): by key unless "
            "`orderBy` says otherwise; `where` filters on properties and "
            "relationships; `search` matches the label or description, "
            "ignoring case."
        )
    )
    async def stages(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            StageWhere | None,
            strawberry.argument(description="Only the nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StageOrderBy] | None,
            strawberry.argument(description="The order, most significant first (then key)."),
        ] = None,
        search: Search = None,
    ) -> Connection[Stage]:
        return await list_nodes(
            info,
            "Stage",
            Stage,
            where,
            order_by,
            search,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(description="The Stage with this key, or null.")
    async def stage(
        self,
        info: Info,
        key: Key,
    ) -> Stage | None:
        return await get_node(info, "Stage", Stage, key)

    @strawberry.field(
        description=(
            "Step nodes, a page at a time (Relay): by key unless "
            "`orderBy` says otherwise; `where` filters on properties and "
            "relationships; `search` matches the label or description, "
            "ignoring case."
        )
    )
    async def steps(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            StepWhere | None, strawberry.argument(description="Only the nodes passing these tests.")
        ] = None,
        order_by: Annotated[
            list[StepOrderBy] | None,
            strawberry.argument(description="The order, most significant first (then key)."),
        ] = None,
        search: Search = None,
    ) -> Connection[Step]:
        return await list_nodes(
            info,
            "Step",
            Step,
            where,
            order_by,
            search,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(description="The Step with this key, or null.")
    async def step(
        self,
        info: Info,
        key: Key,
    ) -> Step | None:
        return await get_node(info, "Step", Step, key)

    @strawberry.field(
        description=(
            "Channel nodes, a page at a time (Relay): by key unless "
            "`orderBy` says otherwise; `where` filters on properties and "
            "relationships; `search` matches the label or description, "
            "ignoring case."
        )
    )
    async def channels(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ChannelWhere | None,
            strawberry.argument(description="Only the nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ChannelOrderBy] | None,
            strawberry.argument(description="The order, most significant first (then key)."),
        ] = None,
        search: Search = None,
    ) -> Connection[Channel]:
        return await list_nodes(
            info,
            "Channel",
            Channel,
            where,
            order_by,
            search,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(description="The Channel with this key, or null.")
    async def channel(
        self,
        info: Info,
        key: Key,
    ) -> Channel | None:
        return await get_node(info, "Channel", Channel, key)

    @strawberry.field(
        description=(
            "Touchpoint nodes, a page at a time (Relay): by key unless "
            "`orderBy` says otherwise; `where` filters on properties and "
            "relationships; `search` matches the label or description, "
            "ignoring case."
        )
    )
    async def touchpoints(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TouchpointWhere | None,
            strawberry.argument(description="Only the nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TouchpointOrderBy] | None,
            strawberry.argument(description="The order, most significant first (then key)."),
        ] = None,
        search: Search = None,
    ) -> Connection[Touchpoint]:
        return await list_nodes(
            info,
            "Touchpoint",
            Touchpoint,
            where,
            order_by,
            search,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(description="The Touchpoint with this key, or null.")
    async def touchpoint(
        self,
        info: Info,
        key: Key,
    ) -> Touchpoint | None:
        return await get_node(info, "Touchpoint", Touchpoint, key)

    @strawberry.field(
        description=(
            "PainPoint nodes, a page at a time (Relay): by key unless "
            "`orderBy` says otherwise; `where` filters on properties and "
            "relationships; `search` matches the label or description, "
            "ignoring case."
        )
    )
    async def pain_points(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            PainPointWhere | None,
            strawberry.argument(description="Only the nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[PainPointOrderBy] | None,
            strawberry.argument(description="The order, most significant first (then key)."),
        ] = None,
        search: Search = None,
    ) -> Connection[PainPoint]:
        return await list_nodes(
            info,
            "PainPoint",
            PainPoint,
            where,
            order_by,
            search,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(description="The PainPoint with this key, or null.")
    async def pain_point(
        self,
        info: Info,
        key: Key,
    ) -> PainPoint | None:
        return await get_node(info, "PainPoint", PainPoint, key)

    @strawberry.field(
        description=(
            "Evidence nodes, a page at a time (Relay): by key unless "
            "`orderBy` says otherwise; `where` filters on properties and "
            "relationships; `search` matches the label or description, "
            "ignoring case."
        )
    )
    async def evidence(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            EvidenceWhere | None,
            strawberry.argument(description="Only the nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[EvidenceOrderBy] | None,
            strawberry.argument(description="The order, most significant first (then key)."),
        ] = None,
        search: Search = None,
    ) -> Connection[Evidence]:
        return await list_nodes(
            info,
            "Evidence",
            Evidence,
            where,
            order_by,
            search,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(description="The Evidence with this key, or null.")
    async def evidence_record(
        self,
        info: Info,
        key: Key,
    ) -> Evidence | None:
        return await get_node(info, "Evidence", Evidence, key)

    @strawberry.field(
        description=(
            "Capability nodes, a page at a time (Relay): by key unless "
            "`orderBy` says otherwise; `where` filters on properties and "
            "relationships; `search` matches the label or description, "
            "ignoring case."
        )
    )
    async def capabilities(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            CapabilityWhere | None,
            strawberry.argument(description="Only the nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[CapabilityOrderBy] | None,
            strawberry.argument(description="The order, most significant first (then key)."),
        ] = None,
        search: Search = None,
    ) -> Connection[Capability]:
        return await list_nodes(
            info,
            "Capability",
            Capability,
            where,
            order_by,
            search,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(description="The Capability with this key, or null.")
    async def capability(
        self,
        info: Info,
        key: Key,
    ) -> Capability | None:
        return await get_node(info, "Capability", Capability, key)

    @strawberry.field(
        description=(
            "Process nodes, a page at a time (Relay): by key unless "
            "`orderBy` says otherwise; `where` filters on properties and "
            "relationships; `search` matches the label or description, "
            "ignoring case."
        )
    )
    async def processes(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first (then key)."),
        ] = None,
        search: Search = None,
    ) -> Connection[Process]:
        return await list_nodes(
            info,
            "Process",
            Process,
            where,
            order_by,
            search,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(description="The Process with this key, or null.")
    async def process(
        self,
        info: Info,
        key: Key,
    ) -> Process | None:
        return await get_node(info, "Process", Process, key)

    @strawberry.field(
        description=(
            "System nodes, a page at a time (Relay): by key unless "
            "`orderBy` says otherwise; `where` filters on properties and "
            "relationships; `search` matches the label or description, "
            "ignoring case."
        )
    )
    async def systems(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first (then key)."),
        ] = None,
        search: Search = None,
    ) -> Connection[System]:
        return await list_nodes(
            info,
            "System",
            System,
            where,
            order_by,
            search,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(description="The System with this key, or null.")
    async def system(
        self,
        info: Info,
        key: Key,
    ) -> System | None:
        return await get_node(info, "System", System, key)

    @strawberry.field(
        description=(
            "Team nodes, a page at a time (Relay): by key unless "
            "`orderBy` says otherwise; `where` filters on properties and "
            "relationships; `search` matches the label or description, "
            "ignoring case."
        )
    )
    async def teams(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TeamWhere | None, strawberry.argument(description="Only the nodes passing these tests.")
        ] = None,
        order_by: Annotated[
            list[TeamOrderBy] | None,
            strawberry.argument(description="The order, most significant first (then key)."),
        ] = None,
        search: Search = None,
    ) -> Connection[Team]:
        return await list_nodes(
            info,
            "Team",
            Team,
            where,
            order_by,
            search,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(description="The Team with this key, or null.")
    async def team(
        self,
        info: Info,
        key: Key,
    ) -> Team | None:
        return await get_node(info, "Team", Team, key)

    @strawberry.field(
        description=(
            "Service nodes, a page at a time (Relay): by key unless "
            "`orderBy` says otherwise; `where` filters on properties and "
            "relationships; `search` matches the label or description, "
            "ignoring case."
        )
    )
    async def services(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ServiceWhere | None,
            strawberry.argument(description="Only the nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ServiceOrderBy] | None,
            strawberry.argument(description="The order, most significant first (then key)."),
        ] = None,
        search: Search = None,
    ) -> Connection[Service]:
        return await list_nodes(
            info,
            "Service",
            Service,
            where,
            order_by,
            search,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(description="The Service with this key, or null.")
    async def service(
        self,
        info: Info,
        key: Key,
    ) -> Service | None:
        return await get_node(info, "Service", Service, key)

    @strawberry.field(
        description=(
            "Interface nodes, a page at a time (Relay): by key unless "
            "`orderBy` says otherwise; `where` filters on properties and "
            "relationships; `search` matches the label or description, "
            "ignoring case."
        )
    )
    async def interfaces(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            InterfaceWhere | None,
            strawberry.argument(description="Only the nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[InterfaceOrderBy] | None,
            strawberry.argument(description="The order, most significant first (then key)."),
        ] = None,
        search: Search = None,
    ) -> Connection[Interface]:
        return await list_nodes(
            info,
            "Interface",
            Interface,
            where,
            order_by,
            search,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(description="The Interface with this key, or null.")
    async def interface(
        self,
        info: Info,
        key: Key,
    ) -> Interface | None:
        return await get_node(info, "Interface", Interface, key)

    @strawberry.field(
        description=(
            "DataObject nodes, a page at a time (Relay): by key unless "
            "`orderBy` says otherwise; `where` filters on properties and "
            "relationships; `search` matches the label or description, "
            "ignoring case."
        )
    )
    async def data_objects(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            DataObjectWhere | None,
            strawberry.argument(description="Only the nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[DataObjectOrderBy] | None,
            strawberry.argument(description="The order, most significant first (then key)."),
        ] = None,
        search: Search = None,
    ) -> Connection[DataObject]:
        return await list_nodes(
            info,
            "DataObject",
            DataObject,
            where,
            order_by,
            search,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(description="The DataObject with this key, or null.")
    async def data_object(
        self,
        info: Info,
        key: Key,
    ) -> DataObject | None:
        return await get_node(info, "DataObject", DataObject, key)

    @strawberry.field(
        description=(
            "TechnologyNode nodes, a page at a time (Relay): by key "
            "unless `orderBy` says otherwise; `where` filters on "
            "properties and relationships; `search` matches the label or "
            "description, ignoring case."
        )
    )
    async def technology_nodes(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TechnologyNodeWhere | None,
            strawberry.argument(description="Only the nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TechnologyNodeOrderBy] | None,
            strawberry.argument(description="The order, most significant first (then key)."),
        ] = None,
        search: Search = None,
    ) -> Connection[TechnologyNode]:
        return await list_nodes(
            info,
            "TechnologyNode",
            TechnologyNode,
            where,
            order_by,
            search,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(description="The TechnologyNode with this key, or null.")
    async def technology_node(
        self,
        info: Info,
        key: Key,
    ) -> TechnologyNode | None:
        return await get_node(info, "TechnologyNode", TechnologyNode, key)

    @strawberry.field(
        description=(
            "Event nodes, a page at a time (Relay): by key unless "
            "`orderBy` says otherwise; `where` filters on properties and "
            "relationships; `search` matches the label or description, "
            "ignoring case."
        )
    )
    async def events(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            EventWhere | None,
            strawberry.argument(description="Only the nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[EventOrderBy] | None,
            strawberry.argument(description="The order, most significant first (then key)."),
        ] = None,
        search: Search = None,
    ) -> Connection[Event]:
        return await list_nodes(
            info,
            "Event",
            Event,
            where,
            order_by,
            search,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(description="The Event with this key, or null.")
    async def event(
        self,
        info: Info,
        key: Key,
    ) -> Event | None:
        return await get_node(info, "Event", Event, key)

    @strawberry.field(
        description=(
            "ValueStream nodes, a page at a time (Relay): by key unless "
            "`orderBy` says otherwise; `where` filters on properties and "
            "relationships; `search` matches the label or description, "
            "ignoring case."
        )
    )
    async def value_streams(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ValueStreamWhere | None,
            strawberry.argument(description="Only the nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ValueStreamOrderBy] | None,
            strawberry.argument(description="The order, most significant first (then key)."),
        ] = None,
        search: Search = None,
    ) -> Connection[ValueStream]:
        return await list_nodes(
            info,
            "ValueStream",
            ValueStream,
            where,
            order_by,
            search,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(description="The ValueStream with this key, or null.")
    async def value_stream(
        self,
        info: Info,
        key: Key,
    ) -> ValueStream | None:
        return await get_node(info, "ValueStream", ValueStream, key)

    @strawberry.field(
        description=(
            "ValueStreamStage nodes, a page at a time (Relay): by key "
            "unless `orderBy` says otherwise; `where` filters on "
            "properties and relationships; `search` matches the label or "
            "description, ignoring case."
        )
    )
    async def value_stream_stages(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ValueStreamStageWhere | None,
            strawberry.argument(description="Only the nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ValueStreamStageOrderBy] | None,
            strawberry.argument(description="The order, most significant first (then key)."),
        ] = None,
        search: Search = None,
    ) -> Connection[ValueStreamStage]:
        return await list_nodes(
            info,
            "ValueStreamStage",
            ValueStreamStage,
            where,
            order_by,
            search,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(description="The ValueStreamStage with this key, or null.")
    async def value_stream_stage(
        self,
        info: Info,
        key: Key,
    ) -> ValueStreamStage | None:
        return await get_node(info, "ValueStreamStage", ValueStreamStage, key)

    @strawberry.field(
        description=(
            "KPI nodes, a page at a time (Relay): by key unless `orderBy`"
            " says otherwise; `where` filters on properties and "
            "relationships; `search` matches the label or description, "
            "ignoring case."
        )
    )
    async def kpis(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            KPIWhere | None, strawberry.argument(description="Only the nodes passing these tests.")
        ] = None,
        order_by: Annotated[
            list[KPIOrderBy] | None,
            strawberry.argument(description="The order, most significant first (then key)."),
        ] = None,
        search: Search = None,
    ) -> Connection[KPI]:
        return await list_nodes(
            info,
            "KPI",
            KPI,
            where,
            order_by,
            search,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(description="The KPI with this key, or null.")
    async def kpi(
        self,
        info: Info,
        key: Key,
    ) -> KPI | None:
        return await get_node(info, "KPI", KPI, key)

    @strawberry.field(
        description=(
            "Measurement nodes, a page at a time (Relay): by key unless "
            "`orderBy` says otherwise; `where` filters on properties and "
            "relationships; `search` matches the label or description, "
            "ignoring case."
        )
    )
    async def measurements(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            MeasurementWhere | None,
            strawberry.argument(description="Only the nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[MeasurementOrderBy] | None,
            strawberry.argument(description="The order, most significant first (then key)."),
        ] = None,
        search: Search = None,
    ) -> Connection[Measurement]:
        return await list_nodes(
            info,
            "Measurement",
            Measurement,
            where,
            order_by,
            search,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(description="The Measurement with this key, or null.")
    async def measurement(
        self,
        info: Info,
        key: Key,
    ) -> Measurement | None:
        return await get_node(info, "Measurement", Measurement, key)

    @strawberry.field(
        description=(
            "BacklogItem nodes, a page at a time (Relay): by key unless "
            "`orderBy` says otherwise; `where` filters on properties and "
            "relationships; `search` matches the label or description, "
            "ignoring case."
        )
    )
    async def backlog_items(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            BacklogItemWhere | None,
            strawberry.argument(description="Only the nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[BacklogItemOrderBy] | None,
            strawberry.argument(description="The order, most significant first (then key)."),
        ] = None,
        search: Search = None,
    ) -> Connection[BacklogItem]:
        return await list_nodes(
            info,
            "BacklogItem",
            BacklogItem,
            where,
            order_by,
            search,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(description="The BacklogItem with this key, or null.")
    async def backlog_item(
        self,
        info: Info,
        key: Key,
    ) -> BacklogItem | None:
        return await get_node(info, "BacklogItem", BacklogItem, key)

    @strawberry.field(
        description=(
            "Opportunity nodes, a page at a time (Relay): by key unless "
            "`orderBy` says otherwise; `where` filters on properties and "
            "relationships; `search` matches the label or description, "
            "ignoring case."
        )
    )
    async def opportunities(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            OpportunityWhere | None,
            strawberry.argument(description="Only the nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[OpportunityOrderBy] | None,
            strawberry.argument(description="The order, most significant first (then key)."),
        ] = None,
        search: Search = None,
    ) -> Connection[Opportunity]:
        return await list_nodes(
            info,
            "Opportunity",
            Opportunity,
            where,
            order_by,
            search,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(description="The Opportunity with this key, or null.")
    async def opportunity(
        self,
        info: Info,
        key: Key,
    ) -> Opportunity | None:
        return await get_node(info, "Opportunity", Opportunity, key)

    @strawberry.field(
        description=(
            "View nodes, a page at a time (Relay): by key unless "
            "`orderBy` says otherwise; `where` filters on properties and "
            "relationships; `search` matches the label or description, "
            "ignoring case."
        )
    )
    async def views(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ViewWhere | None, strawberry.argument(description="Only the nodes passing these tests.")
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first (then key)."),
        ] = None,
        search: Search = None,
    ) -> Connection[View]:
        return await list_nodes(
            info,
            "View",
            View,
            where,
            order_by,
            search,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(description="The View with this key, or null.")
    async def view(
        self,
        info: Info,
        key: Key,
    ) -> View | None:
        return await get_node(info, "View", View, key)


class NodeMutations:
    """Create, update and delete of every kind; ``build_mutation`` puts them on Mutation."""

    @strawberry.mutation(
        description=(
            "Create a Persona. Without `key`, the key is derived from its"
            " name. CONFLICT if the key is taken."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def create_persona(
        self,
        info: Info,
        input: Annotated[
            PersonaInput, strawberry.argument(description="The new node's properties.")
        ],
        key: NewKey = None,
    ) -> Persona:
        return await create_node(info, "Persona", Persona, input, key)

    @strawberry.mutation(
        description=(
            "Change properties of a Persona. With `expectedVersion`, "
            "CONFLICT if the node changed since that version."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def update_persona(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The Persona to change: its key, `Persona:key` or its global "
                    "ID (its `id` field)."
                )
            ),
        ],
        input: Annotated[
            PersonaPatch, strawberry.argument(description="The properties to change.")
        ],
        expected_version: ExpectedVersion = None,
    ) -> Persona:
        return await update_node(info, "Persona", Persona, id, input, expected_version)

    @strawberry.mutation(
        description="Delete a Persona and all its relationships.", metadata=needs(Role.ADMIN)
    )
    async def delete_persona(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The Persona to delete: its key, `Persona:key` or its global "
                    "ID (its `id` field)."
                )
            ),
        ],
        expected_version: ExpectedVersion = None,
    ) -> DeletedNode:
        return await delete_node(info, "Persona", id, expected_version)

    @strawberry.mutation(
        description=(
            "Create a Job. Without `key`, the key is derived from its "
            "statement. CONFLICT if the key is taken."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def create_job(
        self,
        info: Info,
        input: Annotated[JobInput, strawberry.argument(description="The new node's properties.")],
        key: NewKey = None,
    ) -> Job:
        return await create_node(info, "Job", Job, input, key)

    @strawberry.mutation(
        description=(
            "Change properties of a Job. With `expectedVersion`, CONFLICT"
            " if the node changed since that version."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def update_job(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The Job to change: its key, `Job:key` or its global ID (its `id` field)."
                )
            ),
        ],
        input: Annotated[JobPatch, strawberry.argument(description="The properties to change.")],
        expected_version: ExpectedVersion = None,
    ) -> Job:
        return await update_node(info, "Job", Job, id, input, expected_version)

    @strawberry.mutation(
        description="Delete a Job and all its relationships.", metadata=needs(Role.ADMIN)
    )
    async def delete_job(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The Job to delete: its key, `Job:key` or its global ID (its `id` field)."
                )
            ),
        ],
        expected_version: ExpectedVersion = None,
    ) -> DeletedNode:
        return await delete_node(info, "Job", id, expected_version)

    @strawberry.mutation(
        description=(
            "Create a Outcome. Without `key`, the key is derived from its"
            " statement. CONFLICT if the key is taken."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def create_outcome(
        self,
        info: Info,
        input: Annotated[
            OutcomeInput, strawberry.argument(description="The new node's properties.")
        ],
        key: NewKey = None,
    ) -> Outcome:
        return await create_node(info, "Outcome", Outcome, input, key)

    @strawberry.mutation(
        description=(
            "Change properties of a Outcome. With `expectedVersion`, "
            "CONFLICT if the node changed since that version."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def update_outcome(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The Outcome to change: its key, `Outcome:key` or its global "
                    "ID (its `id` field)."
                )
            ),
        ],
        input: Annotated[
            OutcomePatch, strawberry.argument(description="The properties to change.")
        ],
        expected_version: ExpectedVersion = None,
    ) -> Outcome:
        return await update_node(info, "Outcome", Outcome, id, input, expected_version)

    @strawberry.mutation(
        description="Delete a Outcome and all its relationships.", metadata=needs(Role.ADMIN)
    )
    async def delete_outcome(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The Outcome to delete: its key, `Outcome:key` or its global "
                    "ID (its `id` field)."
                )
            ),
        ],
        expected_version: ExpectedVersion = None,
    ) -> DeletedNode:
        return await delete_node(info, "Outcome", id, expected_version)

    @strawberry.mutation(
        description=(
            "Create a Journey. Without `key`, the key is derived from its"
            " name. CONFLICT if the key is taken."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def create_journey(
        self,
        info: Info,
        input: Annotated[
            JourneyInput, strawberry.argument(description="The new node's properties.")
        ],
        key: NewKey = None,
    ) -> Journey:
        return await create_node(info, "Journey", Journey, input, key)

    @strawberry.mutation(
        description=(
            "Change properties of a Journey. With `expectedVersion`, "
            "CONFLICT if the node changed since that version."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def update_journey(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The Journey to change: its key, `Journey:key` or its global "
                    "ID (its `id` field)."
                )
            ),
        ],
        input: Annotated[
            JourneyPatch, strawberry.argument(description="The properties to change.")
        ],
        expected_version: ExpectedVersion = None,
    ) -> Journey:
        return await update_node(info, "Journey", Journey, id, input, expected_version)

    @strawberry.mutation(
        description="Delete a Journey and all its relationships.", metadata=needs(Role.ADMIN)
    )
    async def delete_journey(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The Journey to delete: its key, `Journey:key` or its global "
                    "ID (its `id` field)."
                )
            ),
        ],
        expected_version: ExpectedVersion = None,
    ) -> DeletedNode:
        return await delete_node(info, "Journey", id, expected_version)

    @strawberry.mutation(
        description=(
            "Create a Stage. Without `key`, the key is derived from its "
            "name. CONFLICT if the key is taken."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def create_stage(
        self,
        info: Info,
        input: Annotated[StageInput, strawberry.argument(description="The new node's properties.")],
        key: NewKey = None,
    ) -> Stage:
        return await create_node(info, "Stage", Stage, input, key)

    @strawberry.mutation(
        description=(
            "Change properties of a Stage. With `expectedVersion`, "
            "CONFLICT if the node changed since that version."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def update_stage(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The Stage to change: its key, `Stage:key` or its global ID (its `id` field)."
                )
            ),
        ],
        input: Annotated[StagePatch, strawberry.argument(description="The properties to change.")],
        expected_version: ExpectedVersion = None,
    ) -> Stage:
        return await update_node(info, "Stage", Stage, id, input, expected_version)

    @strawberry.mutation(
        description="Delete a Stage and all its relationships.", metadata=needs(Role.ADMIN)
    )
    async def delete_stage(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The Stage to delete: its key, `Stage:key` or its global ID (its `id` field)."
                )
            ),
        ],
        expected_version: ExpectedVersion = None,
    ) -> DeletedNode:
        return await delete_node(info, "Stage", id, expected_version)

    @strawberry.mutation(
        description=(
            "Create a Step. Without `key`, the key is derived from its "
            "name. CONFLICT if the key is taken."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def create_step(
        self,
        info: Info,
        input: Annotated[StepInput, strawberry.argument(description="The new node's properties.")],
        key: NewKey = None,
    ) -> Step:
        return await create_node(info, "Step", Step, input, key)

    @strawberry.mutation(
        description=(
            "Change properties of a Step. With `expectedVersion`, "
            "CONFLICT if the node changed since that version."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def update_step(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The Step to change: its key, `Step:key` or its global ID (its `id` field)."
                )
            ),
        ],
        input: Annotated[StepPatch, strawberry.argument(description="The properties to change.")],
        expected_version: ExpectedVersion = None,
    ) -> Step:
        return await update_node(info, "Step", Step, id, input, expected_version)

    @strawberry.mutation(
        description="Delete a Step and all its relationships.", metadata=needs(Role.ADMIN)
    )
    async def delete_step(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The Step to delete: its key, `Step:key` or its global ID (its `id` field)."
                )
            ),
        ],
        expected_version: ExpectedVersion = None,
    ) -> DeletedNode:
        return await delete_node(info, "Step", id, expected_version)

    @strawberry.mutation(
        description=(
            "Create a Channel. Without `key`, the key is derived from its"
            " name. CONFLICT if the key is taken."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def create_channel(
        self,
        info: Info,
        input: Annotated[
            ChannelInput, strawberry.argument(description="The new node's properties.")
        ],
        key: NewKey = None,
    ) -> Channel:
        return await create_node(info, "Channel", Channel, input, key)

    @strawberry.mutation(
        description=(
            "Change properties of a Channel. With `expectedVersion`, "
            "CONFLICT if the node changed since that version."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def update_channel(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The Channel to change: its key, `Channel:key` or its global "
                    "ID (its `id` field)."
                )
            ),
        ],
        input: Annotated[
            ChannelPatch, strawberry.argument(description="The properties to change.")
        ],
        expected_version: ExpectedVersion = None,
    ) -> Channel:
        return await update_node(info, "Channel", Channel, id, input, expected_version)

    @strawberry.mutation(
        description="Delete a Channel and all its relationships.", metadata=needs(Role.ADMIN)
    )
    async def delete_channel(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The Channel to delete: its key, `Channel:key` or its global "
                    "ID (its `id` field)."
                )
            ),
        ],
        expected_version: ExpectedVersion = None,
    ) -> DeletedNode:
        return await delete_node(info, "Channel", id, expected_version)

    @strawberry.mutation(
        description=(
            "Create a Touchpoint. Without `key`, the key is derived from "
            "its name. CONFLICT if the key is taken."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def create_touchpoint(
        self,
        info: Info,
        input: Annotated[
            TouchpointInput, strawberry.argument(description="The new node's properties.")
        ],
        key: NewKey = None,
    ) -> Touchpoint:
        return await create_node(info, "Touchpoint", Touchpoint, input, key)

    @strawberry.mutation(
        description=(
            "Change properties of a Touchpoint. With `expectedVersion`, "
            "CONFLICT if the node changed since that version."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def update_touchpoint(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The Touchpoint to change: its key, `Touchpoint:key` or its "
                    "global ID (its `id` field)."
                )
            ),
        ],
        input: Annotated[
            TouchpointPatch, strawberry.argument(description="The properties to change.")
        ],
        expected_version: ExpectedVersion = None,
    ) -> Touchpoint:
        return await update_node(info, "Touchpoint", Touchpoint, id, input, expected_version)

    @strawberry.mutation(
        description="Delete a Touchpoint and all its relationships.", metadata=needs(Role.ADMIN)
    )
    async def delete_touchpoint(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The Touchpoint to delete: its key, `Touchpoint:key` or its "
                    "global ID (its `id` field)."
                )
            ),
        ],
        expected_version: ExpectedVersion = None,
    ) -> DeletedNode:
        return await delete_node(info, "Touchpoint", id, expected_version)

    @strawberry.mutation(
        description=(
            "Create a PainPoint. Without `key`, the key is derived from "
            "its name. CONFLICT if the key is taken."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def create_pain_point(
        self,
        info: Info,
        input: Annotated[
            PainPointInput, strawberry.argument(description="The new node's properties.")
        ],
        key: NewKey = None,
    ) -> PainPoint:
        return await create_node(info, "PainPoint", PainPoint, input, key)

    @strawberry.mutation(
        description=(
            "Change properties of a PainPoint. With `expectedVersion`, "
            "CONFLICT if the node changed since that version."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def update_pain_point(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The PainPoint to change: its key, `PainPoint:key` or its "
                    "global ID (its `id` field)."
                )
            ),
        ],
        input: Annotated[
            PainPointPatch, strawberry.argument(description="The properties to change.")
        ],
        expected_version: ExpectedVersion = None,
    ) -> PainPoint:
        return await update_node(info, "PainPoint", PainPoint, id, input, expected_version)

    @strawberry.mutation(
        description="Delete a PainPoint and all its relationships.", metadata=needs(Role.ADMIN)
    )
    async def delete_pain_point(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The PainPoint to delete: its key, `PainPoint:key` or its "
                    "global ID (its `id` field)."
                )
            ),
        ],
        expected_version: ExpectedVersion = None,
    ) -> DeletedNode:
        return await delete_node(info, "PainPoint", id, expected_version)

    @strawberry.mutation(
        description=(
            "Create a Evidence. Without `key`, the key is derived from "
            "its summary. CONFLICT if the key is taken."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def create_evidence(
        self,
        info: Info,
        input: Annotated[
            EvidenceInput, strawberry.argument(description="The new node's properties.")
        ],
        key: NewKey = None,
    ) -> Evidence:
        return await create_node(info, "Evidence", Evidence, input, key)

    @strawberry.mutation(
        description=(
            "Change properties of a Evidence. With `expectedVersion`, "
            "CONFLICT if the node changed since that version."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def update_evidence(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The Evidence to change: its key, `Evidence:key` or its "
                    "global ID (its `id` field)."
                )
            ),
        ],
        input: Annotated[
            EvidencePatch, strawberry.argument(description="The properties to change.")
        ],
        expected_version: ExpectedVersion = None,
    ) -> Evidence:
        return await update_node(info, "Evidence", Evidence, id, input, expected_version)

    @strawberry.mutation(
        description="Delete a Evidence and all its relationships.", metadata=needs(Role.ADMIN)
    )
    async def delete_evidence(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The Evidence to delete: its key, `Evidence:key` or its "
                    "global ID (its `id` field)."
                )
            ),
        ],
        expected_version: ExpectedVersion = None,
    ) -> DeletedNode:
        return await delete_node(info, "Evidence", id, expected_version)

    @strawberry.mutation(
        description=(
            "Create a Capability. Without `key`, the key is derived from "
            "its name. CONFLICT if the key is taken."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def create_capability(
        self,
        info: Info,
        input: Annotated[
            CapabilityInput, strawberry.argument(description="The new node's properties.")
        ],
        key: NewKey = None,
    ) -> Capability:
        return await create_node(info, "Capability", Capability, input, key)

    @strawberry.mutation(
        description=(
            "Change properties of a Capability. With `expectedVersion`, "
            "CONFLICT if the node changed since that version."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def update_capability(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The Capability to change: its key, `Capability:key` or its "
                    "global ID (its `id` field)."
                )
            ),
        ],
        input: Annotated[
            CapabilityPatch, strawberry.argument(description="The properties to change.")
        ],
        expected_version: ExpectedVersion = None,
    ) -> Capability:
        return await update_node(info, "Capability", Capability, id, input, expected_version)

    @strawberry.mutation(
        description="Delete a Capability and all its relationships.", metadata=needs(Role.ADMIN)
    )
    async def delete_capability(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The Capability to delete: its key, `Capability:key` or its "
                    "global ID (its `id` field)."
                )
            ),
        ],
        expected_version: ExpectedVersion = None,
    ) -> DeletedNode:
        return await delete_node(info, "Capability", id, expected_version)

    @strawberry.mutation(
        description=(
            "Create a Process. Without `key`, the key is derived from its"
            " name. CONFLICT if the key is taken."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def create_process(
        self,
        info: Info,
        input: Annotated[
            ProcessInput, strawberry.argument(description="The new node's properties.")
        ],
        key: NewKey = None,
    ) -> Process:
        return await create_node(info, "Process", Process, input, key)

    @strawberry.mutation(
        description=(
            "Change properties of a Process. With `expectedVersion`, "
            "CONFLICT if the node changed since that version."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def update_process(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The Process to change: its key, `Process:key` or its global "
                    "ID (its `id` field)."
                )
            ),
        ],
        input: Annotated[
            ProcessPatch, strawberry.argument(description="The properties to change.")
        ],
        expected_version: ExpectedVersion = None,
    ) -> Process:
        return await update_node(info, "Process", Process, id, input, expected_version)

    @strawberry.mutation(
        description="Delete a Process and all its relationships.", metadata=needs(Role.ADMIN)
    )
    async def delete_process(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The Process to delete: its key, `Process:key` or its global "
                    "ID (its `id` field)."
                )
            ),
        ],
        expected_version: ExpectedVersion = None,
    ) -> DeletedNode:
        return await delete_node(info, "Process", id, expected_version)

    @strawberry.mutation(
        description=(
            "Create a System. Without `key`, the key is derived from its "
            "name. CONFLICT if the key is taken."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def create_system(
        self,
        info: Info,
        input: Annotated[
            SystemInput, strawberry.argument(description="The new node's properties.")
        ],
        key: NewKey = None,
    ) -> System:
        return await create_node(info, "System", System, input, key)

    @strawberry.mutation(
        description=(
            "Change properties of a System. With `expectedVersion`, "
            "CONFLICT if the node changed since that version."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def update_system(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The System to change: its key, `System:key` or its global ID (its `id` field)."
                )
            ),
        ],
        input: Annotated[SystemPatch, strawberry.argument(description="The properties to change.")],
        expected_version: ExpectedVersion = None,
    ) -> System:
        return await update_node(info, "System", System, id, input, expected_version)

    @strawberry.mutation(
        description="Delete a System and all its relationships.", metadata=needs(Role.ADMIN)
    )
    async def delete_system(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The System to delete: its key, `System:key` or its global ID (its `id` field)."
                )
            ),
        ],
        expected_version: ExpectedVersion = None,
    ) -> DeletedNode:
        return await delete_node(info, "System", id, expected_version)

    @strawberry.mutation(
        description=(
            "Create a Team. Without `key`, the key is derived from its "
            "name. CONFLICT if the key is taken."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def create_team(
        self,
        info: Info,
        input: Annotated[TeamInput, strawberry.argument(description="The new node's properties.")],
        key: NewKey = None,
    ) -> Team:
        return await create_node(info, "Team", Team, input, key)

    @strawberry.mutation(
        description=(
            "Change properties of a Team. With `expectedVersion`, "
            "CONFLICT if the node changed since that version."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def update_team(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The Team to change: its key, `Team:key` or its global ID (its `id` field)."
                )
            ),
        ],
        input: Annotated[TeamPatch, strawberry.argument(description="The properties to change.")],
        expected_version: ExpectedVersion = None,
    ) -> Team:
        return await update_node(info, "Team", Team, id, input, expected_version)

    @strawberry.mutation(
        description="Delete a Team and all its relationships.", metadata=needs(Role.ADMIN)
    )
    async def delete_team(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The Team to delete: its key, `Team:key` or its global ID (its `id` field)."
                )
            ),
        ],
        expected_version: ExpectedVersion = None,
    ) -> DeletedNode:
        return await delete_node(info, "Team", id, expected_version)

    @strawberry.mutation(
        description=(
            "Create a Service. Without `key`, the key is derived from its"
            " name. CONFLICT if the key is taken."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def create_service(
        self,
        info: Info,
        input: Annotated[
            ServiceInput, strawberry.argument(description="The new node's properties.")
        ],
        key: NewKey = None,
    ) -> Service:
        return await create_node(info, "Service", Service, input, key)

    @strawberry.mutation(
        description=(
            "Change properties of a Service. With `expectedVersion`, "
            "CONFLICT if the node changed since that version."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def update_service(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The Service to change: its key, `Service:key` or its global "
                    "ID (its `id` field)."
                )
            ),
        ],
        input: Annotated[
            ServicePatch, strawberry.argument(description="The properties to change.")
        ],
        expected_version: ExpectedVersion = None,
    ) -> Service:
        return await update_node(info, "Service", Service, id, input, expected_version)

    @strawberry.mutation(
        description="Delete a Service and all its relationships.", metadata=needs(Role.ADMIN)
    )
    async def delete_service(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The Service to delete: its key, `Service:key` or its global "
                    "ID (its `id` field)."
                )
            ),
        ],
        expected_version: ExpectedVersion = None,
    ) -> DeletedNode:
        return await delete_node(info, "Service", id, expected_version)

    @strawberry.mutation(
        description=(
            "Create a Interface. Without `key`, the key is derived from "
            "its name. CONFLICT if the key is taken."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def create_interface(
        self,
        info: Info,
        input: Annotated[
            InterfaceInput, strawberry.argument(description="The new node's properties.")
        ],
        key: NewKey = None,
    ) -> Interface:
        return await create_node(info, "Interface", Interface, input, key)

    @strawberry.mutation(
        description=(
            "Change properties of a Interface. With `expectedVersion`, "
            "CONFLICT if the node changed since that version."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def update_interface(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The Interface to change: its key, `Interface:key` or its "
                    "global ID (its `id` field)."
                )
            ),
        ],
        input: Annotated[
            InterfacePatch, strawberry.argument(description="The properties to change.")
        ],
        expected_version: ExpectedVersion = None,
    ) -> Interface:
        return await update_node(info, "Interface", Interface, id, input, expected_version)

    @strawberry.mutation(
        description="Delete a Interface and all its relationships.", metadata=needs(Role.ADMIN)
    )
    async def delete_interface(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The Interface to delete: its key, `Interface:key` or its "
                    "global ID (its `id` field)."
                )
            ),
        ],
        expected_version: ExpectedVersion = None,
    ) -> DeletedNode:
        return await delete_node(info, "Interface", id, expected_version)

    @strawberry.mutation(
        description=(
            "Create a DataObject. Without `key`, the key is derived from "
            "its name. CONFLICT if the key is taken."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def create_data_object(
        self,
        info: Info,
        input: Annotated[
            DataObjectInput, strawberry.argument(description="The new node's properties.")
        ],
        key: NewKey = None,
    ) -> DataObject:
        return await create_node(info, "DataObject", DataObject, input, key)

    @strawberry.mutation(
        description=(
            "Change properties of a DataObject. With `expectedVersion`, "
            "CONFLICT if the node changed since that version."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def update_data_object(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The DataObject to change: its key, `DataObject:key` or its "
                    "global ID (its `id` field)."
                )
            ),
        ],
        input: Annotated[
            DataObjectPatch, strawberry.argument(description="The properties to change.")
        ],
        expected_version: ExpectedVersion = None,
    ) -> DataObject:
        return await update_node(info, "DataObject", DataObject, id, input, expected_version)

    @strawberry.mutation(
        description="Delete a DataObject and all its relationships.", metadata=needs(Role.ADMIN)
    )
    async def delete_data_object(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The DataObject to delete: its key, `DataObject:key` or its "
                    "global ID (its `id` field)."
                )
            ),
        ],
        expected_version: ExpectedVersion = None,
    ) -> DeletedNode:
        return await delete_node(info, "DataObject", id, expected_version)

    @strawberry.mutation(
        description=(
            "Create a TechnologyNode. Without `key`, the key is derived "
            "from its name. CONFLICT if the key is taken."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def create_technology_node(
        self,
        info: Info,
        input: Annotated[
            TechnologyNodeInput, strawberry.argument(description="The new node's properties.")
        ],
        key: NewKey = None,
    ) -> TechnologyNode:
        return await create_node(info, "TechnologyNode", TechnologyNode, input, key)

    @strawberry.mutation(
        description=(
            "Change properties of a TechnologyNode. With "
            "`expectedVersion`, CONFLICT if the node changed since that "
            "version."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def update_technology_node(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The TechnologyNode to change: its key, `TechnologyNode:key` "
                    "or its global ID (its `id` field)."
                )
            ),
        ],
        input: Annotated[
            TechnologyNodePatch, strawberry.argument(description="The properties to change.")
        ],
        expected_version: ExpectedVersion = None,
    ) -> TechnologyNode:
        return await update_node(
            info, "TechnologyNode", TechnologyNode, id, input, expected_version
        )

    @strawberry.mutation(
        description="Delete a TechnologyNode and all its relationships.", metadata=needs(Role.ADMIN)
    )
    async def delete_technology_node(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The TechnologyNode to delete: its key, `TechnologyNode:key` "
                    "or its global ID (its `id` field)."
                )
            ),
        ],
        expected_version: ExpectedVersion = None,
    ) -> DeletedNode:
        return await delete_node(info, "TechnologyNode", id, expected_version)

    @strawberry.mutation(
        description=(
            "Create a Event. Without `key`, the key is derived from its "
            "name. CONFLICT if the key is taken."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def create_event(
        self,
        info: Info,
        input: Annotated[EventInput, strawberry.argument(description="The new node's properties.")],
        key: NewKey = None,
    ) -> Event:
        return await create_node(info, "Event", Event, input, key)

    @strawberry.mutation(
        description=(
            "Change properties of a Event. With `expectedVersion`, "
            "CONFLICT if the node changed since that version."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def update_event(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The Event to change: its key, `Event:key` or its global ID (its `id` field)."
                )
            ),
        ],
        input: Annotated[EventPatch, strawberry.argument(description="The properties to change.")],
        expected_version: ExpectedVersion = None,
    ) -> Event:
        return await update_node(info, "Event", Event, id, input, expected_version)

    @strawberry.mutation(
        description="Delete a Event and all its relationships.", metadata=needs(Role.ADMIN)
    )
    async def delete_event(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The Event to delete: its key, `Event:key` or its global ID (its `id` field)."
                )
            ),
        ],
        expected_version: ExpectedVersion = None,
    ) -> DeletedNode:
        return await delete_node(info, "Event", id, expected_version)

    @strawberry.mutation(
        description=(
            "Create a ValueStream. Without `key`, the key is derived from"
            " its name. CONFLICT if the key is taken."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def create_value_stream(
        self,
        info: Info,
        input: Annotated[
            ValueStreamInput, strawberry.argument(description="The new node's properties.")
        ],
        key: NewKey = None,
    ) -> ValueStream:
        return await create_node(info, "ValueStream", ValueStream, input, key)

    @strawberry.mutation(
        description=(
            "Change properties of a ValueStream. With `expectedVersion`, "
            "CONFLICT if the node changed since that version."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def update_value_stream(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The ValueStream to change: its key, `ValueStream:key` or its"
                    " global ID (its `id` field)."
                )
            ),
        ],
        input: Annotated[
            ValueStreamPatch, strawberry.argument(description="The properties to change.")
        ],
        expected_version: ExpectedVersion = None,
    ) -> ValueStream:
        return await update_node(info, "ValueStream", ValueStream, id, input, expected_version)

    @strawberry.mutation(
        description="Delete a ValueStream and all its relationships.", metadata=needs(Role.ADMIN)
    )
    async def delete_value_stream(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The ValueStream to delete: its key, `ValueStream:key` or its"
                    " global ID (its `id` field)."
                )
            ),
        ],
        expected_version: ExpectedVersion = None,
    ) -> DeletedNode:
        return await delete_node(info, "ValueStream", id, expected_version)

    @strawberry.mutation(
        description=(
            "Create a ValueStreamStage. Without `key`, the key is derived"
            " from its name. CONFLICT if the key is taken."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def create_value_stream_stage(
        self,
        info: Info,
        input: Annotated[
            ValueStreamStageInput, strawberry.argument(description="The new node's properties.")
        ],
        key: NewKey = None,
    ) -> ValueStreamStage:
        return await create_node(info, "ValueStreamStage", ValueStreamStage, input, key)

    @strawberry.mutation(
        description=(
            "Change properties of a ValueStreamStage. With "
            "`expectedVersion`, CONFLICT if the node changed since that "
            "version."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def update_value_stream_stage(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The ValueStreamStage to change: its key, "
                    "`ValueStreamStage:key` or its global ID (its `id` field)."
                )
            ),
        ],
        input: Annotated[
            ValueStreamStagePatch, strawberry.argument(description="The properties to change.")
        ],
        expected_version: ExpectedVersion = None,
    ) -> ValueStreamStage:
        return await update_node(
            info, "ValueStreamStage", ValueStreamStage, id, input, expected_version
        )

    @strawberry.mutation(
        description="Delete a ValueStreamStage and all its relationships.",
        metadata=needs(Role.ADMIN),
    )
    async def delete_value_stream_stage(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The ValueStreamStage to delete: its key, "
                    "`ValueStreamStage:key` or its global ID (its `id` field)."
                )
            ),
        ],
        expected_version: ExpectedVersion = None,
    ) -> DeletedNode:
        return await delete_node(info, "ValueStreamStage", id, expected_version)

    @strawberry.mutation(
        name="createKPI",
        description=(
            "Create a KPI. Without `key`, the key is derived from its "
            "name. CONFLICT if the key is taken."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def create_kpi(
        self,
        info: Info,
        input: Annotated[KPIInput, strawberry.argument(description="The new node's properties.")],
        key: NewKey = None,
    ) -> KPI:
        return await create_node(info, "KPI", KPI, input, key)

    @strawberry.mutation(
        name="updateKPI",
        description=(
            "Change properties of a KPI. With `expectedVersion`, CONFLICT"
            " if the node changed since that version."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def update_kpi(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The KPI to change: its key, `KPI:key` or its global ID (its `id` field)."
                )
            ),
        ],
        input: Annotated[KPIPatch, strawberry.argument(description="The properties to change.")],
        expected_version: ExpectedVersion = None,
    ) -> KPI:
        return await update_node(info, "KPI", KPI, id, input, expected_version)

    @strawberry.mutation(
        name="deleteKPI",
        description="Delete a KPI and all its relationships.",
        metadata=needs(Role.ADMIN),
    )
    async def delete_kpi(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The KPI to delete: its key, `KPI:key` or its global ID (its `id` field)."
                )
            ),
        ],
        expected_version: ExpectedVersion = None,
    ) -> DeletedNode:
        return await delete_node(info, "KPI", id, expected_version)

    @strawberry.mutation(
        description=(
            "Create a Measurement. Without `key`, the key is derived from"
            " its at. CONFLICT if the key is taken."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def create_measurement(
        self,
        info: Info,
        input: Annotated[
            MeasurementInput, strawberry.argument(description="The new node's properties.")
        ],
        key: NewKey = None,
    ) -> Measurement:
        return await create_node(info, "Measurement", Measurement, input, key)

    @strawberry.mutation(
        description=(
            "Change properties of a Measurement. With `expectedVersion`, "
            "CONFLICT if the node changed since that version."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def update_measurement(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The Measurement to change: its key, `Measurement:key` or its"
                    " global ID (its `id` field)."
                )
            ),
        ],
        input: Annotated[
            MeasurementPatch, strawberry.argument(description="The properties to change.")
        ],
        expected_version: ExpectedVersion = None,
    ) -> Measurement:
        return await update_node(info, "Measurement", Measurement, id, input, expected_version)

    @strawberry.mutation(
        description="Delete a Measurement and all its relationships.", metadata=needs(Role.ADMIN)
    )
    async def delete_measurement(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The Measurement to delete: its key, `Measurement:key` or its"
                    " global ID (its `id` field)."
                )
            ),
        ],
        expected_version: ExpectedVersion = None,
    ) -> DeletedNode:
        return await delete_node(info, "Measurement", id, expected_version)

    @strawberry.mutation(
        description=(
            "Create a BacklogItem. Without `key`, the key is derived from"
            " its title. CONFLICT if the key is taken."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def create_backlog_item(
        self,
        info: Info,
        input: Annotated[
            BacklogItemInput, strawberry.argument(description="The new node's properties.")
        ],
        key: NewKey = None,
    ) -> BacklogItem:
        return await create_node(info, "BacklogItem", BacklogItem, input, key)

    @strawberry.mutation(
        description=(
            "Change properties of a BacklogItem. With `expectedVersion`, "
            "CONFLICT if the node changed since that version."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def update_backlog_item(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The BacklogItem to change: its key, `BacklogItem:key` or its"
                    " global ID (its `id` field)."
                )
            ),
        ],
        input: Annotated[
            BacklogItemPatch, strawberry.argument(description="The properties to change.")
        ],
        expected_version: ExpectedVersion = None,
    ) -> BacklogItem:
        return await update_node(info, "BacklogItem", BacklogItem, id, input, expected_version)

    @strawberry.mutation(
        description="Delete a BacklogItem and all its relationships.", metadata=needs(Role.ADMIN)
    )
    async def delete_backlog_item(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The BacklogItem to delete: its key, `BacklogItem:key` or its"
                    " global ID (its `id` field)."
                )
            ),
        ],
        expected_version: ExpectedVersion = None,
    ) -> DeletedNode:
        return await delete_node(info, "BacklogItem", id, expected_version)

    @strawberry.mutation(
        description=(
            "Create a Opportunity. Without `key`, the key is derived from"
            " its statement. CONFLICT if the key is taken."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def create_opportunity(
        self,
        info: Info,
        input: Annotated[
            OpportunityInput, strawberry.argument(description="The new node's properties.")
        ],
        key: NewKey = None,
    ) -> Opportunity:
        return await create_node(info, "Opportunity", Opportunity, input, key)

    @strawberry.mutation(
        description=(
            "Change properties of a Opportunity. With `expectedVersion`, "
            "CONFLICT if the node changed since that version."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def update_opportunity(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The Opportunity to change: its key, `Opportunity:key` or its"
                    " global ID (its `id` field)."
                )
            ),
        ],
        input: Annotated[
            OpportunityPatch, strawberry.argument(description="The properties to change.")
        ],
        expected_version: ExpectedVersion = None,
    ) -> Opportunity:
        return await update_node(info, "Opportunity", Opportunity, id, input, expected_version)

    @strawberry.mutation(
        description="Delete a Opportunity and all its relationships.", metadata=needs(Role.ADMIN)
    )
    async def delete_opportunity(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The Opportunity to delete: its key, `Opportunity:key` or its"
                    " global ID (its `id` field)."
                )
            ),
        ],
        expected_version: ExpectedVersion = None,
    ) -> DeletedNode:
        return await delete_node(info, "Opportunity", id, expected_version)

    @strawberry.mutation(
        description=(
            "Create a View. Without `key`, the key is derived from its "
            "name. CONFLICT if the key is taken."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def create_view(
        self,
        info: Info,
        input: Annotated[ViewInput, strawberry.argument(description="The new node's properties.")],
        key: NewKey = None,
    ) -> View:
        return await create_node(info, "View", View, input, key)

    @strawberry.mutation(
        description=(
            "Change properties of a View. With `expectedVersion`, "
            "CONFLICT if the node changed since that version."
        ),
        metadata=needs(Role.EDITOR),
    )
    async def update_view(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The View to change: its key, `View:key` or its global ID (its `id` field)."
                )
            ),
        ],
        input: Annotated[ViewPatch, strawberry.argument(description="The properties to change.")],
        expected_version: ExpectedVersion = None,
    ) -> View:
        return await update_node(info, "View", View, id, input, expected_version)

    @strawberry.mutation(
        description="Delete a View and all its relationships.", metadata=needs(Role.ADMIN)
    )
    async def delete_view(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description=(
                    "The View to delete: its key, `View:key` or its global ID (its `id` field)."
                )
            ),
        ],
        expected_version: ExpectedVersion = None,
    ) -> DeletedNode:
        return await delete_node(info, "View", id, expected_version)
