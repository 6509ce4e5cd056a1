"""GraphStore contract, the painful-steps traversal.

Run on every store. On the demo model, ``painful_steps`` must equal the hand-computed
answers of :mod:`tests.expected_demo`; on a small graph, pain counts from the step and
from its touchpoints, processes serving either are listed, and the threshold is applied.
On the product graph (:mod:`tests.contract.traversals.product_graph`): the journey,
persona and channel filters, ``first``, the backlog items addressing each step or its
pain points, and the evidence behind each pain point; on Neo4j, one query per call.
"""

from graph_api.store.base import GraphStore, UpsertNode
from graph_api.traversals import PAINFUL_STEPS
from graph_api.traversals.painful_steps.result import PainfulStepsQuery, PainPointEvidence
from tests.contract.helpers import link, ref, write_small_graph
from tests.contract.traversals.product_graph import one_query, write_product_graph
from tests.expected_demo import PAINFUL_ALL_MIN_5, PAINFUL_FAULT_REPAIR_MIN_4, row_tuple


async def test_demo_fault_repair_min_severity_4(demo_store: GraphStore) -> None:
    rows = await demo_store.traverse(
        PAINFUL_STEPS, PainfulStepsQuery("fault-repair", min_severity=4)
    )
    assert [row_tuple(r) for r in rows] == PAINFUL_FAULT_REPAIR_MIN_4


async def test_demo_all_journeys_min_severity_5(demo_store: GraphStore) -> None:
    rows = await demo_store.traverse(PAINFUL_STEPS, PainfulStepsQuery(min_severity=5))
    assert [row_tuple(r) for r in rows] == PAINFUL_ALL_MIN_5


async def test_demo_key_lists_come_sorted(demo_store: GraphStore) -> None:
    for row in await demo_store.traverse(PAINFUL_STEPS, PainfulStepsQuery(min_severity=1)):
        assert row.pain_point_keys == sorted(row.pain_point_keys)
        assert row.touchpoint_keys == sorted(row.touchpoint_keys)
        assert row.process_keys == sorted(row.process_keys)


async def test_demo_unknown_journey_has_no_painful_steps(demo_store: GraphStore) -> None:
    assert (
        await demo_store.traverse(
            PAINFUL_STEPS, PainfulStepsQuery("no-such-journey", min_severity=1)
        )
        == []
    )


def pain(key: str, severity: int) -> UpsertNode:
    return UpsertNode("PainPoint", key, {"name": key.title(), "severity": severity})


def process(key: str) -> UpsertNode:
    return UpsertNode("Process", key, {"name": key.title(), "kind": "core"})


async def test_pain_from_step_and_touchpoints(store: GraphStore) -> None:
    await write_small_graph(store)
    await store.write(
        [
            UpsertNode("Journey", "commute", {"name": "Commute", "state": "current"}),
            pain("queue", 3),
            pain("glare", 5),
            pain("typo", 1),
            process("timetabling"),
            process("ticketing"),
            link("HAS_STAGE", ref("Journey", "commute"), ref("Stage", "plan")),
            link("AFFECTS", ref("PainPoint", "queue"), ref("Step", "check")),
            link("AFFECTS", ref("PainPoint", "glare"), ref("Touchpoint", "board")),
            link("AFFECTS", ref("PainPoint", "typo"), ref("Step", "buy")),
            link("AFFECTS", ref("PainPoint", "queue"), ref("Step", "ride")),
            link("SERVES", ref("Process", "timetabling"), ref("Touchpoint", "board")),
            link("SERVES", ref("Process", "ticketing"), ref("Step", "check")),
        ]
    )
    rows = [
        row_tuple(r) for r in await store.traverse(PAINFUL_STEPS, PainfulStepsQuery(min_severity=1))
    ]
    assert rows == [
        ("check", 5, ["glare", "queue"], ["board"], ["ticketing", "timetabling"]),
        ("ride", 3, ["queue"], [], []),
        ("buy", 1, ["typo"], ["ticket-app"], []),
    ]
    # the journey limits the steps to its stages (ride is in "travel", not linked to it)
    journey_rows = [
        row_tuple(r)
        for r in await store.traverse(PAINFUL_STEPS, PainfulStepsQuery("commute", min_severity=1))
    ]
    assert [r[0] for r in journey_rows] == ["check", "buy"]
    # the threshold keeps only steps whose worst pain reaches it
    assert [
        r.step_key for r in await store.traverse(PAINFUL_STEPS, PainfulStepsQuery(min_severity=4))
    ] == ["check"]
    assert [
        r.step_key
        for r in await store.traverse(PAINFUL_STEPS, PainfulStepsQuery("commute", min_severity=5))
    ] == ["check"]


