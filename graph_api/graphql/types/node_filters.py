"""The ``where`` (``<Kind>Where``, ``<Kind>RelationFilter``, ``<Type>Filter``) and
``orderBy`` (``<Kind>OrderBy``) inputs of every node kind.

Generated from the metamodel (graph_api/metamodel) by graph_api/graphql/types/generate.py.
Do not edit: after changing the metamodel, run ``make generated``
(``python -m graph_api.graphql.types.generate``), which rewrites this file.
"""

from __future__ import annotations

from datetime import date, datetime

import strawberry

import graph_api.graphql.types.scalars  # noqa: F401 (registers the metamodel's enums)
from graph_api.graphql.types.sort_direction import SortDirection
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


@strawberry.input(description="Tests on a text; every test given must hold.")
class StringFilter:
    eq: str | None = strawberry.field(description="Equal to this value.", default=strawberry.UNSET)
    in_: list[str] | None = strawberry.field(
        name="in", description="Equal to one of these values.", default=strawberry.UNSET
    )
    contains: str | None = strawberry.field(
        description="Contains this text (case-sensitive).", default=strawberry.UNSET
    )
    starts_with: str | None = strawberry.field(
        description="Starts with this text (case-sensitive).", default=strawberry.UNSET
    )
    is_null: bool | None = strawberry.field(
        description="true: the property is not set; false: it is set.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on an integer; every test must hold.")
class IntFilter:
    eq: int | None = strawberry.field(description="Equal to this value.", default=strawberry.UNSET)
    in_: list[int] | None = strawberry.field(
        name="in", description="Equal to one of these values.", default=strawberry.UNSET
    )
    gt: int | None = strawberry.field(
        description="Greater than this value.", default=strawberry.UNSET
    )
    gte: int | None = strawberry.field(
        description="Greater than or equal to this value.", default=strawberry.UNSET
    )
    lt: int | None = strawberry.field(description="Less than this value.", default=strawberry.UNSET)
    lte: int | None = strawberry.field(
        description="Less than or equal to this value.", default=strawberry.UNSET
    )
    is_null: bool | None = strawberry.field(
        description="true: the property is not set; false: it is set.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on a number; every test must hold.")
class FloatFilter:
    eq: float | None = strawberry.field(
        description="Equal to this value.", default=strawberry.UNSET
    )
    in_: list[float] | None = strawberry.field(
        name="in", description="Equal to one of these values.", default=strawberry.UNSET
    )
    gt: float | None = strawberry.field(
        description="Greater than this value.", default=strawberry.UNSET
    )
    gte: float | None = strawberry.field(
        description="Greater than or equal to this value.", default=strawberry.UNSET
    )
    lt: float | None = strawberry.field(
        description="Less than this value.", default=strawberry.UNSET
    )
    lte: float | None = strawberry.field(
        description="Less than or equal to this value.", default=strawberry.UNSET
    )
    is_null: bool | None = strawberry.field(
        description="true: the property is not set; false: it is set.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on a boolean.")
class BooleanFilter:
    eq: bool | None = strawberry.field(description="Equal to this value.", default=strawberry.UNSET)
    is_null: bool | None = strawberry.field(
        description="true: the property is not set; false: it is set.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on a date; every test must hold.")
class DateFilter:
    eq: date | None = strawberry.field(description="Equal to this value.", default=strawberry.UNSET)
    in_: list[date] | None = strawberry.field(
        name="in", description="Equal to one of these values.", default=strawberry.UNSET
    )
    gt: date | None = strawberry.field(
        description="Greater than this value.", default=strawberry.UNSET
    )
    gte: date | None = strawberry.field(
        description="Greater than or equal to this value.", default=strawberry.UNSET
    )
    lt: date | None = strawberry.field(
        description="Less than this value.", default=strawberry.UNSET
    )
    lte: date | None = strawberry.field(
        description="Less than or equal to this value.", default=strawberry.UNSET
    )
    is_null: bool | None = strawberry.field(
        description="true: the property is not set; false: it is set.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on a timestamp; every test must hold.")
class DateTimeFilter:
    eq: datetime | None = strawberry.field(
        description="Equal to this value.", default=strawberry.UNSET
    )
    in_: list[datetime] | None = strawberry.field(
        name="in", description="Equal to one of these values.", default=strawberry.UNSET
    )
    gt: datetime | None = strawberry.field(
        description="Greater than this value.", default=strawberry.UNSET
    )
    gte: datetime | None = strawberry.field(
        description="Greater than or equal to this value.", default=strawberry.UNSET
    )
    lt: datetime | None = strawberry.field(
        description="Less than this value.", default=strawberry.UNSET
    )
    lte: datetime | None = strawberry.field(
        description="Less than or equal to this value.", default=strawberry.UNSET
    )
    is_null: bool | None = strawberry.field(
        description="true: the property is not set; false: it is set.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on a JobKind.")
class JobKindFilter:
    eq: JobKind | None = strawberry.field(
        description="Equal to this value.", default=strawberry.UNSET
    )
    in_: list[JobKind] | None = strawberry.field(
        name="in", description="Equal to one of these values.", default=strawberry.UNSET
    )
    is_null: bool | None = strawberry.field(
        description="true: the property is not set; false: it is set.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on a JourneyState.")
class JourneyStateFilter:
    eq: JourneyState | None = strawberry.field(
        description="Equal to this value.", default=strawberry.UNSET
    )
    in_: list[JourneyState] | None = strawberry.field(
        name="in", description="Equal to one of these values.", default=strawberry.UNSET
    )
    is_null: bool | None = strawberry.field(
        description="true: the property is not set; false: it is set.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on a ChannelKind.")
class ChannelKindFilter:
    eq: ChannelKind | None = strawberry.field(
        description="Equal to this value.", default=strawberry.UNSET
    )
    in_: list[ChannelKind] | None = strawberry.field(
        name="in", description="Equal to one of these values.", default=strawberry.UNSET
    )
    is_null: bool | None = strawberry.field(
        description="true: the property is not set; false: it is set.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on a EvidenceKind.")
class EvidenceKindFilter:
    eq: EvidenceKind | None = strawberry.field(
        description="Equal to this value.", default=strawberry.UNSET
    )
    in_: list[EvidenceKind] | None = strawberry.field(
        name="in", description="Equal to one of these values.", default=strawberry.UNSET
    )
    is_null: bool | None = strawberry.field(
        description="true: the property is not set; false: it is set.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on a ProcessKind.")
class ProcessKindFilter:
    eq: ProcessKind | None = strawberry.field(
        description="Equal to this value.", default=strawberry.UNSET
    )
    in_: list[ProcessKind] | None = strawberry.field(
        name="in", description="Equal to one of these values.", default=strawberry.UNSET
    )
    is_null: bool | None = strawberry.field(
        description="true: the property is not set; false: it is set.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on a Layer.")
class LayerFilter:
    eq: Layer | None = strawberry.field(
        description="Equal to this value.", default=strawberry.UNSET
    )
    in_: list[Layer] | None = strawberry.field(
        name="in", description="Equal to one of these values.", default=strawberry.UNSET
    )
    is_null: bool | None = strawberry.field(
        description="true: the property is not set; false: it is set.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on a Behaviour.")
class BehaviourFilter:
    eq: Behaviour | None = strawberry.field(
        description="Equal to this value.", default=strawberry.UNSET
    )
    in_: list[Behaviour] | None = strawberry.field(
        name="in", description="Equal to one of these values.", default=strawberry.UNSET
    )
    is_null: bool | None = strawberry.field(
        description="true: the property is not set; false: it is set.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on a SystemLifecycle.")
class SystemLifecycleFilter:
    eq: SystemLifecycle | None = strawberry.field(
        description="Equal to this value.", default=strawberry.UNSET
    )
    in_: list[SystemLifecycle] | None = strawberry.field(
        name="in", description="Equal to one of these values.", default=strawberry.UNSET
    )
    is_null: bool | None = strawberry.field(
        description="true: the property is not set; false: it is set.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on a DataObjectKind.")
class DataObjectKindFilter:
    eq: DataObjectKind | None = strawberry.field(
        description="Equal to this value.", default=strawberry.UNSET
    )
    in_: list[DataObjectKind] | None = strawberry.field(
        name="in", description="Equal to one of these values.", default=strawberry.UNSET
    )
    is_null: bool | None = strawberry.field(
        description="true: the property is not set; false: it is set.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on a TechnologyKind.")
class TechnologyKindFilter:
    eq: TechnologyKind | None = strawberry.field(
        description="Equal to this value.", default=strawberry.UNSET
    )
    in_: list[TechnologyKind] | None = strawberry.field(
        name="in", description="Equal to one of these values.", default=strawberry.UNSET
    )
    is_null: bool | None = strawberry.field(
        description="true: the property is not set; false: it is set.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on a KpiDirection.")
class KpiDirectionFilter:
    eq: KpiDirection | None = strawberry.field(
        description="Equal to this value.", default=strawberry.UNSET
    )
    in_: list[KpiDirection] | None = strawberry.field(
        name="in", description="Equal to one of these values.", default=strawberry.UNSET
    )
    is_null: bool | None = strawberry.field(
        description="true: the property is not set; false: it is set.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on a BacklogKind.")
class BacklogKindFilter:
    eq: BacklogKind | None = strawberry.field(
        description="Equal to this value.", default=strawberry.UNSET
    )
    in_: list[BacklogKind] | None = strawberry.field(
        name="in", description="Equal to one of these values.", default=strawberry.UNSET
    )
    is_null: bool | None = strawberry.field(
        description="true: the property is not set; false: it is set.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on a BacklogStatus.")
class BacklogStatusFilter:
    eq: BacklogStatus | None = strawberry.field(
        description="Equal to this value.", default=strawberry.UNSET
    )
    in_: list[BacklogStatus] | None = strawberry.field(
        name="in", description="Equal to one of these values.", default=strawberry.UNSET
    )
    is_null: bool | None = strawberry.field(
        description="true: the property is not set; false: it is set.", default=strawberry.UNSET
    )


@strawberry.input(description="Which Persona nodes to return.")
class PersonaWhere:
    and_: list[PersonaWhere] | None = strawberry.field(
        name="AND", description="Every one of these must hold.", default=strawberry.UNSET
    )
    or_: list[PersonaWhere] | None = strawberry.field(
        name="OR", description="At least one of these must hold.", default=strawberry.UNSET
    )
    not_: PersonaWhere | None = strawberry.field(
        name="NOT", description="This must not hold.", default=strawberry.UNSET
    )
    key: StringFilter | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: DateTimeFilter | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: DateTimeFilter | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: IntFilter | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: StringFilter | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: StringFilter | None = strawberry.field(
        description="The persona's name, e.g. 'Busy commuter'.", default=strawberry.UNSET
    )
    segment: StringFilter | None = strawberry.field(
        description="The market segment the persona belongs to.", default=strawberry.UNSET
    )
    jobs: JobRelationFilter | None = strawberry.field(
        description="Tests on the Job nodes `jobs` leads to.", default=strawberry.UNSET
    )
    journeys: JourneyRelationFilter | None = strawberry.field(
        description="Tests on the Journey nodes `journeys` leads to.", default=strawberry.UNSET
    )
    views: ViewRelationFilter | None = strawberry.field(
        description="Tests on the View nodes `views` leads to.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on related Persona nodes; `{}` matches any node.")
class PersonaRelationFilter:
    some: PersonaWhere | None = strawberry.field(
        description="At least one related node matches.", default=strawberry.UNSET
    )
    none: PersonaWhere | None = strawberry.field(
        description="No related node matches.", default=strawberry.UNSET
    )
    all: PersonaWhere | None = strawberry.field(
        description="Every related node matches (true when there are none).",
        default=strawberry.UNSET,
    )


@strawberry.input(description="Orders Persona nodes by one field; give a list for ties.")
class PersonaOrderBy:
    key: SortDirection | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: SortDirection | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: SortDirection | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: SortDirection | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: SortDirection | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: SortDirection | None = strawberry.field(
        description="The persona's name, e.g. 'Busy commuter'.", default=strawberry.UNSET
    )
    segment: SortDirection | None = strawberry.field(
        description="The market segment the persona belongs to.", default=strawberry.UNSET
    )


@strawberry.input(description="Which Job nodes to return.")
class JobWhere:
    and_: list[JobWhere] | None = strawberry.field(
        name="AND", description="Every one of these must hold.", default=strawberry.UNSET
    )
    or_: list[JobWhere] | None = strawberry.field(
        name="OR", description="At least one of these must hold.", default=strawberry.UNSET
    )
    not_: JobWhere | None = strawberry.field(
        name="NOT", description="This must not hold.", default=strawberry.UNSET
    )
    key: StringFilter | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: DateTimeFilter | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: DateTimeFilter | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: IntFilter | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: StringFilter | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    statement: StringFilter | None = strawberry.field(
        description="The job statement: verb, object, context.", default=strawberry.UNSET
    )
    kind: JobKindFilter | None = strawberry.field(
        description="Functional, emotional or social job.", default=strawberry.UNSET
    )
    outcomes: OutcomeRelationFilter | None = strawberry.field(
        description="Tests on the Outcome nodes `outcomes` leads to.", default=strawberry.UNSET
    )
    personas: PersonaRelationFilter | None = strawberry.field(
        description="Tests on the Persona nodes `personas` leads to.", default=strawberry.UNSET
    )
    journeys: JourneyRelationFilter | None = strawberry.field(
        description="Tests on the Journey nodes `journeys` leads to.", default=strawberry.UNSET
    )
    views: ViewRelationFilter | None = strawberry.field(
        description="Tests on the View nodes `views` leads to.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on related Job nodes; `{}` matches any node.")
