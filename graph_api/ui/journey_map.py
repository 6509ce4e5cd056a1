"""A journey map and its service blueprint, shaped for the journey page.

Read with the calls the API already makes: the journey (``get_nodes``), its persona
(``neighbours``), its ``service_blueprint`` (stages, steps, emotions, touchpoints by
channel, processes, systems, the services and data of the support lane, evidence and
gaps), the pain points on its steps and on
their touchpoints (``neighbours``, one call each) and the labels of every node shown
(``get_nodes``, one call per kind).

Every column of the page is a step, in the journey's order (stages by ``order``, then
steps by ``order``, as the blueprint has them).
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import quote

from graph_api.diagrams import blueprint_refs, label_of, read_labels
from graph_api.diagrams.blueprint import stale_text
from graph_api.diagrams.labels import label
from graph_api.diagrams.support_lane import support_entries
from graph_api.errors import NotFound
from graph_api.metamodel import relationship_fields
from graph_api.store.base import GraphStore, NodeRecord, NodeRef
from graph_api.traversals import SERVICE_BLUEPRINT
from graph_api.traversals.evidence_age import EvidenceAge
from graph_api.traversals.service_blueprint.result import (
    BlueprintGap,
    BlueprintGapKind,
    BlueprintStep,
)
from graph_api.ui.emotion_curve import EmotionCurve, emotion_curve

NO_CHANNEL = "No channel"


def impact_href(ref: NodeRef) -> str:
    """The page of what a change to ``ref`` hits."""
    return f"/ui/impact/{quote(ref.kind)}/{quote(ref.key)}"


@dataclass(frozen=True, slots=True)
class Pain:
    """A pain point at a step; ``via`` names the touchpoint it affects, if not the step."""

    key: str
    name: str
    severity: int
    description: str | None
    root_cause: str | None
    via: str | None
    worst: bool


@dataclass(frozen=True, slots=True)
class WorstPain:
    """A pain point of the journey's highest severity and the steps it hurts at."""

    pain: Pain
    steps: list[str]


@dataclass(frozen=True, slots=True)
class Item:
    """One entry of a cell: a label, maybe a link, maybe a note (a kind, a channel)."""

    text: str
    href: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Gap:
    """A gap of the blueprint, as the page shows it (kinds spelled as in GraphQL)."""

    kind: str
    step_key: str
    touchpoint_key: str | None
    process_key: str | None
    text: str


@dataclass(frozen=True, slots=True)
class LaneCell:
    items: list[Item]
    gaps: list[Gap]
    empty: str
    """What the cell says when it has no item."""
    stale: str | None = None
    """In the evidence lane, when the step's evidence is all older than the age: the
    blueprint diagram's words for it (``Stale evidence: latest ...``)."""


@dataclass(frozen=True, slots=True)
class Lane:
    key: str
    title: str
    cells: list[LaneCell]


@dataclass(frozen=True, slots=True)
class StepColumn:
    number: int
    key: str
    name: str
    stage_name: str
    customer_action: str | None
    emotion: int | None
    pains: list[Pain]
    touchpoints: dict[str | None, list[Item]]
    """The step's touchpoints on each channel (None: on no channel)."""

    @property
    def worst_severity(self) -> int | None:
        return max((p.severity for p in self.pains), default=None)


@dataclass(frozen=True, slots=True)
class StageSpan:
    key: str
    name: str
    steps: int


@dataclass(frozen=True, slots=True)
class ChannelRow:
    key: str | None
    name: str


@dataclass
class JourneyMap:
    key: str
    name: str
    description: str | None
    state: str
    persona: str | None
    stages: list[StageSpan]
    steps: list[StepColumn]
    channels: list[ChannelRow]
    curve: EmotionCurve
    lanes: list[Lane]
    worst_pains: list["WorstPain"] = field(default_factory=list)
    """The pain points of the highest severity in the journey, by name."""
    gaps: list[Gap] = field(default_factory=list)
    max_age_days: int = 0
    """The age by which the evidence lane marks stale evidence."""

    @property
    def empty_stages(self) -> list[StageSpan]:
        return [s for s in self.stages if not s.steps]


