"""GraphStore contract, ``traceability``: from a backlog item to what it serves and changes.

On the small product graph (:mod:`tests.contract.traversals.product_graph`): what an item
addresses directly, the steps its pain points affect (directly or through a touchpoint),
their journeys and personas, what it changes, the KPIs measuring addressed steps, changed
processes / touchpoints or the journeys (not merely affected steps), parent and children.
On the demo model: the one-fault-record epic. On Neo4j, each call is one query.
"""

from dataclasses import asdict
from typing import Any

from graph_api.store.base import GraphStore
from graph_api.traversals import TRACEABILITY
from tests.contract.traversals.product_graph import one_query, write_product_graph

EMPTY: dict[str, Any] = {
    "step_keys": [],
    "pain_point_keys": [],
    "outcome_keys": [],
    "opportunity_keys": [],
    "affected_step_keys": [],
    "journey_keys": [],
    "persona_keys": [],
    "changed_process_keys": [],
    "changed_system_keys": [],
    "changed_capability_keys": [],
    "changed_touchpoint_keys": [],
    "kpi_keys": [],
    "parent_key": None,
    "child_keys": [],
}


async def trace(store: GraphStore, key: str) -> dict[str, Any] | None:
    found = await one_query(store, store.traverse(TRACEABILITY, key))
    return None if found is None else asdict(found)


def expected(key: str, **lists: Any) -> dict[str, Any]:
    return {"backlog_item_key": key, **EMPTY, **lists}


async def test_pain_point_on_a_touchpoint_leads_to_its_step_and_journey(
    store: GraphStore,
) -> None:
    await write_product_graph(store)
    assert await trace(store, "story-glare") == expected(
        "story-glare",
        pain_point_keys=["glare"],
        opportunity_keys=["opp-shade"],
        affected_step_keys=["check"],  # glare is on check's touchpoint board
        journey_keys=["commute"],
        persona_keys=["commuter"],
        changed_system_keys=["display"],
        changed_touchpoint_keys=["board"],
        # board (changed) and commute (journey); not check-time: check is only affected
        kpi_keys=["board-views", "on-time"],
        parent_key="epic-tickets",
    )


async def test_steps_addressed_directly_and_through_pain_points(store: GraphStore) -> None:
    await write_product_graph(store)
    assert await trace(store, "story-queue") == expected(
        "story-queue",
        step_keys=["check"],
        pain_point_keys=["queue"],
        affected_step_keys=["check"],
        journey_keys=["commute"],
        persona_keys=["commuter"],
        kpi_keys=["check-time", "on-time"],
        parent_key="epic-tickets",
    )
    # steps in two journeys reach both journeys and both personas
    assert await trace(store, "story-crowd") == expected(
        "story-crowd",
        step_keys=["check", "stroll"],
        outcome_keys=["nice-view"],
        journey_keys=["commute", "sightseeing"],
        persona_keys=["commuter", "tourist"],
        kpi_keys=["check-time", "on-time"],
    )


async def test_epic_with_children_and_changes_without_journeys(store: GraphStore) -> None:
    await write_product_graph(store)
    assert await trace(store, "epic-tickets") == expected(
        "epic-tickets",
        step_keys=["buy"],
        outcome_keys=["cheap-fare"],
        journey_keys=["commute"],
        persona_keys=["commuter"],
        kpi_keys=["on-time"],
        child_keys=["story-glare", "story-queue"],
    )
    assert await trace(store, "task-fare") == expected(
        "task-fare",
        outcome_keys=["fast-trip"],
        changed_process_keys=["ticketing"],
        changed_capability_keys=["payments"],
        kpi_keys=["ticketing-cost"],
    )
    # a pain on a step outside any journey: the step, but no journey
    assert await trace(store, "stray-fix") == expected(
        "stray-fix", pain_point_keys=["stray"], affected_step_keys=["orphan"]
    )


async def test_unlinked_and_unknown_items(store: GraphStore) -> None:
    await write_product_graph(store)
    assert await trace(store, "lonely") == expected("lonely")
    assert await trace(store, "no-such-item") is None


async def test_demo_one_fault_record(demo_store: GraphStore) -> None:
    assert await trace(demo_store, "epic-one-fault-record") == expected(
        "epic-one-fault-record",
        step_keys=["fr-call-support"],
        pain_point_keys=["repeat-explanation"],
        outcome_keys=["minimize-times-explaining-fault"],
        opportunity_keys=["guided-self-fix-with-handoff"],
        affected_step_keys=["fr-call-support", "fr-report-in-chat"],
        journey_keys=["fault-repair"],
        persona_keys=["remote-worker"],
        changed_process_keys=["log-and-triage-fault"],
        changed_system_keys=["crm"],
        changed_capability_keys=["omnichannel-case-management"],
        # first-contact resolution measures the step and the process; the others the journey
        kpi_keys=[
            "ces-fault-journey",
            "csat-fault-journey",
            "fault-first-contact-resolution",
            "mean-time-to-restore",
            "nps-fault-journey",
        ],
        child_keys=[
            "agent-fault-timeline",
            "chat-transcript-to-case",
            "fault-reference-after-chat",
            "troubleshooter-results-to-crm",
        ],
    )