class JobRelationFilter:
    some: JobWhere | None = strawberry.field(
        description="At least one related node matches.", default=strawberry.UNSET
    )
    none: JobWhere | None = strawberry.field(
        description="No related node matches.", default=strawberry.UNSET
    )
    all: JobWhere | None = strawberry.field(
        description="Every related node matches (true when there are none).",
        default=strawberry.UNSET,
    )


@strawberry.input(description="Orders Job nodes by one field; give a list for ties.")
class JobOrderBy:
    key: SortDirection | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: SortDirection | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: SortDirection | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: SortDirection | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: SortDirection | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    statement: SortDirection | None = strawberry.field(
        description="The job statement: verb, object, context.", default=strawberry.UNSET
    )
    kind: SortDirection | None = strawberry.field(
        description="Functional, emotional or social job.", default=strawberry.UNSET
    )


@strawberry.input(description="Which Outcome nodes to return.")
class OutcomeWhere:
    and_: list[OutcomeWhere] | None = strawberry.field(
        name="AND", description="Every one of these must hold.", default=strawberry.UNSET
    )
    or_: list[OutcomeWhere] | None = strawberry.field(
        name="OR", description="At least one of these must hold.", default=strawberry.UNSET
    )
    not_: OutcomeWhere | None = strawberry.field(
        name="NOT", description="This must not hold.", default=strawberry.UNSET
    )
    key: StringFilter | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: DateTimeFilter | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: DateTimeFilter | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: IntFilter | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: StringFilter | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    statement: StringFilter | None = strawberry.field(
        description="The outcome statement, e.g. 'Minimize the time to ...'.",
        default=strawberry.UNSET,
    )
    importance: FloatFilter | None = strawberry.field(
        description="How important the outcome is, 0-10.", default=strawberry.UNSET
    )
    satisfaction: FloatFilter | None = strawberry.field(
        description="How satisfied customers are with it today, 0-10.", default=strawberry.UNSET
    )
    job: JobRelationFilter | None = strawberry.field(
        description="Tests on the Job nodes `job` leads to.", default=strawberry.UNSET
    )
    steps: StepRelationFilter | None = strawberry.field(
        description="Tests on the Step nodes `steps` leads to.", default=strawberry.UNSET
    )
    evidence: EvidenceRelationFilter | None = strawberry.field(
        description="Tests on the Evidence nodes `evidence` leads to.", default=strawberry.UNSET
    )
    backlog_items: BacklogItemRelationFilter | None = strawberry.field(
        description="Tests on the BacklogItem nodes `backlogItems` leads to.",
        default=strawberry.UNSET,
    )
    opportunities: OpportunityRelationFilter | None = strawberry.field(
        description="Tests on the Opportunity nodes `opportunities` leads to.",
        default=strawberry.UNSET,
    )
    views: ViewRelationFilter | None = strawberry.field(
        description="Tests on the View nodes `views` leads to.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on related Outcome nodes; `{}` matches any node.")
class OutcomeRelationFilter:
    some: OutcomeWhere | None = strawberry.field(
        description="At least one related node matches.", default=strawberry.UNSET
    )
    none: OutcomeWhere | None = strawberry.field(
        description="No related node matches.", default=strawberry.UNSET
    )
    all: OutcomeWhere | None = strawberry.field(
        description="Every related node matches (true when there are none).",
        default=strawberry.UNSET,
    )


@strawberry.input(description="Orders Outcome nodes by one field; give a list for ties.")
class OutcomeOrderBy:
    key: SortDirection | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: SortDirection | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: SortDirection | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: SortDirection | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: SortDirection | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    statement: SortDirection | None = strawberry.field(
        description="The outcome statement, e.g. 'Minimize the time to ...'.",
        default=strawberry.UNSET,
    )
    importance: SortDirection | None = strawberry.field(
        description="How important the outcome is, 0-10.", default=strawberry.UNSET
    )
    satisfaction: SortDirection | None = strawberry.field(
        description="How satisfied customers are with it today, 0-10.", default=strawberry.UNSET
    )


@strawberry.input(description="Which Journey nodes to return.")
class JourneyWhere:
    and_: list[JourneyWhere] | None = strawberry.field(
        name="AND", description="Every one of these must hold.", default=strawberry.UNSET
    )
    or_: list[JourneyWhere] | None = strawberry.field(
        name="OR", description="At least one of these must hold.", default=strawberry.UNSET
    )
    not_: JourneyWhere | None = strawberry.field(
        name="NOT", description="This must not hold.", default=strawberry.UNSET
    )
    key: StringFilter | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: DateTimeFilter | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: DateTimeFilter | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: IntFilter | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: StringFilter | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: StringFilter | None = strawberry.field(
        description="The journey's name.", default=strawberry.UNSET
    )
    state: JourneyStateFilter | None = strawberry.field(
        description="Whether the map shows the current or a future state.", default=strawberry.UNSET
    )
    persona: PersonaRelationFilter | None = strawberry.field(
        description="Tests on the Persona nodes `persona` leads to.", default=strawberry.UNSET
    )
    jobs: JobRelationFilter | None = strawberry.field(
        description="Tests on the Job nodes `jobs` leads to.", default=strawberry.UNSET
    )
    stages: StageRelationFilter | None = strawberry.field(
        description="Tests on the Stage nodes `stages` leads to.", default=strawberry.UNSET
    )
    owners: TeamRelationFilter | None = strawberry.field(
        description="Tests on the Team nodes `owners` leads to.", default=strawberry.UNSET
    )
    kpis: KPIRelationFilter | None = strawberry.field(
        description="Tests on the KPI nodes `kpis` leads to.", default=strawberry.UNSET
    )
    views: ViewRelationFilter | None = strawberry.field(
        description="Tests on the View nodes `views` leads to.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on related Journey nodes; `{}` matches any node.")
class JourneyRelationFilter:
    some: JourneyWhere | None = strawberry.field(
        description="At least one related node matches.", default=strawberry.UNSET
    )
    none: JourneyWhere | None = strawberry.field(
        description="No related node matches.", default=strawberry.UNSET
    )
    all: JourneyWhere | None = strawberry.field(
        description="Every related node matches (true when there are none).",
        default=strawberry.UNSET,
    )


@strawberry.input(description="Orders Journey nodes by one field; give a list for ties.")
class JourneyOrderBy:
    key: SortDirection | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: SortDirection | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: SortDirection | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: SortDirection | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: SortDirection | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: SortDirection | None = strawberry.field(
        description="The journey's name.", default=strawberry.UNSET
    )
    state: SortDirection | None = strawberry.field(
        description="Whether the map shows the current or a future state.", default=strawberry.UNSET
    )


@strawberry.input(description="Which Stage nodes to return.")
class StageWhere:
    and_: list[StageWhere] | None = strawberry.field(
        name="AND", description="Every one of these must hold.", default=strawberry.UNSET
    )
    or_: list[StageWhere] | None = strawberry.field(
        name="OR", description="At least one of these must hold.", default=strawberry.UNSET
    )
    not_: StageWhere | None = strawberry.field(
        name="NOT", description="This must not hold.", default=strawberry.UNSET
    )
    key: StringFilter | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: DateTimeFilter | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: DateTimeFilter | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: IntFilter | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: StringFilter | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: StringFilter | None = strawberry.field(
        description="The stage's name, e.g. 'Discover'.", default=strawberry.UNSET
    )
    order: IntFilter | None = strawberry.field(
        description="Position of the stage within its journey.", default=strawberry.UNSET
    )
    steps: StepRelationFilter | None = strawberry.field(
        description="Tests on the Step nodes `steps` leads to.", default=strawberry.UNSET
    )
    value_stream_stages: ValueStreamStageRelationFilter | None = strawberry.field(
        description="Tests on the ValueStreamStage nodes `valueStreamStages` leads to.",
        default=strawberry.UNSET,
    )
    journey: JourneyRelationFilter | None = strawberry.field(
        description="Tests on the Journey nodes `journey` leads to.", default=strawberry.UNSET
    )
    views: ViewRelationFilter | None = strawberry.field(
        description="Tests on the View nodes `views` leads to.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on related Stage nodes; `{}` matches any node.")
class StageRelationFilter:
    some: StageWhere | None = strawberry.field(
        description="At least one related node matches.", default=strawberry.UNSET
    )
    none: StageWhere | None = strawberry.field(
        description="No related node matches.", default=strawberry.UNSET
    )
    all: StageWhere | None = strawberry.field(
        description="Every related node matches (true when there are none).",
        default=strawberry.UNSET,
    )


@strawberry.input(description="Orders Stage nodes by one field; give a list for ties.")
class StageOrderBy:
    key: SortDirection | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: SortDirection | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: SortDirection | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: SortDirection | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: SortDirection | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: SortDirection | None = strawberry.field(
        description="The stage's name, e.g. 'Discover'.", default=strawberry.UNSET
    )
    order: SortDirection | None = strawberry.field(
        description="Position of the stage within its journey.", default=strawberry.UNSET
    )


@strawberry.input(description="Which Step nodes to return.")
class StepWhere:
    and_: list[StepWhere] | None = strawberry.field(
        name="AND", description="Every one of these must hold.", default=strawberry.UNSET
    )
    or_: list[StepWhere] | None = strawberry.field(
        name="OR", description="At least one of these must hold.", default=strawberry.UNSET
    )
    not_: StepWhere | None = strawberry.field(
        name="NOT", description="This must not hold.", default=strawberry.UNSET
    )
    key: StringFilter | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: DateTimeFilter | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: DateTimeFilter | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: IntFilter | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: StringFilter | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: StringFilter | None = strawberry.field(
        description="The step's name.", default=strawberry.UNSET
    )
    order: IntFilter | None = strawberry.field(
        description="Position of the step within its stage.", default=strawberry.UNSET
    )
    customer_action: StringFilter | None = strawberry.field(
        description="What the customer does, in their words.", default=strawberry.UNSET
    )
    emotion: IntFilter | None = strawberry.field(
        description="How the customer feels: 1 = very negative, 5 = very positive.",
        default=strawberry.UNSET,
    )
    next: StepRelationFilter | None = strawberry.field(
        description="Tests on the Step nodes `next` leads to.", default=strawberry.UNSET
    )
    touchpoints: TouchpointRelationFilter | None = strawberry.field(
        description="Tests on the Touchpoint nodes `touchpoints` leads to.",
        default=strawberry.UNSET,
    )
    outcomes: OutcomeRelationFilter | None = strawberry.field(
        description="Tests on the Outcome nodes `outcomes` leads to.", default=strawberry.UNSET
    )
    raises_events: EventRelationFilter | None = strawberry.field(
        description="Tests on the Event nodes `raisesEvents` leads to.", default=strawberry.UNSET
    )
    uses_services: ServiceRelationFilter | None = strawberry.field(
        description="Tests on the Service nodes `usesServices` leads to.", default=strawberry.UNSET
    )
    needs_data: DataObjectRelationFilter | None = strawberry.field(
        description="Tests on the DataObject nodes `needsData` leads to.", default=strawberry.UNSET
    )
    captures_data: DataObjectRelationFilter | None = strawberry.field(
        description="Tests on the DataObject nodes `capturesData` leads to.",
        default=strawberry.UNSET,
    )
    stage: StageRelationFilter | None = strawberry.field(
        description="Tests on the Stage nodes `stage` leads to.", default=strawberry.UNSET
    )
    previous: StepRelationFilter | None = strawberry.field(
        description="Tests on the Step nodes `previous` leads to.", default=strawberry.UNSET
    )
    pain_points: PainPointRelationFilter | None = strawberry.field(
        description="Tests on the PainPoint nodes `painPoints` leads to.", default=strawberry.UNSET
    )
    evidence: EvidenceRelationFilter | None = strawberry.field(
        description="Tests on the Evidence nodes `evidence` leads to.", default=strawberry.UNSET
    )
    processes: ProcessRelationFilter | None = strawberry.field(
        description="Tests on the Process nodes `processes` leads to.", default=strawberry.UNSET
    )
    owners: TeamRelationFilter | None = strawberry.field(
        description="Tests on the Team nodes `owners` leads to.", default=strawberry.UNSET
    )
    kpis: KPIRelationFilter | None = strawberry.field(
        description="Tests on the KPI nodes `kpis` leads to.", default=strawberry.UNSET
    )
    backlog_items: BacklogItemRelationFilter | None = strawberry.field(
        description="Tests on the BacklogItem nodes `backlogItems` leads to.",
        default=strawberry.UNSET,
    )
    opportunities: OpportunityRelationFilter | None = strawberry.field(
        description="Tests on the Opportunity nodes `opportunities` leads to.",
        default=strawberry.UNSET,
    )
    views: ViewRelationFilter | None = strawberry.field(
        description="Tests on the View nodes `views` leads to.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on related Step nodes; `{}` matches any node.")
class StepRelationFilter:
    some: StepWhere | None = strawberry.field(
        description="At least one related node matches.", default=strawberry.UNSET
    )
    none: StepWhere | None = strawberry.field(
        description="No related node matches.", default=strawberry.UNSET
    )
    all: StepWhere | None = strawberry.field(
        description="Every related node matches (true when there are none).",
        default=strawberry.UNSET,
    )


