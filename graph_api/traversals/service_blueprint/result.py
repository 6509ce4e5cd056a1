"""The result of ``serviceBlueprint``, and how gaps are derived from a step's lanes.

Both stores gather the same facts per step (with one traversal each) and hand them to
:func:`blueprint_step`, which shapes the lanes and derives the gaps; so the two stores
cannot disagree on what a gap is.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from graph_api.traversals.evidence_age import EvidenceAge, EvidenceDates, EvidenceFreshness


class BlueprintGapKind(StrEnum):
    """What is missing in a lane of the blueprint, in lane order (top to bottom)."""

    STEP_WITHOUT_EVIDENCE = "step_without_evidence"
    """No evidence supports the step, its touchpoints or its pain points."""
    TOUCHPOINT_WITHOUT_OWNER = "touchpoint_without_owner"
    """No team owns the touchpoint's step and no team owns a process serving it."""
    STEP_WITHOUT_PROCESS = "step_without_process"
    """No process serves the step or any of its touchpoints (empty back stage)."""
    PROCESS_WITHOUT_SYSTEM = "process_without_system"
    """A process of the step's back stage uses no system (empty support lane)."""


_LANE_RANK = {kind: rank for rank, kind in enumerate(BlueprintGapKind)}


@dataclass(frozen=True, slots=True)
class BlueprintGap:
    """One gap at a step; ``touchpoint_key`` / ``process_key`` name the node at fault."""

    kind: BlueprintGapKind
    step_key: str
    touchpoint_key: str | None = None
    process_key: str | None = None


@dataclass(frozen=True, slots=True)
class BlueprintEvidence:
    """A piece of evidence in the evidence lane, and when it was collected (if known)."""

    key: str
    kind: str
    collected_at: date | None = None


@dataclass(frozen=True, slots=True)
class BlueprintChannel:
    """The front stage on one channel: its touchpoints at the step (sorted by key).

    ``channel_key`` is None for touchpoints that have no channel yet.
    """

    channel_key: str | None
    touchpoint_keys: list[str]


@dataclass(frozen=True, slots=True)
class BlueprintService:
    """A service in the support lane, and how the step and its lanes touch it.

    Every key list is sorted. The touchpoints are the step's own; the processes are the
    back stage; the systems are the support lane's.
    """

    service_key: str
    used_at_step: bool = False
    used_at_touchpoints: list[str] = field(default_factory=list)
    used_by_processes: list[str] = field(default_factory=list)
    used_by_systems: list[str] = field(default_factory=list)
    realized_by_processes: list[str] = field(default_factory=list)
    realized_by_systems: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class BlueprintDataObject:
    """A data object in the support lane, and how the step and its lanes touch it.

    Every key list is sorted; touchpoints, processes and systems as in
    :class:`BlueprintService`.
    """

    data_object_key: str
    needed_at_step: bool = False
    needed_at_touchpoints: list[str] = field(default_factory=list)
    captured_at_step: bool = False
    captured_at_touchpoints: list[str] = field(default_factory=list)
    read_by_processes: list[str] = field(default_factory=list)
    read_by_systems: list[str] = field(default_factory=list)
    written_by_processes: list[str] = field(default_factory=list)
    written_by_systems: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class BlueprintStep:
    """The lanes of one step, top to bottom, and its gaps (in lane order, then key).

    ``support`` is the systems of the support lane; ``services`` and ``data`` are the
    services and data objects the lane shows next to them, by key.
    """

    step_key: str
    evidence: list[BlueprintEvidence]
    customer_action: str | None
    emotion: int | None
    front_stage: list[BlueprintChannel]
    back_stage: list[str]
    support: list[str]
    gaps: list[BlueprintGap]
    services: list[BlueprintService] = field(default_factory=list)
    data: list[BlueprintDataObject] = field(default_factory=list)

    def evidence_freshness(self, age: EvidenceAge) -> EvidenceFreshness:
        """The evidence lane against ``age``: the rule coverage's stale steps follow."""
        return EvidenceDates.of(e.collected_at for e in self.evidence).freshness(age)


@dataclass(frozen=True, slots=True)
class BlueprintStage:
    """A journey stage with its steps by ``order``, then key."""

    stage_key: str
    steps: list[BlueprintStep]


@dataclass(frozen=True, slots=True)
class ServiceBlueprint:
    """A journey's service blueprint: its stages by ``order``, then key."""

    journey_key: str
    stages: list[BlueprintStage]

    @property
    def gaps(self) -> list[BlueprintGap]:
        """Every gap of the journey, in stage and step order."""
        return [gap for stage in self.stages for step in stage.steps for gap in step.gaps]


@dataclass(frozen=True, slots=True)
class TouchpointFacts:
    """A touchpoint as the traversals find it."""

    key: str
    channel_key: str | None
    owned: bool
    """Whether a team owns a process serving the touchpoint."""


@dataclass(frozen=True, slots=True)
class SupportLink:
    """A link from the step, one of its touchpoints, a back-stage process or a support
    system (``holder_kind``, ``holder_key``) to a service or a data object
    (``target_key``): ``type`` is USES or REALIZES (a service), NEEDS, CAPTURES, READS or
    WRITES (a data object)."""

    type: str
    holder_kind: str
    holder_key: str
    target_key: str


