"""A service blueprint as a Mermaid ``flowchart LR``: one subgraph per lane, gaps marked.

Lanes, top to bottom, each a subgraph holding one node per step of the journey, in the
journey's order (stages by ``order``, then steps by ``order``):

========================= ============================================================
lane (subgraph id)        a step's node shows
========================= ============================================================
``lane_evidence``         each piece of evidence: its kind (``PHOTO``) and label
``lane_customer_action``  the stage and step, the customer action, the emotion
``lane_front_stage``      per channel, its touchpoints (``no channel`` last)
``lane_back_stage``       the processes serving the step or its touchpoints
``lane_support``          the systems those processes use
``lane_support_data``     the services and data of the support lane, one line each:
                          ``Service: name (how)`` then ``Data: name (how)``, ``how``
                          saying what links it to the step (``used at the step;
                          realized by CRM``, see :mod:`~graph_api.diagrams.support_lane`)
========================= ============================================================

Every lane holds one node per step, whatever it lists: the diagram has (lanes x steps)
nodes plus one per gap, so a journey with many systems, services or data objects gives
longer labels, not more nodes or links.

A step's node in lane ``L`` has the id ``L_`` + the step's id (e.g.
``front_stage_Step_fr_call_support``). The customer-action nodes are joined by arrows
(``-->``) in journey order; the nodes of the other lanes by invisible links (``~~~``),
which keep every lane in the same order so that a step's nodes line up.

**Gaps**: each gap of the blueprint is one node of class ``gap`` (a ``classDef gap``
line draws it red and dashed), in the lane where something is missing, joined to that
lane's node of the step by a dotted link (``-.-``):

================================ ============ ===========================================
gap kind                         lane         id
================================ ============ ===========================================
``STEP_WITHOUT_EVIDENCE``        evidence     ``gap_step_without_evidence_`` + step id
``TOUCHPOINT_WITHOUT_OWNER``     front stage  ``gap_touchpoint_without_owner_`` + step id
                                              + ``_`` + touchpoint id
``STEP_WITHOUT_PROCESS``         back stage   ``gap_step_without_process_`` + step id
``PROCESS_WITHOUT_SYSTEM``       support      ``gap_process_without_system_`` + step id
                                              + ``_`` + process id
================================ ============ ===========================================

**Stale evidence** (only when the diagram is asked for it, with an
:class:`~graph_api.traversals.evidence_age.EvidenceAge`): each step whose evidence is
stale (``BlueprintStep.evidence_freshness``) gets one node of class ``stale`` (a
``classDef stale`` line draws it amber and dashed) in the evidence lane, with the id
``stale_evidence_`` + step id, saying the latest day its evidence was collected, joined to
the step's evidence node by a dotted link. Without an age the diagram has no such node
and no ``classDef stale`` line.
"""

from graph_api.diagrams.labels import Labels, label
from graph_api.diagrams.mermaid import flowchart_label, node_id
from graph_api.diagrams.support_lane import support_entries, support_lane_refs
from graph_api.store.base import NodeRef
from graph_api.traversals.evidence_age import EvidenceAge, EvidenceFreshness
from graph_api.traversals.service_blueprint.result import (
    BlueprintGap,
    BlueprintGapKind,
    BlueprintStage,
    BlueprintStep,
    ServiceBlueprint,
)

LANES = (
    ("evidence", "Evidence"),
    ("customer_action", "Customer action"),
    ("front_stage", "Front stage"),
    ("back_stage", "Back stage"),
    ("support", "Support"),
    ("support_data", "Support services and data"),
)
"""Each lane's id (its subgraph is ``lane_`` + id) and title, top to bottom."""

GAP_LANES = {
    BlueprintGapKind.STEP_WITHOUT_EVIDENCE: "evidence",
    BlueprintGapKind.TOUCHPOINT_WITHOUT_OWNER: "front_stage",
    BlueprintGapKind.STEP_WITHOUT_PROCESS: "back_stage",
    BlueprintGapKind.PROCESS_WITHOUT_SYSTEM: "support",
}
"""The lane where each kind of gap is drawn."""

GAP_STYLE = "classDef gap fill:#fdecea,stroke:#c62828,stroke-width:2px,stroke-dasharray:5 5"
STALE_STYLE = "classDef stale fill:#fff8e1,stroke:#ef6c00,stroke-width:2px,stroke-dasharray:3 3"


def blueprint_refs(blueprint: ServiceBlueprint) -> list[NodeRef]:
    """The nodes whose labels :func:`blueprint_diagram` shows."""
    refs: list[NodeRef] = []
    for stage in blueprint.stages:
        refs.append(NodeRef("Stage", stage.stage_key))
        for step in stage.steps:
            refs.append(NodeRef("Step", step.step_key))
            refs.extend(NodeRef("Evidence", e.key) for e in step.evidence)
            for lane in step.front_stage:
                if lane.channel_key is not None:
                    refs.append(NodeRef("Channel", lane.channel_key))
                refs.extend(NodeRef("Touchpoint", key) for key in lane.touchpoint_keys)
            refs.extend(NodeRef("Process", key) for key in step.back_stage)
            refs.extend(NodeRef("System", key) for key in step.support)
            refs.extend(support_lane_refs(step))
    return list(dict.fromkeys(refs))