@strawberry.input(description="Orders Step nodes by one field; give a list for ties.")
class StepOrderBy:
    key: SortDirection | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: SortDirection | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: SortDirection | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: SortDirection | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: SortDirection | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: SortDirection | None = strawberry.field(
        description="The step's name.", default=strawberry.UNSET
    )
    order: SortDirection | None = strawberry.field(
        description="Position of the step within its stage.", default=strawberry.UNSET
    )
    customer_action: SortDirection | None = strawberry.field(
        description="What the customer does, in their words.", default=strawberry.UNSET
    )
    emotion: SortDirection | None = strawberry.field(
        description="How the customer feels: 1 = very negative, 5 = very positive.",
        default=strawberry.UNSET,
    )


@strawberry.input(description="Which Channel nodes to return.")
class ChannelWhere:
    and_: list[ChannelWhere] | None = strawberry.field(
        name="AND", description="Every one of these must hold.", default=strawberry.UNSET
    )
    or_: list[ChannelWhere] | None = strawberry.field(
        name="OR", description="At least one of these must hold.", default=strawberry.UNSET
    )
    not_: ChannelWhere | None = strawberry.field(
        name="NOT", description="This must not hold.", default=strawberry.UNSET
    )
    key: StringFilter | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: DateTimeFilter | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: DateTimeFilter | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: IntFilter | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: StringFilter | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: StringFilter | None = strawberry.field(
        description="The channel's name, e.g. 'Mobile app'.", default=strawberry.UNSET
    )
    kind: ChannelKindFilter | None = strawberry.field(
        description="Digital, physical, assisted or partner channel.", default=strawberry.UNSET
    )
    touchpoints: TouchpointRelationFilter | None = strawberry.field(
        description="Tests on the Touchpoint nodes `touchpoints` leads to.",
        default=strawberry.UNSET,
    )
    views: ViewRelationFilter | None = strawberry.field(
        description="Tests on the View nodes `views` leads to.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on related Channel nodes; `{}` matches any node.")
class ChannelRelationFilter:
    some: ChannelWhere | None = strawberry.field(
        description="At least one related node matches.", default=strawberry.UNSET
    )
    none: ChannelWhere | None = strawberry.field(
        description="No related node matches.", default=strawberry.UNSET
    )
    all: ChannelWhere | None = strawberry.field(
        description="Every related node matches (true when there are none).",
        default=strawberry.UNSET,
    )


@strawberry.input(description="Orders Channel nodes by one field; give a list for ties.")
class ChannelOrderBy:
    key: SortDirection | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: SortDirection | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: SortDirection | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: SortDirection | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: SortDirection | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: SortDirection | None = strawberry.field(
        description="The channel's name, e.g. 'Mobile app'.", default=strawberry.UNSET
    )
    kind: SortDirection | None = strawberry.field(
        description="Digital, physical, assisted or partner channel.", default=strawberry.UNSET
    )


@strawberry.input(description="Which Touchpoint nodes to return.")
class TouchpointWhere:
    and_: list[TouchpointWhere] | None = strawberry.field(
        name="AND", description="Every one of these must hold.", default=strawberry.UNSET
    )
    or_: list[TouchpointWhere] | None = strawberry.field(
        name="OR", description="At least one of these must hold.", default=strawberry.UNSET
    )
    not_: TouchpointWhere | None = strawberry.field(
        name="NOT", description="This must not hold.", default=strawberry.UNSET
    )
    key: StringFilter | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: DateTimeFilter | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: DateTimeFilter | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: IntFilter | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: StringFilter | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: StringFilter | None = strawberry.field(
        description="The touchpoint's name.", default=strawberry.UNSET
    )
    differentiating: BooleanFilter | None = strawberry.field(
        description="Whether the brand must stand out here (a moment that matters).",
        default=strawberry.UNSET,
    )
    channel: ChannelRelationFilter | None = strawberry.field(
        description="Tests on the Channel nodes `channel` leads to.", default=strawberry.UNSET
    )
    uses_services: ServiceRelationFilter | None = strawberry.field(
        description="Tests on the Service nodes `usesServices` leads to.", default=strawberry.UNSET
    )
    needs_data: DataObjectRelationFilter | None = strawberry.field(
        description="Tests on the DataObject nodes `needsData` leads to.", default=strawberry.UNSET
    )
    captures_data: DataObjectRelationFilter | None = strawberry.field(
        description="Tests on the DataObject nodes `capturesData` leads to.",
        default=strawberry.UNSET,
    )
    step: StepRelationFilter | None = strawberry.field(
        description="Tests on the Step nodes `step` leads to.", default=strawberry.UNSET
    )
    pain_points: PainPointRelationFilter | None = strawberry.field(
        description="Tests on the PainPoint nodes `painPoints` leads to.", default=strawberry.UNSET
    )
    evidence: EvidenceRelationFilter | None = strawberry.field(
        description="Tests on the Evidence nodes `evidence` leads to.", default=strawberry.UNSET
    )
    processes: ProcessRelationFilter | None = strawberry.field(
        description="Tests on the Process nodes `processes` leads to.", default=strawberry.UNSET
    )
    kpis: KPIRelationFilter | None = strawberry.field(
        description="Tests on the KPI nodes `kpis` leads to.", default=strawberry.UNSET
    )
    changed_by: BacklogItemRelationFilter | None = strawberry.field(
        description="Tests on the BacklogItem nodes `changedBy` leads to.", default=strawberry.UNSET
    )
    views: ViewRelationFilter | None = strawberry.field(
        description="Tests on the View nodes `views` leads to.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on related Touchpoint nodes; `{}` matches any node.")
class TouchpointRelationFilter:
    some: TouchpointWhere | None = strawberry.field(
        description="At least one related node matches.", default=strawberry.UNSET
    )
    none: TouchpointWhere | None = strawberry.field(
        description="No related node matches.", default=strawberry.UNSET
    )
    all: TouchpointWhere | None = strawberry.field(
        description="Every related node matches (true when there are none).",
        default=strawberry.UNSET,
    )


@strawberry.input(description="Orders Touchpoint nodes by one field; give a list for ties.")
class TouchpointOrderBy:
    key: SortDirection | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: SortDirection | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: SortDirection | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: SortDirection | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: SortDirection | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: SortDirection | None = strawberry.field(
        description="The touchpoint's name.", default=strawberry.UNSET
    )
    differentiating: SortDirection | None = strawberry.field(
        description="Whether the brand must stand out here (a moment that matters).",
        default=strawberry.UNSET,
    )


@strawberry.input(description="Which PainPoint nodes to return.")
class PainPointWhere:
    and_: list[PainPointWhere] | None = strawberry.field(
        name="AND", description="Every one of these must hold.", default=strawberry.UNSET
    )
    or_: list[PainPointWhere] | None = strawberry.field(
        name="OR", description="At least one of these must hold.", default=strawberry.UNSET
    )
    not_: PainPointWhere | None = strawberry.field(
        name="NOT", description="This must not hold.", default=strawberry.UNSET
    )
    key: StringFilter | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: DateTimeFilter | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: DateTimeFilter | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: IntFilter | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: StringFilter | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: StringFilter | None = strawberry.field(
        description="A short name for the pain.", default=strawberry.UNSET
    )
    severity: IntFilter | None = strawberry.field(
        description="How bad it is: 1 = minor, 5 = severe.", default=strawberry.UNSET
    )
    frequency: FloatFilter | None = strawberry.field(
        description="Share of customers who meet it, 0-1.", default=strawberry.UNSET
    )
    root_cause: StringFilter | None = strawberry.field(
        description="Why it happens, as far as known.", default=strawberry.UNSET
    )
    steps: StepRelationFilter | None = strawberry.field(
        description="Tests on the Step nodes `steps` leads to.", default=strawberry.UNSET
    )
    touchpoints: TouchpointRelationFilter | None = strawberry.field(
        description="Tests on the Touchpoint nodes `touchpoints` leads to.",
        default=strawberry.UNSET,
    )
    evidence: EvidenceRelationFilter | None = strawberry.field(
        description="Tests on the Evidence nodes `evidence` leads to.", default=strawberry.UNSET
    )
    backlog_items: BacklogItemRelationFilter | None = strawberry.field(
        description="Tests on the BacklogItem nodes `backlogItems` leads to.",
        default=strawberry.UNSET,
    )
    opportunities: OpportunityRelationFilter | None = strawberry.field(
        description="Tests on the Opportunity nodes `opportunities` leads to.",
        default=strawberry.UNSET,
    )
    views: ViewRelationFilter | None = strawberry.field(
        description="Tests on the View nodes `views` leads to.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on related PainPoint nodes; `{}` matches any node.")
class PainPointRelationFilter:
    some: PainPointWhere | None = strawberry.field(
        description="At least one related node matches.", default=strawberry.UNSET
    )
    none: PainPointWhere | None = strawberry.field(
        description="No related node matches.", default=strawberry.UNSET
    )
    all: PainPointWhere | None = strawberry.field(
        description="Every related node matches (true when there are none).",
        default=strawberry.UNSET,
    )


@strawberry.input(description="Orders PainPoint nodes by one field; give a list for ties.")
class PainPointOrderBy:
    key: SortDirection | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: SortDirection | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: SortDirection | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: SortDirection | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: SortDirection | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: SortDirection | None = strawberry.field(
        description="A short name for the pain.", default=strawberry.UNSET
    )
    severity: SortDirection | None = strawberry.field(
        description="How bad it is: 1 = minor, 5 = severe.", default=strawberry.UNSET
    )
    frequency: SortDirection | None = strawberry.field(
        description="Share of customers who meet it, 0-1.", default=strawberry.UNSET
    )
    root_cause: SortDirection | None = strawberry.field(
        description="Why it happens, as far as known.", default=strawberry.UNSET
    )


@strawberry.input(description="Which Evidence nodes to return.")
class EvidenceWhere:
    and_: list[EvidenceWhere] | None = strawberry.field(
        name="AND", description="Every one of these must hold.", default=strawberry.UNSET
    )
    or_: list[EvidenceWhere] | None = strawberry.field(
        name="OR", description="At least one of these must hold.", default=strawberry.UNSET
    )
    not_: EvidenceWhere | None = strawberry.field(
        name="NOT", description="This must not hold.", default=strawberry.UNSET
    )
    key: StringFilter | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: DateTimeFilter | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: DateTimeFilter | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: IntFilter | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: StringFilter | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    kind: EvidenceKindFilter | None = strawberry.field(
        description="The kind of research or data.", default=strawberry.UNSET
    )
    summary: StringFilter | None = strawberry.field(
        description="What the evidence shows.", default=strawberry.UNSET
    )
    source: StringFilter | None = strawberry.field(
        description="Where it comes from (study, file, system).", default=strawberry.UNSET
    )
    collected_at: DateFilter | None = strawberry.field(
        description="When it was collected.", default=strawberry.UNSET
    )
    sample_size: IntFilter | None = strawberry.field(
        description="How many customers or cases.", default=strawberry.UNSET
    )
    score: FloatFilter | None = strawberry.field(
        description="A score the evidence reports, if any.", default=strawberry.UNSET
    )
    steps: StepRelationFilter | None = strawberry.field(
        description="Tests on the Step nodes `steps` leads to.", default=strawberry.UNSET
    )
    touchpoints: TouchpointRelationFilter | None = strawberry.field(
        description="Tests on the Touchpoint nodes `touchpoints` leads to.",
        default=strawberry.UNSET,
    )
    pain_points: PainPointRelationFilter | None = strawberry.field(
        description="Tests on the PainPoint nodes `painPoints` leads to.", default=strawberry.UNSET
    )
    outcomes: OutcomeRelationFilter | None = strawberry.field(
        description="Tests on the Outcome nodes `outcomes` leads to.", default=strawberry.UNSET
    )
    views: ViewRelationFilter | None = strawberry.field(
        description="Tests on the View nodes `views` leads to.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on related Evidence nodes; `{}` matches any node.")
class EvidenceRelationFilter:
    some: EvidenceWhere | None = strawberry.field(
        description="At least one related node matches.", default=strawberry.UNSET
    )
    none: EvidenceWhere | None = strawberry.field(
        description="No related node matches.", default=strawberry.UNSET
    )
    all: EvidenceWhere | None = strawberry.field(
        description="Every related node matches (true when there are none).",
        default=strawberry.UNSET,
    )


@strawberry.input(description="Orders Evidence nodes by one field; give a list for ties.")
class EvidenceOrderBy:
    key: SortDirection | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: SortDirection | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: SortDirection | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: SortDirection | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: SortDirection | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    kind: SortDirection | None = strawberry.field(
        description="The kind of research or data.", default=strawberry.UNSET
    )
    summary: SortDirection | None = strawberry.field(
        description="What the evidence shows.", default=strawberry.UNSET
    )
    source: SortDirection | None = strawberry.field(
        description="Where it comes from (study, file, system).", default=strawberry.UNSET
    )
    collected_at: SortDirection | None = strawberry.field(
        description="When it was collected.", default=strawberry.UNSET
    )
    sample_size: SortDirection | None = strawberry.field(
        description="How many customers or cases.", default=strawberry.UNSET
    )
    score: SortDirection | None = strawberry.field(
        description="A score the evidence reports, if any.", default=strawberry.UNSET
    )


