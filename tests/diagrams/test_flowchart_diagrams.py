"""``serviceBlueprintDiagram`` and ``impactDiagram`` on the demo model, on every store:
parsed, they hold the lanes and gaps of ``serviceBlueprint`` and the hops of ``impact``."""

from collections import Counter
from itertools import pairwise
from typing import Any

import httpx

from tests.api.helpers import error_code, node_id
from tests.diagrams.mermaid_parse import expected_id, parse_flowchart
from tests.graphql_client import gql, gql_data

BLUEPRINT = """
query($j: ID!) {
  serviceBlueprintDiagram(journeyId: $j)
  serviceBlueprint(journeyId: $j) {
    stages { steps { step { key name } } }
    gaps { kind step { key } touchpoint { key name } process { key name } }
  }
}
"""
LANES = [
    "Evidence",
    "Customer action",
    "Front stage",
    "Back stage",
    "Support",
    "Support services and data",
]
GAP_LANES = {
    "STEP_WITHOUT_EVIDENCE": "lane_evidence",
    "TOUCHPOINT_WITHOUT_OWNER": "lane_front_stage",
    "STEP_WITHOUT_PROCESS": "lane_back_stage",
    "PROCESS_WITHOUT_SYSTEM": "lane_support",
}


async def test_blueprint_lanes_steps_and_gaps(demo_client: httpx.AsyncClient) -> None:
    for journey in ("fault-repair", "new-connection", "bill-and-renew"):
        data = await gql_data(demo_client, BLUEPRINT, j=journey)
        chart = parse_flowchart(data["serviceBlueprintDiagram"])
        blueprint = data["serviceBlueprint"]
        steps = [s["step"] for stage in blueprint["stages"] for s in stage["steps"]]
        assert [title for _, title in chart.subgraphs] == LANES
        for lane, _ in chart.subgraphs:
            prefix = lane.removeprefix("lane_") + "_"
            in_lane = [n for n, node in chart.nodes.items() if node.subgraph == lane]
            step_nodes = [n for n in in_lane if chart.nodes[n].css_class != "gap"]
            assert step_nodes == [expected_id("Step", s["key"], prefix) for s in steps]
        action = [
            (e.source, e.target) for e in chart.edges if e.arrow == "-->"
        ]  # the journey's flow, step after step
        ids = [expected_id("Step", s["key"], "customer_action_") for s in steps]
        assert action == list(pairwise(ids))
        names = [n.lines[0].split(" - ", 1)[1] for n in map(chart.nodes.get, ids) if n]
        assert names == [s["name"] for s in steps]

        # Each gap node hangs off the node of its step in the lane where it is drawn.
        gap_nodes = {n: node for n, node in chart.nodes.items() if node.css_class == "gap"}
        drawn: Counter[tuple[str, str]] = Counter()
        for edge in chart.edges:
            if edge.target in gap_nodes:
                assert edge.arrow == "-.-"
                gap_lane = gap_nodes[edge.target].subgraph
                assert gap_lane is not None and chart.nodes[edge.source].subgraph == gap_lane
                lane = gap_lane
                drawn[(lane, edge.source.removeprefix(lane.removeprefix("lane_") + "_"))] += 1
        assert sum(drawn.values()) == len(gap_nodes)
        expected = Counter(
            (GAP_LANES[g["kind"]], expected_id("Step", g["step"]["key"])) for g in blueprint["gaps"]
        )
        assert drawn == expected
        for gap in blueprint["gaps"]:
            named = gap["touchpoint"] or gap["process"]
            if named is not None:
                assert any(named["name"] in n.lines[0] for n in gap_nodes.values())


async def test_fault_repair_has_its_three_gaps(demo_client: httpx.AsyncClient) -> None:
    data = await gql_data(demo_client, BLUEPRINT, j="fault-repair")
    gaps = [
        n.lines
        for n in parse_flowchart(data["serviceBlueprintDiagram"]).nodes.values()
        if n.css_class == "gap"
    ]
    assert len(gaps) == len(data["serviceBlueprint"]["gaps"]) == 3
    assert ["Gap: no team owns Online compensation claim form"] in gaps


