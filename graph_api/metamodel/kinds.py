"""Node kinds: the properties of each kind of node, with their validation.

Each model holds only a node's own properties. The ``key`` and the audit fields
(``createdAt``, ``updatedAt``, ``version``) are kept by the stores for every kind alike,
see :class:`graph_api.store.base.NodeRecord`. Property names are camelCase on the wire,
in model files and in the stores; Python code uses the snake_case attribute names.
"""

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator
from pydantic.alias_generators import to_camel

from graph_api.metamodel.carried import (
    MAX_ATTRIBUTES,
    MAX_TRANSLATIONS,
    Attribute,
    Translation,
    attribute_problems,
    translation_problems,
)
from graph_api.metamodel.diagram import (
    MAX_DIAGRAM_CONNECTIONS,
    MAX_DIAGRAM_NODES,
    DiagramConnection,
    DiagramNode,
    box_problems,
    line_problems,
    refused_if,
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
from graph_api.metamodel.text import LongText, Text

INT_MIN = -(2**31)
INT_MAX = 2**31 - 1
"""The whole numbers GraphQL's ``Int`` carries (32 bits, signed): every int property is
bounded within them, so that whatever is stored can be read back through the API."""


class NodeProperties(BaseModel):
    """Properties every kind has; subclasses add their own."""

    model_config = ConfigDict(
        alias_generator=to_camel,
        populate_by_name=True,
        extra="forbid",
        frozen=True,
        use_enum_values=False,
        # No format carries infinities or NaN: JSON has no literal for them, GraphQL's
        # Float refuses them, and a KPI's status or an opportunity score cannot be
        # decided on them. Every float property refuses them, whichever way it comes in.
        allow_inf_nan=False,
    )

    description: LongText | None = Field(None, description="Free text describing the node.")
    translations: tuple[Translation, ...] | None = Field(
        None,
        max_length=MAX_TRANSLATIONS,
        description="The node's label and description in other languages, one per language.",
    )
    attributes: tuple[Attribute, ...] | None = Field(
        None,
        max_length=MAX_ATTRIBUTES,
        description="Name/value pairs from other tools (ArchiMate properties, say) that are "
        "not properties of the node's kind.",
    )

    @field_validator("translations")
    @classmethod
    def _translations_fit(cls, value: tuple[Translation, ...] | None) -> Any:
        if problems := translation_problems(value or ()):
            raise ValueError("; ".join(problems))
        return value or None  # an empty list is stored as none: one way to say "none"

    @field_validator("attributes")
    @classmethod
    def _attributes_fit(cls, value: tuple[Attribute, ...] | None) -> Any:
        own = {f.alias or n for n, f in cls.model_fields.items()}
        if problems := attribute_problems(value or (), own):
            raise ValueError("; ".join(problems))
        return value or None


class Persona(NodeProperties):
    """A customer segment or persona whose experience is mapped."""

    name: Text = Field(description="The persona's name, e.g. 'Busy commuter'.")
    segment: Text | None = Field(None, description="The market segment the persona belongs to.")


class Job(NodeProperties):
    """A job to be done: what a customer is trying to get done (Outcome-Driven Innovation)."""

    statement: Text = Field(description="The job statement: verb, object, context.")
    kind: JobKind = Field(JobKind.FUNCTIONAL, description="Functional, emotional or social job.")


class Outcome(NodeProperties):
    """A desired outcome: a metric customers use to judge how well a job gets done."""

    statement: Text = Field(description="The outcome statement, e.g. 'Minimize the time to ...'.")
    importance: float = Field(ge=0, le=10, description="How important the outcome is, 0-10.")
    satisfaction: float = Field(
        ge=0, le=10, description="How satisfied customers are with it today, 0-10."
    )


class Journey(NodeProperties):
    """A persona's journey to get a job done, made of ordered stages."""

    name: Text = Field(description="The journey's name.")
    state: JourneyState = Field(
        JourneyState.CURRENT, description="Whether the map shows the current or a future state."
    )


class Stage(NodeProperties):
    """A phase of a journey."""

    name: Text = Field(description="The stage's name, e.g. 'Discover'.")
    order: int = Field(ge=0, le=INT_MAX, description="Position of the stage within its journey.")


class Step(NodeProperties):
    """One thing the customer does within a stage."""

    name: Text = Field(description="The step's name.")
    order: int = Field(ge=0, le=INT_MAX, description="Position of the step within its stage.")
    customer_action: LongText | None = Field(
        None, description="What the customer does, in their words."
    )
    emotion: int | None = Field(
        None,
        ge=1,
        le=5,
        description="How the customer feels: 1 = very negative, 5 = very positive.",
    )


class Channel(NodeProperties):
    """A channel or device through which the customer and the organisation interact."""

    name: Text = Field(description="The channel's name, e.g. 'Mobile app'.")
    kind: ChannelKind = Field(description="Digital, physical, assisted or partner channel.")


class Touchpoint(NodeProperties):
    """A step happening on a channel: the front stage of a service blueprint."""

    name: Text = Field(description="The touchpoint's name.")
    differentiating: bool = Field(
        False, description="Whether the brand must stand out here (a moment that matters)."
    )


class PainPoint(NodeProperties):
    """A negative aspect of the experience at a step or touchpoint."""

    name: Text = Field(description="A short name for the pain.")
    severity: int = Field(ge=1, le=5, description="How bad it is: 1 = minor, 5 = severe.")
    frequency: float | None = Field(
        None, ge=0, le=1, description="Share of customers who meet it, 0-1."
    )
    root_cause: LongText | None = Field(None, description="Why it happens, as far as known.")


class Evidence(NodeProperties):
    """What a claim about the experience rests on."""

    kind: EvidenceKind = Field(description="The kind of research or data.")
    summary: Text = Field(description="What the evidence shows.")
    source: Text | None = Field(None, description="Where it comes from (study, file, system).")
    collected_at: date | None = Field(None, description="When it was collected.")
    sample_size: int | None = Field(
        None, ge=0, le=INT_MAX, description="How many customers or cases."
    )
    score: float | None = Field(None, description="A score the evidence reports, if any.")


class Capability(NodeProperties):
    """A business capability: what the organisation is able to do, in a map of any depth."""

    name: Text = Field(description="The capability's name.")
    level: int = Field(
        1,
        ge=1,
        le=INT_MAX,
        description="Depth in the capability map, 1 = top level: derived from the "
        "hierarchy (parent), so a level given in a write is left aside.",
    )
    maturity: int | None = Field(
        None, ge=1, le=5, description="Maturity, 1 = ad hoc, 5 = optimised."
    )


class Process(NodeProperties):
    """A business process: the back stage of a service blueprint."""

    name: Text = Field(description="The process's name.")
    kind: ProcessKind = Field(ProcessKind.CORE, description="Core, support or management process.")
    layer: Layer | None = Field(
        None,
        description="Who performs it: people (business, the default), an application, or "
        "technology.",
    )
    behaviour: Behaviour | None = Field(
        None,
        description="A process (a sequence towards a result, the default), a function "
        "(behaviour grouped by skill or resource) or an interaction (performed together).",
    )


class System(NodeProperties):
    """An application or platform supporting processes."""

    name: Text = Field(description="The system's name.")
    kind: Text | None = Field(None, description="What sort of system, e.g. 'CRM', 'ERP'.")
    lifecycle: SystemLifecycle = Field(
        SystemLifecycle.ACTIVE, description="Plan, active, phase out or retired."
    )
    criticality: int | None = Field(
        None, ge=1, le=5, description="Business criticality, 1 = low, 5 = critical."
    )


class Service(NodeProperties):
    """A service offered by the business, an application or the technology: what its
    users rely on, whoever realizes it."""

    name: Text = Field(description="The service's name.")
    layer: Layer = Field(description="Business, application or technology service.")


class Interface(NodeProperties):
    """A point of access where a system's (or a technology node's) services are offered
    to other systems and processes: an API, a queue, a file drop. A business interface,
    where customers meet the organisation, is a channel."""

    name: Text = Field(description="The interface's name.")
    layer: Layer = Field(Layer.APPLICATION, description="Application or technology interface.")
    protocol: Text | None = Field(None, description="How it is reached, e.g. 'REST', 'SFTP'.")


class DataObject(NodeProperties):
    """Information (or material) the enterprise keeps: a business object, a data object,
    an artifact. Processes and systems read and write it; steps capture or need it."""

    name: Text = Field(description="The data object's name, e.g. 'Customer address'.")
    kind: DataObjectKind = Field(
        DataObjectKind.DATA_OBJECT, description="Business object, data object, artifact, ..."
    )
    classification: Text | None = Field(
        None, description="How sensitive it is, e.g. 'personal', 'public'."
    )


class TechnologyNode(NodeProperties):
    """Technology systems are deployed on: a server, a device, system software, a network."""

    name: Text = Field(description="The technology node's name.")
    kind: TechnologyKind = Field(
        TechnologyKind.NODE, description="Node, device, system software, network, ..."
    )


class Event(NodeProperties):
    """Something that happens and triggers behaviour: a business, application or
    technology event (an event catalogue's entry)."""

    name: Text = Field(description="The event's name, e.g. 'Claim received'.")
    layer: Layer = Field(Layer.BUSINESS, description="Business, application or technology event.")


class Team(NodeProperties):
    """A team, department or role accountable for parts of the graph."""

    name: Text = Field(description="The team's name.")
    kind: Text | None = Field(None, description="Team, department, role, ...")


class ValueStream(NodeProperties):
    """An end-to-end value stream delivering value to a customer."""

    name: Text = Field(description="The value stream's name.")


class ValueStreamStage(NodeProperties):
    """A stage of a value stream."""

    name: Text = Field(description="The stage's name.")
    order: int = Field(
        ge=0, le=INT_MAX, description="Position of the stage within its value stream."
    )


class KPI(NodeProperties):
    """A key performance indicator with a target."""

    name: Text = Field(description="The KPI's name.")
    unit: Text | None = Field(None, description="Unit of measure, e.g. '%', 'min', 'NPS'.")
    target: float | None = Field(None, description="The value aimed at.")
    direction: KpiDirection = Field(
        KpiDirection.HIGHER_IS_BETTER, description="Whether higher or lower values are better."
    )


class Measurement(NodeProperties):
    """One dated value of a KPI."""

    value: float = Field(description="The measured value, in the KPI's unit.")
    at: date = Field(description="The date the value refers to.")


class BacklogItem(NodeProperties):
    """An epic, feature, story or task in a product backlog."""

    title: Text = Field(description="The item's title.")
    kind: BacklogKind = Field(BacklogKind.STORY, description="Epic, feature, story, task or bug.")
    status: BacklogStatus = Field(BacklogStatus.TODO, description="Idea, todo, doing or done.")
    priority: int | None = Field(None, ge=1, le=5, description="Priority, 1 = highest.")
    estimate: float | None = Field(None, ge=0, description="Estimated effort (points or days).")
    # Where the item lives when a tracker (Jira, Azure DevOps) keeps the team's backlog:
    # the tracker import matches items by tracker key, so a re-import updates, never copies.
    tracker: Text | None = Field(
        None, description="The tracker and project the item comes from, e.g. 'jira:CLAIMS'."
    )
    tracker_key: Text | None = Field(
        None, description="The tracker's key for the item, e.g. 'CLAIMS-123' or '4711'."
    )
    opened_at: date | None = Field(None, description="When the item was created in the tracker.")
    started_at: date | None = Field(None, description="When work on the item started.")
    resolved_at: date | None = Field(None, description="When the item was resolved or closed.")


class Opportunity(NodeProperties):
    """An experience gap worth closing."""

    statement: Text = Field(description="What could be improved.")
    value: int | None = Field(None, ge=1, le=5, description="Expected value, 1-5.")
    effort: int | None = Field(None, ge=1, le=5, description="Expected effort, 1-5.")


class View(NodeProperties):
    """A diagram of part of the graph, as a modelling tool draws it (an ArchiMate view):
    the nodes it shows (its ``shows...`` relationships, which "impact of everything on
    this view" starts from) and where it draws them (``diagramNodes``,
    ``diagramConnections``: see graph_api/metamodel/diagram.py)."""

    name: Text = Field(description="The view's name, e.g. 'Claims application landscape'.")
    viewpoint: Text | None = Field(
        None, description="The viewpoint it follows, e.g. 'Application Cooperation'."
    )
    diagram_nodes: tuple[DiagramNode, ...] | None = Field(
        None,
        max_length=MAX_DIAGRAM_NODES,
        description="The boxes drawn: each node shown, note and grouping box, with its bounds.",
    )
    diagram_connections: tuple[DiagramConnection, ...] | None = Field(
        None,
        max_length=MAX_DIAGRAM_CONNECTIONS,
        description="The lines drawn between boxes, each naming the relationship it draws.",
    )

    @field_validator("diagram_nodes")
    @classmethod
    def _boxes_hold_together(cls, value: tuple[DiagramNode, ...] | None) -> Any:
        refused_if(box_problems(value or ()))
        return value or None  # an empty list is stored as none: one way to say "none"

    @field_validator("diagram_connections")
    @classmethod
    def _lines_join_boxes(
        cls, value: tuple[DiagramConnection, ...] | None, info: ValidationInfo
    ) -> Any:
        if "diagram_nodes" in info.data:  # else the boxes' own error is reported
            refused_if(line_problems(info.data["diagram_nodes"] or (), value or ()))
        return value or None