@strawberry.input(description="Which Capability nodes to return.")
class CapabilityWhere:
    and_: list[CapabilityWhere] | None = strawberry.field(
        name="AND", description="Every one of these must hold.", default=strawberry.UNSET
    )
    or_: list[CapabilityWhere] | None = strawberry.field(
        name="OR", description="At least one of these must hold.", default=strawberry.UNSET
    )
    not_: CapabilityWhere | None = strawberry.field(
        name="NOT", description="This must not hold.", default=strawberry.UNSET
    )
    key: StringFilter | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: DateTimeFilter | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: DateTimeFilter | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: IntFilter | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: StringFilter | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: StringFilter | None = strawberry.field(
        description="The capability's name.", default=strawberry.UNSET
    )
    level: IntFilter | None = strawberry.field(
        description=(
            "Depth in the capability map, 1 = top level: derived from the"
            " hierarchy (parent), so a level given in a write is left "
            "aside."
        ),
        default=strawberry.UNSET,
    )
    maturity: IntFilter | None = strawberry.field(
        description="Maturity, 1 = ad hoc, 5 = optimised.", default=strawberry.UNSET
    )
    parent: CapabilityRelationFilter | None = strawberry.field(
        description="Tests on the Capability nodes `parent` leads to.", default=strawberry.UNSET
    )
    processes: ProcessRelationFilter | None = strawberry.field(
        description="Tests on the Process nodes `processes` leads to.", default=strawberry.UNSET
    )
    children: CapabilityRelationFilter | None = strawberry.field(
        description="Tests on the Capability nodes `children` leads to.", default=strawberry.UNSET
    )
    owners: TeamRelationFilter | None = strawberry.field(
        description="Tests on the Team nodes `owners` leads to.", default=strawberry.UNSET
    )
    value_stream_stages: ValueStreamStageRelationFilter | None = strawberry.field(
        description="Tests on the ValueStreamStage nodes `valueStreamStages` leads to.",
        default=strawberry.UNSET,
    )
    changed_by: BacklogItemRelationFilter | None = strawberry.field(
        description="Tests on the BacklogItem nodes `changedBy` leads to.", default=strawberry.UNSET
    )
    systems: SystemRelationFilter | None = strawberry.field(
        description="Tests on the System nodes `systems` leads to.", default=strawberry.UNSET
    )
    services: ServiceRelationFilter | None = strawberry.field(
        description="Tests on the Service nodes `services` leads to.", default=strawberry.UNSET
    )
    views: ViewRelationFilter | None = strawberry.field(
        description="Tests on the View nodes `views` leads to.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on related Capability nodes; `{}` matches any node.")
class CapabilityRelationFilter:
    some: CapabilityWhere | None = strawberry.field(
        description="At least one related node matches.", default=strawberry.UNSET
    )
    none: CapabilityWhere | None = strawberry.field(
        description="No related node matches.", default=strawberry.UNSET
    )
    all: CapabilityWhere | None = strawberry.field(
        description="Every related node matches (true when there are none).",
        default=strawberry.UNSET,
    )


@strawberry.input(description="Orders Capability nodes by one field; give a list for ties.")
class CapabilityOrderBy:
    key: SortDirection | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: SortDirection | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: SortDirection | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: SortDirection | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: SortDirection | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: SortDirection | None = strawberry.field(
        description="The capability's name.", default=strawberry.UNSET
    )
    level: SortDirection | None = strawberry.field(
        description=(
            "Depth in the capability map, 1 = top level: derived from the"
            " hierarchy (parent), so a level given in a write is left "
            "aside."
        ),
        default=strawberry.UNSET,
    )
    maturity: SortDirection | None = strawberry.field(
        description="Maturity, 1 = ad hoc, 5 = optimised.", default=strawberry.UNSET
    )


@strawberry.input(description="Which Process nodes to return.")
class ProcessWhere:
    and_: list[ProcessWhere] | None = strawberry.field(
        name="AND", description="Every one of these must hold.", default=strawberry.UNSET
    )
    or_: list[ProcessWhere] | None = strawberry.field(
        name="OR", description="At least one of these must hold.", default=strawberry.UNSET
    )
    not_: ProcessWhere | None = strawberry.field(
        name="NOT", description="This must not hold.", default=strawberry.UNSET
    )
    key: StringFilter | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: DateTimeFilter | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: DateTimeFilter | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: IntFilter | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: StringFilter | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: StringFilter | None = strawberry.field(
        description="The process's name.", default=strawberry.UNSET
    )
    kind: ProcessKindFilter | None = strawberry.field(
        description="Core, support or management process.", default=strawberry.UNSET
    )
    layer: LayerFilter | None = strawberry.field(
        description=(
            "Who performs it: people (business, the default), an application, or technology."
        ),
        default=strawberry.UNSET,
    )
    behaviour: BehaviourFilter | None = strawberry.field(
        description=(
            "A process (a sequence towards a result, the default), a "
            "function (behaviour grouped by skill or resource) or an "
            "interaction (performed together)."
        ),
        default=strawberry.UNSET,
    )
    touchpoints: TouchpointRelationFilter | None = strawberry.field(
        description="Tests on the Touchpoint nodes `touchpoints` leads to.",
        default=strawberry.UNSET,
    )
    steps: StepRelationFilter | None = strawberry.field(
        description="Tests on the Step nodes `steps` leads to.", default=strawberry.UNSET
    )
    capabilities: CapabilityRelationFilter | None = strawberry.field(
        description="Tests on the Capability nodes `capabilities` leads to.",
        default=strawberry.UNSET,
    )
    systems: SystemRelationFilter | None = strawberry.field(
        description="Tests on the System nodes `systems` leads to.", default=strawberry.UNSET
    )
    parent: ProcessRelationFilter | None = strawberry.field(
        description="Tests on the Process nodes `parent` leads to.", default=strawberry.UNSET
    )
    flows_to: ProcessRelationFilter | None = strawberry.field(
        description="Tests on the Process nodes `flowsTo` leads to.", default=strawberry.UNSET
    )
    triggers: ProcessRelationFilter | None = strawberry.field(
        description="Tests on the Process nodes `triggers` leads to.", default=strawberry.UNSET
    )
    raises_events: EventRelationFilter | None = strawberry.field(
        description="Tests on the Event nodes `raisesEvents` leads to.", default=strawberry.UNSET
    )
    realizes_services: ServiceRelationFilter | None = strawberry.field(
        description="Tests on the Service nodes `realizesServices` leads to.",
        default=strawberry.UNSET,
    )
    uses_services: ServiceRelationFilter | None = strawberry.field(
        description="Tests on the Service nodes `usesServices` leads to.", default=strawberry.UNSET
    )
    reads: DataObjectRelationFilter | None = strawberry.field(
        description="Tests on the DataObject nodes `reads` leads to.", default=strawberry.UNSET
    )
    writes: DataObjectRelationFilter | None = strawberry.field(
        description="Tests on the DataObject nodes `writes` leads to.", default=strawberry.UNSET
    )
    children: ProcessRelationFilter | None = strawberry.field(
        description="Tests on the Process nodes `children` leads to.", default=strawberry.UNSET
    )
    owners: TeamRelationFilter | None = strawberry.field(
        description="Tests on the Team nodes `owners` leads to.", default=strawberry.UNSET
    )
    kpis: KPIRelationFilter | None = strawberry.field(
        description="Tests on the KPI nodes `kpis` leads to.", default=strawberry.UNSET
    )
    changed_by: BacklogItemRelationFilter | None = strawberry.field(
        description="Tests on the BacklogItem nodes `changedBy` leads to.", default=strawberry.UNSET
    )
    served_by_interfaces: InterfaceRelationFilter | None = strawberry.field(
        description="Tests on the Interface nodes `servedByInterfaces` leads to.",
        default=strawberry.UNSET,
    )
    flows_from: ProcessRelationFilter | None = strawberry.field(
        description="Tests on the Process nodes `flowsFrom` leads to.", default=strawberry.UNSET
    )
    triggered_by: ProcessRelationFilter | None = strawberry.field(
        description="Tests on the Process nodes `triggeredBy` leads to.", default=strawberry.UNSET
    )
    triggered_by_events: EventRelationFilter | None = strawberry.field(
        description="Tests on the Event nodes `triggeredByEvents` leads to.",
        default=strawberry.UNSET,
    )
    views: ViewRelationFilter | None = strawberry.field(
        description="Tests on the View nodes `views` leads to.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on related Process nodes; `{}` matches any node.")
class ProcessRelationFilter:
    some: ProcessWhere | None = strawberry.field(
        description="At least one related node matches.", default=strawberry.UNSET
    )
    none: ProcessWhere | None = strawberry.field(
        description="No related node matches.", default=strawberry.UNSET
    )
    all: ProcessWhere | None = strawberry.field(
        description="Every related node matches (true when there are none).",
        default=strawberry.UNSET,
    )


@strawberry.input(description="Orders Process nodes by one field; give a list for ties.")
class ProcessOrderBy:
    key: SortDirection | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: SortDirection | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: SortDirection | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: SortDirection | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: SortDirection | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: SortDirection | None = strawberry.field(
        description="The process's name.", default=strawberry.UNSET
    )
    kind: SortDirection | None = strawberry.field(
        description="Core, support or management process.", default=strawberry.UNSET
    )
    layer: SortDirection | None = strawberry.field(
        description=(
            "Who performs it: people (business, the default), an application, or technology."
        ),
        default=strawberry.UNSET,
    )
    behaviour: SortDirection | None = strawberry.field(
        description=(
            "A process (a sequence towards a result, the default), a "
            "function (behaviour grouped by skill or resource) or an "
            "interaction (performed together)."
        ),
        default=strawberry.UNSET,
    )


@strawberry.input(description="Which System nodes to return.")
class SystemWhere:
    and_: list[SystemWhere] | None = strawberry.field(
        name="AND", description="Every one of these must hold.", default=strawberry.UNSET
    )
    or_: list[SystemWhere] | None = strawberry.field(
        name="OR", description="At least one of these must hold.", default=strawberry.UNSET
    )
    not_: SystemWhere | None = strawberry.field(
        name="NOT", description="This must not hold.", default=strawberry.UNSET
    )
    key: StringFilter | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: DateTimeFilter | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: DateTimeFilter | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: IntFilter | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: StringFilter | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: StringFilter | None = strawberry.field(
        description="The system's name.", default=strawberry.UNSET
    )
    kind: StringFilter | None = strawberry.field(
        description="What sort of system, e.g. 'CRM', 'ERP'.", default=strawberry.UNSET
    )
    lifecycle: SystemLifecycleFilter | None = strawberry.field(
        description="Plan, active, phase out or retired.", default=strawberry.UNSET
    )
    criticality: IntFilter | None = strawberry.field(
        description="Business criticality, 1 = low, 5 = critical.", default=strawberry.UNSET
    )
    serves_systems: SystemRelationFilter | None = strawberry.field(
        description="Tests on the System nodes `servesSystems` leads to.", default=strawberry.UNSET
    )
    flows_to: SystemRelationFilter | None = strawberry.field(
        description="Tests on the System nodes `flowsTo` leads to.", default=strawberry.UNSET
    )
    triggers: SystemRelationFilter | None = strawberry.field(
        description="Tests on the System nodes `triggers` leads to.", default=strawberry.UNSET
    )
    parent: SystemRelationFilter | None = strawberry.field(
        description="Tests on the System nodes `parent` leads to.", default=strawberry.UNSET
    )
    interfaces: InterfaceRelationFilter | None = strawberry.field(
        description="Tests on the Interface nodes `interfaces` leads to.", default=strawberry.UNSET
    )
    raises_events: EventRelationFilter | None = strawberry.field(
        description="Tests on the Event nodes `raisesEvents` leads to.", default=strawberry.UNSET
    )
    realizes_services: ServiceRelationFilter | None = strawberry.field(
        description="Tests on the Service nodes `realizesServices` leads to.",
        default=strawberry.UNSET,
    )
    capabilities: CapabilityRelationFilter | None = strawberry.field(
        description="Tests on the Capability nodes `capabilities` leads to.",
        default=strawberry.UNSET,
    )
    uses_services: ServiceRelationFilter | None = strawberry.field(
        description="Tests on the Service nodes `usesServices` leads to.", default=strawberry.UNSET
    )
    uses_technology: TechnologyNodeRelationFilter | None = strawberry.field(
        description="Tests on the TechnologyNode nodes `usesTechnology` leads to.",
        default=strawberry.UNSET,
    )
    reads: DataObjectRelationFilter | None = strawberry.field(
        description="Tests on the DataObject nodes `reads` leads to.", default=strawberry.UNSET
    )
    writes: DataObjectRelationFilter | None = strawberry.field(
        description="Tests on the DataObject nodes `writes` leads to.", default=strawberry.UNSET
    )
    deployed_on: TechnologyNodeRelationFilter | None = strawberry.field(
        description="Tests on the TechnologyNode nodes `deployedOn` leads to.",
        default=strawberry.UNSET,
    )
    processes: ProcessRelationFilter | None = strawberry.field(
        description="Tests on the Process nodes `processes` leads to.", default=strawberry.UNSET
    )
    owners: TeamRelationFilter | None = strawberry.field(
        description="Tests on the Team nodes `owners` leads to.", default=strawberry.UNSET
    )
    changed_by: BacklogItemRelationFilter | None = strawberry.field(
        description="Tests on the BacklogItem nodes `changedBy` leads to.", default=strawberry.UNSET
    )
    served_by_systems: SystemRelationFilter | None = strawberry.field(
        description="Tests on the System nodes `servedBySystems` leads to.",
        default=strawberry.UNSET,
    )
    flows_from: SystemRelationFilter | None = strawberry.field(
        description="Tests on the System nodes `flowsFrom` leads to.", default=strawberry.UNSET
    )
    triggered_by: SystemRelationFilter | None = strawberry.field(
        description="Tests on the System nodes `triggeredBy` leads to.", default=strawberry.UNSET
    )
    children: SystemRelationFilter | None = strawberry.field(
        description="Tests on the System nodes `children` leads to.", default=strawberry.UNSET
    )
    served_by_interfaces: InterfaceRelationFilter | None = strawberry.field(
        description="Tests on the Interface nodes `servedByInterfaces` leads to.",
        default=strawberry.UNSET,
    )
    triggered_by_events: EventRelationFilter | None = strawberry.field(
        description="Tests on the Event nodes `triggeredByEvents` leads to.",
        default=strawberry.UNSET,
    )
    views: ViewRelationFilter | None = strawberry.field(
        description="Tests on the View nodes `views` leads to.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on related System nodes; `{}` matches any node.")
