"""GraphStore contract, ``story_map``: a journey as stage -> step -> backlog items.

On the small product graph (:mod:`tests.contract.traversals.product_graph`): stages and
steps by ``order`` then key (whatever the NEXT cycle says), each step's pain from itself
and its touchpoints, the items addressing the step or its pain points by priority (none
last) then key, and the painful steps nobody works on. On the demo model: fault repair.
On Neo4j, each call is one query.
"""

from graph_api.store.base import GraphStore
from graph_api.traversals import STORY_MAP
from graph_api.traversals.story_map.result import StoryMap, StoryMapStep
from tests.contract.traversals.product_graph import one_query, write_product_graph

Layout = list[tuple[str, list[tuple[str, int, list[str]]]]]


async def story(store: GraphStore, journey: str) -> StoryMap | None:
    return await one_query(store, store.traverse(STORY_MAP, journey))


def layout(found: StoryMap | None) -> Layout:
    assert found is not None
    return [
        (stage.stage_key, [(s.step_key, s.pain, s.backlog_item_keys) for s in stage.steps])
        for stage in found.stages
    ]


async def test_commute_story_map(store: GraphStore) -> None:
    await write_product_graph(store)
    found = await story(store, "commute")
    assert layout(found) == [
        (
            "plan",
            [
                ("buy", 1, ["epic-tickets"]),
                # by the step (story-crowd, story-queue) or its pains (story-glare: glare
                # on the board touchpoint; story-queue again: queue), priority 2, 2, none
                ("check", 5, ["story-crowd", "story-glare", "story-queue"]),
                ("pick", 0, []),
            ],
        ),
        ("arrive", [("exit", 4, [])]),  # order 2 like travel: by key
        ("travel", [("ride", 4, [])]),
    ]
    assert found is not None
    assert found.journey_key == "commute"
    assert found.unaddressed_painful_steps == [
        StoryMapStep("exit", 4, []),
        StoryMapStep("ride", 4, []),
    ]


async def test_light_pain_is_not_unaddressed(store: GraphStore) -> None:
    await write_product_graph(store)
    found = await story(store, "sightseeing")
    assert layout(found) == [("wander", [("stroll", 2, ["story-crowd"])])]
    assert found is not None and found.unaddressed_painful_steps == []


async def test_journey_without_stages_and_unknown_journey(store: GraphStore) -> None:
    await write_product_graph(store)
    assert await story(store, "empty") == StoryMap("empty", [], [])
    assert await story(store, "no-such-journey") is None


async def test_demo_fault_repair(demo_store: GraphStore) -> None:
    found = await story(demo_store, "fault-repair")
    assert layout(found) == [
        (
            "notice-problem",
            [
                ("fr-notice-outage", 0, []),
                (
                    "fr-check-service-status",
                    4,
                    # the outage-banner bug first: priority 1
                    [
                        "outage-banner-not-cleared",
                        "epic-proactive-outage-comms",
                        "outage-push-notification",
                    ],
                ),
            ],
        ),
        ("self-diagnose", [("fr-run-troubleshooter", 3, ["troubleshooter-results-to-crm"])]),
        (
            "report-fault",
            [
                ("fr-call-support", 5, ["epic-one-fault-record"]),
                ("fr-report-in-chat", 5, ["epic-one-fault-record", "chat-transcript-to-case"]),
                ("fr-get-fault-reference", 2, ["fault-reference-after-chat"]),
            ],
        ),
        (
            "engineer-visit",
            [("fr-book-engineer", 5, []), ("fr-wait-for-engineer", 5, ["reassignment-sms"])],
        ),
        (
            "resolution",
            [
                ("fr-confirm-fix", 0, []),
                ("fr-claim-compensation", 3, ["automatic-compensation-credits"]),
            ],
        ),
    ]
    assert found is not None
    assert found.unaddressed_painful_steps == [StoryMapStep("fr-book-engineer", 5, [])]
