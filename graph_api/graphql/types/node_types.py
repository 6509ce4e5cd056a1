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
from graph_api.graphql.types.carried_types import Attribute, Translation
from graph_api.graphql.types.node_filters import (
    BacklogItemOrderBy,
    BacklogItemWhere,
    CapabilityOrderBy,
    CapabilityWhere,
    EvidenceOrderBy,
    EvidenceWhere,
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
    StageOrderBy,
    StageWhere,
    StepOrderBy,
    StepWhere,
    SystemOrderBy,
    SystemWhere,
    TeamOrderBy,
    TeamWhere,
    TouchpointOrderBy,
    TouchpointWhere,
    ValueStreamOrderBy,
    ValueStreamStageOrderBy,
    ValueStreamStageWhere,
    ValueStreamWhere,
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
    ChannelKind,
    EvidenceKind,
    JobKind,
    JourneyState,
    KpiDirection,
    ProcessKind,
    SystemLifecycle,
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


@strawberry.type(
    description="A business capability: what the organisation is able to do (levels 1-3)."
)
class Capability(GraphNode):
    description: str | None = record_field(description="Free text describing the node.")
    name: str = record_field(description="The capability's name.")
    level: int = record_field(description="Depth in the capability map, 1 = top level.")
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


@strawberry.type(description="A business process: the back stage of a service blueprint.")
class Process(GraphNode):
    description: str | None = record_field(description="Free text describing the node.")
    name: str = record_field(description="The process's name.")
    kind: ProcessKind = record_field(description="Core, support or management process.")
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


@strawberry.type(description="An epic, feature, story or task in a product backlog.")
class BacklogItem(GraphNode):
    description: str | None = record_field(description="Free text describing the node.")
    title: str = record_field(description="The item's title.")
    kind: BacklogKind = record_field(description="Epic, feature, story or task.")
    status: BacklogStatus = record_field(description="Idea, todo, doing or done.")
    priority: int | None = record_field(description="Priority, 1 = highest.")
    estimate: float | None = record_field(description="Estimated effort (points or days).")
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
    "ValueStream": ValueStream,
    "ValueStreamStage": ValueStreamStage,
    "KPI": KPI,
    "Measurement": Measurement,
    "BacklogItem": BacklogItem,
    "Opportunity": Opportunity,
}
"""The GraphQL type of each node kind, by kind name."""

for _kind, _node_type in NODE_TYPES.items():
    FIELD_READERS[_node_type] = field_readers(_kind)
