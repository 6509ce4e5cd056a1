"""The result of ``serviceBlueprint``, and how gaps are derived from a step's lanes.

Both stores gather the same facts per step (with one traversal each) and hand them to
:func:`blueprint_step`, which shapes the lanes and derives the gaps; so the two stores
cannot disagree on what a gap is.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


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
    """A piece of evidence in the evidence lane."""

    key: str
    kind: str


@dataclass(frozen=True, slots=True)
class BlueprintChannel:
    """The front stage on one channel: its touchpoints at the step (sorted by key).

    ``channel_key`` is None for touchpoints that have no channel yet.
    """

    channel_key: str | None
    touchpoint_keys: list[str]


@dataclass(frozen=True, slots=True)
class BlueprintStep:
    """The lanes of one step, top to bottom, and its gaps (in lane order, then key)."""

    step_key: str
    evidence: list[BlueprintEvidence]
    customer_action: str | None
    emotion: int | None
    front_stage: list[BlueprintChannel]
    back_stage: list[str]
    support: list[str]
    gaps: list[BlueprintGap]


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


def blueprint_step(
    step_key: str,
    props: Mapping[str, Any],
    *,
    step_owned: bool,
    touchpoints: Iterable[TouchpointFacts],
    evidence: Iterable[BlueprintEvidence],
    processes: Mapping[str, Sequence[str]],
) -> BlueprintStep:
    """Shape one step's lanes from its facts; ``processes`` maps a process to its systems."""
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
    )
