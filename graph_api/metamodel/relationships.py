"""Relationships: every allowed (from kind, type, to kind) triple, in one table.

Each triple also names the GraphQL fields that walk it (``out_field`` on the source
kind, ``in_field`` on the target kind), how many ends each side may have, and which
way a change propagates along it for impact analysis.
"""

from dataclasses import dataclass
from enum import StrEnum


class Propagation(StrEnum):
    """Which end of a relationship is hit when the other end changes."""

    TO_TARGET = "to_target"
    """A change to the source hits the target (a process serves a step: the step is hit)."""
    TO_SOURCE = "to_source"
    """A change to the target hits the source (a process uses a system: the process is hit)."""
    NONE = "none"
    """Changes do not propagate along this relationship."""


@dataclass(frozen=True, slots=True)
class RelationshipSpec:
    """One allowed triple ``(source)-[type]->(target)``."""

    type: str
    source: str
    target: str
    out_field: str
    in_field: str
    description: str
    propagation: Propagation
    single_target: bool = False
    """A source has at most one target through this triple (a touchpoint's channel)."""
    single_source: bool = False
    """A target has at most one source through this triple (a step's stage)."""
    acyclic: bool = False
    """No chain of this triple leads back to where it started: a hierarchy (a process is
    not part of itself, nor of one of its parts). Every write refuses a link closing one."""

    @property
    def triple(self) -> tuple[str, str, str]:
        return (self.source, self.type, self.target)


_T, _S, _N = Propagation.TO_TARGET, Propagation.TO_SOURCE, Propagation.NONE


def _rel(
    type_: str,
    source: str,
    target: str,
    out_field: str,
    in_field: str,
    propagation: Propagation,
    description: str,
    *,
    single_target: bool = False,
    single_source: bool = False,
    acyclic: bool = False,
) -> RelationshipSpec:
    return RelationshipSpec(
        type_,
        source,
        target,
        out_field,
        in_field,
        description,
        propagation,
        single_target,
        single_source,
        acyclic,
    )


_SHOWN: tuple[tuple[str, str], ...] = (
    ("Persona", "Personas"), ("Job", "Jobs"), ("Outcome", "Outcomes"),
    ("Journey", "Journeys"), ("Stage", "Stages"), ("Step", "Steps"),
    ("Channel", "Channels"), ("Touchpoint", "Touchpoints"), ("PainPoint", "PainPoints"),
    ("Evidence", "Evidence"), ("Capability", "Capabilities"), ("Process", "Processes"),
    ("System", "Systems"), ("Team", "Teams"), ("Service", "Services"),
    ("Interface", "Interfaces"), ("DataObject", "DataObjects"),
    ("TechnologyNode", "TechnologyNodes"), ("Event", "Events"),
    ("ValueStream", "ValueStreams"), ("ValueStreamStage", "ValueStreamStages"),
    ("KPI", "Kpis"), ("Measurement", "Measurements"), ("BacklogItem", "BacklogItems"),
    ("Opportunity", "Opportunities"),
)  # fmt: skip
"""Every kind a view can show (every kind but View), with its plural for the field name."""

SHOWN_KINDS: frozenset[str] = frozenset(kind for kind, _ in _SHOWN)

