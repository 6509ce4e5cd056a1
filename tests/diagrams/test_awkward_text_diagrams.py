"""The diagrams of a graph full of awkward (but allowed) text parse with Mermaid's own
parser and show every name as given (on one line), on every store: the journey, the
service blueprint and impact diagrams, as GraphQL serves them."""

from typing import Any

import httpx

from graph_api.model_io import load_model
from graph_api.store.base import GraphStore
from tests.api.helpers import node_id
from tests.awkward_text import awkward_document, one_line, text
from tests.diagrams.mermaid_parse import Flowchart, parse_flowchart, parse_journey
from tests.diagrams.test_mermaid_parser import FLOWCHART, JOURNEY, assert_parse
from tests.graphql_client import gql_data

DIAGRAMS = """
query($journey: ID!, $system: ID!, $step: ID!) {
  journeyDiagram(journeyId: $journey)
  serviceBlueprintDiagram(journeyId: $journey)
  systemImpact: impactDiagram(nodeId: $system, maxDepth: 4)
  stepImpact: impactDiagram(nodeId: $step, maxDepth: 4)
}
"""


def names(document: dict[str, object], section: str) -> dict[str, str]:
    """Key -> label of the nodes of ``section`` (top level and inline ones alike)."""
    found: dict[str, str] = {}

    def walk(value: object, kind_section: str | None) -> None:
        if isinstance(value, dict):
            if kind_section == section and "key" in value:
                label = value.get("name") or value.get("statement") or value.get("title")
                found[str(value["key"])] = str(label)
            for field, inner in value.items():
                walk(inner, field)
        elif isinstance(value, list):
            for item in value:
                walk(item, kind_section)

    walk(document, None)
    return found


def with_support_lane(document: dict[str, Any]) -> dict[str, Any]:
    """``document`` with a service and data objects of awkward names in the support lane
    of its steps: linked to a step, a touchpoint, the process and the system."""
    return {
        **document,
        "services": [
            {
                "key": "service",
                "name": text(17),
                "layer": "business",
                "usedBySteps": ["step-1"],
                "usedByTouchpoints": ["touchpoint-1"],
                "realizedBySystems": ["crm"],
            }
        ],
        "dataObjects": [
            {
                "key": "data-1",
                "name": text(4),
                "neededBySteps": ["step-1"],
                "capturedByTouchpoints": ["touchpoint-1"],
                "readByProcesses": ["process"],
            },
            {"key": "data-2", "name": text(0), "writtenBySystems": ["crm"]},
        ],
    }


def shown(chart: Flowchart) -> str:
    """Every text a flowchart shows (its nodes' lines, subgraph and edge labels), one
    per line: a name is shown when it is all of one, or part of one ("stage - step")."""
    texts = [line for node in chart.nodes.values() for line in node.lines]
    texts += [label for _, label in chart.subgraphs]
    texts += [edge.label for edge in chart.edges if edge.label]
    return "\n".join(one_line(t) for t in texts)


async def test_every_diagram_parses_and_shows_the_names(
    store: GraphStore, client: httpx.AsyncClient
) -> None:
    document = with_support_lane(awkward_document())
    await load_model(store, document)
    data = await gql_data(
        client,
        DIAGRAMS,
        journey="journey",
        system=await node_id(client, "system", "crm"),
        step=await node_id(client, "step", "step-1"),
    )
    assert_parse(
        {name: data[name] for name in data},
        {
            "journeyDiagram": JOURNEY,
            "serviceBlueprintDiagram": FLOWCHART,
            "systemImpact": FLOWCHART,
            "stepImpact": FLOWCHART,
        },
    )
    steps, stages = names(document, "steps"), names(document["journeys"], "stages")
    channels, processes = names(document, "channels"), names(document, "processes")
    journey = parse_journey(data["journeyDiagram"])
    assert journey.title == one_line(names(document, "journeys")["journey"])
    assert [s.name for s in journey.sections] == [one_line(n) for n in stages.values()]
    tasks = [t for section in journey.sections for t in section.tasks]
    assert [t.name for t in tasks] == [one_line(n) for n in steps.values()]
    assert sorted(tasks[0].actors) == sorted(one_line(n) for n in channels.values())

    blueprint = shown(parse_flowchart(data["serviceBlueprintDiagram"]))
    support = [*names(document, "services").values(), *names(document, "dataObjects").values()]
    assert len(support) == 3
    for label in [*steps.values(), *channels.values(), *processes.values(), *support]:
        assert one_line(label) in blueprint, label
    system_impact = shown(parse_flowchart(data["systemImpact"]))
    for label in [names(document, "systems")["crm"], *processes.values(), steps["step-1"]]:
        assert one_line(label) in system_impact, label
    step_impact = shown(parse_flowchart(data["stepImpact"]))
    assert one_line(steps["step-1"]) in step_impact
