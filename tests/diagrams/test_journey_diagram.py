"""``journeyDiagram`` on the demo model, on every store: parsed, it is the journey.

The expected journey is read through the plain relationship fields (stages, steps,
touchpoints, channels), not the traversal the diagram is drawn from.
"""

from typing import Any

import httpx

from tests.api.helpers import error_code, node_id
from tests.diagrams.mermaid_parse import parse_journey
from tests.graphql_client import gql, gql_data

JOURNEY = """
query($key: String!) {
  journey(key: $key) {
    id
    name
    stages {
      key name order
      steps { key name order emotion touchpoints { channel { key name } } }
    }
  }
}
"""


def ordered(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(items, key=lambda i: (i["order"], i["key"]))


async def test_sections_and_tasks_are_the_journey(demo_client: httpx.AsyncClient) -> None:
    for key in ("fault-repair", "new-connection"):
        journey = (await gql_data(demo_client, JOURNEY, key=key))["journey"]
        text = (
            await gql_data(demo_client, "query($j: ID!) { journeyDiagram(journeyId: $j) }", j=key)
        )["journeyDiagram"]
        chart = parse_journey(text)
        assert chart.title == journey["name"]
        stages = ordered(journey["stages"])
        assert [s.name for s in chart.sections] == [s["name"] for s in stages]
        for section, stage in zip(chart.sections, stages, strict=True):
            steps = ordered(stage["steps"])
            assert [t.name for t in section.tasks] == [s["name"] for s in steps]
            for task, step in zip(section.tasks, steps, strict=True):
                assert task.score == (step["emotion"] if step["emotion"] is not None else 3)
                channels = {
                    t["channel"]["key"]: t["channel"]["name"]
                    for t in step["touchpoints"]
                    if t["channel"] is not None
                }
                expected = [channels[k] for k in sorted(channels)] or ["Customer"]
                assert task.actors == expected
        # by global ID, the same diagram
        by_id = await gql_data(
            demo_client, "query($j: ID!) { journeyDiagram(journeyId: $j) }", j=journey["id"]
        )
        assert by_id["journeyDiagram"] == text


async def test_a_step_without_touchpoints_is_the_customer(demo_client: httpx.AsyncClient) -> None:
    text = (await gql_data(demo_client, '{ journeyDiagram(journeyId: "fault-repair") }'))[
        "journeyDiagram"
    ]
    tasks = {t.name: t for s in parse_journey(text).sections for t in s.tasks}
    assert tasks["Notice the connection is down"].actors == ["Customer"]
    assert tasks["Notice the connection is down"].score == 1


async def test_unknown_and_malformed_journeys(demo_client: httpx.AsyncClient) -> None:
    query = "query($j: ID!) { journeyDiagram(journeyId: $j) }"
    missing = await gql(demo_client, query, j="no-such-journey")
    assert error_code(missing) == "NOT_FOUND"
    assert error_code(await gql(demo_client, query, j="Not A Key")) == "VALIDATION"
    step_id = await node_id(demo_client, "step", "fr-call-support")
    assert error_code(await gql(demo_client, query, j=step_id)) == "VALIDATION"
