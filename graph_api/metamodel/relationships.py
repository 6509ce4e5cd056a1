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
    description: str,
    propagation: Propagation,
    *,
    single_target: bool = False,
    single_source: bool = False,
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
    )


RELATIONSHIPS: tuple[RelationshipSpec, ...] = (
    _rel(
        "HAS_JOB", "Persona", "Job", "jobs", "personas", "The persona has this job to be done.", _S
    ),
    _rel(
        "HAS_OUTCOME",
        "Job",
        "Outcome",
        "outcomes",
        "job",
        "A desired outcome of the job.",
        _S,
        single_source=True,
    ),
    _rel(
        "FOR_PERSONA",
        "Journey",
        "Persona",
        "persona",
        "journeys",
        "The persona whose journey this is.",
        _T,
        single_target=True,
    ),
    _rel(
        "ACCOMPLISHES", "Journey", "Job", "jobs", "journeys", "The job the journey gets done.", _T
    ),
    _rel(
        "HAS_STAGE",
        "Journey",
        "Stage",
        "stages",
        "journey",
        "A stage of the journey.",
        _S,
        single_source=True,
    ),
    _rel(
        "HAS_STAGE",
        "ValueStream",
        "ValueStreamStage",
        "stages",
        "valueStream",
        "A stage of the value stream.",
        _S,
        single_source=True,
    ),
    _rel(
        "HAS_STEP",
        "Stage",
        "Step",
        "steps",
        "stage",
        "A step within the stage.",
        _S,
        single_source=True,
    ),
    _rel(
        "NEXT", "Step", "Step", "next", "previous", "The step that follows (branches allowed).", _N
    ),
    _rel(
        "NEXT",
        "ValueStreamStage",
        "ValueStreamStage",
        "next",
        "previous",
        "The value-stream stage that follows.",
        _N,
    ),
    _rel(
        "HAS_TOUCHPOINT",
        "Step",
        "Touchpoint",
        "touchpoints",
        "step",
        "A touchpoint where the step happens.",
        _S,
        single_source=True,
    ),
    _rel(
        "ON_CHANNEL",
        "Touchpoint",
        "Channel",
        "channel",
        "touchpoints",
        "The channel the touchpoint happens on.",
        _S,
        single_target=True,
    ),
    _rel(
        "PURSUES",
        "Step",
        "Outcome",
        "outcomes",
        "steps",
        "A desired outcome the customer pursues at this step.",
        _T,
    ),
    _rel("AFFECTS", "PainPoint", "Step", "steps", "painPoints", "A step the pain affects.", _N),
    _rel(
        "AFFECTS",
        "PainPoint",
        "Touchpoint",
        "touchpoints",
        "painPoints",
        "A touchpoint the pain affects.",
        _N,
    ),
    _rel("SUPPORTS", "Evidence", "Step", "steps", "evidence", "A step the evidence supports.", _N),
    _rel(
        "SUPPORTS",
        "Evidence",
        "Touchpoint",
        "touchpoints",
        "evidence",
        "A touchpoint the evidence supports.",
        _N,
    ),
    _rel(
        "SUPPORTS",
        "Evidence",
        "PainPoint",
        "painPoints",
        "evidence",
        "A pain point the evidence supports.",
        _N,
    ),
    _rel(
        "SUPPORTS",
        "Evidence",
        "Outcome",
        "outcomes",
        "evidence",
        "A desired outcome the evidence supports.",
        _N,
    ),
    _rel(
        "SERVES",
        "Process",
        "Touchpoint",
        "touchpoints",
        "processes",
        "A touchpoint the process serves.",
        _T,
    ),
    _rel("SERVES", "Process", "Step", "steps", "processes", "A step the process serves.", _T),
    _rel(
        "REALIZES",
        "Process",
        "Capability",
        "capabilities",
        "processes",
        "A capability the process realizes.",
        _T,
    ),
    _rel("USES", "Process", "System", "systems", "processes", "A system the process uses.", _S),
    _rel(
        "PART_OF",
        "Process",
        "Process",
        "parent",
        "children",
        "The larger process this one is part of.",
        _T,
        single_target=True,
    ),
    _rel(
        "PART_OF",
        "Capability",
        "Capability",
        "parent",
        "children",
        "The parent capability in the capability map.",
        _T,
        single_target=True,
    ),
    _rel(
        "PART_OF",
        "BacklogItem",
        "BacklogItem",
        "parent",
        "children",
        "The larger backlog item (epic, feature) this one belongs to.",
        _T,
        single_target=True,
    ),
    _rel("OWNS", "Team", "Journey", "journeys", "owners", "A journey the team owns.", _S),
    _rel("OWNS", "Team", "Step", "steps", "owners", "A step the team owns.", _S),
    _rel("OWNS", "Team", "Process", "processes", "owners", "A process the team owns.", _S),
    _rel("OWNS", "Team", "Capability", "capabilities", "owners", "A capability the team owns.", _S),
    _rel("OWNS", "Team", "System", "systems", "owners", "A system the team owns.", _S),
    _rel("OWNS", "Team", "KPI", "kpis", "owners", "A KPI the team owns.", _S),
    _rel(
        "OWNS", "Team", "ValueStream", "valueStreams", "owners", "A value stream the team owns.", _S
    ),
    _rel(
        "ENABLED_BY",
        "ValueStreamStage",
        "Capability",
        "capabilities",
        "valueStreamStages",
        "A capability that enables the value-stream stage.",
        _S,
    ),
    _rel(
        "MAPS_TO",
        "Stage",
        "ValueStreamStage",
        "valueStreamStages",
        "journeyStages",
        "A value-stream stage this journey stage maps to.",
        _S,
    ),
    _rel("MEASURES", "KPI", "Process", "processes", "kpis", "A process the KPI measures.", _S),
    _rel(
        "MEASURES",
        "KPI",
        "ValueStreamStage",
        "valueStreamStages",
        "kpis",
        "A value-stream stage the KPI measures.",
        _S,
    ),
    _rel("MEASURES", "KPI", "Step", "steps", "kpis", "A step the KPI measures.", _S),
    _rel(
        "MEASURES", "KPI", "Touchpoint", "touchpoints", "kpis", "A touchpoint the KPI measures.", _S
    ),
    _rel("MEASURES", "KPI", "Journey", "journeys", "kpis", "A journey the KPI measures.", _S),
    _rel(
        "HAS_MEASUREMENT",
        "KPI",
        "Measurement",
        "measurements",
        "kpi",
        "A dated value of the KPI.",
        _N,
        single_source=True,
    ),
    _rel(
        "ADDRESSES",
        "BacklogItem",
        "PainPoint",
        "painPoints",
        "backlogItems",
        "A pain point the item addresses.",
        _N,
    ),
    _rel(
        "ADDRESSES",
        "BacklogItem",
        "Step",
        "steps",
        "backlogItems",
        "A step the item addresses.",
        _N,
    ),
    _rel(
        "ADDRESSES",
        "BacklogItem",
        "Outcome",
        "outcomes",
        "backlogItems",
        "A desired outcome the item addresses.",
        _N,
    ),
    _rel(
        "ADDRESSES",
        "BacklogItem",
        "Opportunity",
        "opportunities",
        "backlogItems",
        "An opportunity the item addresses.",
        _N,
    ),
    _rel(
        "CHANGES",
        "BacklogItem",
        "Process",
        "changesProcesses",
        "changedBy",
        "A process the item changes.",
        _S,
    ),
    _rel(
        "CHANGES",
        "BacklogItem",
        "System",
        "changesSystems",
        "changedBy",
        "A system the item changes.",
        _S,
    ),
    _rel(
        "CHANGES",
        "BacklogItem",
        "Capability",
        "changesCapabilities",
        "changedBy",
        "A capability the item changes.",
        _S,
    ),
    _rel(
        "CHANGES",
        "BacklogItem",
        "Touchpoint",
        "changesTouchpoints",
        "changedBy",
        "A touchpoint the item changes.",
        _S,
    ),
    _rel(
        "ARISES_AT",
        "Opportunity",
        "Step",
        "steps",
        "opportunities",
        "A step where the opportunity arises.",
        _N,
    ),
    _rel(
        "TARGETS",
        "Opportunity",
        "Outcome",
        "outcomes",
        "opportunities",
        "A desired outcome the opportunity targets.",
        _N,
    ),
    _rel(
        "RELIEVES",
        "Opportunity",
        "PainPoint",
        "painPoints",
        "opportunities",
        "A pain point the opportunity relieves.",
        _N,
    ),
)
