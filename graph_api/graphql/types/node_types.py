"""One GraphQL object type per node kind: a field per property and per relationship.

Generated from the metamodel (graph_api/metamodel) by graph_api/graphql/types/generate.py.
Do not edit: after changing the metamodel, run ``make generated``
(``python -m graph_api.graphql.types.generate``), which rewrites this file.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry
from strawberry.types import Info

from graph_api.graphql.arguments import After, Before, First, Last
from graph_api.graphql.types.base import FIELD_READERS, Connection, GraphNode, record_field
from graph_api.graphql.types.carried_types import (
    Attribute,
    DiagramConnection,
    DiagramNode,
    Translation,
)
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
from graph_api.graphql.types.related import (
    field_readers,
    related_connection,
    related_list,
    related_node,
)
from graph_api.metamodel.enums import (
    BacklogKind,
    BacklogStatus,
    Behaviour,
    ChannelKind,
    DataObjectKind,
    EvidenceKind,
    JobKind,
    JourneyState,
    KpiDirection,
    Layer,
    ProcessKind,
    SystemLifecycle,
    TechnologyKind,
)


@strawberry.type(description="A customer segment or persona whose experience is mapped.")
class Persona(GraphNode):
    description: str | None = record_field(description="Free text describing the node.")
    name: str = record_field(description="The persona's name, e.g. 'Busy commuter'.")
    segment: str | None = record_field(description="The market segment the persona belongs to.")
    translations: list[Translation] | None = record_field(
        description="The node's label and description in other languages, one per language."
    )
    attributes: list[Attribute] | None = record_field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        )
    )

    @strawberry.field(
        description=(
            "The persona has this job to be done. Walks "
            "(Persona)-[:HAS_JOB]->(Job). In position order (then key) "
            "unless `orderBy` is given."
        )
    )
    async def jobs(
        self,
        info: Info,
        where: Annotated[
            JobWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[JobOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Job]:
        return await related_list(self, info, "Persona", "jobs", Job, where, order_by)

    @strawberry.field(description="`jobs` a page at a time, with `totalCount` (Relay connection).")
    async def jobs_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            JobWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[JobOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Job]:
        return await related_connection(
            self,
            info,
            "Persona",
            "jobs",
            Job,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Journey nodes whose `persona` include this Persona. "
            "Walks (Journey)-[:FOR_PERSONA]->(Persona) backwards. In "
            "position order (then key) unless `orderBy` is given."
        )
    )
    async def journeys(
        self,
        info: Info,
        where: Annotated[
            JourneyWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[JourneyOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Journey]:
        return await related_list(self, info, "Persona", "journeys", Journey, where, order_by)

    @strawberry.field(
        description="`journeys` a page at a time, with `totalCount` (Relay connection)."
    )
    async def journeys_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            JourneyWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[JourneyOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Journey]:
        return await related_connection(
            self,
            info,
            "Persona",
            "journeys",
            Journey,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The View nodes whose `showsPersonas` include this Persona. "
            "Walks (View)-[:SHOWS]->(Persona) backwards. In position "
            "order (then key) unless `orderBy` is given."
        )
    )
    async def views(
        self,
        info: Info,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[View]:
        return await related_list(self, info, "Persona", "views", View, where, order_by)

    @strawberry.field(description="`views` a page at a time, with `totalCount` (Relay connection).")
    async def views_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[View]:
        return await related_connection(
            self,
            info,
            "Persona",
            "views",
            View,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )


@strawberry.type(
    description=(
        "A job to be done: what a customer is trying to get done (Outcome-Driven Innovation)."
    )
)
class Job(GraphNode):
    description: str | None = record_field(description="Free text describing the node.")
    statement: str = record_field(description="The job statement: verb, object, context.")
    kind: JobKind = record_field(description="Functional, emotional or social job.")
    translations: list[Translation] | None = record_field(
        description="The node's label and description in other languages, one per language."
    )
    attributes: list[Attribute] | None = record_field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        )
    )

    @strawberry.field(
        description=(
            "A desired outcome of the job. Walks "
            "(Job)-[:HAS_OUTCOME]->(Outcome). In position order (then "
            "key) unless `orderBy` is given."
        )
    )
    async def outcomes(
        self,
        info: Info,
        where: Annotated[
            OutcomeWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[OutcomeOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Outcome]:
        return await related_list(self, info, "Job", "outcomes", Outcome, where, order_by)

    @strawberry.field(
        description="`outcomes` a page at a time, with `totalCount` (Relay connection)."
    )
    async def outcomes_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            OutcomeWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[OutcomeOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Outcome]:
        return await related_connection(
            self,
            info,
            "Job",
            "outcomes",
            Outcome,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Persona nodes whose `jobs` include this Job. Walks "
            "(Persona)-[:HAS_JOB]->(Job) backwards. In position order "
            "(then key) unless `orderBy` is given."
        )
    )
    async def personas(
        self,
        info: Info,
        where: Annotated[
            PersonaWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[PersonaOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Persona]:
        return await related_list(self, info, "Job", "personas", Persona, where, order_by)

    @strawberry.field(
        description="`personas` a page at a time, with `totalCount` (Relay connection)."
    )
    async def personas_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            PersonaWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[PersonaOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Persona]:
        return await related_connection(
            self,
            info,
            "Job",
            "personas",
            Persona,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Journey nodes whose `jobs` include this Job. Walks "
            "(Journey)-[:ACCOMPLISHES]->(Job) backwards. In position "
            "order (then key) unless `orderBy` is given."
        )
    )
    async def journeys(
        self,
        info: Info,
        where: Annotated[
            JourneyWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[JourneyOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Journey]:
        return await related_list(self, info, "Job", "journeys", Journey, where, order_by)

    @strawberry.field(
        description="`journeys` a page at a time, with `totalCount` (Relay connection)."
    )
    async def journeys_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            JourneyWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[JourneyOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Journey]:
        return await related_connection(
            self,
            info,
            "Job",
            "journeys",
            Journey,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The View nodes whose `showsJobs` include this Job. Walks "
            "(View)-[:SHOWS]->(Job) backwards. In position order (then "
            "key) unless `orderBy` is given."
        )
    )
    async def views(
        self,
        info: Info,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[View]:
        return await related_list(self, info, "Job", "views", View, where, order_by)

    @strawberry.field(description="`views` a page at a time, with `totalCount` (Relay connection).")
    async def views_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[View]:
        return await related_connection(
            self,
            info,
            "Job",
            "views",
            View,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )


@strawberry.type(
    description="A desired outcome: a metric customers use to judge how well a job gets done."
)
class Outcome(GraphNode):
    description: str | None = record_field(description="Free text describing the node.")
    statement: str = record_field(
        description="The outcome statement, e.g. 'Minimize the time to ...'."
    )
    importance: float = record_field(description="How important the outcome is, 0-10.")
    satisfaction: float = record_field(
        description="How satisfied customers are with it today, 0-10."
    )
    translations: list[Translation] | None = record_field(
        description="The node's label and description in other languages, one per language."
    )
    attributes: list[Attribute] | None = record_field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        )
    )

    @strawberry.field(
        description=(
            "The Job nodes whose `outcomes` include this Outcome. Walks "
            "(Job)-[:HAS_OUTCOME]->(Outcome) backwards."
        )
    )
    async def job(
        self,
        info: Info,
    ) -> Job | None:
        return await related_node(self, info, "Outcome", "job", Job)

    @strawberry.field(
        description=(
            "The Step nodes whose `outcomes` include this Outcome. Walks "
            "(Step)-[:PURSUES]->(Outcome) backwards. In position order "
            "(then key) unless `orderBy` is given."
        )
    )
    async def steps(
        self,
        info: Info,
        where: Annotated[
            StepWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StepOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Step]:
        return await related_list(self, info, "Outcome", "steps", Step, where, order_by)

    @strawberry.field(description="`steps` a page at a time, with `totalCount` (Relay connection).")
    async def steps_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            StepWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StepOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Step]:
        return await related_connection(
            self,
            info,
            "Outcome",
            "steps",
            Step,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Evidence nodes whose `outcomes` include this Outcome. "
            "Walks (Evidence)-[:SUPPORTS]->(Outcome) backwards. In "
            "position order (then key) unless `orderBy` is given."
        )
    )
    async def evidence(
        self,
        info: Info,
        where: Annotated[
            EvidenceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[EvidenceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Evidence]:
        return await related_list(self, info, "Outcome", "evidence", Evidence, where, order_by)

    @strawberry.field(
        description="`evidence` a page at a time, with `totalCount` (Relay connection)."
    )
    async def evidence_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            EvidenceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[EvidenceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Evidence]:
        return await related_connection(
            self,
            info,
            "Outcome",
            "evidence",
            Evidence,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The BacklogItem nodes whose `outcomes` include this Outcome."
            " Walks (BacklogItem)-[:ADDRESSES]->(Outcome) backwards. In "
            "position order (then key) unless `orderBy` is given."
        )
    )
    async def backlog_items(
        self,
        info: Info,
        where: Annotated[
            BacklogItemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[BacklogItemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[BacklogItem]:
        return await related_list(
            self, info, "Outcome", "backlogItems", BacklogItem, where, order_by
        )

    @strawberry.field(
        description="`backlogItems` a page at a time, with `totalCount` (Relay connection)."
    )
    async def backlog_items_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            BacklogItemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[BacklogItemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[BacklogItem]:
        return await related_connection(
            self,
            info,
            "Outcome",
            "backlogItems",
            BacklogItem,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Opportunity nodes whose `outcomes` include this Outcome."
            " Walks (Opportunity)-[:TARGETS]->(Outcome) backwards. In "
            "position order (then key) unless `orderBy` is given."
        )
    )
    async def opportunities(
        self,
        info: Info,
        where: Annotated[
            OpportunityWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[OpportunityOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Opportunity]:
        return await related_list(
            self, info, "Outcome", "opportunities", Opportunity, where, order_by
        )

    @strawberry.field(
        description="`opportunities` a page at a time, with `totalCount` (Relay connection)."
    )
    async def opportunities_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            OpportunityWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[OpportunityOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Opportunity]:
        return await related_connection(
            self,
            info,
            "Outcome",
            "opportunities",
            Opportunity,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The View nodes whose `showsOutcomes` include this Outcome. "
            "Walks (View)-[:SHOWS]->(Outcome) backwards. In position "
            "order (then key) unless `orderBy` is given."
        )
    )
    async def views(
        self,
        info: Info,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[View]:
        return await related_list(self, info, "Outcome", "views", View, where, order_by)

    @strawberry.field(description="`views` a page at a time, with `totalCount` (Relay connection).")
    async def views_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[View]:
        return await related_connection(
            self,
            info,
            "Outcome",
            "views",
            View,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )


@strawberry.type(description="A persona's journey to get a job done, made of ordered stages.")
class Journey(GraphNode):
    description: str | None = record_field(description="Free text describing the node.")
    name: str = record_field(description="The journey's name.")
    state: JourneyState = record_field(
        description="Whether the map shows the current or a future state."
    )
    translations: list[Translation] | None = record_field(
        description="The node's label and description in other languages, one per language."
    )
    attributes: list[Attribute] | None = record_field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        )
    )

    @strawberry.field(
        description=(
            "The persona whose journey this is. Walks (Journey)-[:FOR_PERSONA]->(Persona)."
        )
    )
    async def persona(
        self,
        info: Info,
    ) -> Persona | None:
        return await related_node(self, info, "Journey", "persona", Persona)

    @strawberry.field(
        description=(
            "The job the journey gets done. Walks "
            "(Journey)-[:ACCOMPLISHES]->(Job). In position order (then "
            "key) unless `orderBy` is given."
        )
    )
    async def jobs(
        self,
        info: Info,
        where: Annotated[
            JobWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[JobOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Job]:
        return await related_list(self, info, "Journey", "jobs", Job, where, order_by)

    @strawberry.field(description="`jobs` a page at a time, with `totalCount` (Relay connection).")
    async def jobs_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            JobWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[JobOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Job]:
        return await related_connection(
            self,
            info,
            "Journey",
            "jobs",
            Job,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A stage of the journey. Walks "
            "(Journey)-[:HAS_STAGE]->(Stage). In position order (then "
            "key) unless `orderBy` is given."
        )
    )
    async def stages(
        self,
        info: Info,
        where: Annotated[
            StageWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StageOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Stage]:
        return await related_list(self, info, "Journey", "stages", Stage, where, order_by)

    @strawberry.field(
        description="`stages` a page at a time, with `totalCount` (Relay connection)."
    )
    async def stages_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            StageWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StageOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Stage]:
        return await related_connection(
            self,
            info,
            "Journey",
            "stages",
            Stage,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Team nodes whose `journeys` include this Journey. Walks "
            "(Team)-[:OWNS]->(Journey) backwards. In position order (then"
            " key) unless `orderBy` is given."
        )
    )
    async def owners(
        self,
        info: Info,
        where: Annotated[
            TeamWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TeamOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Team]:
        return await related_list(self, info, "Journey", "owners", Team, where, order_by)

    @strawberry.field(
        description="`owners` a page at a time, with `totalCount` (Relay connection)."
    )
    async def owners_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TeamWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TeamOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Team]:
        return await related_connection(
            self,
            info,
            "Journey",
            "owners",
            Team,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The KPI nodes whose `journeys` include this Journey. Walks "
            "(KPI)-[:MEASURES]->(Journey) backwards. In position order "
            "(then key) unless `orderBy` is given."
        )
    )
    async def kpis(
        self,
        info: Info,
        where: Annotated[
            KPIWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[KPIOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[KPI]:
        return await related_list(self, info, "Journey", "kpis", KPI, where, order_by)

    @strawberry.field(description="`kpis` a page at a time, with `totalCount` (Relay connection).")
    async def kpis_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            KPIWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[KPIOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[KPI]:
        return await related_connection(
            self,
            info,
            "Journey",
            "kpis",
            KPI,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The View nodes whose `showsJourneys` include this Journey. "
            "Walks (View)-[:SHOWS]->(Journey) backwards. In position "
            "order (then key) unless `orderBy` is given."
        )
    )
    async def views(
        self,
        info: Info,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[View]:
        return await related_list(self, info, "Journey", "views", View, where, order_by)

    @strawberry.field(description="`views` a page at a time, with `totalCount` (Relay connection).")
    async def views_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[View]:
        return await related_connection(
            self,
            info,
            "Journey",
            "views",
            View,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )


@strawberry.type(description="A phase of a journey.")
class Stage(GraphNode):
    description: str | None = record_field(description="Free text describing the node.")
    name: str = record_field(description="The stage's name, e.g. 'Discover'.")
    order: int = record_field(description="Position of the stage within its journey.")
    translations: list[Translation] | None = record_field(
        description="The node's label and description in other languages, one per language."
    )
    attributes: list[Attribute] | None = record_field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        )
    )

    @strawberry.field(
        description=(
            "A step within the stage. Walks (Stage)-[:HAS_STEP]->(Step). "
            "In position order (then key) unless `orderBy` is given."
        )
    )
    async def steps(
        self,
        info: Info,
        where: Annotated[
            StepWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StepOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Step]:
        return await related_list(self, info, "Stage", "steps", Step, where, order_by)

    @strawberry.field(description="`steps` a page at a time, with `totalCount` (Relay connection).")
    async def steps_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            StepWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StepOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Step]:
        return await related_connection(
            self,
            info,
            "Stage",
            "steps",
            Step,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A value-stream stage this journey stage maps to. Walks "
            "(Stage)-[:MAPS_TO]->(ValueStreamStage). In position order "
            "(then key) unless `orderBy` is given."
        )
    )
    async def value_stream_stages(
        self,
        info: Info,
        where: Annotated[
            ValueStreamStageWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ValueStreamStageOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[ValueStreamStage]:
        return await related_list(
            self, info, "Stage", "valueStreamStages", ValueStreamStage, where, order_by
        )

    @strawberry.field(
        description="`valueStreamStages` a page at a time, with `totalCount` (Relay connection)."
    )
    async def value_stream_stages_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ValueStreamStageWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ValueStreamStageOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[ValueStreamStage]:
        return await related_connection(
            self,
            info,
            "Stage",
            "valueStreamStages",
            ValueStreamStage,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Journey nodes whose `stages` include this Stage. Walks "
            "(Journey)-[:HAS_STAGE]->(Stage) backwards."
        )
    )
    async def journey(
        self,
        info: Info,
    ) -> Journey | None:
        return await related_node(self, info, "Stage", "journey", Journey)

    @strawberry.field(
        description=(
            "The View nodes whose `showsStages` include this Stage. Walks"
            " (View)-[:SHOWS]->(Stage) backwards. In position order (then"
            " key) unless `orderBy` is given."
        )
    )
    async def views(
        self,
        info: Info,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[View]:
        return await related_list(self, info, "Stage", "views", View, where, order_by)

    @strawberry.field(description="`views` a page at a time, with `totalCount` (Relay connection).")
    async def views_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[View]:
        return await related_connection(
            self,
            info,
            "Stage",
            "views",
            View,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )


@strawberry.type(description="One thing the customer does within a stage.")
class Step(GraphNode):
    description: str | None = record_field(description="Free text describing the node.")
    name: str = record_field(description="The step's name.")
    order: int = record_field(description="Position of the step within its stage.")
    customer_action: str | None = record_field(
        description="What the customer does, in their words."
    )
    emotion: int | None = record_field(
        description="How the customer feels: 1 = very negative, 5 = very positive."
    )
    translations: list[Translation] | None = record_field(
        description="The node's label and description in other languages, one per language."
    )
    attributes: list[Attribute] | None = record_field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        )
    )

    @strawberry.field(
        description=(
            "The step that follows (branches allowed). Walks "
            "(Step)-[:NEXT]->(Step). In position order (then key) unless "
            "`orderBy` is given."
        )
    )
    async def next(
        self,
        info: Info,
        where: Annotated[
            StepWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StepOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Step]:
        return await related_list(self, info, "Step", "next", Step, where, order_by)

    @strawberry.field(description="`next` a page at a time, with `totalCount` (Relay connection).")
    async def next_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            StepWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StepOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Step]:
        return await related_connection(
            self,
            info,
            "Step",
            "next",
            Step,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A touchpoint where the step happens. Walks "
            "(Step)-[:HAS_TOUCHPOINT]->(Touchpoint). In position order "
            "(then key) unless `orderBy` is given."
        )
    )
    async def touchpoints(
        self,
        info: Info,
        where: Annotated[
            TouchpointWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TouchpointOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Touchpoint]:
        return await related_list(self, info, "Step", "touchpoints", Touchpoint, where, order_by)

    @strawberry.field(
        description="`touchpoints` a page at a time, with `totalCount` (Relay connection)."
    )
    async def touchpoints_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TouchpointWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TouchpointOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Touchpoint]:
        return await related_connection(
            self,
            info,
            "Step",
            "touchpoints",
            Touchpoint,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A desired outcome the customer pursues at this step. Walks "
            "(Step)-[:PURSUES]->(Outcome). In position order (then key) "
            "unless `orderBy` is given."
        )
    )
    async def outcomes(
        self,
        info: Info,
        where: Annotated[
            OutcomeWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[OutcomeOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Outcome]:
        return await related_list(self, info, "Step", "outcomes", Outcome, where, order_by)

    @strawberry.field(
        description="`outcomes` a page at a time, with `totalCount` (Relay connection)."
    )
    async def outcomes_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            OutcomeWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[OutcomeOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Outcome]:
        return await related_connection(
            self,
            info,
            "Step",
            "outcomes",
            Outcome,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "An event that arises at this step. Walks "
            "(Step)-[:TRIGGERS]->(Event). In position order (then key) "
            "unless `orderBy` is given."
        )
    )
    async def raises_events(
        self,
        info: Info,
        where: Annotated[
            EventWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[EventOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Event]:
        return await related_list(self, info, "Step", "raisesEvents", Event, where, order_by)

    @strawberry.field(
        description="`raisesEvents` a page at a time, with `totalCount` (Relay connection)."
    )
    async def raises_events_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            EventWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[EventOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Event]:
        return await related_connection(
            self,
            info,
            "Step",
            "raisesEvents",
            Event,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A service the customer uses at this step. Walks "
            "(Step)-[:USES]->(Service). In position order (then key) "
            "unless `orderBy` is given."
        )
    )
    async def uses_services(
        self,
        info: Info,
        where: Annotated[
            ServiceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ServiceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Service]:
        return await related_list(self, info, "Step", "usesServices", Service, where, order_by)

    @strawberry.field(
        description="`usesServices` a page at a time, with `totalCount` (Relay connection)."
    )
    async def uses_services_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ServiceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ServiceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Service]:
        return await related_connection(
            self,
            info,
            "Step",
            "usesServices",
            Service,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "Data the step needs (shown to or used for the customer). "
            "Walks (Step)-[:NEEDS]->(DataObject). In position order (then"
            " key) unless `orderBy` is given."
        )
    )
    async def needs_data(
        self,
        info: Info,
        where: Annotated[
            DataObjectWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[DataObjectOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[DataObject]:
        return await related_list(self, info, "Step", "needsData", DataObject, where, order_by)

    @strawberry.field(
        description="`needsData` a page at a time, with `totalCount` (Relay connection)."
    )
    async def needs_data_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            DataObjectWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[DataObjectOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[DataObject]:
        return await related_connection(
            self,
            info,
            "Step",
            "needsData",
            DataObject,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "Data the customer gives at this step. Walks "
            "(Step)-[:CAPTURES]->(DataObject). In position order (then "
            "key) unless `orderBy` is given."
        )
    )
    async def captures_data(
        self,
        info: Info,
        where: Annotated[
            DataObjectWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[DataObjectOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[DataObject]:
        return await related_list(self, info, "Step", "capturesData", DataObject, where, order_by)

    @strawberry.field(
        description="`capturesData` a page at a time, with `totalCount` (Relay connection)."
    )
    async def captures_data_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            DataObjectWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[DataObjectOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[DataObject]:
        return await related_connection(
            self,
            info,
            "Step",
            "capturesData",
            DataObject,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Stage nodes whose `steps` include this Step. Walks "
            "(Stage)-[:HAS_STEP]->(Step) backwards."
        )
    )
    async def stage(
        self,
        info: Info,
    ) -> Stage | None:
        return await related_node(self, info, "Step", "stage", Stage)

    @strawberry.field(
        description=(
            "The Step nodes whose `next` include this Step. Walks "
            "(Step)-[:NEXT]->(Step) backwards. In position order (then "
            "key) unless `orderBy` is given."
        )
    )
    async def previous(
        self,
        info: Info,
        where: Annotated[
            StepWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StepOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Step]:
        return await related_list(self, info, "Step", "previous", Step, where, order_by)

    @strawberry.field(
        description="`previous` a page at a time, with `totalCount` (Relay connection)."
    )
    async def previous_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            StepWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StepOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Step]:
        return await related_connection(
            self,
            info,
            "Step",
            "previous",
            Step,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The PainPoint nodes whose `steps` include this Step. Walks "
            "(PainPoint)-[:AFFECTS]->(Step) backwards. In position order "
            "(then key) unless `orderBy` is given."
        )
    )
    async def pain_points(
        self,
        info: Info,
        where: Annotated[
            PainPointWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[PainPointOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[PainPoint]:
        return await related_list(self, info, "Step", "painPoints", PainPoint, where, order_by)

    @strawberry.field(
        description="`painPoints` a page at a time, with `totalCount` (Relay connection)."
    )
    async def pain_points_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            PainPointWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[PainPointOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[PainPoint]:
        return await related_connection(
            self,
            info,
            "Step",
            "painPoints",
            PainPoint,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Evidence nodes whose `steps` include this Step. Walks "
            "(Evidence)-[:SUPPORTS]->(Step) backwards. In position order "
            "(then key) unless `orderBy` is given."
        )
    )
    async def evidence(
        self,
        info: Info,
        where: Annotated[
            EvidenceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[EvidenceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Evidence]:
        return await related_list(self, info, "Step", "evidence", Evidence, where, order_by)

    @strawberry.field(
        description="`evidence` a page at a time, with `totalCount` (Relay connection)."
    )
    async def evidence_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            EvidenceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[EvidenceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Evidence]:
        return await related_connection(
            self,
            info,
            "Step",
            "evidence",
            Evidence,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Process nodes whose `steps` include this Step. Walks "
            "(Process)-[:SERVES]->(Step) backwards. In position order "
            "(then key) unless `orderBy` is given."
        )
    )
    async def processes(
        self,
        info: Info,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Process]:
        return await related_list(self, info, "Step", "processes", Process, where, order_by)

    @strawberry.field(
        description="`processes` a page at a time, with `totalCount` (Relay connection)."
    )
    async def processes_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Process]:
        return await related_connection(
            self,
            info,
            "Step",
            "processes",
            Process,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Team nodes whose `steps` include this Step. Walks "
            "(Team)-[:OWNS]->(Step) backwards. In position order (then "
            "key) unless `orderBy` is given."
        )
    )
    async def owners(
        self,
        info: Info,
        where: Annotated[
            TeamWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TeamOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Team]:
        return await related_list(self, info, "Step", "owners", Team, where, order_by)

    @strawberry.field(
        description="`owners` a page at a time, with `totalCount` (Relay connection)."
    )
    async def owners_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TeamWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TeamOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Team]:
        return await related_connection(
            self,
            info,
            "Step",
            "owners",
            Team,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The KPI nodes whose `steps` include this Step. Walks "
            "(KPI)-[:MEASURES]->(Step) backwards. In position order (then"
            " key) unless `orderBy` is given."
        )
    )
    async def kpis(
        self,
        info: Info,
        where: Annotated[
            KPIWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[KPIOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[KPI]:
        return await related_list(self, info, "Step", "kpis", KPI, where, order_by)

    @strawberry.field(description="`kpis` a page at a time, with `totalCount` (Relay connection).")
    async def kpis_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            KPIWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[KPIOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[KPI]:
        return await related_connection(
            self,
            info,
            "Step",
            "kpis",
            KPI,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The BacklogItem nodes whose `steps` include this Step. Walks"
            " (BacklogItem)-[:ADDRESSES]->(Step) backwards. In position "
            "order (then key) unless `orderBy` is given."
        )
    )
    async def backlog_items(
        self,
        info: Info,
        where: Annotated[
            BacklogItemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[BacklogItemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[BacklogItem]:
        return await related_list(self, info, "Step", "backlogItems", BacklogItem, where, order_by)

    @strawberry.field(
        description="`backlogItems` a page at a time, with `totalCount` (Relay connection)."
    )
    async def backlog_items_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            BacklogItemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[BacklogItemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[BacklogItem]:
        return await related_connection(
            self,
            info,
            "Step",
            "backlogItems",
            BacklogItem,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Opportunity nodes whose `steps` include this Step. Walks"
            " (Opportunity)-[:ARISES_AT]->(Step) backwards. In position "
            "order (then key) unless `orderBy` is given."
        )
    )
    async def opportunities(
        self,
        info: Info,
        where: Annotated[
            OpportunityWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[OpportunityOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Opportunity]:
        return await related_list(self, info, "Step", "opportunities", Opportunity, where, order_by)

    @strawberry.field(
        description="`opportunities` a page at a time, with `totalCount` (Relay connection)."
    )
    async def opportunities_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            OpportunityWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[OpportunityOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Opportunity]:
        return await related_connection(
            self,
            info,
            "Step",
            "opportunities",
            Opportunity,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The View nodes whose `showsSteps` include this Step. Walks "
            "(View)-[:SHOWS]->(Step) backwards. In position order (then "
            "key) unless `orderBy` is given."
        )
    )
    async def views(
        self,
        info: Info,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[View]:
        return await related_list(self, info, "Step", "views", View, where, order_by)

    @strawberry.field(description="`views` a page at a time, with `totalCount` (Relay connection).")
    async def views_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[View]:
        return await related_connection(
            self,
            info,
            "Step",
            "views",
            View,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )


@strawberry.type(
    description="A channel or device through which the customer and the organisation interact."
)
class Channel(GraphNode):
    description: str | None = record_field(description="Free text describing the node.")
    name: str = record_field(description="The channel's name, e.g. 'Mobile app'.")
    kind: ChannelKind = record_field(description="Digital, physical, assisted or partner channel.")
    translations: list[Translation] | None = record_field(
        description="The node's label and description in other languages, one per language."
    )
    attributes: list[Attribute] | None = record_field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        )
    )

    @strawberry.field(
        description=(
            "The Touchpoint nodes whose `channel` include this Channel. "
            "Walks (Touchpoint)-[:ON_CHANNEL]->(Channel) backwards. In "
            "position order (then key) unless `orderBy` is given."
        )
    )
    async def touchpoints(
        self,
        info: Info,
        where: Annotated[
            TouchpointWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TouchpointOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Touchpoint]:
        return await related_list(self, info, "Channel", "touchpoints", Touchpoint, where, order_by)

    @strawberry.field(
        description="`touchpoints` a page at a time, with `totalCount` (Relay connection)."
    )
    async def touchpoints_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TouchpointWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TouchpointOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Touchpoint]:
        return await related_connection(
            self,
            info,
            "Channel",
            "touchpoints",
            Touchpoint,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The View nodes whose `showsChannels` include this Channel. "
            "Walks (View)-[:SHOWS]->(Channel) backwards. In position "
            "order (then key) unless `orderBy` is given."
        )
    )
    async def views(
        self,
        info: Info,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[View]:
        return await related_list(self, info, "Channel", "views", View, where, order_by)

    @strawberry.field(description="`views` a page at a time, with `totalCount` (Relay connection).")
    async def views_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[View]:
        return await related_connection(
            self,
            info,
            "Channel",
            "views",
            View,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )


@strawberry.type(
    description="A step happening on a channel: the front stage of a service blueprint."
)
class Touchpoint(GraphNode):
    description: str | None = record_field(description="Free text describing the node.")
    name: str = record_field(description="The touchpoint's name.")
    differentiating: bool = record_field(
        description="Whether the brand must stand out here (a moment that matters)."
    )
    translations: list[Translation] | None = record_field(
        description="The node's label and description in other languages, one per language."
    )
    attributes: list[Attribute] | None = record_field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        )
    )

    @strawberry.field(
        description=(
            "The channel the touchpoint happens on. Walks (Touchpoint)-[:ON_CHANNEL]->(Channel)."
        )
    )
    async def channel(
        self,
        info: Info,
    ) -> Channel | None:
        return await related_node(self, info, "Touchpoint", "channel", Channel)

    @strawberry.field(
        description=(
            "A service the touchpoint offers or relies on. Walks "
            "(Touchpoint)-[:USES]->(Service). In position order (then "
            "key) unless `orderBy` is given."
        )
    )
    async def uses_services(
        self,
        info: Info,
        where: Annotated[
            ServiceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ServiceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Service]:
        return await related_list(
            self, info, "Touchpoint", "usesServices", Service, where, order_by
        )

    @strawberry.field(
        description="`usesServices` a page at a time, with `totalCount` (Relay connection)."
    )
    async def uses_services_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ServiceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ServiceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Service]:
        return await related_connection(
            self,
            info,
            "Touchpoint",
            "usesServices",
            Service,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "Data the touchpoint needs. Walks "
            "(Touchpoint)-[:NEEDS]->(DataObject). In position order (then"
            " key) unless `orderBy` is given."
        )
    )
    async def needs_data(
        self,
        info: Info,
        where: Annotated[
            DataObjectWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[DataObjectOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[DataObject]:
        return await related_list(
            self, info, "Touchpoint", "needsData", DataObject, where, order_by
        )

    @strawberry.field(
        description="`needsData` a page at a time, with `totalCount` (Relay connection)."
    )
    async def needs_data_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            DataObjectWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[DataObjectOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[DataObject]:
        return await related_connection(
            self,
            info,
            "Touchpoint",
            "needsData",
            DataObject,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "Data the touchpoint captures. Walks "
            "(Touchpoint)-[:CAPTURES]->(DataObject). In position order "
            "(then key) unless `orderBy` is given."
        )
    )
    async def captures_data(
        self,
        info: Info,
        where: Annotated[
            DataObjectWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[DataObjectOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[DataObject]:
        return await related_list(
            self, info, "Touchpoint", "capturesData", DataObject, where, order_by
        )

    @strawberry.field(
        description="`capturesData` a page at a time, with `totalCount` (Relay connection)."
    )
    async def captures_data_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            DataObjectWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[DataObjectOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[DataObject]:
        return await related_connection(
            self,
            info,
            "Touchpoint",
            "capturesData",
            DataObject,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Step nodes whose `touchpoints` include this Touchpoint. "
            "Walks (Step)-[:HAS_TOUCHPOINT]->(Touchpoint) backwards."
        )
    )
    async def step(
        self,
        info: Info,
    ) -> Step | None:
        return await related_node(self, info, "Touchpoint", "step", Step)

    @strawberry.field(
        description=(
            "The PainPoint nodes whose `touchpoints` include this "
            "Touchpoint. Walks (PainPoint)-[:AFFECTS]->(Touchpoint) "
            "backwards. In position order (then key) unless `orderBy` is "
            "given."
        )
    )
    async def pain_points(
        self,
        info: Info,
        where: Annotated[
            PainPointWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[PainPointOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[PainPoint]:
        return await related_list(
            self, info, "Touchpoint", "painPoints", PainPoint, where, order_by
        )

    @strawberry.field(
        description="`painPoints` a page at a time, with `totalCount` (Relay connection)."
    )
    async def pain_points_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            PainPointWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[PainPointOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[PainPoint]:
        return await related_connection(
            self,
            info,
            "Touchpoint",
            "painPoints",
            PainPoint,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Evidence nodes whose `touchpoints` include this "
            "Touchpoint. Walks (Evidence)-[:SUPPORTS]->(Touchpoint) "
            "backwards. In position order (then key) unless `orderBy` is "
            "given."
        )
    )
    async def evidence(
        self,
        info: Info,
        where: Annotated[
            EvidenceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[EvidenceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Evidence]:
        return await related_list(self, info, "Touchpoint", "evidence", Evidence, where, order_by)

    @strawberry.field(
        description="`evidence` a page at a time, with `totalCount` (Relay connection)."
    )
    async def evidence_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            EvidenceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[EvidenceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Evidence]:
        return await related_connection(
            self,
            info,
            "Touchpoint",
            "evidence",
            Evidence,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Process nodes whose `touchpoints` include this "
            "Touchpoint. Walks (Process)-[:SERVES]->(Touchpoint) "
            "backwards. In position order (then key) unless `orderBy` is "
            "given."
        )
    )
    async def processes(
        self,
        info: Info,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Process]:
        return await related_list(self, info, "Touchpoint", "processes", Process, where, order_by)

    @strawberry.field(
        description="`processes` a page at a time, with `totalCount` (Relay connection)."
    )
    async def processes_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Process]:
        return await related_connection(
            self,
            info,
            "Touchpoint",
            "processes",
            Process,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The KPI nodes whose `touchpoints` include this Touchpoint. "
            "Walks (KPI)-[:MEASURES]->(Touchpoint) backwards. In position"
            " order (then key) unless `orderBy` is given."
        )
    )
    async def kpis(
        self,
        info: Info,
        where: Annotated[
            KPIWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[KPIOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[KPI]:
        return await related_list(self, info, "Touchpoint", "kpis", KPI, where, order_by)

    @strawberry.field(description="`kpis` a page at a time, with `totalCount` (Relay connection).")
    async def kpis_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            KPIWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[KPIOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[KPI]:
        return await related_connection(
            self,
            info,
            "Touchpoint",
            "kpis",
            KPI,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The BacklogItem nodes whose `changesTouchpoints` include "
            "this Touchpoint. Walks "
            "(BacklogItem)-[:CHANGES]->(Touchpoint) backwards. In "
            "position order (then key) unless `orderBy` is given."
        )
    )
    async def changed_by(
        self,
        info: Info,
        where: Annotated[
            BacklogItemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[BacklogItemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[BacklogItem]:
        return await related_list(
            self, info, "Touchpoint", "changedBy", BacklogItem, where, order_by
        )

    @strawberry.field(
        description="`changedBy` a page at a time, with `totalCount` (Relay connection)."
    )
    async def changed_by_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            BacklogItemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[BacklogItemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[BacklogItem]:
        return await related_connection(
            self,
            info,
            "Touchpoint",
            "changedBy",
            BacklogItem,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The View nodes whose `showsTouchpoints` include this "
            "Touchpoint. Walks (View)-[:SHOWS]->(Touchpoint) backwards. "
            "In position order (then key) unless `orderBy` is given."
        )
    )
    async def views(
        self,
        info: Info,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[View]:
        return await related_list(self, info, "Touchpoint", "views", View, where, order_by)

    @strawberry.field(description="`views` a page at a time, with `totalCount` (Relay connection).")
    async def views_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[View]:
        return await related_connection(
            self,
            info,
            "Touchpoint",
            "views",
            View,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )


@strawberry.type(description="A negative aspect of the experience at a step or touchpoint.")
class PainPoint(GraphNode):
    description: str | None = record_field(description="Free text describing the node.")
    name: str = record_field(description="A short name for the pain.")
    severity: int = record_field(description="How bad it is: 1 = minor, 5 = severe.")
    frequency: float | None = record_field(description="Share of customers who meet it, 0-1.")
    root_cause: str | None = record_field(description="Why it happens, as far as known.")
    translations: list[Translation] | None = record_field(
        description="The node's label and description in other languages, one per language."
    )
    attributes: list[Attribute] | None = record_field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        )
    )

    @strawberry.field(
        description=(
            "A step the pain affects. Walks "
            "(PainPoint)-[:AFFECTS]->(Step). In position order (then key)"
            " unless `orderBy` is given."
        )
    )
    async def steps(
        self,
        info: Info,
        where: Annotated[
            StepWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StepOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Step]:
        return await related_list(self, info, "PainPoint", "steps", Step, where, order_by)

    @strawberry.field(description="`steps` a page at a time, with `totalCount` (Relay connection).")
    async def steps_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            StepWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StepOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Step]:
        return await related_connection(
            self,
            info,
            "PainPoint",
            "steps",
            Step,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A touchpoint the pain affects. Walks "
            "(PainPoint)-[:AFFECTS]->(Touchpoint). In position order "
            "(then key) unless `orderBy` is given."
        )
    )
    async def touchpoints(
        self,
        info: Info,
        where: Annotated[
            TouchpointWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TouchpointOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Touchpoint]:
        return await related_list(
            self, info, "PainPoint", "touchpoints", Touchpoint, where, order_by
        )

    @strawberry.field(
        description="`touchpoints` a page at a time, with `totalCount` (Relay connection)."
    )
    async def touchpoints_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TouchpointWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TouchpointOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Touchpoint]:
        return await related_connection(
            self,
            info,
            "PainPoint",
            "touchpoints",
            Touchpoint,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Evidence nodes whose `painPoints` include this "
            "PainPoint. Walks (Evidence)-[:SUPPORTS]->(PainPoint) "
            "backwards. In position order (then key) unless `orderBy` is "
            "given."
        )
    )
    async def evidence(
        self,
        info: Info,
        where: Annotated[
            EvidenceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[EvidenceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Evidence]:
        return await related_list(self, info, "PainPoint", "evidence", Evidence, where, order_by)

    @strawberry.field(
        description="`evidence` a page at a time, with `totalCount` (Relay connection)."
    )
    async def evidence_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            EvidenceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[EvidenceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Evidence]:
        return await related_connection(
            self,
            info,
            "PainPoint",
            "evidence",
            Evidence,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The BacklogItem nodes whose `painPoints` include this "
            "PainPoint. Walks (BacklogItem)-[:ADDRESSES]->(PainPoint) "
            "backwards. In position order (then key) unless `orderBy` is "
            "given."
        )
    )
    async def backlog_items(
        self,
        info: Info,
        where: Annotated[
            BacklogItemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[BacklogItemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[BacklogItem]:
        return await related_list(
            self, info, "PainPoint", "backlogItems", BacklogItem, where, order_by
        )

    @strawberry.field(
        description="`backlogItems` a page at a time, with `totalCount` (Relay connection)."
    )
    async def backlog_items_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            BacklogItemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[BacklogItemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[BacklogItem]:
        return await related_connection(
            self,
            info,
            "PainPoint",
            "backlogItems",
            BacklogItem,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Opportunity nodes whose `painPoints` include this "
            "PainPoint. Walks (Opportunity)-[:RELIEVES]->(PainPoint) "
            "backwards. In position order (then key) unless `orderBy` is "
            "given."
        )
    )
    async def opportunities(
        self,
        info: Info,
        where: Annotated[
            OpportunityWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[OpportunityOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Opportunity]:
        return await related_list(
            self, info, "PainPoint", "opportunities", Opportunity, where, order_by
        )

    @strawberry.field(
        description="`opportunities` a page at a time, with `totalCount` (Relay connection)."
    )
    async def opportunities_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            OpportunityWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[OpportunityOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Opportunity]:
        return await related_connection(
            self,
            info,
            "PainPoint",
            "opportunities",
            Opportunity,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The View nodes whose `showsPainPoints` include this "
            "PainPoint. Walks (View)-[:SHOWS]->(PainPoint) backwards. In "
            "position order (then key) unless `orderBy` is given."
        )
    )
    async def views(
        self,
        info: Info,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[View]:
        return await related_list(self, info, "PainPoint", "views", View, where, order_by)

    @strawberry.field(description="`views` a page at a time, with `totalCount` (Relay connection).")
    async def views_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[View]:
        return await related_connection(
            self,
            info,
            "PainPoint",
            "views",
            View,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )


@strawberry.type(description="What a claim about the experience rests on.")
class Evidence(GraphNode):
    description: str | None = record_field(description="Free text describing the node.")
    kind: EvidenceKind = record_field(description="The kind of research or data.")
    summary: str = record_field(description="What the evidence shows.")
    source: str | None = record_field(description="Where it comes from (study, file, system).")
    collected_at: date | None = record_field(description="When it was collected.")
    sample_size: int | None = record_field(description="How many customers or cases.")
    score: float | None = record_field(description="A score the evidence reports, if any.")
    translations: list[Translation] | None = record_field(
        description="The node's label and description in other languages, one per language."
    )
    attributes: list[Attribute] | None = record_field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        )
    )

    @strawberry.field(
        description=(
            "A step the evidence supports. Walks "
            "(Evidence)-[:SUPPORTS]->(Step). In position order (then key)"
            " unless `orderBy` is given."
        )
    )
    async def steps(
        self,
        info: Info,
        where: Annotated[
            StepWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StepOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Step]:
        return await related_list(self, info, "Evidence", "steps", Step, where, order_by)

    @strawberry.field(description="`steps` a page at a time, with `totalCount` (Relay connection).")
    async def steps_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            StepWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StepOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Step]:
        return await related_connection(
            self,
            info,
            "Evidence",
            "steps",
            Step,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A touchpoint the evidence supports. Walks "
            "(Evidence)-[:SUPPORTS]->(Touchpoint). In position order "
            "(then key) unless `orderBy` is given."
        )
    )
    async def touchpoints(
        self,
        info: Info,
        where: Annotated[
            TouchpointWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TouchpointOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Touchpoint]:
        return await related_list(
            self, info, "Evidence", "touchpoints", Touchpoint, where, order_by
        )

    @strawberry.field(
        description="`touchpoints` a page at a time, with `totalCount` (Relay connection)."
    )
    async def touchpoints_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TouchpointWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TouchpointOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Touchpoint]:
        return await related_connection(
            self,
            info,
            "Evidence",
            "touchpoints",
            Touchpoint,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A pain point the evidence supports. Walks "
            "(Evidence)-[:SUPPORTS]->(PainPoint). In position order (then"
            " key) unless `orderBy` is given."
        )
    )
    async def pain_points(
        self,
        info: Info,
        where: Annotated[
            PainPointWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[PainPointOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[PainPoint]:
        return await related_list(self, info, "Evidence", "painPoints", PainPoint, where, order_by)

    @strawberry.field(
        description="`painPoints` a page at a time, with `totalCount` (Relay connection)."
    )
    async def pain_points_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            PainPointWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[PainPointOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[PainPoint]:
        return await related_connection(
            self,
            info,
            "Evidence",
            "painPoints",
            PainPoint,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A desired outcome the evidence supports. Walks "
            "(Evidence)-[:SUPPORTS]->(Outcome). In position order (then "
            "key) unless `orderBy` is given."
        )
    )
    async def outcomes(
        self,
        info: Info,
        where: Annotated[
            OutcomeWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[OutcomeOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Outcome]:
        return await related_list(self, info, "Evidence", "outcomes", Outcome, where, order_by)

    @strawberry.field(
        description="`outcomes` a page at a time, with `totalCount` (Relay connection)."
    )
    async def outcomes_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            OutcomeWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[OutcomeOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Outcome]:
        return await related_connection(
            self,
            info,
            "Evidence",
            "outcomes",
            Outcome,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The View nodes whose `showsEvidence` include this Evidence. "
            "Walks (View)-[:SHOWS]->(Evidence) backwards. In position "
            "order (then key) unless `orderBy` is given."
        )
    )
    async def views(
        self,
        info: Info,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[View]:
        return await related_list(self, info, "Evidence", "views", View, where, order_by)

    @strawberry.field(description="`views` a page at a time, with `totalCount` (Relay connection).")
    async def views_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[View]:
        return await related_connection(
            self,
            info,
            "Evidence",
            "views",
            View,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )


@strawberry.type(
    description=(
        "A business capability: what the organisation is able to do, in a map of any depth."
    )
)
class Capability(GraphNode):
    description: str | None = record_field(description="Free text describing the node.")
    name: str = record_field(description="The capability's name.")
    level: int = record_field(
        description=(
            "Depth in the capability map, 1 = top level: derived from the"
            " hierarchy (parent), so a level given in a write is left "
            "aside."
        )
    )
    maturity: int | None = record_field(description="Maturity, 1 = ad hoc, 5 = optimised.")
    translations: list[Translation] | None = record_field(
        description="The node's label and description in other languages, one per language."
    )
    attributes: list[Attribute] | None = record_field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        )
    )

    @strawberry.field(
        description=(
            "The parent capability in the capability map. Walks "
            "(Capability)-[:PART_OF]->(Capability)."
        )
    )
    async def parent(
        self,
        info: Info,
    ) -> Capability | None:
        return await related_node(self, info, "Capability", "parent", Capability)

    @strawberry.field(
        description=(
            "The Process nodes whose `capabilities` include this "
            "Capability. Walks (Process)-[:REALIZES]->(Capability) "
            "backwards. In position order (then key) unless `orderBy` is "
            "given."
        )
    )
    async def processes(
        self,
        info: Info,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Process]:
        return await related_list(self, info, "Capability", "processes", Process, where, order_by)

    @strawberry.field(
        description="`processes` a page at a time, with `totalCount` (Relay connection)."
    )
    async def processes_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Process]:
        return await related_connection(
            self,
            info,
            "Capability",
            "processes",
            Process,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Capability nodes whose `parent` include this Capability."
            " Walks (Capability)-[:PART_OF]->(Capability) backwards. In "
            "position order (then key) unless `orderBy` is given."
        )
    )
    async def children(
        self,
        info: Info,
        where: Annotated[
            CapabilityWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[CapabilityOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Capability]:
        return await related_list(self, info, "Capability", "children", Capability, where, order_by)

    @strawberry.field(
        description="`children` a page at a time, with `totalCount` (Relay connection)."
    )
    async def children_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            CapabilityWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[CapabilityOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Capability]:
        return await related_connection(
            self,
            info,
            "Capability",
            "children",
            Capability,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Team nodes whose `capabilities` include this Capability."
            " Walks (Team)-[:OWNS]->(Capability) backwards. In position "
            "order (then key) unless `orderBy` is given."
        )
    )
    async def owners(
        self,
        info: Info,
        where: Annotated[
            TeamWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TeamOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Team]:
        return await related_list(self, info, "Capability", "owners", Team, where, order_by)

    @strawberry.field(
        description="`owners` a page at a time, with `totalCount` (Relay connection)."
    )
    async def owners_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TeamWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TeamOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Team]:
        return await related_connection(
            self,
            info,
            "Capability",
            "owners",
            Team,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The ValueStreamStage nodes whose `capabilities` include this"
            " Capability. Walks "
            "(ValueStreamStage)-[:ENABLED_BY]->(Capability) backwards. In"
            " position order (then key) unless `orderBy` is given."
        )
    )
    async def value_stream_stages(
        self,
        info: Info,
        where: Annotated[
            ValueStreamStageWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ValueStreamStageOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[ValueStreamStage]:
        return await related_list(
            self, info, "Capability", "valueStreamStages", ValueStreamStage, where, order_by
        )

    @strawberry.field(
        description="`valueStreamStages` a page at a time, with `totalCount` (Relay connection)."
    )
    async def value_stream_stages_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ValueStreamStageWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ValueStreamStageOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[ValueStreamStage]:
        return await related_connection(
            self,
            info,
            "Capability",
            "valueStreamStages",
            ValueStreamStage,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The BacklogItem nodes whose `changesCapabilities` include "
            "this Capability. Walks "
            "(BacklogItem)-[:CHANGES]->(Capability) backwards. In "
            "position order (then key) unless `orderBy` is given."
        )
    )
    async def changed_by(
        self,
        info: Info,
        where: Annotated[
            BacklogItemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[BacklogItemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[BacklogItem]:
        return await related_list(
            self, info, "Capability", "changedBy", BacklogItem, where, order_by
        )

    @strawberry.field(
        description="`changedBy` a page at a time, with `totalCount` (Relay connection)."
    )
    async def changed_by_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            BacklogItemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[BacklogItemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[BacklogItem]:
        return await related_connection(
            self,
            info,
            "Capability",
            "changedBy",
            BacklogItem,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The System nodes whose `capabilities` include this "
            "Capability. Walks (System)-[:REALIZES]->(Capability) "
            "backwards. In position order (then key) unless `orderBy` is "
            "given."
        )
    )
    async def systems(
        self,
        info: Info,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[System]:
        return await related_list(self, info, "Capability", "systems", System, where, order_by)

    @strawberry.field(
        description="`systems` a page at a time, with `totalCount` (Relay connection)."
    )
    async def systems_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[System]:
        return await related_connection(
            self,
            info,
            "Capability",
            "systems",
            System,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Service nodes whose `capabilities` include this "
            "Capability. Walks (Service)-[:REALIZES]->(Capability) "
            "backwards. In position order (then key) unless `orderBy` is "
            "given."
        )
    )
    async def services(
        self,
        info: Info,
        where: Annotated[
            ServiceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ServiceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Service]:
        return await related_list(self, info, "Capability", "services", Service, where, order_by)

    @strawberry.field(
        description="`services` a page at a time, with `totalCount` (Relay connection)."
    )
    async def services_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ServiceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ServiceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Service]:
        return await related_connection(
            self,
            info,
            "Capability",
            "services",
            Service,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The View nodes whose `showsCapabilities` include this "
            "Capability. Walks (View)-[:SHOWS]->(Capability) backwards. "
            "In position order (then key) unless `orderBy` is given."
        )
    )
    async def views(
        self,
        info: Info,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[View]:
        return await related_list(self, info, "Capability", "views", View, where, order_by)

    @strawberry.field(description="`views` a page at a time, with `totalCount` (Relay connection).")
    async def views_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[View]:
        return await related_connection(
            self,
            info,
            "Capability",
            "views",
            View,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )


@strawberry.type(description="A business process: the back stage of a service blueprint.")
class Process(GraphNode):
    description: str | None = record_field(description="Free text describing the node.")
    name: str = record_field(description="The process's name.")
    kind: ProcessKind = record_field(description="Core, support or management process.")
    layer: Layer | None = record_field(
        description=(
            "Who performs it: people (business, the default), an application, or technology."
        )
    )
    behaviour: Behaviour | None = record_field(
        description=(
            "A process (a sequence towards a result, the default), a "
            "function (behaviour grouped by skill or resource) or an "
            "interaction (performed together)."
        )
    )
    translations: list[Translation] | None = record_field(
        description="The node's label and description in other languages, one per language."
    )
    attributes: list[Attribute] | None = record_field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        )
    )

    @strawberry.field(
        description=(
            "A touchpoint the process serves. Walks "
            "(Process)-[:SERVES]->(Touchpoint). In position order (then "
            "key) unless `orderBy` is given."
        )
    )
    async def touchpoints(
        self,
        info: Info,
        where: Annotated[
            TouchpointWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TouchpointOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Touchpoint]:
        return await related_list(self, info, "Process", "touchpoints", Touchpoint, where, order_by)

    @strawberry.field(
        description="`touchpoints` a page at a time, with `totalCount` (Relay connection)."
    )
    async def touchpoints_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TouchpointWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TouchpointOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Touchpoint]:
        return await related_connection(
            self,
            info,
            "Process",
            "touchpoints",
            Touchpoint,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A step the process serves. Walks "
            "(Process)-[:SERVES]->(Step). In position order (then key) "
            "unless `orderBy` is given."
        )
    )
    async def steps(
        self,
        info: Info,
        where: Annotated[
            StepWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StepOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Step]:
        return await related_list(self, info, "Process", "steps", Step, where, order_by)

    @strawberry.field(description="`steps` a page at a time, with `totalCount` (Relay connection).")
    async def steps_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            StepWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StepOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Step]:
        return await related_connection(
            self,
            info,
            "Process",
            "steps",
            Step,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A capability the process realizes. Walks "
            "(Process)-[:REALIZES]->(Capability). In position order (then"
            " key) unless `orderBy` is given."
        )
    )
    async def capabilities(
        self,
        info: Info,
        where: Annotated[
            CapabilityWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[CapabilityOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Capability]:
        return await related_list(
            self, info, "Process", "capabilities", Capability, where, order_by
        )

    @strawberry.field(
        description="`capabilities` a page at a time, with `totalCount` (Relay connection)."
    )
    async def capabilities_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            CapabilityWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[CapabilityOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Capability]:
        return await related_connection(
            self,
            info,
            "Process",
            "capabilities",
            Capability,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A system the process uses. Walks "
            "(Process)-[:USES]->(System). In position order (then key) "
            "unless `orderBy` is given."
        )
    )
    async def systems(
        self,
        info: Info,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[System]:
        return await related_list(self, info, "Process", "systems", System, where, order_by)

    @strawberry.field(
        description="`systems` a page at a time, with `totalCount` (Relay connection)."
    )
    async def systems_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[System]:
        return await related_connection(
            self,
            info,
            "Process",
            "systems",
            System,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The larger process this one is part of. Walks (Process)-[:PART_OF]->(Process)."
        )
    )
    async def parent(
        self,
        info: Info,
    ) -> Process | None:
        return await related_node(self, info, "Process", "parent", Process)

    @strawberry.field(
        description=(
            "A process this one hands work or information to. Walks "
            "(Process)-[:FLOWS_TO]->(Process). In position order (then "
            "key) unless `orderBy` is given."
        )
    )
    async def flows_to(
        self,
        info: Info,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Process]:
        return await related_list(self, info, "Process", "flowsTo", Process, where, order_by)

    @strawberry.field(
        description="`flowsTo` a page at a time, with `totalCount` (Relay connection)."
    )
    async def flows_to_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Process]:
        return await related_connection(
            self,
            info,
            "Process",
            "flowsTo",
            Process,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A process this one starts. Walks "
            "(Process)-[:TRIGGERS]->(Process). In position order (then "
            "key) unless `orderBy` is given."
        )
    )
    async def triggers(
        self,
        info: Info,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Process]:
        return await related_list(self, info, "Process", "triggers", Process, where, order_by)

    @strawberry.field(
        description="`triggers` a page at a time, with `totalCount` (Relay connection)."
    )
    async def triggers_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Process]:
        return await related_connection(
            self,
            info,
            "Process",
            "triggers",
            Process,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "An event the process raises. Walks "
            "(Process)-[:TRIGGERS]->(Event). In position order (then key)"
            " unless `orderBy` is given."
        )
    )
    async def raises_events(
        self,
        info: Info,
        where: Annotated[
            EventWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[EventOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Event]:
        return await related_list(self, info, "Process", "raisesEvents", Event, where, order_by)

    @strawberry.field(
        description="`raisesEvents` a page at a time, with `totalCount` (Relay connection)."
    )
    async def raises_events_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            EventWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[EventOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Event]:
        return await related_connection(
            self,
            info,
            "Process",
            "raisesEvents",
            Event,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A business service the process realizes. Walks "
            "(Process)-[:REALIZES]->(Service). In position order (then "
            "key) unless `orderBy` is given."
        )
    )
    async def realizes_services(
        self,
        info: Info,
        where: Annotated[
            ServiceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ServiceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Service]:
        return await related_list(
            self, info, "Process", "realizesServices", Service, where, order_by
        )

    @strawberry.field(
        description="`realizesServices` a page at a time, with `totalCount` (Relay connection)."
    )
    async def realizes_services_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ServiceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ServiceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Service]:
        return await related_connection(
            self,
            info,
            "Process",
            "realizesServices",
            Service,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A service the process uses. Walks "
            "(Process)-[:USES]->(Service). In position order (then key) "
            "unless `orderBy` is given."
        )
    )
    async def uses_services(
        self,
        info: Info,
        where: Annotated[
            ServiceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ServiceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Service]:
        return await related_list(self, info, "Process", "usesServices", Service, where, order_by)

    @strawberry.field(
        description="`usesServices` a page at a time, with `totalCount` (Relay connection)."
    )
    async def uses_services_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ServiceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ServiceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Service]:
        return await related_connection(
            self,
            info,
            "Process",
            "usesServices",
            Service,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "Data the process reads. Walks "
            "(Process)-[:READS]->(DataObject). In position order (then "
            "key) unless `orderBy` is given."
        )
    )
    async def reads(
        self,
        info: Info,
        where: Annotated[
            DataObjectWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[DataObjectOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[DataObject]:
        return await related_list(self, info, "Process", "reads", DataObject, where, order_by)

    @strawberry.field(description="`reads` a page at a time, with `totalCount` (Relay connection).")
    async def reads_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            DataObjectWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[DataObjectOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[DataObject]:
        return await related_connection(
            self,
            info,
            "Process",
            "reads",
            DataObject,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "Data the process creates or changes. Walks "
            "(Process)-[:WRITES]->(DataObject). In position order (then "
            "key) unless `orderBy` is given."
        )
    )
    async def writes(
        self,
        info: Info,
        where: Annotated[
            DataObjectWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[DataObjectOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[DataObject]:
        return await related_list(self, info, "Process", "writes", DataObject, where, order_by)

    @strawberry.field(
        description="`writes` a page at a time, with `totalCount` (Relay connection)."
    )
    async def writes_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            DataObjectWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[DataObjectOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[DataObject]:
        return await related_connection(
            self,
            info,
            "Process",
            "writes",
            DataObject,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Process nodes whose `parent` include this Process. Walks"
            " (Process)-[:PART_OF]->(Process) backwards. In position "
            "order (then key) unless `orderBy` is given."
        )
    )
    async def children(
        self,
        info: Info,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Process]:
        return await related_list(self, info, "Process", "children", Process, where, order_by)

    @strawberry.field(
        description="`children` a page at a time, with `totalCount` (Relay connection)."
    )
    async def children_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Process]:
        return await related_connection(
            self,
            info,
            "Process",
            "children",
            Process,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Team nodes whose `processes` include this Process. Walks"
            " (Team)-[:OWNS]->(Process) backwards. In position order "
            "(then key) unless `orderBy` is given."
        )
    )
    async def owners(
        self,
        info: Info,
        where: Annotated[
            TeamWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TeamOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Team]:
        return await related_list(self, info, "Process", "owners", Team, where, order_by)

    @strawberry.field(
        description="`owners` a page at a time, with `totalCount` (Relay connection)."
    )
    async def owners_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TeamWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TeamOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Team]:
        return await related_connection(
            self,
            info,
            "Process",
            "owners",
            Team,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The KPI nodes whose `processes` include this Process. Walks "
            "(KPI)-[:MEASURES]->(Process) backwards. In position order "
            "(then key) unless `orderBy` is given."
        )
    )
    async def kpis(
        self,
        info: Info,
        where: Annotated[
            KPIWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[KPIOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[KPI]:
        return await related_list(self, info, "Process", "kpis", KPI, where, order_by)

    @strawberry.field(description="`kpis` a page at a time, with `totalCount` (Relay connection).")
    async def kpis_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            KPIWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[KPIOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[KPI]:
        return await related_connection(
            self,
            info,
            "Process",
            "kpis",
            KPI,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The BacklogItem nodes whose `changesProcesses` include this "
            "Process. Walks (BacklogItem)-[:CHANGES]->(Process) "
            "backwards. In position order (then key) unless `orderBy` is "
            "given."
        )
    )
    async def changed_by(
        self,
        info: Info,
        where: Annotated[
            BacklogItemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[BacklogItemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[BacklogItem]:
        return await related_list(self, info, "Process", "changedBy", BacklogItem, where, order_by)

    @strawberry.field(
        description="`changedBy` a page at a time, with `totalCount` (Relay connection)."
    )
    async def changed_by_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            BacklogItemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[BacklogItemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[BacklogItem]:
        return await related_connection(
            self,
            info,
            "Process",
            "changedBy",
            BacklogItem,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Interface nodes whose `servesProcesses` include this "
            "Process. Walks (Interface)-[:SERVES]->(Process) backwards. "
            "In position order (then key) unless `orderBy` is given."
        )
    )
    async def served_by_interfaces(
        self,
        info: Info,
        where: Annotated[
            InterfaceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[InterfaceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Interface]:
        return await related_list(
            self, info, "Process", "servedByInterfaces", Interface, where, order_by
        )

    @strawberry.field(
        description="`servedByInterfaces` a page at a time, with `totalCount` (Relay connection)."
    )
    async def served_by_interfaces_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            InterfaceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[InterfaceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Interface]:
        return await related_connection(
            self,
            info,
            "Process",
            "servedByInterfaces",
            Interface,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Process nodes whose `flowsTo` include this Process. "
            "Walks (Process)-[:FLOWS_TO]->(Process) backwards. In "
            "position order (then key) unless `orderBy` is given."
        )
    )
    async def flows_from(
        self,
        info: Info,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Process]:
        return await related_list(self, info, "Process", "flowsFrom", Process, where, order_by)

    @strawberry.field(
        description="`flowsFrom` a page at a time, with `totalCount` (Relay connection)."
    )
    async def flows_from_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Process]:
        return await related_connection(
            self,
            info,
            "Process",
            "flowsFrom",
            Process,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Process nodes whose `triggers` include this Process. "
            "Walks (Process)-[:TRIGGERS]->(Process) backwards. In "
            "position order (then key) unless `orderBy` is given."
        )
    )
    async def triggered_by(
        self,
        info: Info,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Process]:
        return await related_list(self, info, "Process", "triggeredBy", Process, where, order_by)

    @strawberry.field(
        description="`triggeredBy` a page at a time, with `totalCount` (Relay connection)."
    )
    async def triggered_by_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Process]:
        return await related_connection(
            self,
            info,
            "Process",
            "triggeredBy",
            Process,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Event nodes whose `triggersProcesses` include this "
            "Process. Walks (Event)-[:TRIGGERS]->(Process) backwards. In "
            "position order (then key) unless `orderBy` is given."
        )
    )
    async def triggered_by_events(
        self,
        info: Info,
        where: Annotated[
            EventWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[EventOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Event]:
        return await related_list(
            self, info, "Process", "triggeredByEvents", Event, where, order_by
        )

    @strawberry.field(
        description="`triggeredByEvents` a page at a time, with `totalCount` (Relay connection)."
    )
    async def triggered_by_events_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            EventWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[EventOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Event]:
        return await related_connection(
            self,
            info,
            "Process",
            "triggeredByEvents",
            Event,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The View nodes whose `showsProcesses` include this Process. "
            "Walks (View)-[:SHOWS]->(Process) backwards. In position "
            "order (then key) unless `orderBy` is given."
        )
    )
    async def views(
        self,
        info: Info,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[View]:
        return await related_list(self, info, "Process", "views", View, where, order_by)

    @strawberry.field(description="`views` a page at a time, with `totalCount` (Relay connection).")
    async def views_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[View]:
        return await related_connection(
            self,
            info,
            "Process",
            "views",
            View,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )


@strawberry.type(description="An application or platform supporting processes.")
class System(GraphNode):
    description: str | None = record_field(description="Free text describing the node.")
    name: str = record_field(description="The system's name.")
    kind: str | None = record_field(description="What sort of system, e.g. 'CRM', 'ERP'.")
    lifecycle: SystemLifecycle = record_field(description="Plan, active, phase out or retired.")
    criticality: int | None = record_field(
        description="Business criticality, 1 = low, 5 = critical."
    )
    translations: list[Translation] | None = record_field(
        description="The node's label and description in other languages, one per language."
    )
    attributes: list[Attribute] | None = record_field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        )
    )

    @strawberry.field(
        description=(
            "A system this one serves (which depends on it). Walks "
            "(System)-[:SERVES]->(System). In position order (then key) "
            "unless `orderBy` is given."
        )
    )
    async def serves_systems(
        self,
        info: Info,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[System]:
        return await related_list(self, info, "System", "servesSystems", System, where, order_by)

    @strawberry.field(
        description="`servesSystems` a page at a time, with `totalCount` (Relay connection)."
    )
    async def serves_systems_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[System]:
        return await related_connection(
            self,
            info,
            "System",
            "servesSystems",
            System,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A system this one sends data to. Walks "
            "(System)-[:FLOWS_TO]->(System). In position order (then key)"
            " unless `orderBy` is given."
        )
    )
    async def flows_to(
        self,
        info: Info,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[System]:
        return await related_list(self, info, "System", "flowsTo", System, where, order_by)

    @strawberry.field(
        description="`flowsTo` a page at a time, with `totalCount` (Relay connection)."
    )
    async def flows_to_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[System]:
        return await related_connection(
            self,
            info,
            "System",
            "flowsTo",
            System,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A system this one triggers. Walks "
            "(System)-[:TRIGGERS]->(System). In position order (then key)"
            " unless `orderBy` is given."
        )
    )
    async def triggers(
        self,
        info: Info,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[System]:
        return await related_list(self, info, "System", "triggers", System, where, order_by)

    @strawberry.field(
        description="`triggers` a page at a time, with `totalCount` (Relay connection)."
    )
    async def triggers_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[System]:
        return await related_connection(
            self,
            info,
            "System",
            "triggers",
            System,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The larger system this one is a component of. Walks (System)-[:PART_OF]->(System)."
        )
    )
    async def parent(
        self,
        info: Info,
    ) -> System | None:
        return await related_node(self, info, "System", "parent", System)

    @strawberry.field(
        description=(
            "An interface through which the system offers its services. "
            "Walks (System)-[:EXPOSES]->(Interface). In position order "
            "(then key) unless `orderBy` is given."
        )
    )
    async def interfaces(
        self,
        info: Info,
        where: Annotated[
            InterfaceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[InterfaceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Interface]:
        return await related_list(self, info, "System", "interfaces", Interface, where, order_by)

    @strawberry.field(
        description="`interfaces` a page at a time, with `totalCount` (Relay connection)."
    )
    async def interfaces_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            InterfaceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[InterfaceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Interface]:
        return await related_connection(
            self,
            info,
            "System",
            "interfaces",
            Interface,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "An event the system raises. Walks "
            "(System)-[:TRIGGERS]->(Event). In position order (then key) "
            "unless `orderBy` is given."
        )
    )
    async def raises_events(
        self,
        info: Info,
        where: Annotated[
            EventWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[EventOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Event]:
        return await related_list(self, info, "System", "raisesEvents", Event, where, order_by)

    @strawberry.field(
        description="`raisesEvents` a page at a time, with `totalCount` (Relay connection)."
    )
    async def raises_events_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            EventWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[EventOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Event]:
        return await related_connection(
            self,
            info,
            "System",
            "raisesEvents",
            Event,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "An application service the system realizes. Walks "
            "(System)-[:REALIZES]->(Service). In position order (then "
            "key) unless `orderBy` is given."
        )
    )
    async def realizes_services(
        self,
        info: Info,
        where: Annotated[
            ServiceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ServiceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Service]:
        return await related_list(
            self, info, "System", "realizesServices", Service, where, order_by
        )

    @strawberry.field(
        description="`realizesServices` a page at a time, with `totalCount` (Relay connection)."
    )
    async def realizes_services_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ServiceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ServiceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Service]:
        return await related_connection(
            self,
            info,
            "System",
            "realizesServices",
            Service,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A capability the system realizes. Walks "
            "(System)-[:REALIZES]->(Capability). In position order (then "
            "key) unless `orderBy` is given."
        )
    )
    async def capabilities(
        self,
        info: Info,
        where: Annotated[
            CapabilityWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[CapabilityOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Capability]:
        return await related_list(self, info, "System", "capabilities", Capability, where, order_by)

    @strawberry.field(
        description="`capabilities` a page at a time, with `totalCount` (Relay connection)."
    )
    async def capabilities_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            CapabilityWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[CapabilityOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Capability]:
        return await related_connection(
            self,
            info,
            "System",
            "capabilities",
            Capability,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A service the system uses. Walks "
            "(System)-[:USES]->(Service). In position order (then key) "
            "unless `orderBy` is given."
        )
    )
    async def uses_services(
        self,
        info: Info,
        where: Annotated[
            ServiceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ServiceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Service]:
        return await related_list(self, info, "System", "usesServices", Service, where, order_by)

    @strawberry.field(
        description="`usesServices` a page at a time, with `totalCount` (Relay connection)."
    )
    async def uses_services_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ServiceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ServiceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Service]:
        return await related_connection(
            self,
            info,
            "System",
            "usesServices",
            Service,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "Technology the system relies on (a platform, a network). "
            "Walks (System)-[:USES]->(TechnologyNode). In position order "
            "(then key) unless `orderBy` is given."
        )
    )
    async def uses_technology(
        self,
        info: Info,
        where: Annotated[
            TechnologyNodeWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TechnologyNodeOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[TechnologyNode]:
        return await related_list(
            self, info, "System", "usesTechnology", TechnologyNode, where, order_by
        )

    @strawberry.field(
        description="`usesTechnology` a page at a time, with `totalCount` (Relay connection)."
    )
    async def uses_technology_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TechnologyNodeWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TechnologyNodeOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[TechnologyNode]:
        return await related_connection(
            self,
            info,
            "System",
            "usesTechnology",
            TechnologyNode,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "Data the system reads. Walks "
            "(System)-[:READS]->(DataObject). In position order (then "
            "key) unless `orderBy` is given."
        )
    )
    async def reads(
        self,
        info: Info,
        where: Annotated[
            DataObjectWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[DataObjectOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[DataObject]:
        return await related_list(self, info, "System", "reads", DataObject, where, order_by)

    @strawberry.field(description="`reads` a page at a time, with `totalCount` (Relay connection).")
    async def reads_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            DataObjectWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[DataObjectOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[DataObject]:
        return await related_connection(
            self,
            info,
            "System",
            "reads",
            DataObject,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "Data the system creates or changes. Walks "
            "(System)-[:WRITES]->(DataObject). In position order (then "
            "key) unless `orderBy` is given."
        )
    )
    async def writes(
        self,
        info: Info,
        where: Annotated[
            DataObjectWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[DataObjectOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[DataObject]:
        return await related_list(self, info, "System", "writes", DataObject, where, order_by)

    @strawberry.field(
        description="`writes` a page at a time, with `totalCount` (Relay connection)."
    )
    async def writes_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            DataObjectWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[DataObjectOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[DataObject]:
        return await related_connection(
            self,
            info,
            "System",
            "writes",
            DataObject,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "Technology the system is deployed on (its outage reaches the"
            " system). Walks (System)-[:DEPLOYED_ON]->(TechnologyNode). "
            "In position order (then key) unless `orderBy` is given."
        )
    )
    async def deployed_on(
        self,
        info: Info,
        where: Annotated[
            TechnologyNodeWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TechnologyNodeOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[TechnologyNode]:
        return await related_list(
            self, info, "System", "deployedOn", TechnologyNode, where, order_by
        )

    @strawberry.field(
        description="`deployedOn` a page at a time, with `totalCount` (Relay connection)."
    )
    async def deployed_on_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TechnologyNodeWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TechnologyNodeOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[TechnologyNode]:
        return await related_connection(
            self,
            info,
            "System",
            "deployedOn",
            TechnologyNode,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Process nodes whose `systems` include this System. Walks"
            " (Process)-[:USES]->(System) backwards. In position order "
            "(then key) unless `orderBy` is given."
        )
    )
    async def processes(
        self,
        info: Info,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Process]:
        return await related_list(self, info, "System", "processes", Process, where, order_by)

    @strawberry.field(
        description="`processes` a page at a time, with `totalCount` (Relay connection)."
    )
    async def processes_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Process]:
        return await related_connection(
            self,
            info,
            "System",
            "processes",
            Process,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Team nodes whose `systems` include this System. Walks "
            "(Team)-[:OWNS]->(System) backwards. In position order (then "
            "key) unless `orderBy` is given."
        )
    )
    async def owners(
        self,
        info: Info,
        where: Annotated[
            TeamWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TeamOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Team]:
        return await related_list(self, info, "System", "owners", Team, where, order_by)

    @strawberry.field(
        description="`owners` a page at a time, with `totalCount` (Relay connection)."
    )
    async def owners_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TeamWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TeamOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Team]:
        return await related_connection(
            self,
            info,
            "System",
            "owners",
            Team,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The BacklogItem nodes whose `changesSystems` include this "
            "System. Walks (BacklogItem)-[:CHANGES]->(System) backwards. "
            "In position order (then key) unless `orderBy` is given."
        )
    )
    async def changed_by(
        self,
        info: Info,
        where: Annotated[
            BacklogItemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[BacklogItemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[BacklogItem]:
        return await related_list(self, info, "System", "changedBy", BacklogItem, where, order_by)

    @strawberry.field(
        description="`changedBy` a page at a time, with `totalCount` (Relay connection)."
    )
    async def changed_by_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            BacklogItemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[BacklogItemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[BacklogItem]:
        return await related_connection(
            self,
            info,
            "System",
            "changedBy",
            BacklogItem,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The System nodes whose `servesSystems` include this System. "
            "Walks (System)-[:SERVES]->(System) backwards. In position "
            "order (then key) unless `orderBy` is given."
        )
    )
    async def served_by_systems(
        self,
        info: Info,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[System]:
        return await related_list(self, info, "System", "servedBySystems", System, where, order_by)

    @strawberry.field(
        description="`servedBySystems` a page at a time, with `totalCount` (Relay connection)."
    )
    async def served_by_systems_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[System]:
        return await related_connection(
            self,
            info,
            "System",
            "servedBySystems",
            System,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The System nodes whose `flowsTo` include this System. Walks "
            "(System)-[:FLOWS_TO]->(System) backwards. In position order "
            "(then key) unless `orderBy` is given."
        )
    )
    async def flows_from(
        self,
        info: Info,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[System]:
        return await related_list(self, info, "System", "flowsFrom", System, where, order_by)

    @strawberry.field(
        description="`flowsFrom` a page at a time, with `totalCount` (Relay connection)."
    )
    async def flows_from_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[System]:
        return await related_connection(
            self,
            info,
            "System",
            "flowsFrom",
            System,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The System nodes whose `triggers` include this System. Walks"
            " (System)-[:TRIGGERS]->(System) backwards. In position order"
            " (then key) unless `orderBy` is given."
        )
    )
    async def triggered_by(
        self,
        info: Info,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[System]:
        return await related_list(self, info, "System", "triggeredBy", System, where, order_by)

    @strawberry.field(
        description="`triggeredBy` a page at a time, with `totalCount` (Relay connection)."
    )
    async def triggered_by_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[System]:
        return await related_connection(
            self,
            info,
            "System",
            "triggeredBy",
            System,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The System nodes whose `parent` include this System. Walks "
            "(System)-[:PART_OF]->(System) backwards. In position order "
            "(then key) unless `orderBy` is given."
        )
    )
    async def children(
        self,
        info: Info,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[System]:
        return await related_list(self, info, "System", "children", System, where, order_by)

    @strawberry.field(
        description="`children` a page at a time, with `totalCount` (Relay connection)."
    )
    async def children_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[System]:
        return await related_connection(
            self,
            info,
            "System",
            "children",
            System,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Interface nodes whose `servesSystems` include this "
            "System. Walks (Interface)-[:SERVES]->(System) backwards. In "
            "position order (then key) unless `orderBy` is given."
        )
    )
    async def served_by_interfaces(
        self,
        info: Info,
        where: Annotated[
            InterfaceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[InterfaceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Interface]:
        return await related_list(
            self, info, "System", "servedByInterfaces", Interface, where, order_by
        )

    @strawberry.field(
        description="`servedByInterfaces` a page at a time, with `totalCount` (Relay connection)."
    )
    async def served_by_interfaces_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            InterfaceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[InterfaceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Interface]:
        return await related_connection(
            self,
            info,
            "System",
            "servedByInterfaces",
            Interface,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Event nodes whose `triggersSystems` include this System."
            " Walks (Event)-[:TRIGGERS]->(System) backwards. In position "
            "order (then key) unless `orderBy` is given."
        )
    )
    async def triggered_by_events(
        self,
        info: Info,
        where: Annotated[
            EventWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[EventOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Event]:
        return await related_list(self, info, "System", "triggeredByEvents", Event, where, order_by)

    @strawberry.field(
        description="`triggeredByEvents` a page at a time, with `totalCount` (Relay connection)."
    )
    async def triggered_by_events_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            EventWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[EventOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Event]:
        return await related_connection(
            self,
            info,
            "System",
            "triggeredByEvents",
            Event,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The View nodes whose `showsSystems` include this System. "
            "Walks (View)-[:SHOWS]->(System) backwards. In position order"
            " (then key) unless `orderBy` is given."
        )
    )
    async def views(
        self,
        info: Info,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[View]:
        return await related_list(self, info, "System", "views", View, where, order_by)

    @strawberry.field(description="`views` a page at a time, with `totalCount` (Relay connection).")
    async def views_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[View]:
        return await related_connection(
            self,
            info,
            "System",
            "views",
            View,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )


@strawberry.type(description="A team, department or role accountable for parts of the graph.")
class Team(GraphNode):
    description: str | None = record_field(description="Free text describing the node.")
    name: str = record_field(description="The team's name.")
    kind: str | None = record_field(description="Team, department, role, ...")
    translations: list[Translation] | None = record_field(
        description="The node's label and description in other languages, one per language."
    )
    attributes: list[Attribute] | None = record_field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        )
    )

    @strawberry.field(
        description=(
            "A journey the team owns. Walks (Team)-[:OWNS]->(Journey). In"
            " position order (then key) unless `orderBy` is given."
        )
    )
    async def journeys(
        self,
        info: Info,
        where: Annotated[
            JourneyWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[JourneyOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Journey]:
        return await related_list(self, info, "Team", "journeys", Journey, where, order_by)

    @strawberry.field(
        description="`journeys` a page at a time, with `totalCount` (Relay connection)."
    )
    async def journeys_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            JourneyWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[JourneyOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Journey]:
        return await related_connection(
            self,
            info,
            "Team",
            "journeys",
            Journey,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A step the team owns. Walks (Team)-[:OWNS]->(Step). In "
            "position order (then key) unless `orderBy` is given."
        )
    )
    async def steps(
        self,
        info: Info,
        where: Annotated[
            StepWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StepOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Step]:
        return await related_list(self, info, "Team", "steps", Step, where, order_by)

    @strawberry.field(description="`steps` a page at a time, with `totalCount` (Relay connection).")
    async def steps_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            StepWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StepOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Step]:
        return await related_connection(
            self,
            info,
            "Team",
            "steps",
            Step,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A process the team owns. Walks (Team)-[:OWNS]->(Process). In"
            " position order (then key) unless `orderBy` is given."
        )
    )
    async def processes(
        self,
        info: Info,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Process]:
        return await related_list(self, info, "Team", "processes", Process, where, order_by)

    @strawberry.field(
        description="`processes` a page at a time, with `totalCount` (Relay connection)."
    )
    async def processes_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Process]:
        return await related_connection(
            self,
            info,
            "Team",
            "processes",
            Process,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A capability the team owns. Walks "
            "(Team)-[:OWNS]->(Capability). In position order (then key) "
            "unless `orderBy` is given."
        )
    )
    async def capabilities(
        self,
        info: Info,
        where: Annotated[
            CapabilityWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[CapabilityOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Capability]:
        return await related_list(self, info, "Team", "capabilities", Capability, where, order_by)

    @strawberry.field(
        description="`capabilities` a page at a time, with `totalCount` (Relay connection)."
    )
    async def capabilities_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            CapabilityWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[CapabilityOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Capability]:
        return await related_connection(
            self,
            info,
            "Team",
            "capabilities",
            Capability,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A system the team owns. Walks (Team)-[:OWNS]->(System). In "
            "position order (then key) unless `orderBy` is given."
        )
    )
    async def systems(
        self,
        info: Info,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[System]:
        return await related_list(self, info, "Team", "systems", System, where, order_by)

    @strawberry.field(
        description="`systems` a page at a time, with `totalCount` (Relay connection)."
    )
    async def systems_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[System]:
        return await related_connection(
            self,
            info,
            "Team",
            "systems",
            System,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A KPI the team owns. Walks (Team)-[:OWNS]->(KPI). In "
            "position order (then key) unless `orderBy` is given."
        )
    )
    async def kpis(
        self,
        info: Info,
        where: Annotated[
            KPIWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[KPIOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[KPI]:
        return await related_list(self, info, "Team", "kpis", KPI, where, order_by)

    @strawberry.field(description="`kpis` a page at a time, with `totalCount` (Relay connection).")
    async def kpis_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            KPIWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[KPIOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[KPI]:
        return await related_connection(
            self,
            info,
            "Team",
            "kpis",
            KPI,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A value stream the team owns. Walks "
            "(Team)-[:OWNS]->(ValueStream). In position order (then key) "
            "unless `orderBy` is given."
        )
    )
    async def value_streams(
        self,
        info: Info,
        where: Annotated[
            ValueStreamWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ValueStreamOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[ValueStream]:
        return await related_list(self, info, "Team", "valueStreams", ValueStream, where, order_by)

    @strawberry.field(
        description="`valueStreams` a page at a time, with `totalCount` (Relay connection)."
    )
    async def value_streams_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ValueStreamWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ValueStreamOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[ValueStream]:
        return await related_connection(
            self,
            info,
            "Team",
            "valueStreams",
            ValueStream,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The larger team or department this one belongs to. Walks (Team)-[:PART_OF]->(Team)."
        )
    )
    async def parent(
        self,
        info: Info,
    ) -> Team | None:
        return await related_node(self, info, "Team", "parent", Team)

    @strawberry.field(
        description=(
            "A role (a team of kind 'role') this actor plays. Walks "
            "(Team)-[:PLAYS]->(Team). In position order (then key) unless"
            " `orderBy` is given."
        )
    )
    async def roles(
        self,
        info: Info,
        where: Annotated[
            TeamWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TeamOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Team]:
        return await related_list(self, info, "Team", "roles", Team, where, order_by)

    @strawberry.field(description="`roles` a page at a time, with `totalCount` (Relay connection).")
    async def roles_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TeamWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TeamOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Team]:
        return await related_connection(
            self,
            info,
            "Team",
            "roles",
            Team,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A service the team owns. Walks (Team)-[:OWNS]->(Service). In"
            " position order (then key) unless `orderBy` is given."
        )
    )
    async def services(
        self,
        info: Info,
        where: Annotated[
            ServiceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ServiceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Service]:
        return await related_list(self, info, "Team", "services", Service, where, order_by)

    @strawberry.field(
        description="`services` a page at a time, with `totalCount` (Relay connection)."
    )
    async def services_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ServiceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ServiceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Service]:
        return await related_connection(
            self,
            info,
            "Team",
            "services",
            Service,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A data object the team owns. Walks "
            "(Team)-[:OWNS]->(DataObject). In position order (then key) "
            "unless `orderBy` is given."
        )
    )
    async def data_objects(
        self,
        info: Info,
        where: Annotated[
            DataObjectWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[DataObjectOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[DataObject]:
        return await related_list(self, info, "Team", "dataObjects", DataObject, where, order_by)

    @strawberry.field(
        description="`dataObjects` a page at a time, with `totalCount` (Relay connection)."
    )
    async def data_objects_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            DataObjectWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[DataObjectOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[DataObject]:
        return await related_connection(
            self,
            info,
            "Team",
            "dataObjects",
            DataObject,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A technology node the team owns. Walks "
            "(Team)-[:OWNS]->(TechnologyNode). In position order (then "
            "key) unless `orderBy` is given."
        )
    )
    async def technology_nodes(
        self,
        info: Info,
        where: Annotated[
            TechnologyNodeWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TechnologyNodeOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[TechnologyNode]:
        return await related_list(
            self, info, "Team", "technologyNodes", TechnologyNode, where, order_by
        )

    @strawberry.field(
        description="`technologyNodes` a page at a time, with `totalCount` (Relay connection)."
    )
    async def technology_nodes_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TechnologyNodeWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TechnologyNodeOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[TechnologyNode]:
        return await related_connection(
            self,
            info,
            "Team",
            "technologyNodes",
            TechnologyNode,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Team nodes whose `parent` include this Team. Walks "
            "(Team)-[:PART_OF]->(Team) backwards. In position order (then"
            " key) unless `orderBy` is given."
        )
    )
    async def children(
        self,
        info: Info,
        where: Annotated[
            TeamWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TeamOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Team]:
        return await related_list(self, info, "Team", "children", Team, where, order_by)

    @strawberry.field(
        description="`children` a page at a time, with `totalCount` (Relay connection)."
    )
    async def children_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TeamWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TeamOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Team]:
        return await related_connection(
            self,
            info,
            "Team",
            "children",
            Team,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Team nodes whose `roles` include this Team. Walks "
            "(Team)-[:PLAYS]->(Team) backwards. In position order (then "
            "key) unless `orderBy` is given."
        )
    )
    async def played_by(
        self,
        info: Info,
        where: Annotated[
            TeamWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TeamOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Team]:
        return await related_list(self, info, "Team", "playedBy", Team, where, order_by)

    @strawberry.field(
        description="`playedBy` a page at a time, with `totalCount` (Relay connection)."
    )
    async def played_by_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TeamWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TeamOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Team]:
        return await related_connection(
            self,
            info,
            "Team",
            "playedBy",
            Team,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The View nodes whose `showsTeams` include this Team. Walks "
            "(View)-[:SHOWS]->(Team) backwards. In position order (then "
            "key) unless `orderBy` is given."
        )
    )
    async def views(
        self,
        info: Info,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[View]:
        return await related_list(self, info, "Team", "views", View, where, order_by)

    @strawberry.field(description="`views` a page at a time, with `totalCount` (Relay connection).")
    async def views_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[View]:
        return await related_connection(
            self,
            info,
            "Team",
            "views",
            View,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )


@strawberry.type(
    description=(
        "A service offered by the business, an application or the "
        "technology: what its\nusers rely on, whoever realizes it."
    )
)
class Service(GraphNode):
    description: str | None = record_field(description="Free text describing the node.")
    name: str = record_field(description="The service's name.")
    layer: Layer = record_field(description="Business, application or technology service.")
    translations: list[Translation] | None = record_field(
        description="The node's label and description in other languages, one per language."
    )
    attributes: list[Attribute] | None = record_field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        )
    )

    @strawberry.field(
        description=(
            "A capability the service realizes. Walks "
            "(Service)-[:REALIZES]->(Capability). In position order (then"
            " key) unless `orderBy` is given."
        )
    )
    async def capabilities(
        self,
        info: Info,
        where: Annotated[
            CapabilityWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[CapabilityOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Capability]:
        return await related_list(
            self, info, "Service", "capabilities", Capability, where, order_by
        )

    @strawberry.field(
        description="`capabilities` a page at a time, with `totalCount` (Relay connection)."
    )
    async def capabilities_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            CapabilityWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[CapabilityOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Capability]:
        return await related_connection(
            self,
            info,
            "Service",
            "capabilities",
            Capability,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Process nodes whose `realizesServices` include this "
            "Service. Walks (Process)-[:REALIZES]->(Service) backwards. "
            "In position order (then key) unless `orderBy` is given."
        )
    )
    async def realized_by_processes(
        self,
        info: Info,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Process]:
        return await related_list(
            self, info, "Service", "realizedByProcesses", Process, where, order_by
        )

    @strawberry.field(
        description=(
            "`realizedByProcesses` a page at a time, with `totalCount` (Relay connection)."
        )
    )
    async def realized_by_processes_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Process]:
        return await related_connection(
            self,
            info,
            "Service",
            "realizedByProcesses",
            Process,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The System nodes whose `realizesServices` include this "
            "Service. Walks (System)-[:REALIZES]->(Service) backwards. In"
            " position order (then key) unless `orderBy` is given."
        )
    )
    async def realized_by_systems(
        self,
        info: Info,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[System]:
        return await related_list(
            self, info, "Service", "realizedBySystems", System, where, order_by
        )

    @strawberry.field(
        description="`realizedBySystems` a page at a time, with `totalCount` (Relay connection)."
    )
    async def realized_by_systems_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[System]:
        return await related_connection(
            self,
            info,
            "Service",
            "realizedBySystems",
            System,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The TechnologyNode nodes whose `realizesServices` include "
            "this Service. Walks (TechnologyNode)-[:REALIZES]->(Service) "
            "backwards. In position order (then key) unless `orderBy` is "
            "given."
        )
    )
    async def realized_by_technology(
        self,
        info: Info,
        where: Annotated[
            TechnologyNodeWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TechnologyNodeOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[TechnologyNode]:
        return await related_list(
            self, info, "Service", "realizedByTechnology", TechnologyNode, where, order_by
        )

    @strawberry.field(
        description=(
            "`realizedByTechnology` a page at a time, with `totalCount` (Relay connection)."
        )
    )
    async def realized_by_technology_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TechnologyNodeWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TechnologyNodeOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[TechnologyNode]:
        return await related_connection(
            self,
            info,
            "Service",
            "realizedByTechnology",
            TechnologyNode,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Process nodes whose `usesServices` include this Service."
            " Walks (Process)-[:USES]->(Service) backwards. In position "
            "order (then key) unless `orderBy` is given."
        )
    )
    async def used_by_processes(
        self,
        info: Info,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Process]:
        return await related_list(
            self, info, "Service", "usedByProcesses", Process, where, order_by
        )

    @strawberry.field(
        description="`usedByProcesses` a page at a time, with `totalCount` (Relay connection)."
    )
    async def used_by_processes_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Process]:
        return await related_connection(
            self,
            info,
            "Service",
            "usedByProcesses",
            Process,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The System nodes whose `usesServices` include this Service. "
            "Walks (System)-[:USES]->(Service) backwards. In position "
            "order (then key) unless `orderBy` is given."
        )
    )
    async def used_by_systems(
        self,
        info: Info,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[System]:
        return await related_list(self, info, "Service", "usedBySystems", System, where, order_by)

    @strawberry.field(
        description="`usedBySystems` a page at a time, with `totalCount` (Relay connection)."
    )
    async def used_by_systems_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[System]:
        return await related_connection(
            self,
            info,
            "Service",
            "usedBySystems",
            System,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Step nodes whose `usesServices` include this Service. "
            "Walks (Step)-[:USES]->(Service) backwards. In position order"
            " (then key) unless `orderBy` is given."
        )
    )
    async def used_by_steps(
        self,
        info: Info,
        where: Annotated[
            StepWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StepOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Step]:
        return await related_list(self, info, "Service", "usedBySteps", Step, where, order_by)

    @strawberry.field(
        description="`usedBySteps` a page at a time, with `totalCount` (Relay connection)."
    )
    async def used_by_steps_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            StepWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StepOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Step]:
        return await related_connection(
            self,
            info,
            "Service",
            "usedBySteps",
            Step,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Touchpoint nodes whose `usesServices` include this "
            "Service. Walks (Touchpoint)-[:USES]->(Service) backwards. In"
            " position order (then key) unless `orderBy` is given."
        )
    )
    async def used_by_touchpoints(
        self,
        info: Info,
        where: Annotated[
            TouchpointWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TouchpointOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Touchpoint]:
        return await related_list(
            self, info, "Service", "usedByTouchpoints", Touchpoint, where, order_by
        )

    @strawberry.field(
        description="`usedByTouchpoints` a page at a time, with `totalCount` (Relay connection)."
    )
    async def used_by_touchpoints_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TouchpointWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TouchpointOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Touchpoint]:
        return await related_connection(
            self,
            info,
            "Service",
            "usedByTouchpoints",
            Touchpoint,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Team nodes whose `services` include this Service. Walks "
            "(Team)-[:OWNS]->(Service) backwards. In position order (then"
            " key) unless `orderBy` is given."
        )
    )
    async def owners(
        self,
        info: Info,
        where: Annotated[
            TeamWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TeamOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Team]:
        return await related_list(self, info, "Service", "owners", Team, where, order_by)

    @strawberry.field(
        description="`owners` a page at a time, with `totalCount` (Relay connection)."
    )
    async def owners_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TeamWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TeamOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Team]:
        return await related_connection(
            self,
            info,
            "Service",
            "owners",
            Team,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The BacklogItem nodes whose `changesServices` include this "
            "Service. Walks (BacklogItem)-[:CHANGES]->(Service) "
            "backwards. In position order (then key) unless `orderBy` is "
            "given."
        )
    )
    async def changed_by(
        self,
        info: Info,
        where: Annotated[
            BacklogItemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[BacklogItemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[BacklogItem]:
        return await related_list(self, info, "Service", "changedBy", BacklogItem, where, order_by)

    @strawberry.field(
        description="`changedBy` a page at a time, with `totalCount` (Relay connection)."
    )
    async def changed_by_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            BacklogItemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[BacklogItemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[BacklogItem]:
        return await related_connection(
            self,
            info,
            "Service",
            "changedBy",
            BacklogItem,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The View nodes whose `showsServices` include this Service. "
            "Walks (View)-[:SHOWS]->(Service) backwards. In position "
            "order (then key) unless `orderBy` is given."
        )
    )
    async def views(
        self,
        info: Info,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[View]:
        return await related_list(self, info, "Service", "views", View, where, order_by)

    @strawberry.field(description="`views` a page at a time, with `totalCount` (Relay connection).")
    async def views_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[View]:
        return await related_connection(
            self,
            info,
            "Service",
            "views",
            View,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )


@strawberry.type(
    description=(
        "A point of access where a system's (or a technology node's) "
        "services are offered\nto other systems and processes: an API,"
        " a queue, a file drop. A business interface,\nwhere customers"
        " meet the organisation, is a channel."
    )
)
class Interface(GraphNode):
    description: str | None = record_field(description="Free text describing the node.")
    name: str = record_field(description="The interface's name.")
    layer: Layer = record_field(description="Application or technology interface.")
    protocol: str | None = record_field(description="How it is reached, e.g. 'REST', 'SFTP'.")
    translations: list[Translation] | None = record_field(
        description="The node's label and description in other languages, one per language."
    )
    attributes: list[Attribute] | None = record_field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        )
    )

    @strawberry.field(
        description=(
            "A system that uses this interface. Walks "
            "(Interface)-[:SERVES]->(System). In position order (then "
            "key) unless `orderBy` is given."
        )
    )
    async def serves_systems(
        self,
        info: Info,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[System]:
        return await related_list(self, info, "Interface", "servesSystems", System, where, order_by)

    @strawberry.field(
        description="`servesSystems` a page at a time, with `totalCount` (Relay connection)."
    )
    async def serves_systems_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[System]:
        return await related_connection(
            self,
            info,
            "Interface",
            "servesSystems",
            System,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A process that uses this interface. Walks "
            "(Interface)-[:SERVES]->(Process). In position order (then "
            "key) unless `orderBy` is given."
        )
    )
    async def serves_processes(
        self,
        info: Info,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Process]:
        return await related_list(
            self, info, "Interface", "servesProcesses", Process, where, order_by
        )

    @strawberry.field(
        description="`servesProcesses` a page at a time, with `totalCount` (Relay connection)."
    )
    async def serves_processes_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Process]:
        return await related_connection(
            self,
            info,
            "Interface",
            "servesProcesses",
            Process,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The System nodes whose `interfaces` include this Interface. "
            "Walks (System)-[:EXPOSES]->(Interface) backwards."
        )
    )
    async def system(
        self,
        info: Info,
    ) -> System | None:
        return await related_node(self, info, "Interface", "system", System)

    @strawberry.field(
        description=(
            "The View nodes whose `showsInterfaces` include this "
            "Interface. Walks (View)-[:SHOWS]->(Interface) backwards. In "
            "position order (then key) unless `orderBy` is given."
        )
    )
    async def views(
        self,
        info: Info,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[View]:
        return await related_list(self, info, "Interface", "views", View, where, order_by)

    @strawberry.field(description="`views` a page at a time, with `totalCount` (Relay connection).")
    async def views_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[View]:
        return await related_connection(
            self,
            info,
            "Interface",
            "views",
            View,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )


@strawberry.type(
    description=(
        "Information (or material) the enterprise keeps: a business "
        "object, a data object,\nan artifact. Processes and systems "
        "read and write it; steps capture or need it."
    )
)
class DataObject(GraphNode):
    description: str | None = record_field(description="Free text describing the node.")
    name: str = record_field(description="The data object's name, e.g. 'Customer address'.")
    kind: DataObjectKind = record_field(description="Business object, data object, artifact, ...")
    classification: str | None = record_field(
        description="How sensitive it is, e.g. 'personal', 'public'."
    )
    translations: list[Translation] | None = record_field(
        description="The node's label and description in other languages, one per language."
    )
    attributes: list[Attribute] | None = record_field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        )
    )

    @strawberry.field(
        description=(
            "Technology the artifact or data is stored on. Walks "
            "(DataObject)-[:DEPLOYED_ON]->(TechnologyNode). In position "
            "order (then key) unless `orderBy` is given."
        )
    )
    async def deployed_on(
        self,
        info: Info,
        where: Annotated[
            TechnologyNodeWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TechnologyNodeOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[TechnologyNode]:
        return await related_list(
            self, info, "DataObject", "deployedOn", TechnologyNode, where, order_by
        )

    @strawberry.field(
        description="`deployedOn` a page at a time, with `totalCount` (Relay connection)."
    )
    async def deployed_on_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TechnologyNodeWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TechnologyNodeOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[TechnologyNode]:
        return await related_connection(
            self,
            info,
            "DataObject",
            "deployedOn",
            TechnologyNode,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Process nodes whose `reads` include this DataObject. "
            "Walks (Process)-[:READS]->(DataObject) backwards. In "
            "position order (then key) unless `orderBy` is given."
        )
    )
    async def read_by_processes(
        self,
        info: Info,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Process]:
        return await related_list(
            self, info, "DataObject", "readByProcesses", Process, where, order_by
        )

    @strawberry.field(
        description="`readByProcesses` a page at a time, with `totalCount` (Relay connection)."
    )
    async def read_by_processes_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Process]:
        return await related_connection(
            self,
            info,
            "DataObject",
            "readByProcesses",
            Process,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The System nodes whose `reads` include this DataObject. "
            "Walks (System)-[:READS]->(DataObject) backwards. In position"
            " order (then key) unless `orderBy` is given."
        )
    )
    async def read_by_systems(
        self,
        info: Info,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[System]:
        return await related_list(
            self, info, "DataObject", "readBySystems", System, where, order_by
        )

    @strawberry.field(
        description="`readBySystems` a page at a time, with `totalCount` (Relay connection)."
    )
    async def read_by_systems_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[System]:
        return await related_connection(
            self,
            info,
            "DataObject",
            "readBySystems",
            System,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Process nodes whose `writes` include this DataObject. "
            "Walks (Process)-[:WRITES]->(DataObject) backwards. In "
            "position order (then key) unless `orderBy` is given."
        )
    )
    async def written_by_processes(
        self,
        info: Info,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Process]:
        return await related_list(
            self, info, "DataObject", "writtenByProcesses", Process, where, order_by
        )

    @strawberry.field(
        description="`writtenByProcesses` a page at a time, with `totalCount` (Relay connection)."
    )
    async def written_by_processes_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Process]:
        return await related_connection(
            self,
            info,
            "DataObject",
            "writtenByProcesses",
            Process,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The System nodes whose `writes` include this DataObject. "
            "Walks (System)-[:WRITES]->(DataObject) backwards. In "
            "position order (then key) unless `orderBy` is given."
        )
    )
    async def written_by_systems(
        self,
        info: Info,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[System]:
        return await related_list(
            self, info, "DataObject", "writtenBySystems", System, where, order_by
        )

    @strawberry.field(
        description="`writtenBySystems` a page at a time, with `totalCount` (Relay connection)."
    )
    async def written_by_systems_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[System]:
        return await related_connection(
            self,
            info,
            "DataObject",
            "writtenBySystems",
            System,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Step nodes whose `needsData` include this DataObject. "
            "Walks (Step)-[:NEEDS]->(DataObject) backwards. In position "
            "order (then key) unless `orderBy` is given."
        )
    )
    async def needed_by_steps(
        self,
        info: Info,
        where: Annotated[
            StepWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StepOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Step]:
        return await related_list(self, info, "DataObject", "neededBySteps", Step, where, order_by)

    @strawberry.field(
        description="`neededBySteps` a page at a time, with `totalCount` (Relay connection)."
    )
    async def needed_by_steps_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            StepWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StepOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Step]:
        return await related_connection(
            self,
            info,
            "DataObject",
            "neededBySteps",
            Step,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Touchpoint nodes whose `needsData` include this "
            "DataObject. Walks (Touchpoint)-[:NEEDS]->(DataObject) "
            "backwards. In position order (then key) unless `orderBy` is "
            "given."
        )
    )
    async def needed_by_touchpoints(
        self,
        info: Info,
        where: Annotated[
            TouchpointWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TouchpointOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Touchpoint]:
        return await related_list(
            self, info, "DataObject", "neededByTouchpoints", Touchpoint, where, order_by
        )

    @strawberry.field(
        description=(
            "`neededByTouchpoints` a page at a time, with `totalCount` (Relay connection)."
        )
    )
    async def needed_by_touchpoints_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TouchpointWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TouchpointOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Touchpoint]:
        return await related_connection(
            self,
            info,
            "DataObject",
            "neededByTouchpoints",
            Touchpoint,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Step nodes whose `capturesData` include this DataObject."
            " Walks (Step)-[:CAPTURES]->(DataObject) backwards. In "
            "position order (then key) unless `orderBy` is given."
        )
    )
    async def captured_by_steps(
        self,
        info: Info,
        where: Annotated[
            StepWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StepOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Step]:
        return await related_list(
            self, info, "DataObject", "capturedBySteps", Step, where, order_by
        )

    @strawberry.field(
        description="`capturedBySteps` a page at a time, with `totalCount` (Relay connection)."
    )
    async def captured_by_steps_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            StepWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StepOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Step]:
        return await related_connection(
            self,
            info,
            "DataObject",
            "capturedBySteps",
            Step,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Touchpoint nodes whose `capturesData` include this "
            "DataObject. Walks (Touchpoint)-[:CAPTURES]->(DataObject) "
            "backwards. In position order (then key) unless `orderBy` is "
            "given."
        )
    )
    async def captured_by_touchpoints(
        self,
        info: Info,
        where: Annotated[
            TouchpointWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TouchpointOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Touchpoint]:
        return await related_list(
            self, info, "DataObject", "capturedByTouchpoints", Touchpoint, where, order_by
        )

    @strawberry.field(
        description=(
            "`capturedByTouchpoints` a page at a time, with `totalCount` (Relay connection)."
        )
    )
    async def captured_by_touchpoints_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TouchpointWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TouchpointOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Touchpoint]:
        return await related_connection(
            self,
            info,
            "DataObject",
            "capturedByTouchpoints",
            Touchpoint,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Team nodes whose `dataObjects` include this DataObject. "
            "Walks (Team)-[:OWNS]->(DataObject) backwards. In position "
            "order (then key) unless `orderBy` is given."
        )
    )
    async def owners(
        self,
        info: Info,
        where: Annotated[
            TeamWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TeamOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Team]:
        return await related_list(self, info, "DataObject", "owners", Team, where, order_by)

    @strawberry.field(
        description="`owners` a page at a time, with `totalCount` (Relay connection)."
    )
    async def owners_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TeamWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TeamOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Team]:
        return await related_connection(
            self,
            info,
            "DataObject",
            "owners",
            Team,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The BacklogItem nodes whose `changesDataObjects` include "
            "this DataObject. Walks "
            "(BacklogItem)-[:CHANGES]->(DataObject) backwards. In "
            "position order (then key) unless `orderBy` is given."
        )
    )
    async def changed_by(
        self,
        info: Info,
        where: Annotated[
            BacklogItemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[BacklogItemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[BacklogItem]:
        return await related_list(
            self, info, "DataObject", "changedBy", BacklogItem, where, order_by
        )

    @strawberry.field(
        description="`changedBy` a page at a time, with `totalCount` (Relay connection)."
    )
    async def changed_by_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            BacklogItemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[BacklogItemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[BacklogItem]:
        return await related_connection(
            self,
            info,
            "DataObject",
            "changedBy",
            BacklogItem,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The View nodes whose `showsDataObjects` include this "
            "DataObject. Walks (View)-[:SHOWS]->(DataObject) backwards. "
            "In position order (then key) unless `orderBy` is given."
        )
    )
    async def views(
        self,
        info: Info,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[View]:
        return await related_list(self, info, "DataObject", "views", View, where, order_by)

    @strawberry.field(description="`views` a page at a time, with `totalCount` (Relay connection).")
    async def views_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[View]:
        return await related_connection(
            self,
            info,
            "DataObject",
            "views",
            View,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )


@strawberry.type(
    description=(
        "Technology systems are deployed on: a server, a device, system software, a network."
    )
)
class TechnologyNode(GraphNode):
    description: str | None = record_field(description="Free text describing the node.")
    name: str = record_field(description="The technology node's name.")
    kind: TechnologyKind = record_field(description="Node, device, system software, network, ...")
    translations: list[Translation] | None = record_field(
        description="The node's label and description in other languages, one per language."
    )
    attributes: list[Attribute] | None = record_field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        )
    )

    @strawberry.field(
        description=(
            "A technology service the node realizes. Walks "
            "(TechnologyNode)-[:REALIZES]->(Service). In position order "
            "(then key) unless `orderBy` is given."
        )
    )
    async def realizes_services(
        self,
        info: Info,
        where: Annotated[
            ServiceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ServiceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Service]:
        return await related_list(
            self, info, "TechnologyNode", "realizesServices", Service, where, order_by
        )

    @strawberry.field(
        description="`realizesServices` a page at a time, with `totalCount` (Relay connection)."
    )
    async def realizes_services_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ServiceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ServiceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Service]:
        return await related_connection(
            self,
            info,
            "TechnologyNode",
            "realizesServices",
            Service,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "Technology this node runs in or on (a cluster in a data "
            "centre): its outage reaches this node. Walks "
            "(TechnologyNode)-[:DEPLOYED_ON]->(TechnologyNode). In "
            "position order (then key) unless `orderBy` is given."
        )
    )
    async def deployed_on(
        self,
        info: Info,
        where: Annotated[
            TechnologyNodeWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TechnologyNodeOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[TechnologyNode]:
        return await related_list(
            self, info, "TechnologyNode", "deployedOn", TechnologyNode, where, order_by
        )

    @strawberry.field(
        description="`deployedOn` a page at a time, with `totalCount` (Relay connection)."
    )
    async def deployed_on_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TechnologyNodeWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TechnologyNodeOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[TechnologyNode]:
        return await related_connection(
            self,
            info,
            "TechnologyNode",
            "deployedOn",
            TechnologyNode,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A technology node this one serves (a network, a platform). "
            "Walks (TechnologyNode)-[:SERVES]->(TechnologyNode). In "
            "position order (then key) unless `orderBy` is given."
        )
    )
    async def serves_nodes(
        self,
        info: Info,
        where: Annotated[
            TechnologyNodeWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TechnologyNodeOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[TechnologyNode]:
        return await related_list(
            self, info, "TechnologyNode", "servesNodes", TechnologyNode, where, order_by
        )

    @strawberry.field(
        description="`servesNodes` a page at a time, with `totalCount` (Relay connection)."
    )
    async def serves_nodes_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TechnologyNodeWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TechnologyNodeOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[TechnologyNode]:
        return await related_connection(
            self,
            info,
            "TechnologyNode",
            "servesNodes",
            TechnologyNode,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The System nodes whose `usesTechnology` include this "
            "TechnologyNode. Walks (System)-[:USES]->(TechnologyNode) "
            "backwards. In position order (then key) unless `orderBy` is "
            "given."
        )
    )
    async def used_by_systems(
        self,
        info: Info,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[System]:
        return await related_list(
            self, info, "TechnologyNode", "usedBySystems", System, where, order_by
        )

    @strawberry.field(
        description="`usedBySystems` a page at a time, with `totalCount` (Relay connection)."
    )
    async def used_by_systems_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[System]:
        return await related_connection(
            self,
            info,
            "TechnologyNode",
            "usedBySystems",
            System,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The System nodes whose `deployedOn` include this "
            "TechnologyNode. Walks "
            "(System)-[:DEPLOYED_ON]->(TechnologyNode) backwards. In "
            "position order (then key) unless `orderBy` is given."
        )
    )
    async def deployed_systems(
        self,
        info: Info,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[System]:
        return await related_list(
            self, info, "TechnologyNode", "deployedSystems", System, where, order_by
        )

    @strawberry.field(
        description="`deployedSystems` a page at a time, with `totalCount` (Relay connection)."
    )
    async def deployed_systems_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[System]:
        return await related_connection(
            self,
            info,
            "TechnologyNode",
            "deployedSystems",
            System,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The DataObject nodes whose `deployedOn` include this "
            "TechnologyNode. Walks "
            "(DataObject)-[:DEPLOYED_ON]->(TechnologyNode) backwards. In "
            "position order (then key) unless `orderBy` is given."
        )
    )
    async def deployed_data(
        self,
        info: Info,
        where: Annotated[
            DataObjectWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[DataObjectOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[DataObject]:
        return await related_list(
            self, info, "TechnologyNode", "deployedData", DataObject, where, order_by
        )

    @strawberry.field(
        description="`deployedData` a page at a time, with `totalCount` (Relay connection)."
    )
    async def deployed_data_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            DataObjectWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[DataObjectOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[DataObject]:
        return await related_connection(
            self,
            info,
            "TechnologyNode",
            "deployedData",
            DataObject,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The TechnologyNode nodes whose `deployedOn` include this "
            "TechnologyNode. Walks "
            "(TechnologyNode)-[:DEPLOYED_ON]->(TechnologyNode) backwards."
            " In position order (then key) unless `orderBy` is given."
        )
    )
    async def deployed_nodes(
        self,
        info: Info,
        where: Annotated[
            TechnologyNodeWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TechnologyNodeOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[TechnologyNode]:
        return await related_list(
            self, info, "TechnologyNode", "deployedNodes", TechnologyNode, where, order_by
        )

    @strawberry.field(
        description="`deployedNodes` a page at a time, with `totalCount` (Relay connection)."
    )
    async def deployed_nodes_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TechnologyNodeWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TechnologyNodeOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[TechnologyNode]:
        return await related_connection(
            self,
            info,
            "TechnologyNode",
            "deployedNodes",
            TechnologyNode,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The TechnologyNode nodes whose `servesNodes` include this "
            "TechnologyNode. Walks "
            "(TechnologyNode)-[:SERVES]->(TechnologyNode) backwards. In "
            "position order (then key) unless `orderBy` is given."
        )
    )
    async def served_by_nodes(
        self,
        info: Info,
        where: Annotated[
            TechnologyNodeWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TechnologyNodeOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[TechnologyNode]:
        return await related_list(
            self, info, "TechnologyNode", "servedByNodes", TechnologyNode, where, order_by
        )

    @strawberry.field(
        description="`servedByNodes` a page at a time, with `totalCount` (Relay connection)."
    )
    async def served_by_nodes_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TechnologyNodeWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TechnologyNodeOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[TechnologyNode]:
        return await related_connection(
            self,
            info,
            "TechnologyNode",
            "servedByNodes",
            TechnologyNode,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Team nodes whose `technologyNodes` include this "
            "TechnologyNode. Walks (Team)-[:OWNS]->(TechnologyNode) "
            "backwards. In position order (then key) unless `orderBy` is "
            "given."
        )
    )
    async def owners(
        self,
        info: Info,
        where: Annotated[
            TeamWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TeamOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Team]:
        return await related_list(self, info, "TechnologyNode", "owners", Team, where, order_by)

    @strawberry.field(
        description="`owners` a page at a time, with `totalCount` (Relay connection)."
    )
    async def owners_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TeamWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TeamOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Team]:
        return await related_connection(
            self,
            info,
            "TechnologyNode",
            "owners",
            Team,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The BacklogItem nodes whose `changesTechnologyNodes` include"
            " this TechnologyNode. Walks "
            "(BacklogItem)-[:CHANGES]->(TechnologyNode) backwards. In "
            "position order (then key) unless `orderBy` is given."
        )
    )
    async def changed_by(
        self,
        info: Info,
        where: Annotated[
            BacklogItemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[BacklogItemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[BacklogItem]:
        return await related_list(
            self, info, "TechnologyNode", "changedBy", BacklogItem, where, order_by
        )

    @strawberry.field(
        description="`changedBy` a page at a time, with `totalCount` (Relay connection)."
    )
    async def changed_by_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            BacklogItemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[BacklogItemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[BacklogItem]:
        return await related_connection(
            self,
            info,
            "TechnologyNode",
            "changedBy",
            BacklogItem,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The View nodes whose `showsTechnologyNodes` include this "
            "TechnologyNode. Walks (View)-[:SHOWS]->(TechnologyNode) "
            "backwards. In position order (then key) unless `orderBy` is "
            "given."
        )
    )
    async def views(
        self,
        info: Info,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[View]:
        return await related_list(self, info, "TechnologyNode", "views", View, where, order_by)

    @strawberry.field(description="`views` a page at a time, with `totalCount` (Relay connection).")
    async def views_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[View]:
        return await related_connection(
            self,
            info,
            "TechnologyNode",
            "views",
            View,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )


@strawberry.type(
    description=(
        "Something that happens and triggers behaviour: a business, "
        "application or\ntechnology event (an event catalogue's "
        "entry)."
    )
)
class Event(GraphNode):
    description: str | None = record_field(description="Free text describing the node.")
    name: str = record_field(description="The event's name, e.g. 'Claim received'.")
    layer: Layer = record_field(description="Business, application or technology event.")
    translations: list[Translation] | None = record_field(
        description="The node's label and description in other languages, one per language."
    )
    attributes: list[Attribute] | None = record_field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        )
    )

    @strawberry.field(
        description=(
            "A process the event starts. Walks "
            "(Event)-[:TRIGGERS]->(Process). In position order (then key)"
            " unless `orderBy` is given."
        )
    )
    async def triggers_processes(
        self,
        info: Info,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Process]:
        return await related_list(
            self, info, "Event", "triggersProcesses", Process, where, order_by
        )

    @strawberry.field(
        description="`triggersProcesses` a page at a time, with `totalCount` (Relay connection)."
    )
    async def triggers_processes_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Process]:
        return await related_connection(
            self,
            info,
            "Event",
            "triggersProcesses",
            Process,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A system the event starts. Walks "
            "(Event)-[:TRIGGERS]->(System). In position order (then key) "
            "unless `orderBy` is given."
        )
    )
    async def triggers_systems(
        self,
        info: Info,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[System]:
        return await related_list(self, info, "Event", "triggersSystems", System, where, order_by)

    @strawberry.field(
        description="`triggersSystems` a page at a time, with `totalCount` (Relay connection)."
    )
    async def triggers_systems_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[System]:
        return await related_connection(
            self,
            info,
            "Event",
            "triggersSystems",
            System,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Process nodes whose `raisesEvents` include this Event. "
            "Walks (Process)-[:TRIGGERS]->(Event) backwards. In position "
            "order (then key) unless `orderBy` is given."
        )
    )
    async def raised_by_processes(
        self,
        info: Info,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Process]:
        return await related_list(
            self, info, "Event", "raisedByProcesses", Process, where, order_by
        )

    @strawberry.field(
        description="`raisedByProcesses` a page at a time, with `totalCount` (Relay connection)."
    )
    async def raised_by_processes_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Process]:
        return await related_connection(
            self,
            info,
            "Event",
            "raisedByProcesses",
            Process,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The System nodes whose `raisesEvents` include this Event. "
            "Walks (System)-[:TRIGGERS]->(Event) backwards. In position "
            "order (then key) unless `orderBy` is given."
        )
    )
    async def raised_by_systems(
        self,
        info: Info,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[System]:
        return await related_list(self, info, "Event", "raisedBySystems", System, where, order_by)

    @strawberry.field(
        description="`raisedBySystems` a page at a time, with `totalCount` (Relay connection)."
    )
    async def raised_by_systems_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[System]:
        return await related_connection(
            self,
            info,
            "Event",
            "raisedBySystems",
            System,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Step nodes whose `raisesEvents` include this Event. "
            "Walks (Step)-[:TRIGGERS]->(Event) backwards. In position "
            "order (then key) unless `orderBy` is given."
        )
    )
    async def raised_by_steps(
        self,
        info: Info,
        where: Annotated[
            StepWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StepOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Step]:
        return await related_list(self, info, "Event", "raisedBySteps", Step, where, order_by)

    @strawberry.field(
        description="`raisedBySteps` a page at a time, with `totalCount` (Relay connection)."
    )
    async def raised_by_steps_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            StepWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StepOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Step]:
        return await related_connection(
            self,
            info,
            "Event",
            "raisedBySteps",
            Step,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The View nodes whose `showsEvents` include this Event. Walks"
            " (View)-[:SHOWS]->(Event) backwards. In position order (then"
            " key) unless `orderBy` is given."
        )
    )
    async def views(
        self,
        info: Info,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[View]:
        return await related_list(self, info, "Event", "views", View, where, order_by)

    @strawberry.field(description="`views` a page at a time, with `totalCount` (Relay connection).")
    async def views_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[View]:
        return await related_connection(
            self,
            info,
            "Event",
            "views",
            View,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )


@strawberry.type(description="An end-to-end value stream delivering value to a customer.")
class ValueStream(GraphNode):
    description: str | None = record_field(description="Free text describing the node.")
    name: str = record_field(description="The value stream's name.")
    translations: list[Translation] | None = record_field(
        description="The node's label and description in other languages, one per language."
    )
    attributes: list[Attribute] | None = record_field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        )
    )

    @strawberry.field(
        description=(
            "A stage of the value stream. Walks "
            "(ValueStream)-[:HAS_STAGE]->(ValueStreamStage). In position "
            "order (then key) unless `orderBy` is given."
        )
    )
    async def stages(
        self,
        info: Info,
        where: Annotated[
            ValueStreamStageWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ValueStreamStageOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[ValueStreamStage]:
        return await related_list(
            self, info, "ValueStream", "stages", ValueStreamStage, where, order_by
        )

    @strawberry.field(
        description="`stages` a page at a time, with `totalCount` (Relay connection)."
    )
    async def stages_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ValueStreamStageWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ValueStreamStageOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[ValueStreamStage]:
        return await related_connection(
            self,
            info,
            "ValueStream",
            "stages",
            ValueStreamStage,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Team nodes whose `valueStreams` include this "
            "ValueStream. Walks (Team)-[:OWNS]->(ValueStream) backwards. "
            "In position order (then key) unless `orderBy` is given."
        )
    )
    async def owners(
        self,
        info: Info,
        where: Annotated[
            TeamWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TeamOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Team]:
        return await related_list(self, info, "ValueStream", "owners", Team, where, order_by)

    @strawberry.field(
        description="`owners` a page at a time, with `totalCount` (Relay connection)."
    )
    async def owners_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TeamWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TeamOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Team]:
        return await related_connection(
            self,
            info,
            "ValueStream",
            "owners",
            Team,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The View nodes whose `showsValueStreams` include this "
            "ValueStream. Walks (View)-[:SHOWS]->(ValueStream) backwards."
            " In position order (then key) unless `orderBy` is given."
        )
    )
    async def views(
        self,
        info: Info,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[View]:
        return await related_list(self, info, "ValueStream", "views", View, where, order_by)

    @strawberry.field(description="`views` a page at a time, with `totalCount` (Relay connection).")
    async def views_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[View]:
        return await related_connection(
            self,
            info,
            "ValueStream",
            "views",
            View,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )


@strawberry.type(description="A stage of a value stream.")
class ValueStreamStage(GraphNode):
    description: str | None = record_field(description="Free text describing the node.")
    name: str = record_field(description="The stage's name.")
    order: int = record_field(description="Position of the stage within its value stream.")
    translations: list[Translation] | None = record_field(
        description="The node's label and description in other languages, one per language."
    )
    attributes: list[Attribute] | None = record_field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        )
    )

    @strawberry.field(
        description=(
            "The value-stream stage that follows. Walks "
            "(ValueStreamStage)-[:NEXT]->(ValueStreamStage). In position "
            "order (then key) unless `orderBy` is given."
        )
    )
    async def next(
        self,
        info: Info,
        where: Annotated[
            ValueStreamStageWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ValueStreamStageOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[ValueStreamStage]:
        return await related_list(
            self, info, "ValueStreamStage", "next", ValueStreamStage, where, order_by
        )

    @strawberry.field(description="`next` a page at a time, with `totalCount` (Relay connection).")
    async def next_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ValueStreamStageWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ValueStreamStageOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[ValueStreamStage]:
        return await related_connection(
            self,
            info,
            "ValueStreamStage",
            "next",
            ValueStreamStage,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A capability that enables the value-stream stage. Walks "
            "(ValueStreamStage)-[:ENABLED_BY]->(Capability). In position "
            "order (then key) unless `orderBy` is given."
        )
    )
    async def capabilities(
        self,
        info: Info,
        where: Annotated[
            CapabilityWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[CapabilityOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Capability]:
        return await related_list(
            self, info, "ValueStreamStage", "capabilities", Capability, where, order_by
        )

    @strawberry.field(
        description="`capabilities` a page at a time, with `totalCount` (Relay connection)."
    )
    async def capabilities_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            CapabilityWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[CapabilityOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Capability]:
        return await related_connection(
            self,
            info,
            "ValueStreamStage",
            "capabilities",
            Capability,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The ValueStream nodes whose `stages` include this "
            "ValueStreamStage. Walks "
            "(ValueStream)-[:HAS_STAGE]->(ValueStreamStage) backwards."
        )
    )
    async def value_stream(
        self,
        info: Info,
    ) -> ValueStream | None:
        return await related_node(self, info, "ValueStreamStage", "valueStream", ValueStream)

    @strawberry.field(
        description=(
            "The ValueStreamStage nodes whose `next` include this "
            "ValueStreamStage. Walks "
            "(ValueStreamStage)-[:NEXT]->(ValueStreamStage) backwards. In"
            " position order (then key) unless `orderBy` is given."
        )
    )
    async def previous(
        self,
        info: Info,
        where: Annotated[
            ValueStreamStageWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ValueStreamStageOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[ValueStreamStage]:
        return await related_list(
            self, info, "ValueStreamStage", "previous", ValueStreamStage, where, order_by
        )

    @strawberry.field(
        description="`previous` a page at a time, with `totalCount` (Relay connection)."
    )
    async def previous_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ValueStreamStageWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ValueStreamStageOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[ValueStreamStage]:
        return await related_connection(
            self,
            info,
            "ValueStreamStage",
            "previous",
            ValueStreamStage,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Stage nodes whose `valueStreamStages` include this "
            "ValueStreamStage. Walks "
            "(Stage)-[:MAPS_TO]->(ValueStreamStage) backwards. In "
            "position order (then key) unless `orderBy` is given."
        )
    )
    async def journey_stages(
        self,
        info: Info,
        where: Annotated[
            StageWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StageOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Stage]:
        return await related_list(
            self, info, "ValueStreamStage", "journeyStages", Stage, where, order_by
        )

    @strawberry.field(
        description="`journeyStages` a page at a time, with `totalCount` (Relay connection)."
    )
    async def journey_stages_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            StageWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StageOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Stage]:
        return await related_connection(
            self,
            info,
            "ValueStreamStage",
            "journeyStages",
            Stage,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The KPI nodes whose `valueStreamStages` include this "
            "ValueStreamStage. Walks "
            "(KPI)-[:MEASURES]->(ValueStreamStage) backwards. In position"
            " order (then key) unless `orderBy` is given."
        )
    )
    async def kpis(
        self,
        info: Info,
        where: Annotated[
            KPIWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[KPIOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[KPI]:
        return await related_list(self, info, "ValueStreamStage", "kpis", KPI, where, order_by)

    @strawberry.field(description="`kpis` a page at a time, with `totalCount` (Relay connection).")
    async def kpis_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            KPIWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[KPIOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[KPI]:
        return await related_connection(
            self,
            info,
            "ValueStreamStage",
            "kpis",
            KPI,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The View nodes whose `showsValueStreamStages` include this "
            "ValueStreamStage. Walks (View)-[:SHOWS]->(ValueStreamStage) "
            "backwards. In position order (then key) unless `orderBy` is "
            "given."
        )
    )
    async def views(
        self,
        info: Info,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[View]:
        return await related_list(self, info, "ValueStreamStage", "views", View, where, order_by)

    @strawberry.field(description="`views` a page at a time, with `totalCount` (Relay connection).")
    async def views_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[View]:
        return await related_connection(
            self,
            info,
            "ValueStreamStage",
            "views",
            View,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )


@strawberry.type(description="A key performance indicator with a target.")
class KPI(GraphNode):
    description: str | None = record_field(description="Free text describing the node.")
    name: str = record_field(description="The KPI's name.")
    unit: str | None = record_field(description="Unit of measure, e.g. '%', 'min', 'NPS'.")
    target: float | None = record_field(description="The value aimed at.")
    direction: KpiDirection = record_field(description="Whether higher or lower values are better.")
    translations: list[Translation] | None = record_field(
        description="The node's label and description in other languages, one per language."
    )
    attributes: list[Attribute] | None = record_field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        )
    )

    @strawberry.field(
        description=(
            "A process the KPI measures. Walks "
            "(KPI)-[:MEASURES]->(Process). In position order (then key) "
            "unless `orderBy` is given."
        )
    )
    async def processes(
        self,
        info: Info,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Process]:
        return await related_list(self, info, "KPI", "processes", Process, where, order_by)

    @strawberry.field(
        description="`processes` a page at a time, with `totalCount` (Relay connection)."
    )
    async def processes_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Process]:
        return await related_connection(
            self,
            info,
            "KPI",
            "processes",
            Process,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A value-stream stage the KPI measures. Walks "
            "(KPI)-[:MEASURES]->(ValueStreamStage). In position order "
            "(then key) unless `orderBy` is given."
        )
    )
    async def value_stream_stages(
        self,
        info: Info,
        where: Annotated[
            ValueStreamStageWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ValueStreamStageOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[ValueStreamStage]:
        return await related_list(
            self, info, "KPI", "valueStreamStages", ValueStreamStage, where, order_by
        )

    @strawberry.field(
        description="`valueStreamStages` a page at a time, with `totalCount` (Relay connection)."
    )
    async def value_stream_stages_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ValueStreamStageWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ValueStreamStageOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[ValueStreamStage]:
        return await related_connection(
            self,
            info,
            "KPI",
            "valueStreamStages",
            ValueStreamStage,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A step the KPI measures. Walks (KPI)-[:MEASURES]->(Step). In"
            " position order (then key) unless `orderBy` is given."
        )
    )
    async def steps(
        self,
        info: Info,
        where: Annotated[
            StepWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StepOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Step]:
        return await related_list(self, info, "KPI", "steps", Step, where, order_by)

    @strawberry.field(description="`steps` a page at a time, with `totalCount` (Relay connection).")
    async def steps_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            StepWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StepOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Step]:
        return await related_connection(
            self,
            info,
            "KPI",
            "steps",
            Step,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A touchpoint the KPI measures. Walks "
            "(KPI)-[:MEASURES]->(Touchpoint). In position order (then "
            "key) unless `orderBy` is given."
        )
    )
    async def touchpoints(
        self,
        info: Info,
        where: Annotated[
            TouchpointWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TouchpointOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Touchpoint]:
        return await related_list(self, info, "KPI", "touchpoints", Touchpoint, where, order_by)

    @strawberry.field(
        description="`touchpoints` a page at a time, with `totalCount` (Relay connection)."
    )
    async def touchpoints_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TouchpointWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TouchpointOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Touchpoint]:
        return await related_connection(
            self,
            info,
            "KPI",
            "touchpoints",
            Touchpoint,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A journey the KPI measures. Walks "
            "(KPI)-[:MEASURES]->(Journey). In position order (then key) "
            "unless `orderBy` is given."
        )
    )
    async def journeys(
        self,
        info: Info,
        where: Annotated[
            JourneyWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[JourneyOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Journey]:
        return await related_list(self, info, "KPI", "journeys", Journey, where, order_by)

    @strawberry.field(
        description="`journeys` a page at a time, with `totalCount` (Relay connection)."
    )
    async def journeys_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            JourneyWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[JourneyOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Journey]:
        return await related_connection(
            self,
            info,
            "KPI",
            "journeys",
            Journey,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A dated value of the KPI. Walks "
            "(KPI)-[:HAS_MEASUREMENT]->(Measurement). In position order "
            "(then key) unless `orderBy` is given."
        )
    )
    async def measurements(
        self,
        info: Info,
        where: Annotated[
            MeasurementWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[MeasurementOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Measurement]:
        return await related_list(self, info, "KPI", "measurements", Measurement, where, order_by)

    @strawberry.field(
        description="`measurements` a page at a time, with `totalCount` (Relay connection)."
    )
    async def measurements_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            MeasurementWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[MeasurementOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Measurement]:
        return await related_connection(
            self,
            info,
            "KPI",
            "measurements",
            Measurement,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The Team nodes whose `kpis` include this KPI. Walks "
            "(Team)-[:OWNS]->(KPI) backwards. In position order (then "
            "key) unless `orderBy` is given."
        )
    )
    async def owners(
        self,
        info: Info,
        where: Annotated[
            TeamWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TeamOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Team]:
        return await related_list(self, info, "KPI", "owners", Team, where, order_by)

    @strawberry.field(
        description="`owners` a page at a time, with `totalCount` (Relay connection)."
    )
    async def owners_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TeamWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TeamOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Team]:
        return await related_connection(
            self,
            info,
            "KPI",
            "owners",
            Team,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The View nodes whose `showsKpis` include this KPI. Walks "
            "(View)-[:SHOWS]->(KPI) backwards. In position order (then "
            "key) unless `orderBy` is given."
        )
    )
    async def views(
        self,
        info: Info,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[View]:
        return await related_list(self, info, "KPI", "views", View, where, order_by)

    @strawberry.field(description="`views` a page at a time, with `totalCount` (Relay connection).")
    async def views_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[View]:
        return await related_connection(
            self,
            info,
            "KPI",
            "views",
            View,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )


@strawberry.type(description="One dated value of a KPI.")
class Measurement(GraphNode):
    description: str | None = record_field(description="Free text describing the node.")
    value: float = record_field(description="The measured value, in the KPI's unit.")
    at: date = record_field(description="The date the value refers to.")
    translations: list[Translation] | None = record_field(
        description="The node's label and description in other languages, one per language."
    )
    attributes: list[Attribute] | None = record_field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        )
    )

    @strawberry.field(
        description=(
            "The KPI nodes whose `measurements` include this Measurement."
            " Walks (KPI)-[:HAS_MEASUREMENT]->(Measurement) backwards."
        )
    )
    async def kpi(
        self,
        info: Info,
    ) -> KPI | None:
        return await related_node(self, info, "Measurement", "kpi", KPI)

    @strawberry.field(
        description=(
            "The View nodes whose `showsMeasurements` include this "
            "Measurement. Walks (View)-[:SHOWS]->(Measurement) backwards."
            " In position order (then key) unless `orderBy` is given."
        )
    )
    async def views(
        self,
        info: Info,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[View]:
        return await related_list(self, info, "Measurement", "views", View, where, order_by)

    @strawberry.field(description="`views` a page at a time, with `totalCount` (Relay connection).")
    async def views_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[View]:
        return await related_connection(
            self,
            info,
            "Measurement",
            "views",
            View,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )


@strawberry.type(description="An epic, feature, story or task in a product backlog.")
class BacklogItem(GraphNode):
    description: str | None = record_field(description="Free text describing the node.")
    title: str = record_field(description="The item's title.")
    kind: BacklogKind = record_field(description="Epic, feature, story, task or bug.")
    status: BacklogStatus = record_field(description="Idea, todo, doing or done.")
    priority: int | None = record_field(description="Priority, 1 = highest.")
    estimate: float | None = record_field(description="Estimated effort (points or days).")
    tracker: str | None = record_field(
        description="The tracker and project the item comes from, e.g. 'jira:CLAIMS'."
    )
    tracker_key: str | None = record_field(
        description="The tracker's key for the item, e.g. 'CLAIMS-123' or '4711'."
    )
    opened_at: date | None = record_field(description="When the item was created in the tracker.")
    started_at: date | None = record_field(description="When work on the item started.")
    resolved_at: date | None = record_field(description="When the item was resolved or closed.")
    translations: list[Translation] | None = record_field(
        description="The node's label and description in other languages, one per language."
    )
    attributes: list[Attribute] | None = record_field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        )
    )

    @strawberry.field(
        description=(
            "The larger backlog item (epic, feature) this one belongs to."
            " Walks (BacklogItem)-[:PART_OF]->(BacklogItem)."
        )
    )
    async def parent(
        self,
        info: Info,
    ) -> BacklogItem | None:
        return await related_node(self, info, "BacklogItem", "parent", BacklogItem)

    @strawberry.field(
        description=(
            "A pain point the item addresses. Walks "
            "(BacklogItem)-[:ADDRESSES]->(PainPoint). In position order "
            "(then key) unless `orderBy` is given."
        )
    )
    async def pain_points(
        self,
        info: Info,
        where: Annotated[
            PainPointWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[PainPointOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[PainPoint]:
        return await related_list(
            self, info, "BacklogItem", "painPoints", PainPoint, where, order_by
        )

    @strawberry.field(
        description="`painPoints` a page at a time, with `totalCount` (Relay connection)."
    )
    async def pain_points_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            PainPointWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[PainPointOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[PainPoint]:
        return await related_connection(
            self,
            info,
            "BacklogItem",
            "painPoints",
            PainPoint,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A step the item addresses. Walks "
            "(BacklogItem)-[:ADDRESSES]->(Step). In position order (then "
            "key) unless `orderBy` is given."
        )
    )
    async def steps(
        self,
        info: Info,
        where: Annotated[
            StepWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StepOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Step]:
        return await related_list(self, info, "BacklogItem", "steps", Step, where, order_by)

    @strawberry.field(description="`steps` a page at a time, with `totalCount` (Relay connection).")
    async def steps_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            StepWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StepOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Step]:
        return await related_connection(
            self,
            info,
            "BacklogItem",
            "steps",
            Step,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A desired outcome the item addresses. Walks "
            "(BacklogItem)-[:ADDRESSES]->(Outcome). In position order "
            "(then key) unless `orderBy` is given."
        )
    )
    async def outcomes(
        self,
        info: Info,
        where: Annotated[
            OutcomeWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[OutcomeOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Outcome]:
        return await related_list(self, info, "BacklogItem", "outcomes", Outcome, where, order_by)

    @strawberry.field(
        description="`outcomes` a page at a time, with `totalCount` (Relay connection)."
    )
    async def outcomes_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            OutcomeWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[OutcomeOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Outcome]:
        return await related_connection(
            self,
            info,
            "BacklogItem",
            "outcomes",
            Outcome,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "An opportunity the item addresses. Walks "
            "(BacklogItem)-[:ADDRESSES]->(Opportunity). In position order"
            " (then key) unless `orderBy` is given."
        )
    )
    async def opportunities(
        self,
        info: Info,
        where: Annotated[
            OpportunityWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[OpportunityOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Opportunity]:
        return await related_list(
            self, info, "BacklogItem", "opportunities", Opportunity, where, order_by
        )

    @strawberry.field(
        description="`opportunities` a page at a time, with `totalCount` (Relay connection)."
    )
    async def opportunities_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            OpportunityWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[OpportunityOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Opportunity]:
        return await related_connection(
            self,
            info,
            "BacklogItem",
            "opportunities",
            Opportunity,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A process the item changes. Walks "
            "(BacklogItem)-[:CHANGES]->(Process). In position order (then"
            " key) unless `orderBy` is given."
        )
    )
    async def changes_processes(
        self,
        info: Info,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Process]:
        return await related_list(
            self, info, "BacklogItem", "changesProcesses", Process, where, order_by
        )

    @strawberry.field(
        description="`changesProcesses` a page at a time, with `totalCount` (Relay connection)."
    )
    async def changes_processes_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Process]:
        return await related_connection(
            self,
            info,
            "BacklogItem",
            "changesProcesses",
            Process,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A system the item changes. Walks "
            "(BacklogItem)-[:CHANGES]->(System). In position order (then "
            "key) unless `orderBy` is given."
        )
    )
    async def changes_systems(
        self,
        info: Info,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[System]:
        return await related_list(
            self, info, "BacklogItem", "changesSystems", System, where, order_by
        )

    @strawberry.field(
        description="`changesSystems` a page at a time, with `totalCount` (Relay connection)."
    )
    async def changes_systems_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[System]:
        return await related_connection(
            self,
            info,
            "BacklogItem",
            "changesSystems",
            System,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A capability the item changes. Walks "
            "(BacklogItem)-[:CHANGES]->(Capability). In position order "
            "(then key) unless `orderBy` is given."
        )
    )
    async def changes_capabilities(
        self,
        info: Info,
        where: Annotated[
            CapabilityWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[CapabilityOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Capability]:
        return await related_list(
            self, info, "BacklogItem", "changesCapabilities", Capability, where, order_by
        )

    @strawberry.field(
        description=(
            "`changesCapabilities` a page at a time, with `totalCount` (Relay connection)."
        )
    )
    async def changes_capabilities_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            CapabilityWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[CapabilityOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Capability]:
        return await related_connection(
            self,
            info,
            "BacklogItem",
            "changesCapabilities",
            Capability,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A touchpoint the item changes. Walks "
            "(BacklogItem)-[:CHANGES]->(Touchpoint). In position order "
            "(then key) unless `orderBy` is given."
        )
    )
    async def changes_touchpoints(
        self,
        info: Info,
        where: Annotated[
            TouchpointWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TouchpointOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Touchpoint]:
        return await related_list(
            self, info, "BacklogItem", "changesTouchpoints", Touchpoint, where, order_by
        )

    @strawberry.field(
        description="`changesTouchpoints` a page at a time, with `totalCount` (Relay connection)."
    )
    async def changes_touchpoints_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TouchpointWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TouchpointOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Touchpoint]:
        return await related_connection(
            self,
            info,
            "BacklogItem",
            "changesTouchpoints",
            Touchpoint,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A service the item changes. Walks "
            "(BacklogItem)-[:CHANGES]->(Service). In position order (then"
            " key) unless `orderBy` is given."
        )
    )
    async def changes_services(
        self,
        info: Info,
        where: Annotated[
            ServiceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ServiceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Service]:
        return await related_list(
            self, info, "BacklogItem", "changesServices", Service, where, order_by
        )

    @strawberry.field(
        description="`changesServices` a page at a time, with `totalCount` (Relay connection)."
    )
    async def changes_services_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ServiceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ServiceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Service]:
        return await related_connection(
            self,
            info,
            "BacklogItem",
            "changesServices",
            Service,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A data object the item changes. Walks "
            "(BacklogItem)-[:CHANGES]->(DataObject). In position order "
            "(then key) unless `orderBy` is given."
        )
    )
    async def changes_data_objects(
        self,
        info: Info,
        where: Annotated[
            DataObjectWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[DataObjectOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[DataObject]:
        return await related_list(
            self, info, "BacklogItem", "changesDataObjects", DataObject, where, order_by
        )

    @strawberry.field(
        description="`changesDataObjects` a page at a time, with `totalCount` (Relay connection)."
    )
    async def changes_data_objects_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            DataObjectWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[DataObjectOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[DataObject]:
        return await related_connection(
            self,
            info,
            "BacklogItem",
            "changesDataObjects",
            DataObject,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A technology node the item changes. Walks "
            "(BacklogItem)-[:CHANGES]->(TechnologyNode). In position "
            "order (then key) unless `orderBy` is given."
        )
    )
    async def changes_technology_nodes(
        self,
        info: Info,
        where: Annotated[
            TechnologyNodeWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TechnologyNodeOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[TechnologyNode]:
        return await related_list(
            self, info, "BacklogItem", "changesTechnologyNodes", TechnologyNode, where, order_by
        )

    @strawberry.field(
        description=(
            "`changesTechnologyNodes` a page at a time, with `totalCount` (Relay connection)."
        )
    )
    async def changes_technology_nodes_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TechnologyNodeWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TechnologyNodeOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[TechnologyNode]:
        return await related_connection(
            self,
            info,
            "BacklogItem",
            "changesTechnologyNodes",
            TechnologyNode,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The BacklogItem nodes whose `parent` include this "
            "BacklogItem. Walks (BacklogItem)-[:PART_OF]->(BacklogItem) "
            "backwards. In position order (then key) unless `orderBy` is "
            "given."
        )
    )
    async def children(
        self,
        info: Info,
        where: Annotated[
            BacklogItemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[BacklogItemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[BacklogItem]:
        return await related_list(
            self, info, "BacklogItem", "children", BacklogItem, where, order_by
        )

    @strawberry.field(
        description="`children` a page at a time, with `totalCount` (Relay connection)."
    )
    async def children_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            BacklogItemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[BacklogItemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[BacklogItem]:
        return await related_connection(
            self,
            info,
            "BacklogItem",
            "children",
            BacklogItem,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The View nodes whose `showsBacklogItems` include this "
            "BacklogItem. Walks (View)-[:SHOWS]->(BacklogItem) backwards."
            " In position order (then key) unless `orderBy` is given."
        )
    )
    async def views(
        self,
        info: Info,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[View]:
        return await related_list(self, info, "BacklogItem", "views", View, where, order_by)

    @strawberry.field(description="`views` a page at a time, with `totalCount` (Relay connection).")
    async def views_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[View]:
        return await related_connection(
            self,
            info,
            "BacklogItem",
            "views",
            View,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )


@strawberry.type(description="An experience gap worth closing.")
class Opportunity(GraphNode):
    description: str | None = record_field(description="Free text describing the node.")
    statement: str = record_field(description="What could be improved.")
    value: int | None = record_field(description="Expected value, 1-5.")
    effort: int | None = record_field(description="Expected effort, 1-5.")
    translations: list[Translation] | None = record_field(
        description="The node's label and description in other languages, one per language."
    )
    attributes: list[Attribute] | None = record_field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        )
    )

    @strawberry.field(
        description=(
            "A step where the opportunity arises. Walks "
            "(Opportunity)-[:ARISES_AT]->(Step). In position order (then "
            "key) unless `orderBy` is given."
        )
    )
    async def steps(
        self,
        info: Info,
        where: Annotated[
            StepWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StepOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Step]:
        return await related_list(self, info, "Opportunity", "steps", Step, where, order_by)

    @strawberry.field(description="`steps` a page at a time, with `totalCount` (Relay connection).")
    async def steps_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            StepWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StepOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Step]:
        return await related_connection(
            self,
            info,
            "Opportunity",
            "steps",
            Step,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A desired outcome the opportunity targets. Walks "
            "(Opportunity)-[:TARGETS]->(Outcome). In position order (then"
            " key) unless `orderBy` is given."
        )
    )
    async def outcomes(
        self,
        info: Info,
        where: Annotated[
            OutcomeWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[OutcomeOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Outcome]:
        return await related_list(self, info, "Opportunity", "outcomes", Outcome, where, order_by)

    @strawberry.field(
        description="`outcomes` a page at a time, with `totalCount` (Relay connection)."
    )
    async def outcomes_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            OutcomeWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[OutcomeOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Outcome]:
        return await related_connection(
            self,
            info,
            "Opportunity",
            "outcomes",
            Outcome,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A pain point the opportunity relieves. Walks "
            "(Opportunity)-[:RELIEVES]->(PainPoint). In position order "
            "(then key) unless `orderBy` is given."
        )
    )
    async def pain_points(
        self,
        info: Info,
        where: Annotated[
            PainPointWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[PainPointOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[PainPoint]:
        return await related_list(
            self, info, "Opportunity", "painPoints", PainPoint, where, order_by
        )

    @strawberry.field(
        description="`painPoints` a page at a time, with `totalCount` (Relay connection)."
    )
    async def pain_points_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            PainPointWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[PainPointOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[PainPoint]:
        return await related_connection(
            self,
            info,
            "Opportunity",
            "painPoints",
            PainPoint,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The BacklogItem nodes whose `opportunities` include this "
            "Opportunity. Walks (BacklogItem)-[:ADDRESSES]->(Opportunity)"
            " backwards. In position order (then key) unless `orderBy` is"
            " given."
        )
    )
    async def backlog_items(
        self,
        info: Info,
        where: Annotated[
            BacklogItemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[BacklogItemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[BacklogItem]:
        return await related_list(
            self, info, "Opportunity", "backlogItems", BacklogItem, where, order_by
        )

    @strawberry.field(
        description="`backlogItems` a page at a time, with `totalCount` (Relay connection)."
    )
    async def backlog_items_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            BacklogItemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[BacklogItemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[BacklogItem]:
        return await related_connection(
            self,
            info,
            "Opportunity",
            "backlogItems",
            BacklogItem,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "The View nodes whose `showsOpportunities` include this "
            "Opportunity. Walks (View)-[:SHOWS]->(Opportunity) backwards."
            " In position order (then key) unless `orderBy` is given."
        )
    )
    async def views(
        self,
        info: Info,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[View]:
        return await related_list(self, info, "Opportunity", "views", View, where, order_by)

    @strawberry.field(description="`views` a page at a time, with `totalCount` (Relay connection).")
    async def views_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ViewWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ViewOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[View]:
        return await related_connection(
            self,
            info,
            "Opportunity",
            "views",
            View,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )


@strawberry.type(
    description=(
        "A diagram of part of the graph, as a modelling tool draws it"
        " (an ArchiMate view):\nthe nodes it shows (its ``shows...`` "
        'relationships, which "impact of everything on\nthis view" '
        "starts from) and where it draws them (``diagramNodes``,\n"
        "``diagramConnections``: see graph_api/metamodel/diagram.py)."
    )
)
class View(GraphNode):
    description: str | None = record_field(description="Free text describing the node.")
    name: str = record_field(description="The view's name, e.g. 'Claims application landscape'.")
    viewpoint: str | None = record_field(
        description="The viewpoint it follows, e.g. 'Application Cooperation'."
    )
    translations: list[Translation] | None = record_field(
        description="The node's label and description in other languages, one per language."
    )
    attributes: list[Attribute] | None = record_field(
        description=(
            "Name/value pairs from other tools (ArchiMate properties, "
            "say) that are not properties of the node's kind."
        )
    )
    diagram_nodes: list[DiagramNode] | None = record_field(
        description="The boxes drawn: each node shown, note and grouping box, with its bounds."
    )
    diagram_connections: list[DiagramConnection] | None = record_field(
        description="The lines drawn between boxes, each naming the relationship it draws."
    )

    @strawberry.field(
        description=(
            "A Persona the view shows. Walks (View)-[:SHOWS]->(Persona). "
            "In position order (then key) unless `orderBy` is given."
        )
    )
    async def shows_personas(
        self,
        info: Info,
        where: Annotated[
            PersonaWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[PersonaOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Persona]:
        return await related_list(self, info, "View", "showsPersonas", Persona, where, order_by)

    @strawberry.field(
        description="`showsPersonas` a page at a time, with `totalCount` (Relay connection)."
    )
    async def shows_personas_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            PersonaWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[PersonaOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Persona]:
        return await related_connection(
            self,
            info,
            "View",
            "showsPersonas",
            Persona,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A Job the view shows. Walks (View)-[:SHOWS]->(Job). In "
            "position order (then key) unless `orderBy` is given."
        )
    )
    async def shows_jobs(
        self,
        info: Info,
        where: Annotated[
            JobWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[JobOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Job]:
        return await related_list(self, info, "View", "showsJobs", Job, where, order_by)

    @strawberry.field(
        description="`showsJobs` a page at a time, with `totalCount` (Relay connection)."
    )
    async def shows_jobs_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            JobWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[JobOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Job]:
        return await related_connection(
            self,
            info,
            "View",
            "showsJobs",
            Job,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A Outcome the view shows. Walks (View)-[:SHOWS]->(Outcome). "
            "In position order (then key) unless `orderBy` is given."
        )
    )
    async def shows_outcomes(
        self,
        info: Info,
        where: Annotated[
            OutcomeWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[OutcomeOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Outcome]:
        return await related_list(self, info, "View", "showsOutcomes", Outcome, where, order_by)

    @strawberry.field(
        description="`showsOutcomes` a page at a time, with `totalCount` (Relay connection)."
    )
    async def shows_outcomes_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            OutcomeWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[OutcomeOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Outcome]:
        return await related_connection(
            self,
            info,
            "View",
            "showsOutcomes",
            Outcome,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A Journey the view shows. Walks (View)-[:SHOWS]->(Journey). "
            "In position order (then key) unless `orderBy` is given."
        )
    )
    async def shows_journeys(
        self,
        info: Info,
        where: Annotated[
            JourneyWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[JourneyOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Journey]:
        return await related_list(self, info, "View", "showsJourneys", Journey, where, order_by)

    @strawberry.field(
        description="`showsJourneys` a page at a time, with `totalCount` (Relay connection)."
    )
    async def shows_journeys_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            JourneyWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[JourneyOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Journey]:
        return await related_connection(
            self,
            info,
            "View",
            "showsJourneys",
            Journey,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A Stage the view shows. Walks (View)-[:SHOWS]->(Stage). In "
            "position order (then key) unless `orderBy` is given."
        )
    )
    async def shows_stages(
        self,
        info: Info,
        where: Annotated[
            StageWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StageOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Stage]:
        return await related_list(self, info, "View", "showsStages", Stage, where, order_by)

    @strawberry.field(
        description="`showsStages` a page at a time, with `totalCount` (Relay connection)."
    )
    async def shows_stages_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            StageWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StageOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Stage]:
        return await related_connection(
            self,
            info,
            "View",
            "showsStages",
            Stage,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A Step the view shows. Walks (View)-[:SHOWS]->(Step). In "
            "position order (then key) unless `orderBy` is given."
        )
    )
    async def shows_steps(
        self,
        info: Info,
        where: Annotated[
            StepWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StepOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Step]:
        return await related_list(self, info, "View", "showsSteps", Step, where, order_by)

    @strawberry.field(
        description="`showsSteps` a page at a time, with `totalCount` (Relay connection)."
    )
    async def shows_steps_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            StepWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[StepOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Step]:
        return await related_connection(
            self,
            info,
            "View",
            "showsSteps",
            Step,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A Channel the view shows. Walks (View)-[:SHOWS]->(Channel). "
            "In position order (then key) unless `orderBy` is given."
        )
    )
    async def shows_channels(
        self,
        info: Info,
        where: Annotated[
            ChannelWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ChannelOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Channel]:
        return await related_list(self, info, "View", "showsChannels", Channel, where, order_by)

    @strawberry.field(
        description="`showsChannels` a page at a time, with `totalCount` (Relay connection)."
    )
    async def shows_channels_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ChannelWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ChannelOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Channel]:
        return await related_connection(
            self,
            info,
            "View",
            "showsChannels",
            Channel,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A Touchpoint the view shows. Walks "
            "(View)-[:SHOWS]->(Touchpoint). In position order (then key) "
            "unless `orderBy` is given."
        )
    )
    async def shows_touchpoints(
        self,
        info: Info,
        where: Annotated[
            TouchpointWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TouchpointOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Touchpoint]:
        return await related_list(
            self, info, "View", "showsTouchpoints", Touchpoint, where, order_by
        )

    @strawberry.field(
        description="`showsTouchpoints` a page at a time, with `totalCount` (Relay connection)."
    )
    async def shows_touchpoints_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TouchpointWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TouchpointOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Touchpoint]:
        return await related_connection(
            self,
            info,
            "View",
            "showsTouchpoints",
            Touchpoint,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A PainPoint the view shows. Walks "
            "(View)-[:SHOWS]->(PainPoint). In position order (then key) "
            "unless `orderBy` is given."
        )
    )
    async def shows_pain_points(
        self,
        info: Info,
        where: Annotated[
            PainPointWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[PainPointOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[PainPoint]:
        return await related_list(self, info, "View", "showsPainPoints", PainPoint, where, order_by)

    @strawberry.field(
        description="`showsPainPoints` a page at a time, with `totalCount` (Relay connection)."
    )
    async def shows_pain_points_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            PainPointWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[PainPointOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[PainPoint]:
        return await related_connection(
            self,
            info,
            "View",
            "showsPainPoints",
            PainPoint,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A Evidence the view shows. Walks "
            "(View)-[:SHOWS]->(Evidence). In position order (then key) "
            "unless `orderBy` is given."
        )
    )
    async def shows_evidence(
        self,
        info: Info,
        where: Annotated[
            EvidenceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[EvidenceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Evidence]:
        return await related_list(self, info, "View", "showsEvidence", Evidence, where, order_by)

    @strawberry.field(
        description="`showsEvidence` a page at a time, with `totalCount` (Relay connection)."
    )
    async def shows_evidence_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            EvidenceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[EvidenceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Evidence]:
        return await related_connection(
            self,
            info,
            "View",
            "showsEvidence",
            Evidence,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A Capability the view shows. Walks "
            "(View)-[:SHOWS]->(Capability). In position order (then key) "
            "unless `orderBy` is given."
        )
    )
    async def shows_capabilities(
        self,
        info: Info,
        where: Annotated[
            CapabilityWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[CapabilityOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Capability]:
        return await related_list(
            self, info, "View", "showsCapabilities", Capability, where, order_by
        )

    @strawberry.field(
        description="`showsCapabilities` a page at a time, with `totalCount` (Relay connection)."
    )
    async def shows_capabilities_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            CapabilityWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[CapabilityOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Capability]:
        return await related_connection(
            self,
            info,
            "View",
            "showsCapabilities",
            Capability,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A Process the view shows. Walks (View)-[:SHOWS]->(Process). "
            "In position order (then key) unless `orderBy` is given."
        )
    )
    async def shows_processes(
        self,
        info: Info,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Process]:
        return await related_list(self, info, "View", "showsProcesses", Process, where, order_by)

    @strawberry.field(
        description="`showsProcesses` a page at a time, with `totalCount` (Relay connection)."
    )
    async def shows_processes_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ProcessWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ProcessOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Process]:
        return await related_connection(
            self,
            info,
            "View",
            "showsProcesses",
            Process,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A System the view shows. Walks (View)-[:SHOWS]->(System). In"
            " position order (then key) unless `orderBy` is given."
        )
    )
    async def shows_systems(
        self,
        info: Info,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[System]:
        return await related_list(self, info, "View", "showsSystems", System, where, order_by)

    @strawberry.field(
        description="`showsSystems` a page at a time, with `totalCount` (Relay connection)."
    )
    async def shows_systems_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            SystemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[SystemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[System]:
        return await related_connection(
            self,
            info,
            "View",
            "showsSystems",
            System,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A Team the view shows. Walks (View)-[:SHOWS]->(Team). In "
            "position order (then key) unless `orderBy` is given."
        )
    )
    async def shows_teams(
        self,
        info: Info,
        where: Annotated[
            TeamWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TeamOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Team]:
        return await related_list(self, info, "View", "showsTeams", Team, where, order_by)

    @strawberry.field(
        description="`showsTeams` a page at a time, with `totalCount` (Relay connection)."
    )
    async def shows_teams_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TeamWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TeamOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Team]:
        return await related_connection(
            self,
            info,
            "View",
            "showsTeams",
            Team,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A Service the view shows. Walks (View)-[:SHOWS]->(Service). "
            "In position order (then key) unless `orderBy` is given."
        )
    )
    async def shows_services(
        self,
        info: Info,
        where: Annotated[
            ServiceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ServiceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Service]:
        return await related_list(self, info, "View", "showsServices", Service, where, order_by)

    @strawberry.field(
        description="`showsServices` a page at a time, with `totalCount` (Relay connection)."
    )
    async def shows_services_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ServiceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ServiceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Service]:
        return await related_connection(
            self,
            info,
            "View",
            "showsServices",
            Service,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A Interface the view shows. Walks "
            "(View)-[:SHOWS]->(Interface). In position order (then key) "
            "unless `orderBy` is given."
        )
    )
    async def shows_interfaces(
        self,
        info: Info,
        where: Annotated[
            InterfaceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[InterfaceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Interface]:
        return await related_list(self, info, "View", "showsInterfaces", Interface, where, order_by)

    @strawberry.field(
        description="`showsInterfaces` a page at a time, with `totalCount` (Relay connection)."
    )
    async def shows_interfaces_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            InterfaceWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[InterfaceOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Interface]:
        return await related_connection(
            self,
            info,
            "View",
            "showsInterfaces",
            Interface,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A DataObject the view shows. Walks "
            "(View)-[:SHOWS]->(DataObject). In position order (then key) "
            "unless `orderBy` is given."
        )
    )
    async def shows_data_objects(
        self,
        info: Info,
        where: Annotated[
            DataObjectWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[DataObjectOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[DataObject]:
        return await related_list(
            self, info, "View", "showsDataObjects", DataObject, where, order_by
        )

    @strawberry.field(
        description="`showsDataObjects` a page at a time, with `totalCount` (Relay connection)."
    )
    async def shows_data_objects_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            DataObjectWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[DataObjectOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[DataObject]:
        return await related_connection(
            self,
            info,
            "View",
            "showsDataObjects",
            DataObject,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A TechnologyNode the view shows. Walks "
            "(View)-[:SHOWS]->(TechnologyNode). In position order (then "
            "key) unless `orderBy` is given."
        )
    )
    async def shows_technology_nodes(
        self,
        info: Info,
        where: Annotated[
            TechnologyNodeWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TechnologyNodeOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[TechnologyNode]:
        return await related_list(
            self, info, "View", "showsTechnologyNodes", TechnologyNode, where, order_by
        )

    @strawberry.field(
        description=(
            "`showsTechnologyNodes` a page at a time, with `totalCount` (Relay connection)."
        )
    )
    async def shows_technology_nodes_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            TechnologyNodeWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[TechnologyNodeOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[TechnologyNode]:
        return await related_connection(
            self,
            info,
            "View",
            "showsTechnologyNodes",
            TechnologyNode,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A Event the view shows. Walks (View)-[:SHOWS]->(Event). In "
            "position order (then key) unless `orderBy` is given."
        )
    )
    async def shows_events(
        self,
        info: Info,
        where: Annotated[
            EventWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[EventOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Event]:
        return await related_list(self, info, "View", "showsEvents", Event, where, order_by)

    @strawberry.field(
        description="`showsEvents` a page at a time, with `totalCount` (Relay connection)."
    )
    async def shows_events_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            EventWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[EventOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Event]:
        return await related_connection(
            self,
            info,
            "View",
            "showsEvents",
            Event,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A ValueStream the view shows. Walks "
            "(View)-[:SHOWS]->(ValueStream). In position order (then key)"
            " unless `orderBy` is given."
        )
    )
    async def shows_value_streams(
        self,
        info: Info,
        where: Annotated[
            ValueStreamWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ValueStreamOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[ValueStream]:
        return await related_list(
            self, info, "View", "showsValueStreams", ValueStream, where, order_by
        )

    @strawberry.field(
        description="`showsValueStreams` a page at a time, with `totalCount` (Relay connection)."
    )
    async def shows_value_streams_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ValueStreamWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ValueStreamOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[ValueStream]:
        return await related_connection(
            self,
            info,
            "View",
            "showsValueStreams",
            ValueStream,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A ValueStreamStage the view shows. Walks "
            "(View)-[:SHOWS]->(ValueStreamStage). In position order (then"
            " key) unless `orderBy` is given."
        )
    )
    async def shows_value_stream_stages(
        self,
        info: Info,
        where: Annotated[
            ValueStreamStageWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ValueStreamStageOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[ValueStreamStage]:
        return await related_list(
            self, info, "View", "showsValueStreamStages", ValueStreamStage, where, order_by
        )

    @strawberry.field(
        description=(
            "`showsValueStreamStages` a page at a time, with `totalCount` (Relay connection)."
        )
    )
    async def shows_value_stream_stages_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            ValueStreamStageWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[ValueStreamStageOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[ValueStreamStage]:
        return await related_connection(
            self,
            info,
            "View",
            "showsValueStreamStages",
            ValueStreamStage,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A KPI the view shows. Walks (View)-[:SHOWS]->(KPI). In "
            "position order (then key) unless `orderBy` is given."
        )
    )
    async def shows_kpis(
        self,
        info: Info,
        where: Annotated[
            KPIWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[KPIOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[KPI]:
        return await related_list(self, info, "View", "showsKpis", KPI, where, order_by)

    @strawberry.field(
        description="`showsKpis` a page at a time, with `totalCount` (Relay connection)."
    )
    async def shows_kpis_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            KPIWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[KPIOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[KPI]:
        return await related_connection(
            self,
            info,
            "View",
            "showsKpis",
            KPI,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A Measurement the view shows. Walks "
            "(View)-[:SHOWS]->(Measurement). In position order (then key)"
            " unless `orderBy` is given."
        )
    )
    async def shows_measurements(
        self,
        info: Info,
        where: Annotated[
            MeasurementWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[MeasurementOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Measurement]:
        return await related_list(
            self, info, "View", "showsMeasurements", Measurement, where, order_by
        )

    @strawberry.field(
        description="`showsMeasurements` a page at a time, with `totalCount` (Relay connection)."
    )
    async def shows_measurements_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            MeasurementWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[MeasurementOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Measurement]:
        return await related_connection(
            self,
            info,
            "View",
            "showsMeasurements",
            Measurement,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A BacklogItem the view shows. Walks "
            "(View)-[:SHOWS]->(BacklogItem). In position order (then key)"
            " unless `orderBy` is given."
        )
    )
    async def shows_backlog_items(
        self,
        info: Info,
        where: Annotated[
            BacklogItemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[BacklogItemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[BacklogItem]:
        return await related_list(
            self, info, "View", "showsBacklogItems", BacklogItem, where, order_by
        )

    @strawberry.field(
        description="`showsBacklogItems` a page at a time, with `totalCount` (Relay connection)."
    )
    async def shows_backlog_items_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            BacklogItemWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[BacklogItemOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[BacklogItem]:
        return await related_connection(
            self,
            info,
            "View",
            "showsBacklogItems",
            BacklogItem,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description=(
            "A Opportunity the view shows. Walks "
            "(View)-[:SHOWS]->(Opportunity). In position order (then key)"
            " unless `orderBy` is given."
        )
    )
    async def shows_opportunities(
        self,
        info: Info,
        where: Annotated[
            OpportunityWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[OpportunityOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[Opportunity]:
        return await related_list(
            self, info, "View", "showsOpportunities", Opportunity, where, order_by
        )

    @strawberry.field(
        description="`showsOpportunities` a page at a time, with `totalCount` (Relay connection)."
    )
    async def shows_opportunities_connection(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            OpportunityWhere | None,
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[OpportunityOrderBy] | None,
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[Opportunity]:
        return await related_connection(
            self,
            info,
            "View",
            "showsOpportunities",
            Opportunity,
            where,
            order_by,
            first=first,
            after=after,
            last=last,
            before=before,
        )


NODE_TYPES: dict[str, type[GraphNode]] = {
    "Persona": Persona,
    "Job": Job,
    "Outcome": Outcome,
    "Journey": Journey,
    "Stage": Stage,
    "Step": Step,
    "Channel": Channel,
    "Touchpoint": Touchpoint,
    "PainPoint": PainPoint,
    "Evidence": Evidence,
    "Capability": Capability,
    "Process": Process,
    "System": System,
    "Team": Team,
    "Service": Service,
    "Interface": Interface,
    "DataObject": DataObject,
    "TechnologyNode": TechnologyNode,
    "Event": Event,
    "ValueStream": ValueStream,
    "ValueStreamStage": ValueStreamStage,
    "KPI": KPI,
    "Measurement": Measurement,
    "BacklogItem": BacklogItem,
    "Opportunity": Opportunity,
    "View": View,
}
"""The GraphQL type of each node kind, by kind name."""

for _kind, _node_type in NODE_TYPES.items():
    FIELD_READERS[_node_type] = field_readers(_kind)