async def test_steps_without_pain_are_never_listed(store: GraphStore) -> None:
    await write_small_graph(store)
    assert await store.traverse(PAINFUL_STEPS, PainfulStepsQuery(min_severity=1)) == []


# -- filters, limit, backlog items and evidence (on the small product graph) ----------


async def steps_of(store: GraphStore, query: PainfulStepsQuery) -> list[tuple[str, int]]:
    rows = await one_query(store, store.traverse(PAINFUL_STEPS, query))
    return [(row.step_key, row.pain) for row in rows]


async def test_persona_channel_and_journey_filters_combine(store: GraphStore) -> None:
    await write_product_graph(store)
    everything = [("check", 5), ("orphan", 5), ("exit", 4), ("ride", 4), ("stroll", 2), ("buy", 1)]
    assert await steps_of(store, PainfulStepsQuery(min_severity=1)) == everything
    commuter = PainfulStepsQuery(persona_key="commuter", min_severity=1)
    assert await steps_of(store, commuter) == [("check", 5), ("exit", 4), ("ride", 4), ("buy", 1)]
    tourist = PainfulStepsQuery(persona_key="tourist", min_severity=1)
    assert await steps_of(store, tourist) == [("stroll", 2)]
    # board and gate are on the station: their steps, whatever the pain's place
    station = PainfulStepsQuery(channel_key="station", min_severity=1)
    assert await steps_of(store, station) == [("check", 5), ("exit", 4)]
    assert await steps_of(store, PainfulStepsQuery(channel_key="app", min_severity=1)) == [
        ("buy", 1)
    ]
    assert await steps_of(store, PainfulStepsQuery(channel_key="app")) == []  # default 4
    assert await steps_of(store, PainfulStepsQuery(channel_key="web", min_severity=1)) == []
    all_three = PainfulStepsQuery("commute", "commuter", "station", min_severity=5)
    assert await steps_of(store, all_three) == [("check", 5)]
    assert await steps_of(store, PainfulStepsQuery("sightseeing", "commuter", min_severity=1)) == []
    assert await steps_of(store, PainfulStepsQuery(persona_key="nobody", min_severity=1)) == []


async def test_first_keeps_the_most_painful_rows(store: GraphStore) -> None:
    await write_product_graph(store)
    top_two = PainfulStepsQuery(min_severity=1, first=2)
    assert await steps_of(store, top_two) == [("check", 5), ("orphan", 5)]
    assert await steps_of(store, PainfulStepsQuery(min_severity=1, first=0)) == []
    more = PainfulStepsQuery(persona_key="tourist", min_severity=1, first=50)
    assert await steps_of(store, more) == [("stroll", 2)]


async def test_backlog_items_and_evidence_per_row(store: GraphStore) -> None:
    await write_product_graph(store)
    rows = {
        r.step_key: r
        for r in await store.traverse(PAINFUL_STEPS, PainfulStepsQuery(min_severity=1))
    }
    check = rows["check"]
    # story-crowd and story-queue address the step, story-glare the glare on its
    # touchpoint (and story-queue the queue too): priority 2, 2, then none, by key
    assert check.backlog_item_keys == ["story-crowd", "story-glare", "story-queue"]
    # check-shadow supports the step itself, not one of its pain points
    assert check.pain_point_evidence == [
        PainPointEvidence("glare", 2),
        PainPointEvidence("queue", 1),
    ]
    assert check.pain_point_keys == ["glare", "queue"]
    assert rows["buy"].backlog_item_keys == ["epic-tickets"]
    assert rows["orphan"].backlog_item_keys == ["stray-fix"]
    ride = rows["ride"]
    assert ride.backlog_item_keys == []
    assert ride.pain_point_evidence == [PainPointEvidence("crush", 0), PainPointEvidence("jam", 0)]
    assert ride.process_keys == ["dispatch"]


async def test_demo_backlog_items_and_evidence(demo_store: GraphStore) -> None:
    query = PainfulStepsQuery(
        "fault-repair", persona_key="remote-worker", channel_key="contact-centre"
    )
    rows = await one_query(demo_store, demo_store.traverse(PAINFUL_STEPS, query))
    assert [(r.step_key, r.backlog_item_keys) for r in rows] == [
        ("fr-book-engineer", []),
        ("fr-call-support", ["epic-one-fault-record"]),
    ]
    assert rows[1].pain_point_evidence == [
        PainPointEvidence("ivr-queue", 1),
        # the fault-call shadow, the agent-screen photos and the Q3 repeat-contact codes
        PainPointEvidence("repeat-explanation", 3),
    ]