def _gap(gap: BlueprintGap, labels: Mapping[NodeRef, str]) -> Gap:
    match gap.kind:
        case BlueprintGapKind.STEP_WITHOUT_EVIDENCE:
            text = "Gap: no evidence supports this step"
        case BlueprintGapKind.TOUCHPOINT_WITHOUT_OWNER:
            touchpoint = label(labels, NodeRef("Touchpoint", gap.touchpoint_key or ""))
            text = f"Gap: no team owns {touchpoint}"
        case BlueprintGapKind.STEP_WITHOUT_PROCESS:
            text = "Gap: no process serves this step"
        case BlueprintGapKind.PROCESS_WITHOUT_SYSTEM:
            process = label(labels, NodeRef("Process", gap.process_key or ""))
            text = f"Gap: {process} uses no system"
    return Gap(gap.kind.name, gap.step_key, gap.touchpoint_key, gap.process_key, text)


_GAP_LANE = {
    "STEP_WITHOUT_EVIDENCE": "evidence",
    "TOUCHPOINT_WITHOUT_OWNER": "front_stage",
    "STEP_WITHOUT_PROCESS": "back_stage",
    "PROCESS_WITHOUT_SYSTEM": "support",
}


def _lane_items(lane: str, step: BlueprintStep, labels: Mapping[NodeRef, str]) -> list[Item]:
    def named(kind: str, key: str, href: bool = False) -> Item:
        ref = NodeRef(kind, key)
        return Item(label(labels, ref), impact_href(ref) if href else None)

    match lane:
        case "evidence":
            return [
                Item(label(labels, NodeRef("Evidence", e.key)), note=e.kind.replace("_", " "))
                for e in step.evidence
            ]
        case "customer_action":
            return [Item(step.customer_action)] if step.customer_action else []
        case "front_stage":
            return [
                Item(
                    label(labels, NodeRef("Touchpoint", key)),
                    note=label(labels, NodeRef("Channel", c.channel_key))
                    if c.channel_key
                    else NO_CHANNEL.lower(),
                )
                for c in step.front_stage
                for key in c.touchpoint_keys
            ]
        case "back_stage":
            return [named("Process", key, href=True) for key in step.back_stage]
        case "support":
            return [named("System", key, href=True) for key in step.support]
        case _:
            # Each service or data object with what it is and how the step reaches it,
            # worded as the blueprint diagram words it.
            return [
                Item(entry.name, impact_href(entry.ref), f"{entry.kind_word.lower()}: {entry.how}")
                for entry in support_entries(step, labels)
            ]


def _stale(step: BlueprintStep, age: EvidenceAge) -> str | None:
    freshness = step.evidence_freshness(age)
    return stale_text(freshness, age) if freshness.stale else None


LANES = (
    ("evidence", "Evidence", "no evidence"),
    ("customer_action", "Customer action", "no action recorded"),
    ("front_stage", "Front stage", "no touchpoint"),
    ("back_stage", "Back stage", "no process"),
    ("support", "Support", "no system"),
    ("support_data", "Support services and data", "no service or data"),
)
"""The blueprint's lanes, top to bottom: key, title, what an empty cell says."""


def _pains(
    step: BlueprintStep,
    on_step: Iterable[NodeRecord],
    on_touchpoints: Mapping[str, list[NodeRecord]],
    labels: Mapping[NodeRef, str],
) -> list[tuple[NodeRecord, str | None]]:
    """The step's pain points, each once (on the step itself before via a touchpoint)."""
    found: dict[str, tuple[NodeRecord, str | None]] = {p.key: (p, None) for p in on_step}
    for channel in step.front_stage:
        for touchpoint in channel.touchpoint_keys:
            for pain in on_touchpoints.get(touchpoint, []):
                found.setdefault(pain.key, (pain, label(labels, NodeRef("Touchpoint", touchpoint))))
    return sorted(found.values(), key=lambda f: (-int(f[0].props["severity"]), f[0].key))


def _text(record: NodeRecord, name: str) -> str | None:
    value = record.props.get(name)
    return str(value) if value else None