class SystemRelationFilter:
    some: SystemWhere | None = strawberry.field(
        description="At least one related node matches.", default=strawberry.UNSET
    )
    none: SystemWhere | None = strawberry.field(
        description="No related node matches.", default=strawberry.UNSET
    )
    all: SystemWhere | None = strawberry.field(
        description="Every related node matches (true when there are none).",
        default=strawberry.UNSET,
    )


@strawberry.input(description="Orders System nodes by one field; give a list for ties.")
class SystemOrderBy:
    key: SortDirection | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: SortDirection | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: SortDirection | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: SortDirection | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: SortDirection | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: SortDirection | None = strawberry.field(
        description="The system's name.", default=strawberry.UNSET
    )
    kind: SortDirection | None = strawberry.field(
        description="What sort of system, e.g. 'CRM', 'ERP'.", default=strawberry.UNSET
    )
    lifecycle: SortDirection | None = strawberry.field(
        description="Plan, active, phase out or retired.", default=strawberry.UNSET
    )
    criticality: SortDirection | None = strawberry.field(
        description="Business criticality, 1 = low, 5 = critical.", default=strawberry.UNSET
    )


@strawberry.input(description="Which Team nodes to return.")
class TeamWhere:
    and_: list[TeamWhere] | None = strawberry.field(
        name="AND", description="Every one of these must hold.", default=strawberry.UNSET
    )
    or_: list[TeamWhere] | None = strawberry.field(
        name="OR", description="At least one of these must hold.", default=strawberry.UNSET
    )
    not_: TeamWhere | None = strawberry.field(
        name="NOT", description="This must not hold.", default=strawberry.UNSET
    )
    key: StringFilter | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: DateTimeFilter | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: DateTimeFilter | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: IntFilter | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: StringFilter | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: StringFilter | None = strawberry.field(
        description="The team's name.", default=strawberry.UNSET
    )
    kind: StringFilter | None = strawberry.field(
        description="Team, department, role, ...", default=strawberry.UNSET
    )
    journeys: JourneyRelationFilter | None = strawberry.field(
        description="Tests on the Journey nodes `journeys` leads to.", default=strawberry.UNSET
    )
    steps: StepRelationFilter | None = strawberry.field(
        description="Tests on the Step nodes `steps` leads to.", default=strawberry.UNSET
    )
    processes: ProcessRelationFilter | None = strawberry.field(
        description="Tests on the Process nodes `processes` leads to.", default=strawberry.UNSET
    )
    capabilities: CapabilityRelationFilter | None = strawberry.field(
        description="Tests on the Capability nodes `capabilities` leads to.",
        default=strawberry.UNSET,
    )
    systems: SystemRelationFilter | None = strawberry.field(
        description="Tests on the System nodes `systems` leads to.", default=strawberry.UNSET
    )
    kpis: KPIRelationFilter | None = strawberry.field(
        description="Tests on the KPI nodes `kpis` leads to.", default=strawberry.UNSET
    )
    value_streams: ValueStreamRelationFilter | None = strawberry.field(
        description="Tests on the ValueStream nodes `valueStreams` leads to.",
        default=strawberry.UNSET,
    )
    parent: TeamRelationFilter | None = strawberry.field(
        description="Tests on the Team nodes `parent` leads to.", default=strawberry.UNSET
    )
    roles: TeamRelationFilter | None = strawberry.field(
        description="Tests on the Team nodes `roles` leads to.", default=strawberry.UNSET
    )
    services: ServiceRelationFilter | None = strawberry.field(
        description="Tests on the Service nodes `services` leads to.", default=strawberry.UNSET
    )
    data_objects: DataObjectRelationFilter | None = strawberry.field(
        description="Tests on the DataObject nodes `dataObjects` leads to.",
        default=strawberry.UNSET,
    )
    technology_nodes: TechnologyNodeRelationFilter | None = strawberry.field(
        description="Tests on the TechnologyNode nodes `technologyNodes` leads to.",
        default=strawberry.UNSET,
    )
    children: TeamRelationFilter | None = strawberry.field(
        description="Tests on the Team nodes `children` leads to.", default=strawberry.UNSET
    )
    played_by: TeamRelationFilter | None = strawberry.field(
        description="Tests on the Team nodes `playedBy` leads to.", default=strawberry.UNSET
    )
    views: ViewRelationFilter | None = strawberry.field(
        description="Tests on the View nodes `views` leads to.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on related Team nodes; `{}` matches any node.")
class TeamRelationFilter:
    some: TeamWhere | None = strawberry.field(
        description="At least one related node matches.", default=strawberry.UNSET
    )
    none: TeamWhere | None = strawberry.field(
        description="No related node matches.", default=strawberry.UNSET
    )
    all: TeamWhere | None = strawberry.field(
        description="Every related node matches (true when there are none).",
        default=strawberry.UNSET,
    )


@strawberry.input(description="Orders Team nodes by one field; give a list for ties.")
class TeamOrderBy:
    key: SortDirection | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: SortDirection | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: SortDirection | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: SortDirection | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: SortDirection | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: SortDirection | None = strawberry.field(
        description="The team's name.", default=strawberry.UNSET
    )
    kind: SortDirection | None = strawberry.field(
        description="Team, department, role, ...", default=strawberry.UNSET
    )


@strawberry.input(description="Which Service nodes to return.")
class ServiceWhere:
    and_: list[ServiceWhere] | None = strawberry.field(
        name="AND", description="Every one of these must hold.", default=strawberry.UNSET
    )
    or_: list[ServiceWhere] | None = strawberry.field(
        name="OR", description="At least one of these must hold.", default=strawberry.UNSET
    )
    not_: ServiceWhere | None = strawberry.field(
        name="NOT", description="This must not hold.", default=strawberry.UNSET
    )
    key: StringFilter | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: DateTimeFilter | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: DateTimeFilter | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: IntFilter | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: StringFilter | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: StringFilter | None = strawberry.field(
        description="The service's name.", default=strawberry.UNSET
    )
    layer: LayerFilter | None = strawberry.field(
        description="Business, application or technology service.", default=strawberry.UNSET
    )
    capabilities: CapabilityRelationFilter | None = strawberry.field(
        description="Tests on the Capability nodes `capabilities` leads to.",
        default=strawberry.UNSET,
    )
    realized_by_processes: ProcessRelationFilter | None = strawberry.field(
        description="Tests on the Process nodes `realizedByProcesses` leads to.",
        default=strawberry.UNSET,
    )
    realized_by_systems: SystemRelationFilter | None = strawberry.field(
        description="Tests on the System nodes `realizedBySystems` leads to.",
        default=strawberry.UNSET,
    )
    realized_by_technology: TechnologyNodeRelationFilter | None = strawberry.field(
        description="Tests on the TechnologyNode nodes `realizedByTechnology` leads to.",
        default=strawberry.UNSET,
    )
    used_by_processes: ProcessRelationFilter | None = strawberry.field(
        description="Tests on the Process nodes `usedByProcesses` leads to.",
        default=strawberry.UNSET,
    )
    used_by_systems: SystemRelationFilter | None = strawberry.field(
        description="Tests on the System nodes `usedBySystems` leads to.", default=strawberry.UNSET
    )
    used_by_steps: StepRelationFilter | None = strawberry.field(
        description="Tests on the Step nodes `usedBySteps` leads to.", default=strawberry.UNSET
    )
    used_by_touchpoints: TouchpointRelationFilter | None = strawberry.field(
        description="Tests on the Touchpoint nodes `usedByTouchpoints` leads to.",
        default=strawberry.UNSET,
    )
    owners: TeamRelationFilter | None = strawberry.field(
        description="Tests on the Team nodes `owners` leads to.", default=strawberry.UNSET
    )
    changed_by: BacklogItemRelationFilter | None = strawberry.field(
        description="Tests on the BacklogItem nodes `changedBy` leads to.", default=strawberry.UNSET
    )
    views: ViewRelationFilter | None = strawberry.field(
        description="Tests on the View nodes `views` leads to.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on related Service nodes; `{}` matches any node.")
class ServiceRelationFilter:
    some: ServiceWhere | None = strawberry.field(
        description="At least one related node matches.", default=strawberry.UNSET
    )
    none: ServiceWhere | None = strawberry.field(
        description="No related node matches.", default=strawberry.UNSET
    )
    all: ServiceWhere | None = strawberry.field(
        description="Every related node matches (true when there are none).",
        default=strawberry.UNSET,
    )


@strawberry.input(description="Orders Service nodes by one field; give a list for ties.")
class ServiceOrderBy:
    key: SortDirection | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: SortDirection | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: SortDirection | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: SortDirection | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: SortDirection | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: SortDirection | None = strawberry.field(
        description="The service's name.", default=strawberry.UNSET
    )
    layer: SortDirection | None = strawberry.field(
        description="Business, application or technology service.", default=strawberry.UNSET
    )


@strawberry.input(description="Which Interface nodes to return.")
class InterfaceWhere:
    and_: list[InterfaceWhere] | None = strawberry.field(
        name="AND", description="Every one of these must hold.", default=strawberry.UNSET
    )
    or_: list[InterfaceWhere] | None = strawberry.field(
        name="OR", description="At least one of these must hold.", default=strawberry.UNSET
    )
    not_: InterfaceWhere | None = strawberry.field(
        name="NOT", description="This must not hold.", default=strawberry.UNSET
    )
    key: StringFilter | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: DateTimeFilter | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: DateTimeFilter | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: IntFilter | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: StringFilter | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: StringFilter | None = strawberry.field(
        description="The interface's name.", default=strawberry.UNSET
    )
    layer: LayerFilter | None = strawberry.field(
        description="Application or technology interface.", default=strawberry.UNSET
    )
    protocol: StringFilter | None = strawberry.field(
        description="How it is reached, e.g. 'REST', 'SFTP'.", default=strawberry.UNSET
    )
    serves_systems: SystemRelationFilter | None = strawberry.field(
        description="Tests on the System nodes `servesSystems` leads to.", default=strawberry.UNSET
    )
    serves_processes: ProcessRelationFilter | None = strawberry.field(
        description="Tests on the Process nodes `servesProcesses` leads to.",
        default=strawberry.UNSET,
    )
    system: SystemRelationFilter | None = strawberry.field(
        description="Tests on the System nodes `system` leads to.", default=strawberry.UNSET
    )
    views: ViewRelationFilter | None = strawberry.field(
        description="Tests on the View nodes `views` leads to.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on related Interface nodes; `{}` matches any node.")
class InterfaceRelationFilter:
    some: InterfaceWhere | None = strawberry.field(
        description="At least one related node matches.", default=strawberry.UNSET
    )
    none: InterfaceWhere | None = strawberry.field(
        description="No related node matches.", default=strawberry.UNSET
    )
    all: InterfaceWhere | None = strawberry.field(
        description="Every related node matches (true when there are none).",
        default=strawberry.UNSET,
    )


@strawberry.input(description="Orders Interface nodes by one field; give a list for ties.")
class InterfaceOrderBy:
    key: SortDirection | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: SortDirection | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: SortDirection | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: SortDirection | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: SortDirection | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: SortDirection | None = strawberry.field(
        description="The interface's name.", default=strawberry.UNSET
    )
    layer: SortDirection | None = strawberry.field(
        description="Application or technology interface.", default=strawberry.UNSET
    )
    protocol: SortDirection | None = strawberry.field(
        description="How it is reached, e.g. 'REST', 'SFTP'.", default=strawberry.UNSET
    )


