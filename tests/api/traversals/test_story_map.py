"""``storyMap`` over HTTP on the demo model, on every store.

The bill-and-renew map (stage and step order, pain, items by priority), the journey by
global ID, the unaddressed painful steps; VALIDATION for a malformed or foreign ID and
NOT_FOUND for an unknown journey.
"""

from typing import Any

import httpx

from tests.api.helpers import node_fields_of, node_id, validation_paths
from tests.graphql_client import error_codes, gql, gql_data

STORY_MAP = """
query($id: ID!) {
  storyMap(journeyId: $id) {
    journey { key }
    stages { stage { key order } steps { step { key } pain backlogItems { key } } }
    unaddressedPainfulSteps { step { key } pain backlogItems { key } }
  }
}
"""

NEW_CONNECTION = [
    ("choose-plan", [("nc-check-availability", 3, []), ("nc-compare-plans", 0, [])]),
    ("place-order", [("nc-place-order", 0, [])]),
    (
        "wait-for-connection",
        [
            (
                "nc-receive-install-date",
                4,
                ["epic-live-order-tracking", "app-order-tracker-milestones"],
            ),
            ("nc-chase-order-status", 5, ["epic-live-order-tracking", "agent-order-milestones"]),
        ],
    ),
    ("get-installed", [("nc-engineer-install", 4, []), ("nc-set-up-router", 0, [])]),
    (
        "settle-in",
        [
            ("nc-test-speed", 4, []),
            # the bug (priority 1) before the story (priority 3)
            ("nc-check-first-bill", 3, ["first-bill-fee-shown-twice", "first-bill-explainer"]),
        ],
    ),
]
"""The new-connection journey as a story map (hand-checked against seeds/demo.yaml)."""


def layout(story: dict[str, Any]) -> list[tuple[str, list[tuple[str, int, list[str]]]]]:
    return [
        (
            stage["stage"]["key"],
            [
                (s["step"]["key"], s["pain"], [b["key"] for b in s["backlogItems"]])
                for s in stage["steps"]
            ],
        )
        for stage in story["stages"]
    ]


async def test_new_connection_map(demo_client: httpx.AsyncClient) -> None:
    story = (await gql_data(demo_client, STORY_MAP, id="new-connection"))["storyMap"]
    assert story["journey"] == {"key": "new-connection"}
    assert [s["stage"]["order"] for s in story["stages"]] == sorted(
        s["stage"]["order"] for s in story["stages"]
    )
    assert layout(story) == NEW_CONNECTION
    assert story["unaddressedPainfulSteps"] == [
        {"step": {"key": "nc-engineer-install"}, "pain": 4, "backlogItems": []},
        {"step": {"key": "nc-test-speed"}, "pain": 4, "backlogItems": []},
    ]


async def test_by_global_id(demo_client: httpx.AsyncClient) -> None:
    journey_id = await node_id(demo_client, "journey", "new-connection")
    story = (await gql_data(demo_client, STORY_MAP, id=journey_id))["storyMap"]
    assert layout(story) == NEW_CONNECTION


async def test_unknown_journey_is_not_found(demo_client: httpx.AsyncClient) -> None:
    body = await gql(demo_client, STORY_MAP, id="no-such-journey")
    assert error_codes(body) == ["NOT_FOUND"]
    assert body["errors"][0]["message"] == "Journey 'no-such-journey' does not exist"


async def test_malformed_or_foreign_id_is_validation(demo_client: httpx.AsyncClient) -> None:
    persona_id = await node_id(demo_client, "persona", "remote-worker")
    assert validation_paths(await gql(demo_client, STORY_MAP, id=persona_id)) == ["journeyId"]
    assert validation_paths(await gql(demo_client, STORY_MAP, id="New Connection")) == ["journeyId"]


def test_every_node_field_of_a_story_map_is_read_before_it_answers() -> None:
    from graph_api.traversals.story_map.graphql import NODE_FIELDS

    assert node_fields_of("StoryMap", "StoryStage", "StoryStep") == NODE_FIELDS