async def journey_map(store: GraphStore, journey_key: str, age: EvidenceAge) -> JourneyMap:
    """The journey map of ``journey_key``, the steps whose evidence is stale by ``age``
    marked; NotFound for an unknown journey."""
    journeys = await store.get_nodes("Journey", [journey_key])
    journey = journeys.get(journey_key)
    blueprint = await store.traverse(SERVICE_BLUEPRINT, journey_key) if journey else None
    if journey is None or blueprint is None:
        raise NotFound("Journey", journey_key)
    persona = await store.neighbours(relationship_fields("Journey")["persona"], [journey_key])
    bp_steps = [(stage, step) for stage in blueprint.stages for step in stage.steps]
    step_keys = [step.step_key for _, step in bp_steps]
    touchpoint_keys = list(
        dict.fromkeys(
            key for _, step in bp_steps for c in step.front_stage for key in c.touchpoint_keys
        )
    )
    step_pains = await store.neighbours(relationship_fields("Step")["painPoints"], step_keys)
    touchpoint_pains = await store.neighbours(
        relationship_fields("Touchpoint")["painPoints"], touchpoint_keys
    )
    labels = await read_labels(store, blueprint_refs(blueprint))

    pains_of = {
        step.step_key: _pains(step, step_pains.get(step.step_key, []), touchpoint_pains, labels)
        for _, step in bp_steps
    }
    worst = max(
        (int(p.props["severity"]) for found in pains_of.values() for p, _ in found), default=None
    )

    def pain(record: NodeRecord, via: str | None) -> Pain:
        severity = int(record.props["severity"])
        return Pain(
            key=record.key,
            name=label_of(record) or record.key,
            severity=severity,
            description=_text(record, "description"),
            root_cause=_text(record, "rootCause"),
            via=via,
            worst=severity == worst,
        )

    channels: dict[str | None, None] = {}
    columns: list[StepColumn] = []
    for number, (stage, step) in enumerate(bp_steps, start=1):
        touchpoints: dict[str | None, list[Item]] = {}
        for c in step.front_stage:
            channels[c.channel_key] = None
            touchpoints[c.channel_key] = [
                Item(label(labels, NodeRef("Touchpoint", key))) for key in c.touchpoint_keys
            ]
        columns.append(
            StepColumn(
                number=number,
                key=step.step_key,
                name=label(labels, NodeRef("Step", step.step_key)),
                stage_name=label(labels, NodeRef("Stage", stage.stage_key)),
                customer_action=step.customer_action,
                emotion=step.emotion,
                pains=[pain(record, via) for record, via in pains_of[step.step_key]],
                touchpoints=touchpoints,
            )
        )
    channel_rows = [
        ChannelRow(key, label(labels, NodeRef("Channel", key)) if key else NO_CHANNEL)
        for key in sorted(channels, key=lambda k: (k is None, k or ""))
    ]
    gaps_by_lane: dict[tuple[str, str], list[Gap]] = {}
    all_gaps: list[Gap] = []
    for gap in blueprint.gaps:
        shown = _gap(gap, labels)
        all_gaps.append(shown)
        gaps_by_lane.setdefault((_GAP_LANE[shown.kind], gap.step_key), []).append(shown)
    lanes = [
        Lane(
            key=lane,
            title=title,
            cells=[
                LaneCell(
                    items=_lane_items(lane, step, labels),
                    gaps=gaps_by_lane.get((lane, step.step_key), []),
                    empty=empty,
                    stale=_stale(step, age) if lane == "evidence" else None,
                )
                for _, step in bp_steps
            ],
        )
        for lane, title, empty in LANES
    ]
    worst_pains: dict[str, WorstPain] = {}
    for column in columns:
        for p in column.pains:
            if p.worst:
                worst_pains.setdefault(p.key, WorstPain(p, [])).steps.append(column.name)
    return JourneyMap(
        key=journey_key,
        name=label_of(journey) or journey_key,
        description=_text(journey, "description"),
        state=str(journey.props.get("state") or ""),
        persona=", ".join(label_of(p) for p in persona.get(journey_key, [])) or None,
        stages=[
            StageSpan(s.stage_key, label(labels, NodeRef("Stage", s.stage_key)), len(s.steps))
            for s in blueprint.stages
        ],
        steps=columns,
        channels=channel_rows,
        curve=emotion_curve([(c.key, c.name, c.emotion) for c in columns]),
        lanes=lanes,
        worst_pains=sorted(worst_pains.values(), key=lambda w: (w.pain.name, w.pain.key)),
        gaps=all_gaps,
        max_age_days=age.max_age_days,
    )