@strawberry.input(description="Which DataObject nodes to return.")
class DataObjectWhere:
    and_: list[DataObjectWhere] | None = strawberry.field(
        name="AND", description="Every one of these must hold.", default=strawberry.UNSET
    )
    or_: list[DataObjectWhere] | None = strawberry.field(
        name="OR", description="At least one of these must hold.", default=strawberry.UNSET
    )
    not_: DataObjectWhere | None = strawberry.field(
        name="NOT", description="This must not hold.", default=strawberry.UNSET
    )
    key: StringFilter | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: DateTimeFilter | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: DateTimeFilter | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: IntFilter | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: StringFilter | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: StringFilter | None = strawberry.field(
        description="The data object's name, e.g. 'Customer address'.", default=strawberry.UNSET
    )
    kind: DataObjectKindFilter | None = strawberry.field(
        description="Business object, data object, artifact, ...", default=strawberry.UNSET
    )
    classification: StringFilter | None = strawberry.field(
        description="How sensitive it is, e.g. 'personal', 'public'.", default=strawberry.UNSET
    )
    deployed_on: TechnologyNodeRelationFilter | None = strawberry.field(
        description="Tests on the TechnologyNode nodes `deployedOn` leads to.",
        default=strawberry.UNSET,
    )
    read_by_processes: ProcessRelationFilter | None = strawberry.field(
        description="Tests on the Process nodes `readByProcesses` leads to.",
        default=strawberry.UNSET,
    )
    read_by_systems: SystemRelationFilter | None = strawberry.field(
        description="Tests on the System nodes `readBySystems` leads to.", default=strawberry.UNSET
    )
    written_by_processes: ProcessRelationFilter | None = strawberry.field(
        description="Tests on the Process nodes `writtenByProcesses` leads to.",
        default=strawberry.UNSET,
    )
    written_by_systems: SystemRelationFilter | None = strawberry.field(
        description="Tests on the System nodes `writtenBySystems` leads to.",
        default=strawberry.UNSET,
    )
    needed_by_steps: StepRelationFilter | None = strawberry.field(
        description="Tests on the Step nodes `neededBySteps` leads to.", default=strawberry.UNSET
    )
    needed_by_touchpoints: TouchpointRelationFilter | None = strawberry.field(
        description="Tests on the Touchpoint nodes `neededByTouchpoints` leads to.",
        default=strawberry.UNSET,
    )
    captured_by_steps: StepRelationFilter | None = strawberry.field(
        description="Tests on the Step nodes `capturedBySteps` leads to.", default=strawberry.UNSET
    )
    captured_by_touchpoints: TouchpointRelationFilter | None = strawberry.field(
        description="Tests on the Touchpoint nodes `capturedByTouchpoints` leads to.",
        default=strawberry.UNSET,
    )
    owners: TeamRelationFilter | None = strawberry.field(
        description="Tests on the Team nodes `owners` leads to.", default=strawberry.UNSET
    )
    changed_by: BacklogItemRelationFilter | None = strawberry.field(
        description="Tests on the BacklogItem nodes `changedBy` leads to.", default=strawberry.UNSET
    )
    views: ViewRelationFilter | None = strawberry.field(
        description="Tests on the View nodes `views` leads to.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on related DataObject nodes; `{}` matches any node.")
class DataObjectRelationFilter:
    some: DataObjectWhere | None = strawberry.field(
        description="At least one related node matches.", default=strawberry.UNSET
    )
    none: DataObjectWhere | None = strawberry.field(
        description="No related node matches.", default=strawberry.UNSET
    )
    all: DataObjectWhere | None = strawberry.field(
        description="Every related node matches (true when there are none).",
        default=strawberry.UNSET,
    )


@strawberry.input(description="Orders DataObject nodes by one field; give a list for ties.")
class DataObjectOrderBy:
    key: SortDirection | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: SortDirection | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: SortDirection | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: SortDirection | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: SortDirection | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: SortDirection | None = strawberry.field(
        description="The data object's name, e.g. 'Customer address'.", default=strawberry.UNSET
    )
    kind: SortDirection | None = strawberry.field(
        description="Business object, data object, artifact, ...", default=strawberry.UNSET
    )
    classification: SortDirection | None = strawberry.field(
        description="How sensitive it is, e.g. 'personal', 'public'.", default=strawberry.UNSET
    )


@strawberry.input(description="Which TechnologyNode nodes to return.")
class TechnologyNodeWhere:
    and_: list[TechnologyNodeWhere] | None = strawberry.field(
        name="AND", description="Every one of these must hold.", default=strawberry.UNSET
    )
    or_: list[TechnologyNodeWhere] | None = strawberry.field(
        name="OR", description="At least one of these must hold.", default=strawberry.UNSET
    )
    not_: TechnologyNodeWhere | None = strawberry.field(
        name="NOT", description="This must not hold.", default=strawberry.UNSET
    )
    key: StringFilter | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: DateTimeFilter | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: DateTimeFilter | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: IntFilter | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: StringFilter | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: StringFilter | None = strawberry.field(
        description="The technology node's name.", default=strawberry.UNSET
    )
    kind: TechnologyKindFilter | None = strawberry.field(
        description="Node, device, system software, network, ...", default=strawberry.UNSET
    )
    realizes_services: ServiceRelationFilter | None = strawberry.field(
        description="Tests on the Service nodes `realizesServices` leads to.",
        default=strawberry.UNSET,
    )
    deployed_on: TechnologyNodeRelationFilter | None = strawberry.field(
        description="Tests on the TechnologyNode nodes `deployedOn` leads to.",
        default=strawberry.UNSET,
    )
    serves_nodes: TechnologyNodeRelationFilter | None = strawberry.field(
        description="Tests on the TechnologyNode nodes `servesNodes` leads to.",
        default=strawberry.UNSET,
    )
    used_by_systems: SystemRelationFilter | None = strawberry.field(
        description="Tests on the System nodes `usedBySystems` leads to.", default=strawberry.UNSET
    )
    deployed_systems: SystemRelationFilter | None = strawberry.field(
        description="Tests on the System nodes `deployedSystems` leads to.",
        default=strawberry.UNSET,
    )
    deployed_data: DataObjectRelationFilter | None = strawberry.field(
        description="Tests on the DataObject nodes `deployedData` leads to.",
        default=strawberry.UNSET,
    )
    deployed_nodes: TechnologyNodeRelationFilter | None = strawberry.field(
        description="Tests on the TechnologyNode nodes `deployedNodes` leads to.",
        default=strawberry.UNSET,
    )
    served_by_nodes: TechnologyNodeRelationFilter | None = strawberry.field(
        description="Tests on the TechnologyNode nodes `servedByNodes` leads to.",
        default=strawberry.UNSET,
    )
    owners: TeamRelationFilter | None = strawberry.field(
        description="Tests on the Team nodes `owners` leads to.", default=strawberry.UNSET
    )
    changed_by: BacklogItemRelationFilter | None = strawberry.field(
        description="Tests on the BacklogItem nodes `changedBy` leads to.", default=strawberry.UNSET
    )
    views: ViewRelationFilter | None = strawberry.field(
        description="Tests on the View nodes `views` leads to.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on related TechnologyNode nodes; `{}` matches any node.")
class TechnologyNodeRelationFilter:
    some: TechnologyNodeWhere | None = strawberry.field(
        description="At least one related node matches.", default=strawberry.UNSET
    )
    none: TechnologyNodeWhere | None = strawberry.field(
        description="No related node matches.", default=strawberry.UNSET
    )
    all: TechnologyNodeWhere | None = strawberry.field(
        description="Every related node matches (true when there are none).",
        default=strawberry.UNSET,
    )


@strawberry.input(description="Orders TechnologyNode nodes by one field; give a list for ties.")
class TechnologyNodeOrderBy:
    key: SortDirection | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: SortDirection | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: SortDirection | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: SortDirection | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: SortDirection | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: SortDirection | None = strawberry.field(
        description="The technology node's name.", default=strawberry.UNSET
    )
    kind: SortDirection | None = strawberry.field(
        description="Node, device, system software, network, ...", default=strawberry.UNSET
    )


@strawberry.input(description="Which Event nodes to return.")
class EventWhere:
    and_: list[EventWhere] | None = strawberry.field(
        name="AND", description="Every one of these must hold.", default=strawberry.UNSET
    )
    or_: list[EventWhere] | None = strawberry.field(
        name="OR", description="At least one of these must hold.", default=strawberry.UNSET
    )
    not_: EventWhere | None = strawberry.field(
        name="NOT", description="This must not hold.", default=strawberry.UNSET
    )
    key: StringFilter | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: DateTimeFilter | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: DateTimeFilter | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: IntFilter | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: StringFilter | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: StringFilter | None = strawberry.field(
        description="The event's name, e.g. 'Claim received'.", default=strawberry.UNSET
    )
    layer: LayerFilter | None = strawberry.field(
        description="Business, application or technology event.", default=strawberry.UNSET
    )
    triggers_processes: ProcessRelationFilter | None = strawberry.field(
        description="Tests on the Process nodes `triggersProcesses` leads to.",
        default=strawberry.UNSET,
    )
    triggers_systems: SystemRelationFilter | None = strawberry.field(
        description="Tests on the System nodes `triggersSystems` leads to.",
        default=strawberry.UNSET,
    )
    raised_by_processes: ProcessRelationFilter | None = strawberry.field(
        description="Tests on the Process nodes `raisedByProcesses` leads to.",
        default=strawberry.UNSET,
    )
    raised_by_systems: SystemRelationFilter | None = strawberry.field(
        description="Tests on the System nodes `raisedBySystems` leads to.",
        default=strawberry.UNSET,
    )
    raised_by_steps: StepRelationFilter | None = strawberry.field(
        description="Tests on the Step nodes `raisedBySteps` leads to.", default=strawberry.UNSET
    )
    views: ViewRelationFilter | None = strawberry.field(
        description="Tests on the View nodes `views` leads to.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on related Event nodes; `{}` matches any node.")
class EventRelationFilter:
    some: EventWhere | None = strawberry.field(
        description="At least one related node matches.", default=strawberry.UNSET
    )
    none: EventWhere | None = strawberry.field(
        description="No related node matches.", default=strawberry.UNSET
    )
    all: EventWhere | None = strawberry.field(
        description="Every related node matches (true when there are none).",
        default=strawberry.UNSET,
    )


@strawberry.input(description="Orders Event nodes by one field; give a list for ties.")
class EventOrderBy:
    key: SortDirection | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: SortDirection | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: SortDirection | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: SortDirection | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: SortDirection | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: SortDirection | None = strawberry.field(
        description="The event's name, e.g. 'Claim received'.", default=strawberry.UNSET
    )
    layer: SortDirection | None = strawberry.field(
        description="Business, application or technology event.", default=strawberry.UNSET
    )


@strawberry.input(description="Which ValueStream nodes to return.")
class ValueStreamWhere:
    and_: list[ValueStreamWhere] | None = strawberry.field(
        name="AND", description="Every one of these must hold.", default=strawberry.UNSET
    )
    or_: list[ValueStreamWhere] | None = strawberry.field(
        name="OR", description="At least one of these must hold.", default=strawberry.UNSET
    )
    not_: ValueStreamWhere | None = strawberry.field(
        name="NOT", description="This must not hold.", default=strawberry.UNSET
    )
    key: StringFilter | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: DateTimeFilter | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: DateTimeFilter | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: IntFilter | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: StringFilter | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: StringFilter | None = strawberry.field(
        description="The value stream's name.", default=strawberry.UNSET
    )
    stages: ValueStreamStageRelationFilter | None = strawberry.field(
        description="Tests on the ValueStreamStage nodes `stages` leads to.",
        default=strawberry.UNSET,
    )
    owners: TeamRelationFilter | None = strawberry.field(
        description="Tests on the Team nodes `owners` leads to.", default=strawberry.UNSET
    )
    views: ViewRelationFilter | None = strawberry.field(
        description="Tests on the View nodes `views` leads to.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on related ValueStream nodes; `{}` matches any node.")
class ValueStreamRelationFilter:
    some: ValueStreamWhere | None = strawberry.field(
        description="At least one related node matches.", default=strawberry.UNSET
    )
    none: ValueStreamWhere | None = strawberry.field(
        description="No related node matches.", default=strawberry.UNSET
    )
    all: ValueStreamWhere | None = strawberry.field(
        description="Every related node matches (true when there are none).",
        default=strawberry.UNSET,
    )


@strawberry.input(description="Orders ValueStream nodes by one field; give a list for ties.")
class ValueStreamOrderBy:
    key: SortDirection | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: SortDirection | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: SortDirection | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: SortDirection | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: SortDirection | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: SortDirection | None = strawberry.field(
        description="The value stream's name.", default=strawberry.UNSET
    )


@strawberry.input(description="Which ValueStreamStage nodes to return.")
class ValueStreamStageWhere:
    and_: list[ValueStreamStageWhere] | None = strawberry.field(
        name="AND", description="Every one of these must hold.", default=strawberry.UNSET
    )
    or_: list[ValueStreamStageWhere] | None = strawberry.field(
        name="OR", description="At least one of these must hold.", default=strawberry.UNSET
    )
    not_: ValueStreamStageWhere | None = strawberry.field(
        name="NOT", description="This must not hold.", default=strawberry.UNSET
    )
    key: StringFilter | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: DateTimeFilter | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: DateTimeFilter | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: IntFilter | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: StringFilter | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: StringFilter | None = strawberry.field(
        description="The stage's name.", default=strawberry.UNSET
    )
    order: IntFilter | None = strawberry.field(
        description="Position of the stage within its value stream.", default=strawberry.UNSET
    )
    next: ValueStreamStageRelationFilter | None = strawberry.field(
        description="Tests on the ValueStreamStage nodes `next` leads to.", default=strawberry.UNSET
    )
    capabilities: CapabilityRelationFilter | None = strawberry.field(
        description="Tests on the Capability nodes `capabilities` leads to.",
        default=strawberry.UNSET,
    )
    value_stream: ValueStreamRelationFilter | None = strawberry.field(
        description="Tests on the ValueStream nodes `valueStream` leads to.",
        default=strawberry.UNSET,
    )
    previous: ValueStreamStageRelationFilter | None = strawberry.field(
        description="Tests on the ValueStreamStage nodes `previous` leads to.",
        default=strawberry.UNSET,
    )
    journey_stages: StageRelationFilter | None = strawberry.field(
        description="Tests on the Stage nodes `journeyStages` leads to.", default=strawberry.UNSET
    )
    kpis: KPIRelationFilter | None = strawberry.field(
        description="Tests on the KPI nodes `kpis` leads to.", default=strawberry.UNSET
    )
    views: ViewRelationFilter | None = strawberry.field(
        description="Tests on the View nodes `views` leads to.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on related ValueStreamStage nodes; `{}` matches any node.")
