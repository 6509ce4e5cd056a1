"""GraphStore contract, the demo model's data as a real team's (``seeds/demo.yaml``).

Read back through the store on both stores: every step measured (by a KPI on the step or
one of its touchpoints, with measurements) and every journey by its CSAT, NPS and effort
score; every piece of evidence dated, three steps' only evidence over a year old on
1 December 2026; backlog items from the Jira project KFX with unique keys and dates that
agree with their status, a few typed in by hand, and bugs among them.
"""

import re
from collections import defaultdict
from datetime import date

from graph_api.store.base import GraphStore, NodeRef
from tests.expected_demo import DEMO_STEP_COUNT
from tests.snapshots import GraphSnapshot, take_snapshot

AS_OF_A_YEAR_BEFORE = date(2025, 12, 1)
"""A year before 1 December 2026, the day the demo's data describes."""


def targets(snapshot: GraphSnapshot, rel_type: str, source: NodeRef) -> set[NodeRef]:
    return {t for kind, s, t in snapshot.edges if kind == rel_type and s == source}


def sources(snapshot: GraphSnapshot, rel_type: str, target: NodeRef) -> set[NodeRef]:
    return {s for kind, s, t in snapshot.edges if kind == rel_type and t == target}


def of_kind(snapshot: GraphSnapshot, kind: str) -> list[NodeRef]:
    return sorted((ref for ref in snapshot.nodes if ref.kind == kind), key=lambda r: r.key)


def props(snapshot: GraphSnapshot, ref: NodeRef) -> dict[str, object]:
    return snapshot.nodes[ref][0]


async def test_every_step_and_journey_is_measured(demo_store: GraphStore) -> None:
    snapshot = await take_snapshot(demo_store)
    measured_kpis = {
        kpi for kpi in of_kind(snapshot, "KPI") if targets(snapshot, "HAS_MEASUREMENT", kpi)
    }
    steps = of_kind(snapshot, "Step")
    assert len(steps) == DEMO_STEP_COUNT
    unmeasured = []
    for step in steps:
        places = {step, *targets(snapshot, "HAS_TOUCHPOINT", step)}
        kpis = set().union(*(sources(snapshot, "MEASURES", place) for place in places))
        if not kpis & measured_kpis:
            unmeasured.append(step.key)
    assert unmeasured == []
    for journey in of_kind(snapshot, "Journey"):
        units = {
            props(snapshot, kpi).get("unit")
            for kpi in sources(snapshot, "MEASURES", journey) & measured_kpis
        }
        assert {"% satisfied", "NPS", "CES (1-7)"} <= units, journey.key


async def test_every_evidence_is_dated_and_three_steps_have_only_old_evidence(
    demo_store: GraphStore,
) -> None:
    snapshot = await take_snapshot(demo_store)
    evidence = of_kind(snapshot, "Evidence")
    assert len(evidence) == 29
    undated = [e.key for e in evidence if not props(snapshot, e).get("collectedAt")]
    assert undated == []
    # evidence on the step, on one of its touchpoints, or on a pain point affecting either
    only_old = []
    for step in of_kind(snapshot, "Step"):
        places = {step, *targets(snapshot, "HAS_TOUCHPOINT", step)}
        places |= set().union(*(sources(snapshot, "AFFECTS", place) for place in places))
        found = set().union(*(sources(snapshot, "SUPPORTS", place) for place in places))
        days = [date.fromisoformat(str(props(snapshot, e)["collectedAt"])) for e in found]
        if days and max(days) < AS_OF_A_YEAR_BEFORE:
            only_old.append(step.key)
    assert only_old == ["fr-claim-compensation", "fr-notice-outage", "nc-engineer-install"]


async def test_backlog_items_come_from_the_tracker_with_dates_that_fit_their_status(
    demo_store: GraphStore,
) -> None:
    snapshot = await take_snapshot(demo_store)
    items = [props(snapshot, ref) | {"key": ref.key} for ref in of_kind(snapshot, "BacklogItem")]
    by_hand = sorted(str(item["key"]) for item in items if "tracker" not in item)
    assert by_hand == [
        "agent-fault-timeline",
        "automatic-compensation-credits",
        "outage-push-notification",
    ]
    tracked = [item for item in items if "tracker" in item]
    assert len(tracked) == 17  # 15 stories, epics and tasks and the 2 bugs
    assert {item["tracker"] for item in tracked} == {"jira:KFX"}
    tracker_keys = [str(item["trackerKey"]) for item in tracked]
    assert len(set(tracker_keys)) == len(tracker_keys)
    assert all(re.fullmatch(r"KFX-[1-9][0-9]*", key) for key in tracker_keys)
    wrong: dict[str, list[str]] = defaultdict(list)
    for item in tracked:
        dates = [item.get(field) for field in ("openedAt", "startedAt", "resolvedAt")]
        present = [d is not None for d in dates]
        expected = {
            "done": [True, True, True],
            "doing": [True, True, False],
            "todo": [True, False, False],
            "idea": [True, False, False],
        }[str(item["status"])]
        if present != expected:
            wrong["dates for the status"].append(str(item["key"]))
        ordered = [date.fromisoformat(str(d)) for d in dates if d is not None]
        if ordered != sorted(ordered):
            wrong["dates out of order"].append(str(item["key"]))
    assert wrong == {}
    bugs = sorted(str(item["key"]) for item in items if item["kind"] == "bug")
    assert bugs == ["first-bill-fee-shown-twice", "outage-banner-not-cleared"]