SUPPORT_LANE = """
query($j: ID!, $diagram: Boolean! = false) {
  diagram: serviceBlueprintDiagram(journeyId: $j) @include(if: $diagram)
  serviceBlueprint(journeyId: $j) {
    stages {
      steps {
        step { key }
        supportServices {
          service { key name }
          usedAtStep usedAtTouchpoints { name }
          usedByProcesses { name } usedBySystems { name }
          realizedByProcesses { name } realizedBySystems { name }
        }
        supportData {
          dataObject { key name }
          neededAtStep neededAtTouchpoints { name }
          capturedAtStep capturedAtTouchpoints { name }
          readByProcesses { name } readBySystems { name }
          writtenByProcesses { name } writtenBySystems { name }
        }
      }
    }
  }
}
"""
"""Every link of the support lane's entries (add ``diagram: true`` for the diagram too)."""

SUPPORT_SERVICE_LINKS = [
    ("used at", "usedAtStep", ["usedAtTouchpoints"]),
    ("used by", None, ["usedByProcesses", "usedBySystems"]),
    ("realized by", None, ["realizedByProcesses", "realizedBySystems"]),
]
SUPPORT_DATA_LINKS = [
    ("needed at", "neededAtStep", ["neededAtTouchpoints"]),
    ("captured at", "capturedAtStep", ["capturedAtTouchpoints"]),
    ("read by", None, ["readByProcesses", "readBySystems"]),
    ("written by", None, ["writtenByProcesses", "writtenBySystems"]),
]
"""How the views word the links of a ``supportServices`` / ``supportData`` entry: for
each (verb, flag of the step itself, fields listing holders), in order."""


def support_how(entry: dict[str, Any]) -> str:
    """The links of a support-lane entry of the GraphQL answer as the views word them:
    ``verb`` + the step (when its flag is set) and the holders' names, for each link
    that names something, joined by ``; ``."""
    parts = SUPPORT_SERVICE_LINKS if "service" in entry else SUPPORT_DATA_LINKS
    phrases = []
    for verb, flag, fields in parts:
        names = ["the step"] if flag and entry[flag] else []
        names += [node["name"] for f in fields for node in entry[f]]
        if names:
            phrases.append(f"{verb} {', '.join(names)}")
    return "; ".join(phrases)


def _support_lines(step: dict[str, Any]) -> list[str]:
    """What the support services and data lane should show for a step of the answer."""
    lines = [f"Service: {s['service']['name']} ({support_how(s)})" for s in step["supportServices"]]
    lines += [f"Data: {d['dataObject']['name']} ({support_how(d)})" for d in step["supportData"]]
    return lines or ["no service or data"]


async def test_support_services_and_data_lane_shows_the_support_lane(
    demo_client: httpx.AsyncClient,
) -> None:
    """Each step's node in the lane lists the services, then the data objects, of
    ``serviceBlueprint``'s support lane, each with every link the answer gives it."""
    seen = Counter[str]()
    for journey in ("fault-repair", "new-connection", "bill-and-renew"):
        data = await gql_data(demo_client, SUPPORT_LANE, j=journey, diagram=True)
        chart = parse_flowchart(data["diagram"])
        steps = [s for stage in data["serviceBlueprint"]["stages"] for s in stage["steps"]]
        for step in steps:
            node = chart.nodes[expected_id("Step", step["step"]["key"], "support_data_")]
            assert node.subgraph == "lane_support_data"
            assert node.lines == _support_lines(step)
            seen["services"] += len(step["supportServices"])
            seen["data"] += len(step["supportData"])
            seen["step's own"] += sum("the step" in line for line in node.lines)
        # One node per step, linked in journey order like the other lanes: the lane
        # grows with the steps, not with the services and data it lists.
        lane = [n for n, node in chart.nodes.items() if node.subgraph == "lane_support_data"]
        assert len(lane) == len(steps)
        links = [(e.source, e.target) for e in chart.edges if e.source in lane]
        assert links == list(pairwise(lane))
        assert all(e.arrow == "~~~" for e in chart.edges if e.source in lane)
    # The demo model's lanes hold services, data and links of the steps themselves.
    assert min(seen.values()) > 0, seen