class ValueStreamStageRelationFilter:
    some: ValueStreamStageWhere | None = strawberry.field(
        description="At least one related node matches.", default=strawberry.UNSET
    )
    none: ValueStreamStageWhere | None = strawberry.field(
        description="No related node matches.", default=strawberry.UNSET
    )
    all: ValueStreamStageWhere | None = strawberry.field(
        description="Every related node matches (true when there are none).",
        default=strawberry.UNSET,
    )


@strawberry.input(description="Orders ValueStreamStage nodes by one field; give a list for ties.")
class ValueStreamStageOrderBy:
    key: SortDirection | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: SortDirection | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: SortDirection | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: SortDirection | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: SortDirection | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: SortDirection | None = strawberry.field(
        description="The stage's name.", default=strawberry.UNSET
    )
    order: SortDirection | None = strawberry.field(
        description="Position of the stage within its value stream.", default=strawberry.UNSET
    )


@strawberry.input(description="Which KPI nodes to return.")
class KPIWhere:
    and_: list[KPIWhere] | None = strawberry.field(
        name="AND", description="Every one of these must hold.", default=strawberry.UNSET
    )
    or_: list[KPIWhere] | None = strawberry.field(
        name="OR", description="At least one of these must hold.", default=strawberry.UNSET
    )
    not_: KPIWhere | None = strawberry.field(
        name="NOT", description="This must not hold.", default=strawberry.UNSET
    )
    key: StringFilter | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: DateTimeFilter | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: DateTimeFilter | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: IntFilter | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: StringFilter | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: StringFilter | None = strawberry.field(
        description="The KPI's name.", default=strawberry.UNSET
    )
    unit: StringFilter | None = strawberry.field(
        description="Unit of measure, e.g. '%', 'min', 'NPS'.", default=strawberry.UNSET
    )
    target: FloatFilter | None = strawberry.field(
        description="The value aimed at.", default=strawberry.UNSET
    )
    direction: KpiDirectionFilter | None = strawberry.field(
        description="Whether higher or lower values are better.", default=strawberry.UNSET
    )
    processes: ProcessRelationFilter | None = strawberry.field(
        description="Tests on the Process nodes `processes` leads to.", default=strawberry.UNSET
    )
    value_stream_stages: ValueStreamStageRelationFilter | None = strawberry.field(
        description="Tests on the ValueStreamStage nodes `valueStreamStages` leads to.",
        default=strawberry.UNSET,
    )
    steps: StepRelationFilter | None = strawberry.field(
        description="Tests on the Step nodes `steps` leads to.", default=strawberry.UNSET
    )
    touchpoints: TouchpointRelationFilter | None = strawberry.field(
        description="Tests on the Touchpoint nodes `touchpoints` leads to.",
        default=strawberry.UNSET,
    )
    journeys: JourneyRelationFilter | None = strawberry.field(
        description="Tests on the Journey nodes `journeys` leads to.", default=strawberry.UNSET
    )
    measurements: MeasurementRelationFilter | None = strawberry.field(
        description="Tests on the Measurement nodes `measurements` leads to.",
        default=strawberry.UNSET,
    )
    owners: TeamRelationFilter | None = strawberry.field(
        description="Tests on the Team nodes `owners` leads to.", default=strawberry.UNSET
    )
    views: ViewRelationFilter | None = strawberry.field(
        description="Tests on the View nodes `views` leads to.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on related KPI nodes; `{}` matches any node.")
class KPIRelationFilter:
    some: KPIWhere | None = strawberry.field(
        description="At least one related node matches.", default=strawberry.UNSET
    )
    none: KPIWhere | None = strawberry.field(
        description="No related node matches.", default=strawberry.UNSET
    )
    all: KPIWhere | None = strawberry.field(
        description="Every related node matches (true when there are none).",
        default=strawberry.UNSET,
    )


@strawberry.input(description="Orders KPI nodes by one field; give a list for ties.")
class KPIOrderBy:
    key: SortDirection | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: SortDirection | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: SortDirection | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: SortDirection | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: SortDirection | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: SortDirection | None = strawberry.field(
        description="The KPI's name.", default=strawberry.UNSET
    )
    unit: SortDirection | None = strawberry.field(
        description="Unit of measure, e.g. '%', 'min', 'NPS'.", default=strawberry.UNSET
    )
    target: SortDirection | None = strawberry.field(
        description="The value aimed at.", default=strawberry.UNSET
    )
    direction: SortDirection | None = strawberry.field(
        description="Whether higher or lower values are better.", default=strawberry.UNSET
    )


@strawberry.input(description="Which Measurement nodes to return.")
class MeasurementWhere:
    and_: list[MeasurementWhere] | None = strawberry.field(
        name="AND", description="Every one of these must hold.", default=strawberry.UNSET
    )
    or_: list[MeasurementWhere] | None = strawberry.field(
        name="OR", description="At least one of these must hold.", default=strawberry.UNSET
    )
    not_: MeasurementWhere | None = strawberry.field(
        name="NOT", description="This must not hold.", default=strawberry.UNSET
    )
    key: StringFilter | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: DateTimeFilter | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: DateTimeFilter | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: IntFilter | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: StringFilter | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    value: FloatFilter | None = strawberry.field(
        description="The measured value, in the KPI's unit.", default=strawberry.UNSET
    )
    at: DateFilter | None = strawberry.field(
        description="The date the value refers to.", default=strawberry.UNSET
    )
    kpi: KPIRelationFilter | None = strawberry.field(
        description="Tests on the KPI nodes `kpi` leads to.", default=strawberry.UNSET
    )
    views: ViewRelationFilter | None = strawberry.field(
        description="Tests on the View nodes `views` leads to.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on related Measurement nodes; `{}` matches any node.")
class MeasurementRelationFilter:
    some: MeasurementWhere | None = strawberry.field(
        description="At least one related node matches.", default=strawberry.UNSET
    )
    none: MeasurementWhere | None = strawberry.field(
        description="No related node matches.", default=strawberry.UNSET
    )
    all: MeasurementWhere | None = strawberry.field(
        description="Every related node matches (true when there are none).",
        default=strawberry.UNSET,
    )


@strawberry.input(description="Orders Measurement nodes by one field; give a list for ties.")
class MeasurementOrderBy:
    key: SortDirection | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: SortDirection | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: SortDirection | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: SortDirection | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: SortDirection | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    value: SortDirection | None = strawberry.field(
        description="The measured value, in the KPI's unit.", default=strawberry.UNSET
    )
    at: SortDirection | None = strawberry.field(
        description="The date the value refers to.", default=strawberry.UNSET
    )


@strawberry.input(description="Which BacklogItem nodes to return.")
class BacklogItemWhere:
    and_: list[BacklogItemWhere] | None = strawberry.field(
        name="AND", description="Every one of these must hold.", default=strawberry.UNSET
    )
    or_: list[BacklogItemWhere] | None = strawberry.field(
        name="OR", description="At least one of these must hold.", default=strawberry.UNSET
    )
    not_: BacklogItemWhere | None = strawberry.field(
        name="NOT", description="This must not hold.", default=strawberry.UNSET
    )
    key: StringFilter | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: DateTimeFilter | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: DateTimeFilter | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: IntFilter | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: StringFilter | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    title: StringFilter | None = strawberry.field(
        description="The item's title.", default=strawberry.UNSET
    )
    kind: BacklogKindFilter | None = strawberry.field(
        description="Epic, feature, story, task or bug.", default=strawberry.UNSET
    )
    status: BacklogStatusFilter | None = strawberry.field(
        description="Idea, todo, doing or done.", default=strawberry.UNSET
    )
    priority: IntFilter | None = strawberry.field(
        description="Priority, 1 = highest.", default=strawberry.UNSET
    )
    estimate: FloatFilter | None = strawberry.field(
        description="Estimated effort (points or days).", default=strawberry.UNSET
    )
    tracker: StringFilter | None = strawberry.field(
        description="The tracker and project the item comes from, e.g. 'jira:CLAIMS'.",
        default=strawberry.UNSET,
    )
    tracker_key: StringFilter | None = strawberry.field(
        description="The tracker's key for the item, e.g. 'CLAIMS-123' or '4711'.",
        default=strawberry.UNSET,
    )
    opened_at: DateFilter | None = strawberry.field(
        description="When the item was created in the tracker.", default=strawberry.UNSET
    )
    started_at: DateFilter | None = strawberry.field(
        description="When work on the item started.", default=strawberry.UNSET
    )
    resolved_at: DateFilter | None = strawberry.field(
        description="When the item was resolved or closed.", default=strawberry.UNSET
    )
    parent: BacklogItemRelationFilter | None = strawberry.field(
        description="Tests on the BacklogItem nodes `parent` leads to.", default=strawberry.UNSET
    )
    pain_points: PainPointRelationFilter | None = strawberry.field(
        description="Tests on the PainPoint nodes `painPoints` leads to.", default=strawberry.UNSET
    )
    steps: StepRelationFilter | None = strawberry.field(
        description="Tests on the Step nodes `steps` leads to.", default=strawberry.UNSET
    )
    outcomes: OutcomeRelationFilter | None = strawberry.field(
        description="Tests on the Outcome nodes `outcomes` leads to.", default=strawberry.UNSET
    )
    opportunities: OpportunityRelationFilter | None = strawberry.field(
        description="Tests on the Opportunity nodes `opportunities` leads to.",
        default=strawberry.UNSET,
    )
    changes_processes: ProcessRelationFilter | None = strawberry.field(
        description="Tests on the Process nodes `changesProcesses` leads to.",
        default=strawberry.UNSET,
    )
    changes_systems: SystemRelationFilter | None = strawberry.field(
        description="Tests on the System nodes `changesSystems` leads to.", default=strawberry.UNSET
    )
    changes_capabilities: CapabilityRelationFilter | None = strawberry.field(
        description="Tests on the Capability nodes `changesCapabilities` leads to.",
        default=strawberry.UNSET,
    )
    changes_touchpoints: TouchpointRelationFilter | None = strawberry.field(
        description="Tests on the Touchpoint nodes `changesTouchpoints` leads to.",
        default=strawberry.UNSET,
    )
    changes_services: ServiceRelationFilter | None = strawberry.field(
        description="Tests on the Service nodes `changesServices` leads to.",
        default=strawberry.UNSET,
    )
    changes_data_objects: DataObjectRelationFilter | None = strawberry.field(
        description="Tests on the DataObject nodes `changesDataObjects` leads to.",
        default=strawberry.UNSET,
    )
    changes_technology_nodes: TechnologyNodeRelationFilter | None = strawberry.field(
        description="Tests on the TechnologyNode nodes `changesTechnologyNodes` leads to.",
        default=strawberry.UNSET,
    )
    children: BacklogItemRelationFilter | None = strawberry.field(
        description="Tests on the BacklogItem nodes `children` leads to.", default=strawberry.UNSET
    )
    views: ViewRelationFilter | None = strawberry.field(
        description="Tests on the View nodes `views` leads to.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on related BacklogItem nodes; `{}` matches any node.")
class BacklogItemRelationFilter:
    some: BacklogItemWhere | None = strawberry.field(
        description="At least one related node matches.", default=strawberry.UNSET
    )
    none: BacklogItemWhere | None = strawberry.field(
        description="No related node matches.", default=strawberry.UNSET
    )
    all: BacklogItemWhere | None = strawberry.field(
        description="Every related node matches (true when there are none).",
        default=strawberry.UNSET,
    )


@strawberry.input(description="Orders BacklogItem nodes by one field; give a list for ties.")
class BacklogItemOrderBy:
    key: SortDirection | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: SortDirection | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: SortDirection | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: SortDirection | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: SortDirection | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    title: SortDirection | None = strawberry.field(
        description="The item's title.", default=strawberry.UNSET
    )
    kind: SortDirection | None = strawberry.field(
        description="Epic, feature, story, task or bug.", default=strawberry.UNSET
    )
    status: SortDirection | None = strawberry.field(
        description="Idea, todo, doing or done.", default=strawberry.UNSET
    )
    priority: SortDirection | None = strawberry.field(
        description="Priority, 1 = highest.", default=strawberry.UNSET
    )
    estimate: SortDirection | None = strawberry.field(
        description="Estimated effort (points or days).", default=strawberry.UNSET
    )
    tracker: SortDirection | None = strawberry.field(
        description="The tracker and project the item comes from, e.g. 'jira:CLAIMS'.",
        default=strawberry.UNSET,
    )
    tracker_key: SortDirection | None = strawberry.field(
        description="The tracker's key for the item, e.g. 'CLAIMS-123' or '4711'.",
        default=strawberry.UNSET,
    )
    opened_at: SortDirection | None = strawberry.field(
        description="When the item was created in the tracker.", default=strawberry.UNSET
    )
    started_at: SortDirection | None = strawberry.field(
        description="When work on the item started.", default=strawberry.UNSET
    )
    resolved_at: SortDirection | None = strawberry.field(
        description="When the item was resolved or closed.", default=strawberry.UNSET
    )