SERVICE_LINKS = ("USES", "REALIZES")
"""The relationships that put a service in the support lane."""
DATA_LINKS = ("NEEDS", "CAPTURES", "READS", "WRITES")
"""The relationships that put a data object in the support lane."""

# (relationship, holder kind) -> the field of BlueprintService / BlueprintDataObject it
# fills; a link of any other pair (a process USING a system) is no part of the lane.
_SERVICE_FIELDS = {
    ("USES", "Step"): "used_at_step",
    ("USES", "Touchpoint"): "used_at_touchpoints",
    ("USES", "Process"): "used_by_processes",
    ("USES", "System"): "used_by_systems",
    ("REALIZES", "Process"): "realized_by_processes",
    ("REALIZES", "System"): "realized_by_systems",
}
_DATA_FIELDS = {
    ("NEEDS", "Step"): "needed_at_step",
    ("NEEDS", "Touchpoint"): "needed_at_touchpoints",
    ("CAPTURES", "Step"): "captured_at_step",
    ("CAPTURES", "Touchpoint"): "captured_at_touchpoints",
    ("READS", "Process"): "read_by_processes",
    ("READS", "System"): "read_by_systems",
    ("WRITES", "Process"): "written_by_processes",
    ("WRITES", "System"): "written_by_systems",
}
# The fields that say whether the step itself holds the link (the others list holders).
_STEP_FLAGS = {"used_at_step", "needed_at_step", "captured_at_step"}


def _support_entries(
    links: Iterable[SupportLink], fields: Mapping[tuple[str, str], str]
) -> dict[str, dict[str, Any]]:
    """Per target key, the fields its links fill: a flag for the step itself, else the
    sorted keys of the holders."""
    holders: dict[str, dict[str, set[str]]] = {}
    for link in links:
        name = fields.get((link.type, link.holder_kind))
        if name is not None:
            holders.setdefault(link.target_key, {}).setdefault(name, set()).add(link.holder_key)
    return {
        target: {
            name: True if name in _STEP_FLAGS else sorted(keys) for name, keys in by_field.items()
        }
        for target, by_field in sorted(holders.items())
    }


def support_services(links: Iterable[SupportLink]) -> list[BlueprintService]:
    """The services of the support lane, by key, from the step's :class:`SupportLink`."""
    entries = _support_entries(links, _SERVICE_FIELDS)
    return [BlueprintService(key, **found) for key, found in entries.items()]


def support_data(links: Iterable[SupportLink]) -> list[BlueprintDataObject]:
    """The data objects of the support lane, by key, from the step's :class:`SupportLink`."""
    entries = _support_entries(links, _DATA_FIELDS)
    return [BlueprintDataObject(key, **found) for key, found in entries.items()]


def blueprint_step(
    step_key: str,
    props: Mapping[str, Any],
    *,
    step_owned: bool,
    touchpoints: Iterable[TouchpointFacts],
    evidence: Iterable[BlueprintEvidence],
    processes: Mapping[str, Sequence[str]],
    support_links: Iterable[SupportLink] = (),
) -> BlueprintStep:
    """Shape one step's lanes from its facts; ``processes`` maps a process to its systems.

    ``support_links`` are the links of the step, its touchpoints, its processes and their
    systems to services and data objects (:class:`SupportLink`).
    """
    support_links = list(support_links)
    by_channel: dict[str | None, list[str]] = {}
    gaps: list[BlueprintGap] = []
    for touchpoint in touchpoints:
        by_channel.setdefault(touchpoint.channel_key, []).append(touchpoint.key)
        if not step_owned and not touchpoint.owned:
            gaps.append(
                BlueprintGap(BlueprintGapKind.TOUCHPOINT_WITHOUT_OWNER, step_key, touchpoint.key)
            )
    evidence_lane = sorted(set(evidence), key=lambda e: e.key)
    if not evidence_lane:
        gaps.append(BlueprintGap(BlueprintGapKind.STEP_WITHOUT_EVIDENCE, step_key))
    if not processes:
        gaps.append(BlueprintGap(BlueprintGapKind.STEP_WITHOUT_PROCESS, step_key))
    for process, systems in processes.items():
        if not systems:
            gaps.append(
                BlueprintGap(BlueprintGapKind.PROCESS_WITHOUT_SYSTEM, step_key, process_key=process)
            )
    gaps.sort(key=lambda g: (_LANE_RANK[g.kind], g.touchpoint_key or "", g.process_key or ""))
    emotion = props.get("emotion")
    action = props.get("customerAction")
    return BlueprintStep(
        step_key=step_key,
        evidence=evidence_lane,
        customer_action=str(action) if action is not None else None,
        emotion=int(emotion) if emotion is not None else None,
        front_stage=[
            BlueprintChannel(channel, sorted(keys))
            # channels by key; touchpoints without a channel last
            for channel, keys in sorted(
                by_channel.items(), key=lambda i: (i[0] is None, i[0] or "")
            )
        ],
        back_stage=sorted(processes),
        support=sorted({system for systems in processes.values() for system in systems}),
        gaps=gaps,
        services=support_services(support_links),
        data=support_data(support_links),
    )