def lane_node_id(lane: str, step_key: str) -> str:
    """The id of the node of step ``step_key`` in ``lane``."""
    return node_id("Step", step_key, prefix=f"{lane}_")


def gap_node_id(gap: BlueprintGap) -> str:
    """The id of the node that marks ``gap``."""
    parts = [node_id("Step", gap.step_key, prefix=f"gap_{gap.kind.value}_")]
    if gap.touchpoint_key is not None:
        parts.append(node_id("Touchpoint", gap.touchpoint_key))
    if gap.process_key is not None:
        parts.append(node_id("Process", gap.process_key))
    return "_".join(parts)


def stale_node_id(step_key: str) -> str:
    """The id of the node that marks the stale evidence of step ``step_key``."""
    return node_id("Step", step_key, prefix="stale_evidence_")


def stale_text(freshness: EvidenceFreshness, age: EvidenceAge) -> str:
    """How a step's stale evidence is worded, in the diagram and on the /ui journey map."""
    if freshness.latest_date is not None:
        return f"Stale evidence: latest {freshness.latest_date.isoformat()}"
    return f"Stale evidence: none dated by {age.as_of.isoformat()}"


def _gap_text(gap: BlueprintGap, labels: Labels) -> str:
    match gap.kind:
        case BlueprintGapKind.STEP_WITHOUT_EVIDENCE:
            return "Gap: no evidence"
        case BlueprintGapKind.TOUCHPOINT_WITHOUT_OWNER:
            touchpoint = label(labels, NodeRef("Touchpoint", gap.touchpoint_key or ""))
            return f"Gap: no team owns {touchpoint}"
        case BlueprintGapKind.STEP_WITHOUT_PROCESS:
            return "Gap: no process serves the step"
        case BlueprintGapKind.PROCESS_WITHOUT_SYSTEM:
            process = label(labels, NodeRef("Process", gap.process_key or ""))
            return f"Gap: {process} uses no system"


def _lane_lines(lane: str, stage: BlueprintStage, step: BlueprintStep, labels: Labels) -> list[str]:
    def names(kind: str, keys: list[str]) -> str:
        return ", ".join(label(labels, NodeRef(kind, key)) for key in keys)

    def channel_name(key: str | None) -> str:
        return label(labels, NodeRef("Channel", key)) if key is not None else "no channel"

    match lane:
        case "evidence":
            return [
                f"{e.kind.upper()}: {label(labels, NodeRef('Evidence', e.key))}"
                for e in step.evidence
            ] or ["no evidence"]
        case "customer_action":
            emotion = f"emotion {step.emotion}/5" if step.emotion is not None else "no emotion"
            return [
                f"{label(labels, NodeRef('Stage', stage.stage_key))} - "
                f"{label(labels, NodeRef('Step', step.step_key))}",
                *([step.customer_action] if step.customer_action else []),
                emotion,
            ]
        case "front_stage":
            return [
                f"{channel_name(c.channel_key)}: {names('Touchpoint', c.touchpoint_keys)}"
                for c in step.front_stage
            ] or ["no touchpoint"]
        case "back_stage":
            return [label(labels, NodeRef("Process", key)) for key in step.back_stage] or [
                "no process"
            ]
        case "support":
            return [label(labels, NodeRef("System", key)) for key in step.support] or ["no system"]
        case _:
            return [
                f"{entry.kind_word}: {entry.name} ({entry.how})"
                for entry in support_entries(step, labels)
            ] or ["no service or data"]


def blueprint_diagram(
    blueprint: ServiceBlueprint, labels: Labels, stale_age: EvidenceAge | None = None
) -> str:
    """The Mermaid ``flowchart LR`` text of ``blueprint``; with ``stale_age``, the steps
    whose evidence is stale by it are marked."""
    steps = [(stage, step) for stage in blueprint.stages for step in stage.steps]
    lines = ["flowchart LR", f"  {GAP_STYLE}", *([f"  {STALE_STYLE}"] if stale_age else [])]
    links: list[str] = []
    for lane, title in LANES:
        lines.append(f"  subgraph lane_{lane}[{flowchart_label(title)}]")
        lines.append("    direction LR")
        previous: str | None = None
        for stage, step in steps:
            here = lane_node_id(lane, step.step_key)
            lines.append(f"    {here}[{flowchart_label(*_lane_lines(lane, stage, step, labels))}]")
            if previous is not None:
                arrow = "-->" if lane == "customer_action" else "~~~"
                links.append(f"  {previous} {arrow} {here}")
            for gap in step.gaps:
                if GAP_LANES[gap.kind] == lane:
                    gap_id = gap_node_id(gap)
                    lines.append(f"    {gap_id}[{flowchart_label(_gap_text(gap, labels))}]:::gap")
                    links.append(f"  {here} -.- {gap_id}")
            if lane == "evidence" and stale_age is not None:
                freshness = step.evidence_freshness(stale_age)
                if freshness.stale:
                    stale_id = stale_node_id(step.step_key)
                    text = flowchart_label(stale_text(freshness, stale_age))
                    lines.append(f"    {stale_id}[{text}]:::stale")
                    links.append(f"  {here} -.- {stale_id}")
            previous = here
        lines.append("  end")
    return "\n".join([*lines, *links]) + "\n"
