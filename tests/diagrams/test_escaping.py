"""Names holding what Mermaid reads (``:`` ``;`` ``#`` ``"`` ``%`` ``,`` line breaks,
keywords) still give diagrams that parse, and show the names as given."""

from graph_api.diagrams import blueprint_diagram, impact_diagram, journey_diagram
from graph_api.diagrams.mermaid import node_id
from graph_api.store.base import NodeRef
from graph_api.traversals.impact.result import Hop, ImpactRow
from graph_api.traversals.service_blueprint.result import (
    BlueprintChannel,
    BlueprintDataObject,
    BlueprintEvidence,
    BlueprintGap,
    BlueprintGapKind,
    BlueprintService,
    BlueprintStage,
    BlueprintStep,
    ServiceBlueprint,
)
from tests.diagrams.mermaid_parse import parse_flowchart, parse_journey

NASTY = 'Ask: "why"; #1 at 50% %%{init} a, b\nnext line'
SHOWN = 'Ask: "why"; #1 at 50% %%{init} a, b next line'  # line breaks become spaces


def step(key: str, emotion: int | None, channels: list[str | None]) -> BlueprintStep:
    return BlueprintStep(
        step_key=key,
        evidence=[BlueprintEvidence("ev", "photo")],
        customer_action=NASTY,
        emotion=emotion,
        front_stage=[BlueprintChannel(c, [f"tp-{key}"]) for c in channels],
        back_stage=["proc"],
        support=[],
        gaps=[
            BlueprintGap(BlueprintGapKind.PROCESS_WITHOUT_SYSTEM, key, process_key="proc"),
            BlueprintGap(BlueprintGapKind.TOUCHPOINT_WITHOUT_OWNER, key, f"tp-{key}"),
        ],
        services=[BlueprintService("svc", used_at_step=True, realized_by_processes=["proc"])],
        data=[
            BlueprintDataObject(
                "data", captured_at_touchpoints=[f"tp-{key}"], read_by_processes=["proc"]
            )
        ],
    )


BLUEPRINT = ServiceBlueprint(
    "j",
    [
        BlueprintStage("s1", [step("a", None, ["c1", "c2"]), step("b", 5, [None])]),
        BlueprintStage("s2", [step("title-deeds", 2, [])]),
    ],
)
LABELS = {
    NodeRef("Journey", "j"): NASTY,
    NodeRef("Stage", "s1"): "Section one: #start; 100%",
    NodeRef("Stage", "s2"): "title",
    NodeRef("Step", "a"): NASTY,
    NodeRef("Step", "b"): "Journey planner",
    NodeRef("Step", "title-deeds"): "Title deeds: check",
    NodeRef("Channel", "c1"): 'Web, "app" & <b>chat</b>',
    NodeRef("Channel", "c2"): "Phone; 24:7 #line",
    NodeRef("Process", "proc"): NASTY,
    NodeRef("Touchpoint", "tp-a"): NASTY,
    NodeRef("Evidence", "ev"): "`markdown` #quot; raw",
    NodeRef("Service", "svc"): "Repair (24/7) & <i>more</i>; `fast`",
    NodeRef("DataObject", "data"): "%%{init: x}%% #35; record",
}


def test_journey_with_nasty_names_parses_to_those_names() -> None:
    chart = parse_journey(journey_diagram(BLUEPRINT, LABELS))
    assert chart.title == SHOWN
    assert [s.name for s in chart.sections] == ["Section one: #start; 100%", "title"]
    tasks = [t for s in chart.sections for t in s.tasks]
    assert [(t.name, t.score) for t in tasks] == [
        (SHOWN, 3),
        ("Journey planner", 5),
        ("Title deeds: check", 2),
    ]
    assert tasks[0].actors == ['Web, "app" & <b>chat</b>', "Phone; 24:7 #line"]
    assert tasks[1].actors == ["Customer"]  # a touchpoint without a channel
    assert tasks[2].actors == ["Customer"]  # no touchpoint


def test_blueprint_with_nasty_names_parses_to_those_names() -> None:
    chart = parse_flowchart(blueprint_diagram(BLUEPRINT, LABELS))
    lane = chart.nodes[node_id("Step", "a", "front_stage_")]
    assert lane.lines == [
        f"{LABELS[NodeRef('Channel', 'c1')]}: {SHOWN}",
        f"{LABELS[NodeRef('Channel', 'c2')]}: {SHOWN}",
    ]
    action = chart.nodes[node_id("Step", "a", "customer_action_")]
    assert action.lines == [f"Section one: #start; 100% - {SHOWN}", SHOWN, "no emotion"]
    evidence = chart.nodes[node_id("Step", "a", "evidence_")]
    assert evidence.lines == ["PHOTO: `markdown` #quot; raw"]
    support = chart.nodes[node_id("Step", "a", "support_data_")]
    assert support.lines == [
        f"Service: Repair (24/7) & <i>more</i>; `fast` (used at the step; realized by {SHOWN})",
        f"Data: %%{{init: x}}%% #35; record (captured at {SHOWN}; read by {SHOWN})",
    ]
    gaps = [n.lines for n in chart.nodes.values() if n.css_class == "gap"]
    assert len(gaps) == 6
    assert [f"Gap: no team owns {SHOWN}"] in gaps and [f"Gap: {SHOWN} uses no system"] in gaps


def test_impact_with_nasty_names_parses_to_those_names() -> None:
    start, hit = NodeRef("Step", "a"), NodeRef("Process", "proc")
    rows = [ImpactRow(hit, 1, [Hop("SERVES", hit, start, False)])]
    chart = parse_flowchart(impact_diagram(start, rows, LABELS))
    assert chart.nodes[node_id("Step", "a")].lines == [f"Step: {SHOWN}"]
    assert chart.nodes[node_id("Process", "proc")].lines == [f"Process: {SHOWN}"]
    assert [(e.source, e.label, e.target) for e in chart.edges] == [
        (node_id("Process", "proc"), "SERVES", node_id("Step", "a"))
    ]


def test_distinct_keys_give_distinct_ids() -> None:
    keys = ["a-b", "a_b", "a.b", "ab", "a-b-c", "a_b-c", "a-b_c", "a.b.c"]
    assert len({node_id("Step", k) for k in keys}) == len(keys)
    assert node_id("Step", "fr-call-support") == "Step_fr_call_support"