# One triple per entry: type, source, target, out field, in field, propagation, description,
# cardinality, whether it is a hierarchy (acyclic). Kept to one or two lines each so that it
# reads as a table.
# fmt: off
RELATIONSHIPS: tuple[RelationshipSpec, ...] = (
    _rel("HAS_JOB", "Persona", "Job", "jobs", "personas", _S,
         "The persona has this job to be done."),
    _rel("HAS_OUTCOME", "Job", "Outcome", "outcomes", "job", _S,
         "A desired outcome of the job.", single_source=True),
    _rel("FOR_PERSONA", "Journey", "Persona", "persona", "journeys", _T,
         "The persona whose journey this is.", single_target=True),
    _rel("ACCOMPLISHES", "Journey", "Job", "jobs", "journeys", _T,
         "The job the journey gets done."),
    _rel("HAS_STAGE", "Journey", "Stage", "stages", "journey", _S,
         "A stage of the journey.", single_source=True),
    _rel("HAS_STAGE", "ValueStream", "ValueStreamStage", "stages", "valueStream", _S,
         "A stage of the value stream.", single_source=True),
    _rel("HAS_STEP", "Stage", "Step", "steps", "stage", _S,
         "A step within the stage.", single_source=True),
    _rel("NEXT", "Step", "Step", "next", "previous", _N,
         "The step that follows (branches allowed)."),
    _rel("NEXT", "ValueStreamStage", "ValueStreamStage", "next", "previous", _N,
         "The value-stream stage that follows."),
    _rel("HAS_TOUCHPOINT", "Step", "Touchpoint", "touchpoints", "step", _S,
         "A touchpoint where the step happens.", single_source=True),
    _rel("ON_CHANNEL", "Touchpoint", "Channel", "channel", "touchpoints", _S,
         "The channel the touchpoint happens on.", single_target=True),
    _rel("PURSUES", "Step", "Outcome", "outcomes", "steps", _T,
         "A desired outcome the customer pursues at this step."),
    _rel("AFFECTS", "PainPoint", "Step", "steps", "painPoints", _N, "A step the pain affects."),
    _rel("AFFECTS", "PainPoint", "Touchpoint", "touchpoints", "painPoints", _N,
         "A touchpoint the pain affects."),
    _rel("SUPPORTS", "Evidence", "Step", "steps", "evidence", _N, "A step the evidence supports."),
    _rel("SUPPORTS", "Evidence", "Touchpoint", "touchpoints", "evidence", _N,
         "A touchpoint the evidence supports."),
    _rel("SUPPORTS", "Evidence", "PainPoint", "painPoints", "evidence", _N,
         "A pain point the evidence supports."),
    _rel("SUPPORTS", "Evidence", "Outcome", "outcomes", "evidence", _N,
         "A desired outcome the evidence supports."),
    _rel("SERVES", "Process", "Touchpoint", "touchpoints", "processes", _T,
         "A touchpoint the process serves."),
    _rel("SERVES", "Process", "Step", "steps", "processes", _T, "A step the process serves."),
    _rel("REALIZES", "Process", "Capability", "capabilities", "processes", _T,
         "A capability the process realizes."),
    _rel("USES", "Process", "System", "systems", "processes", _S, "A system the process uses."),
    _rel("PART_OF", "Process", "Process", "parent", "children", _T,
         "The larger process this one is part of.", single_target=True, acyclic=True),
    _rel("PART_OF", "Capability", "Capability", "parent", "children", _T,
         "The parent capability in the capability map.", single_target=True, acyclic=True),
    _rel("PART_OF", "BacklogItem", "BacklogItem", "parent", "children", _T,
         "The larger backlog item (epic, feature) this one belongs to.",
         single_target=True, acyclic=True),
    _rel("OWNS", "Team", "Journey", "journeys", "owners", _S, "A journey the team owns."),
    _rel("OWNS", "Team", "Step", "steps", "owners", _S, "A step the team owns."),
    _rel("OWNS", "Team", "Process", "processes", "owners", _S, "A process the team owns."),
    _rel("OWNS", "Team", "Capability", "capabilities", "owners", _S, "A capability the team owns."),
    _rel("OWNS", "Team", "System", "systems", "owners", _S, "A system the team owns."),
    _rel("OWNS", "Team", "KPI", "kpis", "owners", _S, "A KPI the team owns."),
    _rel("OWNS", "Team", "ValueStream", "valueStreams", "owners", _S,
         "A value stream the team owns."),
    _rel("ENABLED_BY", "ValueStreamStage", "Capability", "capabilities", "valueStreamStages", _S,
         "A capability that enables the value-stream stage."),
    _rel("MAPS_TO", "Stage", "ValueStreamStage", "valueStreamStages", "journeyStages", _S,
         "A value-stream stage this journey stage maps to."),
    _rel("MEASURES", "KPI", "Process", "processes", "kpis", _S, "A process the KPI measures."),
    _rel("MEASURES", "KPI", "ValueStreamStage", "valueStreamStages", "kpis", _S,
         "A value-stream stage the KPI measures."),
    _rel("MEASURES", "KPI", "Step", "steps", "kpis", _S, "A step the KPI measures."),
    _rel("MEASURES", "KPI", "Touchpoint", "touchpoints", "kpis", _S,
         "A touchpoint the KPI measures."),
    _rel("MEASURES", "KPI", "Journey", "journeys", "kpis", _S, "A journey the KPI measures."),
    _rel("HAS_MEASUREMENT", "KPI", "Measurement", "measurements", "kpi", _N,
         "A dated value of the KPI.", single_source=True),
    _rel("ADDRESSES", "BacklogItem", "PainPoint", "painPoints", "backlogItems", _N,
         "A pain point the item addresses."),
    _rel("ADDRESSES", "BacklogItem", "Step", "steps", "backlogItems", _N,
         "A step the item addresses."),
    _rel("ADDRESSES", "BacklogItem", "Outcome", "outcomes", "backlogItems", _N,
         "A desired outcome the item addresses."),
    _rel("ADDRESSES", "BacklogItem", "Opportunity", "opportunities", "backlogItems", _N,
         "An opportunity the item addresses."),
    _rel("CHANGES", "BacklogItem", "Process", "changesProcesses", "changedBy", _S,
         "A process the item changes."),
    _rel("CHANGES", "BacklogItem", "System", "changesSystems", "changedBy", _S,
         "A system the item changes."),
    _rel("CHANGES", "BacklogItem", "Capability", "changesCapabilities", "changedBy", _S,
         "A capability the item changes."),
    _rel("CHANGES", "BacklogItem", "Touchpoint", "changesTouchpoints", "changedBy", _S,
         "A touchpoint the item changes."),
    _rel("ARISES_AT", "Opportunity", "Step", "steps", "opportunities", _N,
         "A step where the opportunity arises."),
    _rel("TARGETS", "Opportunity", "Outcome", "outcomes", "opportunities", _N,
         "A desired outcome the opportunity targets."),
    _rel("RELIEVES", "Opportunity", "PainPoint", "painPoints", "opportunities", _N,
         "A pain point the opportunity relieves."),
    # The enterprise side in depth: what depends on what, so that impact follows it.
    # Systems on systems: serving, data flow, triggering, composition, interfaces.
    _rel("SERVES", "System", "System", "servesSystems", "servedBySystems", _T,
         "A system this one serves (which depends on it)."),
    _rel("FLOWS_TO", "System", "System", "flowsTo", "flowsFrom", _T,
         "A system this one sends data to."),
    _rel("TRIGGERS", "System", "System", "triggers", "triggeredBy", _T,
         "A system this one triggers."),
    _rel("PART_OF", "System", "System", "parent", "children", _T,
         "The larger system this one is a component of.", single_target=True, acyclic=True),
    _rel("EXPOSES", "System", "Interface", "interfaces", "system", _T,
         "An interface through which the system offers its services.", single_source=True),
    _rel("SERVES", "Interface", "System", "servesSystems", "servedByInterfaces", _T,
         "A system that uses this interface."),
    _rel("SERVES", "Interface", "Process", "servesProcesses", "servedByInterfaces", _T,
         "A process that uses this interface."),
    # Processes on processes: the process map, and the events between them.
    _rel("FLOWS_TO", "Process", "Process", "flowsTo", "flowsFrom", _T,
         "A process this one hands work or information to."),
    _rel("TRIGGERS", "Process", "Process", "triggers", "triggeredBy", _T,
         "A process this one starts."),
    _rel("TRIGGERS", "Process", "Event", "raisesEvents", "raisedByProcesses", _T,
         "An event the process raises."),
    _rel("TRIGGERS", "System", "Event", "raisesEvents", "raisedBySystems", _T,
         "An event the system raises."),
    _rel("TRIGGERS", "Step", "Event", "raisesEvents", "raisedBySteps", _T,
         "An event that arises at this step."),
    _rel("TRIGGERS", "Event", "Process", "triggersProcesses", "triggeredByEvents", _T,
         "A process the event starts."),
    _rel("TRIGGERS", "Event", "System", "triggersSystems", "triggeredByEvents", _T,
         "A system the event starts."),
    # Services: realized by processes, systems and technology; used by processes,
    # systems, steps and touchpoints.
    _rel("REALIZES", "Process", "Service", "realizesServices", "realizedByProcesses", _T,
         "A business service the process realizes."),
    _rel("REALIZES", "System", "Service", "realizesServices", "realizedBySystems", _T,
         "An application service the system realizes."),
    _rel("REALIZES", "TechnologyNode", "Service", "realizesServices",
         "realizedByTechnology", _T, "A technology service the node realizes."),
    _rel("REALIZES", "System", "Capability", "capabilities", "systems", _T,
         "A capability the system realizes."),
    _rel("REALIZES", "Service", "Capability", "capabilities", "services", _T,
         "A capability the service realizes."),
    _rel("USES", "Process", "Service", "usesServices", "usedByProcesses", _S,
         "A service the process uses."),
    _rel("USES", "System", "Service", "usesServices", "usedBySystems", _S,
         "A service the system uses."),
    _rel("USES", "Step", "Service", "usesServices", "usedBySteps", _S,
         "A service the customer uses at this step."),
    _rel("USES", "Touchpoint", "Service", "usesServices", "usedByTouchpoints", _S,
         "A service the touchpoint offers or relies on."),
    _rel("USES", "System", "TechnologyNode", "usesTechnology", "usedBySystems", _S,
         "Technology the system relies on (a platform, a network)."),
    # Data: who reads and writes it, where customers give it or need it.
    _rel("READS", "Process", "DataObject", "reads", "readByProcesses", _S,
         "Data the process reads."),
    _rel("READS", "System", "DataObject", "reads", "readBySystems", _S,
         "Data the system reads."),
    _rel("WRITES", "Process", "DataObject", "writes", "writtenByProcesses", _T,
         "Data the process creates or changes."),
    _rel("WRITES", "System", "DataObject", "writes", "writtenBySystems", _T,
         "Data the system creates or changes."),
    _rel("NEEDS", "Step", "DataObject", "needsData", "neededBySteps", _S,
         "Data the step needs (shown to or used for the customer)."),
    _rel("NEEDS", "Touchpoint", "DataObject", "needsData", "neededByTouchpoints", _S,
         "Data the touchpoint needs."),
    _rel("CAPTURES", "Step", "DataObject", "capturesData", "capturedBySteps", _T,
         "Data the customer gives at this step."),
    _rel("CAPTURES", "Touchpoint", "DataObject", "capturesData", "capturedByTouchpoints", _T,
         "Data the touchpoint captures."),
    # Technology: where systems and artifacts run.
    _rel("DEPLOYED_ON", "System", "TechnologyNode", "deployedOn", "deployedSystems", _S,
         "Technology the system is deployed on (its outage reaches the system)."),
    _rel("DEPLOYED_ON", "DataObject", "TechnologyNode", "deployedOn", "deployedData", _S,
         "Technology the artifact or data is stored on."),
    _rel("DEPLOYED_ON", "TechnologyNode", "TechnologyNode", "deployedOn", "deployedNodes", _S,
         "Technology this node runs in or on (a cluster in a data centre): its outage "
         "reaches this node."),
    _rel("SERVES", "TechnologyNode", "TechnologyNode", "servesNodes", "servedByNodes", _T,
         "A technology node this one serves (a network, a platform)."),
    # Organisation: teams within teams, roles played by actors, and what they own.
    _rel("PART_OF", "Team", "Team", "parent", "children", _T,
         "The larger team or department this one belongs to.",
         single_target=True, acyclic=True),
    _rel("PLAYS", "Team", "Team", "roles", "playedBy", _N,
         "A role (a team of kind 'role') this actor plays."),
    _rel("OWNS", "Team", "Service", "services", "owners", _S, "A service the team owns."),
    _rel("OWNS", "Team", "DataObject", "dataObjects", "owners", _S,
         "A data object the team owns."),
    _rel("OWNS", "Team", "TechnologyNode", "technologyNodes", "owners", _S,
         "A technology node the team owns."),
    # Work packages: backlog items that change the new parts too.
    _rel("CHANGES", "BacklogItem", "Service", "changesServices", "changedBy", _S,
         "A service the item changes."),
    _rel("CHANGES", "BacklogItem", "DataObject", "changesDataObjects", "changedBy", _S,
         "A data object the item changes."),
    _rel("CHANGES", "BacklogItem", "TechnologyNode", "changesTechnologyNodes", "changedBy", _S,
         "A technology node the item changes."),
    # Views: the nodes a diagram shows (graph_api.metamodel.diagram lays them out).
    *(
        _rel("SHOWS", "View", kind, f"shows{plural}", "views", _N,
             f"A {kind} the view shows.")
        for kind, plural in _SHOWN
    ),
)
# fmt: on
