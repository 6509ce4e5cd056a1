"""GraphStore contract, the painful-steps traversal.

Run on every store. On the demo model, ``painful_steps`` must equal the hand-computed
answers of :mod:`tests.expected_demo`; on a small graph, pain counts from the step and
from its touchpoints, processes serving either are listed, and the threshold is applied.
"""

from graph_api.store.base import GraphStore, UpsertNode
from tests.contract.helpers import link, ref, write_small_graph
from tests.expected_demo import PAINFUL_ALL_MIN_5, PAINFUL_FAULT_REPAIR_MIN_4, row_tuple


async def test_demo_fault_repair_min_severity_4(demo_store: GraphStore) -> None:
    rows = await demo_store.painful_steps("fault-repair", 4)
    assert [row_tuple(r) for r in rows] == PAINFUL_FAULT_REPAIR_MIN_4


async def test_demo_all_journeys_min_severity_5(demo_store: GraphStore) -> None:
    rows = await demo_store.painful_steps(None, 5)
    assert [row_tuple(r) for r in rows] == PAINFUL_ALL_MIN_5


async def test_demo_key_lists_come_sorted(demo_store: GraphStore) -> None:
    for row in await demo_store.painful_steps(None, 1):
        assert row.pain_point_keys == sorted(row.pain_point_keys)
        assert row.touchpoint_keys == sorted(row.touchpoint_keys)
        assert row.process_keys == sorted(row.process_keys)


async def test_demo_unknown_journey_has_no_painful_steps(demo_store: GraphStore) -> None:
    assert await demo_store.painful_steps("no-such-journey", 1) == []


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
    rows = [row_tuple(r) for r in await store.painful_steps(None, 1)]
    assert rows == [
        ("check", 5, ["glare", "queue"], ["board"], ["ticketing", "timetabling"]),
        ("ride", 3, ["queue"], [], []),
        ("buy", 1, ["typo"], ["ticket-app"], []),
    ]
    # the journey limits the steps to its stages (ride is in "travel", not linked to it)
    journey_rows = [row_tuple(r) for r in await store.painful_steps("commute", 1)]
    assert [r[0] for r in journey_rows] == ["check", "buy"]
    # the threshold keeps only steps whose worst pain reaches it
    assert [r.step_key for r in await store.painful_steps(None, 4)] == ["check"]
    assert [r.step_key for r in await store.painful_steps("commute", 5)] == ["check"]


async def test_steps_without_pain_are_never_listed(store: GraphStore) -> None:
    await write_small_graph(store)
    assert await store.painful_steps(None, 1) == []