@strawberry.input(description="Which Opportunity nodes to return.")
class OpportunityWhere:
    and_: list[OpportunityWhere] | None = strawberry.field(
        name="AND", description="Every one of these must hold.", default=strawberry.UNSET
    )
    or_: list[OpportunityWhere] | None = strawberry.field(
        name="OR", description="At least one of these must hold.", default=strawberry.UNSET
    )
    not_: OpportunityWhere | None = strawberry.field(
        name="NOT", description="This must not hold.", default=strawberry.UNSET
    )
    key: StringFilter | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: DateTimeFilter | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: DateTimeFilter | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: IntFilter | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: StringFilter | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    statement: StringFilter | None = strawberry.field(
        description="What could be improved.", default=strawberry.UNSET
    )
    value: IntFilter | None = strawberry.field(
        description="Expected value, 1-5.", default=strawberry.UNSET
    )
    effort: IntFilter | None = strawberry.field(
        description="Expected effort, 1-5.", default=strawberry.UNSET
    )
    steps: StepRelationFilter | None = strawberry.field(
        description="Tests on the Step nodes `steps` leads to.", default=strawberry.UNSET
    )
    outcomes: OutcomeRelationFilter | None = strawberry.field(
        description="Tests on the Outcome nodes `outcomes` leads to.", default=strawberry.UNSET
    )
    pain_points: PainPointRelationFilter | None = strawberry.field(
        description="Tests on the PainPoint nodes `painPoints` leads to.", default=strawberry.UNSET
    )
    backlog_items: BacklogItemRelationFilter | None = strawberry.field(
        description="Tests on the BacklogItem nodes `backlogItems` leads to.",
        default=strawberry.UNSET,
    )
    views: ViewRelationFilter | None = strawberry.field(
        description="Tests on the View nodes `views` leads to.", default=strawberry.UNSET
    )


@strawberry.input(description="Tests on related Opportunity nodes; `{}` matches any node.")
class OpportunityRelationFilter:
    some: OpportunityWhere | None = strawberry.field(
        description="At least one related node matches.", default=strawberry.UNSET
    )
    none: OpportunityWhere | None = strawberry.field(
        description="No related node matches.", default=strawberry.UNSET
    )
    all: OpportunityWhere | None = strawberry.field(
        description="Every related node matches (true when there are none).",
        default=strawberry.UNSET,
    )


@strawberry.input(description="Orders Opportunity nodes by one field; give a list for ties.")
class OpportunityOrderBy:
    key: SortDirection | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: SortDirection | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: SortDirection | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: SortDirection | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: SortDirection | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    statement: SortDirection | None = strawberry.field(
        description="What could be improved.", default=strawberry.UNSET
    )
    value: SortDirection | None = strawberry.field(
        description="Expected value, 1-5.", default=strawberry.UNSET
    )
    effort: SortDirection | None = strawberry.field(
        description="Expected effort, 1-5.", default=strawberry.UNSET
    )


@strawberry.input(description="Which View nodes to return.")
class ViewWhere:
    and_: list[ViewWhere] | None = strawberry.field(
        name="AND", description="Every one of these must hold.", default=strawberry.UNSET
    )
    or_: list[ViewWhere] | None = strawberry.field(
        name="OR", description="At least one of these must hold.", default=strawberry.UNSET
    )
    not_: ViewWhere | None = strawberry.field(
        name="NOT", description="This must not hold.", default=strawberry.UNSET
    )
    key: StringFilter | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: DateTimeFilter | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: DateTimeFilter | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: IntFilter | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: StringFilter | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: StringFilter | None = strawberry.field(
        description="The view's name, e.g. 'Claims application landscape'.",
        default=strawberry.UNSET,
    )
    viewpoint: StringFilter | None = strawberry.field(
        description="The viewpoint it follows, e.g. 'Application Cooperation'.",
        default=strawberry.UNSET,
    )
    shows_personas: PersonaRelationFilter | None = strawberry.field(
        description="Tests on the Persona nodes `showsPersonas` leads to.", default=strawberry.UNSET
    )
    shows_jobs: JobRelationFilter | None = strawberry.field(
        description="Tests on the Job nodes `showsJobs` leads to.", default=strawberry.UNSET
    )
    shows_outcomes: OutcomeRelationFilter | None = strawberry.field(
        description="Tests on the Outcome nodes `showsOutcomes` leads to.", default=strawberry.UNSET
    )
    shows_journeys: JourneyRelationFilter | None = strawberry.field(
        description="Tests on the Journey nodes `showsJourneys` leads to.", default=strawberry.UNSET
    )
    shows_stages: StageRelationFilter | None = strawberry.field(
        description="Tests on the Stage nodes `showsStages` leads to.", default=strawberry.UNSET
    )
    shows_steps: StepRelationFilter | None = strawberry.field(
        description="Tests on the Step nodes `showsSteps` leads to.", default=strawberry.UNSET
    )
    shows_channels: ChannelRelationFilter | None = strawberry.field(
        description="Tests on the Channel nodes `showsChannels` leads to.", default=strawberry.UNSET
    )
    shows_touchpoints: TouchpointRelationFilter | None = strawberry.field(
        description="Tests on the Touchpoint nodes `showsTouchpoints` leads to.",
        default=strawberry.UNSET,
    )
    shows_pain_points: PainPointRelationFilter | None = strawberry.field(
        description="Tests on the PainPoint nodes `showsPainPoints` leads to.",
        default=strawberry.UNSET,
    )
    shows_evidence: EvidenceRelationFilter | None = strawberry.field(
        description="Tests on the Evidence nodes `showsEvidence` leads to.",
        default=strawberry.UNSET,
    )
    shows_capabilities: CapabilityRelationFilter | None = strawberry.field(
        description="Tests on the Capability nodes `showsCapabilities` leads to.",
        default=strawberry.UNSET,
    )
    shows_processes: ProcessRelationFilter | None = strawberry.field(
        description="Tests on the Process nodes `showsProcesses` leads to.",
        default=strawberry.UNSET,
    )
    shows_systems: SystemRelationFilter | None = strawberry.field(
        description="Tests on the System nodes `showsSystems` leads to.", default=strawberry.UNSET
    )
    shows_teams: TeamRelationFilter | None = strawberry.field(
        description="Tests on the Team nodes `showsTeams` leads to.", default=strawberry.UNSET
    )
    shows_services: ServiceRelationFilter | None = strawberry.field(
        description="Tests on the Service nodes `showsServices` leads to.", default=strawberry.UNSET
    )
    shows_interfaces: InterfaceRelationFilter | None = strawberry.field(
        description="Tests on the Interface nodes `showsInterfaces` leads to.",
        default=strawberry.UNSET,
    )
    shows_data_objects: DataObjectRelationFilter | None = strawberry.field(
        description="Tests on the DataObject nodes `showsDataObjects` leads to.",
        default=strawberry.UNSET,
    )
    shows_technology_nodes: TechnologyNodeRelationFilter | None = strawberry.field(
        description="Tests on the TechnologyNode nodes `showsTechnologyNodes` leads to.",
        default=strawberry.UNSET,
    )
    shows_events: EventRelationFilter | None = strawberry.field(
        description="Tests on the Event nodes `showsEvents` leads to.", default=strawberry.UNSET
    )
    shows_value_streams: ValueStreamRelationFilter | None = strawberry.field(
        description="Tests on the ValueStream nodes `showsValueStreams` leads to.",
        default=strawberry.UNSET,
    )
    shows_value_stream_stages: ValueStreamStageRelationFilter | None = strawberry.field(
        description="Tests on the ValueStreamStage nodes `showsValueStreamStages` leads to.",
        default=strawberry.UNSET,
    )
    shows_kpis: KPIRelationFilter | None = strawberry.field(
        description="Tests on the KPI nodes `showsKpis` leads to.", default=strawberry.UNSET
    )
    shows_measurements: MeasurementRelationFilter | None = strawberry.field(
        description="Tests on the Measurement nodes `showsMeasurements` leads to.",
        default=strawberry.UNSET,
    )
    shows_backlog_items: BacklogItemRelationFilter | None = strawberry.field(
        description="Tests on the BacklogItem nodes `showsBacklogItems` leads to.",
        default=strawberry.UNSET,
    )
    shows_opportunities: OpportunityRelationFilter | None = strawberry.field(
        description="Tests on the Opportunity nodes `showsOpportunities` leads to.",
        default=strawberry.UNSET,
    )


@strawberry.input(description="Tests on related View nodes; `{}` matches any node.")
class ViewRelationFilter:
    some: ViewWhere | None = strawberry.field(
        description="At least one related node matches.", default=strawberry.UNSET
    )
    none: ViewWhere | None = strawberry.field(
        description="No related node matches.", default=strawberry.UNSET
    )
    all: ViewWhere | None = strawberry.field(
        description="Every related node matches (true when there are none).",
        default=strawberry.UNSET,
    )


@strawberry.input(description="Orders View nodes by one field; give a list for ties.")
class ViewOrderBy:
    key: SortDirection | None = strawberry.field(
        description="The node's key.", default=strawberry.UNSET
    )
    created_at: SortDirection | None = strawberry.field(
        description="When the node was created.", default=strawberry.UNSET
    )
    updated_at: SortDirection | None = strawberry.field(
        description="When the node's properties last changed.", default=strawberry.UNSET
    )
    version: SortDirection | None = strawberry.field(
        description="The node's version.", default=strawberry.UNSET
    )
    description: SortDirection | None = strawberry.field(
        description="Free text describing the node.", default=strawberry.UNSET
    )
    name: SortDirection | None = strawberry.field(
        description="The view's name, e.g. 'Claims application landscape'.",
        default=strawberry.UNSET,
    )
    viewpoint: SortDirection | None = strawberry.field(
        description="The viewpoint it follows, e.g. 'Application Cooperation'.",
        default=strawberry.UNSET,
    )


WHERE_INPUTS: dict[str, type] = {
    "Persona": PersonaWhere,
    "Job": JobWhere,
    "Outcome": OutcomeWhere,
    "Journey": JourneyWhere,
    "Stage": StageWhere,
    "Step": StepWhere,
    "Channel": ChannelWhere,
    "Touchpoint": TouchpointWhere,
    "PainPoint": PainPointWhere,
    "Evidence": EvidenceWhere,
    "Capability": CapabilityWhere,
    "Process": ProcessWhere,
    "System": SystemWhere,
    "Team": TeamWhere,
    "Service": ServiceWhere,
    "Interface": InterfaceWhere,
    "DataObject": DataObjectWhere,
    "TechnologyNode": TechnologyNodeWhere,
    "Event": EventWhere,
    "ValueStream": ValueStreamWhere,
    "ValueStreamStage": ValueStreamStageWhere,
    "KPI": KPIWhere,
    "Measurement": MeasurementWhere,
    "BacklogItem": BacklogItemWhere,
    "Opportunity": OpportunityWhere,
    "View": ViewWhere,
}
RELATION_INPUTS: dict[str, type] = {
    "Persona": PersonaRelationFilter,
    "Job": JobRelationFilter,
    "Outcome": OutcomeRelationFilter,
    "Journey": JourneyRelationFilter,
    "Stage": StageRelationFilter,
    "Step": StepRelationFilter,
    "Channel": ChannelRelationFilter,
    "Touchpoint": TouchpointRelationFilter,
    "PainPoint": PainPointRelationFilter,
    "Evidence": EvidenceRelationFilter,
    "Capability": CapabilityRelationFilter,
    "Process": ProcessRelationFilter,
    "System": SystemRelationFilter,
    "Team": TeamRelationFilter,
    "Service": ServiceRelationFilter,
    "Interface": InterfaceRelationFilter,
    "DataObject": DataObjectRelationFilter,
    "TechnologyNode": TechnologyNodeRelationFilter,
    "Event": EventRelationFilter,
    "ValueStream": ValueStreamRelationFilter,
    "ValueStreamStage": ValueStreamStageRelationFilter,
    "KPI": KPIRelationFilter,
    "Measurement": MeasurementRelationFilter,
    "BacklogItem": BacklogItemRelationFilter,
    "Opportunity": OpportunityRelationFilter,
    "View": ViewRelationFilter,
}
ORDER_INPUTS: dict[str, type] = {
    "Persona": PersonaOrderBy,
    "Job": JobOrderBy,
    "Outcome": OutcomeOrderBy,
    "Journey": JourneyOrderBy,
    "Stage": StageOrderBy,
    "Step": StepOrderBy,
    "Channel": ChannelOrderBy,
    "Touchpoint": TouchpointOrderBy,
    "PainPoint": PainPointOrderBy,
    "Evidence": EvidenceOrderBy,
    "Capability": CapabilityOrderBy,
    "Process": ProcessOrderBy,
    "System": SystemOrderBy,
    "Team": TeamOrderBy,
    "Service": ServiceOrderBy,
    "Interface": InterfaceOrderBy,
    "DataObject": DataObjectOrderBy,
    "TechnologyNode": TechnologyNodeOrderBy,
    "Event": EventOrderBy,
    "ValueStream": ValueStreamOrderBy,
    "ValueStreamStage": ValueStreamStageOrderBy,
    "KPI": KPIOrderBy,
    "Measurement": MeasurementOrderBy,
    "BacklogItem": BacklogItemOrderBy,
    "Opportunity": OpportunityOrderBy,
    "View": ViewOrderBy,
}
