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
)
# fmt: on
