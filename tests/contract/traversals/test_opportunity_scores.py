"""GraphStore contract, ``opportunity_scores``: the ODI ranking of desired outcomes.

On the small product graph (:mod:`tests.contract.traversals.product_graph`): the score
``importance + max(importance - satisfaction, 0)``, ties by key, the underserved (>= 10)
and overserved (satisfaction > importance) flags, the pursuing steps with their pain,
their pain points, the items addressing and the opportunities targeting each outcome,
and the job / persona filters. On the demo model: the top of the ranking. On Neo4j, each
call is one query.
"""

from graph_api.store.base import GraphStore
from graph_api.traversals import OPPORTUNITY_SCORES
from graph_api.traversals.opportunity_scores.result import (
    OpportunityScoresQuery,
    OutcomeScoreRow,
    StepPain,
)
from tests.contract.traversals.product_graph import one_query, write_product_graph


async def scores(
    store: GraphStore, job: str | None = None, persona: str | None = None
) -> list[OutcomeScoreRow]:
    return await one_query(
        store,
        store.traverse(
            OPPORTUNITY_SCORES, OpportunityScoresQuery(job_key=job, persona_key=persona)
        ),
    )


def ranking(rows: list[OutcomeScoreRow]) -> list[tuple[str, float, bool, bool]]:
    return [(r.outcome_key, r.score, r.underserved, r.overserved) for r in rows]


async def test_all_outcomes_ranked_with_flags(store: GraphStore) -> None:
    await write_product_graph(store)
    rows = await scores(store)
    assert ranking(rows) == [
        ("calm-trip", 14.0, True, False),  # tie on 14: by key
        ("fast-trip", 14.0, True, False),
        ("nice-view", 10.0, True, False),  # exactly on the threshold
        ("cheap-fare", 6.0, False, True),  # satisfaction 7 > importance 6: no gap added
        ("no-crowds", 5.0, False, False),
    ]
    assert [(r.importance, r.satisfaction) for r in rows] == [
        (8.0, 2.0),
        (9.0, 4.0),
        (7.0, 4.0),
        (6.0, 7.0),
        (5.0, 5.0),
    ]


async def test_where_each_outcome_is_at_stake(store: GraphStore) -> None:
    await write_product_graph(store)
    by_key = {r.outcome_key: r for r in await scores(store)}
    fast = by_key["fast-trip"]
    # check hurts through its touchpoint's glare (5); ride through crush and jam (4)
    assert fast.steps == [StepPain("check", 5), StepPain("ride", 4)]
    assert fast.pain_point_keys == ["glare", "crush", "jam", "queue"]  # severity, then key
    assert fast.backlog_item_keys == ["task-fare"]
    assert fast.opportunity_keys == ["opp-cheap", "opp-shade"]
    calm = by_key["calm-trip"]
    assert (calm.steps, calm.pain_point_keys) == ([StepPain("exit", 4)], ["jam"])
    assert (calm.backlog_item_keys, calm.opportunity_keys) == ([], [])
    view = by_key["nice-view"]
    assert (view.steps, view.pain_point_keys) == ([StepPain("stroll", 2)], ["lost"])
    assert view.backlog_item_keys == ["story-crowd", "story-view"]  # priority 2, then none
    cheap = by_key["cheap-fare"]
    assert (cheap.steps, cheap.pain_point_keys) == ([StepPain("buy", 1)], ["typo"])
    assert cheap.backlog_item_keys == ["epic-tickets"]
    empty = by_key["no-crowds"]
    assert (empty.steps, empty.pain_point_keys, empty.backlog_item_keys) == ([], [], [])
    assert empty.opportunity_keys == []


async def test_job_and_persona_filters(store: GraphStore) -> None:
    await write_product_graph(store)
    work = ["fast-trip", "cheap-fare", "no-crowds"]
    assert [r.outcome_key for r in await scores(store, job="get-to-work")] == work
    assert [r.outcome_key for r in await scores(store, persona="commuter")] == work
    sights = ["calm-trip", "nice-view"]
    assert [r.outcome_key for r in await scores(store, persona="tourist")] == sights
    assert [r.outcome_key for r in await scores(store, "see-sights", "tourist")] == sights
    # both filters must hold: the tourist does not have the job of getting to work
    assert await scores(store, "get-to-work", "tourist") == []
    assert await scores(store, job="no-such-job") == []


async def test_no_outcomes_no_rows(store: GraphStore) -> None:
    assert await scores(store) == []


async def test_demo_ranking(demo_store: GraphStore) -> None:
    rows = await scores(demo_store)
    assert ranking(rows)[:3] == [
        ("minimize-time-to-restore-service", 15.5, True, False),
        ("minimize-time-to-first-connection", 14.0, True, False),
        ("minimize-times-explaining-fault", 13.5, True, False),
    ]
    assert ranking(rows)[-1] == ("minimize-effort-to-change-payment", 4.0, False, True)
    assert len(rows) == 11
    top = rows[0]
    assert top.steps == [
        StepPain("fr-book-engineer", 5),
        StepPain("fr-call-support", 5),
        StepPain("fr-wait-for-engineer", 5),
        StepPain("fr-run-troubleshooter", 3),
    ]
    assert top.pain_point_keys == [
        "engineer-slot-wait",
        "missed-repair-appointment",
        "repeat-explanation",
        "ivr-queue",
        "half-day-slot",
        "troubleshooter-dead-end",
    ]
    assert top.backlog_item_keys == []
    assert top.opportunity_keys == [
        "guided-self-fix-with-handoff",
        "priority-repair-for-home-workers",
    ]
    restore = await scores(demo_store, job="restore-broken-connection")
    assert [r.outcome_key for r in restore] == [
        "minimize-time-to-restore-service",
        "minimize-times-explaining-fault",
        "minimize-effort-to-know-outage-status",
    ]