IMPACT = """
query($id: ID!, $depth: Int!) {
  impactDiagram(nodeId: $id, maxDepth: $depth)
  impact(nodeId: $id, maxDepth: $depth) {
    start { __typename key label }
    groups {
      items {
        node { __typename key label }
        path { type source { __typename key } target { __typename key } }
      }
    }
  }
}
"""


def chain_hops(items: list[dict[str, Any]]) -> set[tuple[str, str, str]]:
    """Every hop of the items' chains as (source id, type, target id) in the diagram."""
    return {
        (
            expected_id(h["source"]["__typename"], h["source"]["key"]),
            h["type"],
            expected_id(h["target"]["__typename"], h["target"]["key"]),
        )
        for item in items
        for h in item["path"]
    }


async def test_impact_nodes_and_edges_are_the_chains(demo_client: httpx.AsyncClient) -> None:
    for kind, field, key, depth in (
        ("System", "system", "telephony-ivr", 3),
        ("Step", "step", "nc-compare-plans", 3),
        ("Touchpoint", "touchpoint", "ivr-fault-menu", 6),
    ):
        start = await node_id(demo_client, field, key)
        data = await gql_data(demo_client, IMPACT, id=start, depth=depth)
        chart = parse_flowchart(data["impactDiagram"])
        impact = data["impact"]
        items = [item for group in impact["groups"] for item in group["items"]]
        assert len(items) > 3
        nodes = {
            expected_id(n["__typename"], n["key"]): [f"{n['__typename']}: {n['label']}"]
            for n in [impact["start"], *(item["node"] for item in items)]
        }
        assert {n: node.lines for n, node in chart.nodes.items()} == nodes
        assert [n for n, node in chart.nodes.items() if node.css_class == "start"] == [
            expected_id(kind, key)
        ]
        hops = chain_hops(items)
        edges = [(e.source, e.label, e.target) for e in chart.edges]
        assert {e.arrow for e in chart.edges} == {"-->"}
        assert len(edges) == len(set(edges))  # one edge per distinct hop
        assert set(edges) == hops


async def test_a_view_impact_diagram_joins_the_view_to_what_it_shows(
    demo_client: httpx.AsyncClient,
) -> None:
    data = await gql_data(demo_client, IMPACT, id="View:integration-landscape", depth=2)
    chart = parse_flowchart(data["impactDiagram"])
    items = [item for group in data["impact"]["groups"] for item in group["items"]]
    view = expected_id("View", "integration-landscape")
    assert chart.nodes[view].css_class == "start"
    firsts = {
        expected_id(end["__typename"], end["key"])
        for item in items
        for end in (item["path"][0]["source"], item["path"][0]["target"])
    }
    shown = {expected_id("System", key) for key in ("crm", "billing-system",
             "field-service-management", "integration-platform")}  # fmt: skip
    dotted = [(e.source, e.label, e.target) for e in chart.edges if e.arrow == "-.->"]
    assert dotted and {target for _, _, target in dotted} == shown & firsts
    assert all(source == view and label == "SHOWS" for source, label, _ in dotted)
    # labelled like every node, though not hit
    assert chart.nodes[expected_id("System", "crm")].lines == [
        "System: Salesforce Service Cloud (CRM)"
    ]
    solid = {(e.source, e.label, e.target) for e in chart.edges if e.arrow == "-->"}
    assert solid == chain_hops(items)


async def test_impact_diagram_checks_its_arguments(demo_client: httpx.AsyncClient) -> None:
    query = "query($id: ID!, $d: Int!) { impactDiagram(nodeId: $id, maxDepth: $d) }"
    system = await node_id(demo_client, "system", "crm")
    assert error_code(await gql(demo_client, query, id=system, d=11)) == "VALIDATION"
    assert error_code(await gql(demo_client, query, id="Sytem:crm", d=2)) == "VALIDATION"
    gone = "U3lzdGVtOm5vLXN1Y2gtc3lzdGVt"  # System:no-such-system
    assert error_code(await gql(demo_client, query, id=gone, d=2)) == "NOT_FOUND"
    blueprint = "query($j: ID!) { serviceBlueprintDiagram(journeyId: $j) }"
    assert error_code(await gql(demo_client, blueprint, j="no-such-journey")) == "NOT_FOUND"
