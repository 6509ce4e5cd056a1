"""GraphStore contract, the journey-health traversal.

On a small graph (tests/contract/traversals/journey_health_graph.py): stages and steps by
order then key, the KPIs measuring each step and each of its touchpoints (all touchpoints,
by key) and the journey itself, each rated as valueStreamHealth rates it (latest value by
``at`` then key, status, trend); statuses rolled up per step, stage and journey (the worst
with data wins), trend counts over distinct KPIs; nothing from another journey. Unknown,
other-kind and hostile keys give None and change nothing. On Neo4j it is one query.
"""

from decimal import Decimal

import pytest

from graph_api.store.base import GraphStore
from graph_api.traversals import JOURNEY_HEALTH
from graph_api.traversals.journey_health.result import JourneyHealth, TrendCounts
from graph_api.traversals.value_stream_health.result import KpiHealth, KpiStatus, KpiTrend
from tests.contract.traversals.journey_health_graph import JOURNEY_HEALTH_GRAPH
from tests.contract.traversals.test_value_stream_health import queries_run

S, T = KpiStatus, KpiTrend


def counts(
    improving: int = 0, worsening: int = 0, stable: int = 0, no_data: int = 0
) -> TrendCounts:
    return TrendCounts(improving, worsening, stable, no_data)


def keys(kpis: list[KpiHealth]) -> list[str]:
    return [k.kpi_key for k in kpis]


def shape(health: JourneyHealth) -> list[object]:
    """Per stage: key, status, trends, and per step: key, status, trends, its KPIs, and
    per touchpoint: key, status, its KPIs."""
    return [
        (
            stage.stage_key,
            stage.status,
            stage.trends,
            [
                (
                    step.step_key,
                    step.status,
                    step.trends,
                    keys(step.kpis),
                    [(t.touchpoint_key, t.status, keys(t.kpis)) for t in step.touchpoints],
                )
                for step in stage.steps
            ],
        )
        for stage in health.stages
    ]


async def trip(store: GraphStore) -> JourneyHealth:
    await store.write(JOURNEY_HEALTH_GRAPH)
    before = queries_run(store)
    health = await store.traverse(JOURNEY_HEALTH, "trip")
    if store.name == "neo4j":  # the whole journey is one Cypher query
        assert queries_run(store) == before + 1
    assert health is not None
    return health


async def test_stages_steps_and_touchpoints_in_order_with_rollups(store: GraphStore) -> None:
    health = await trip(store)
    assert shape(health) == [
        (
            "plan",
            S.OFF_TRACK,
            counts(improving=1, worsening=1, no_data=1),
            [
                # k-board measures the step and its touchpoint: counted once
                (
                    "check",
                    S.OFF_TRACK,
                    counts(improving=1, worsening=1),
                    ["k-board", "k-check"],
                    [("board", S.OFF_TRACK, ["k-board"])],
                ),
                ("buy", S.NO_DATA, counts(no_data=1), [], [("ticket-app", S.NO_DATA, ["k-empty"])]),
            ],
        ),
        ("after", S.NO_DATA, counts(), []),  # tied with travel on order 2: by key
        (
            "travel",
            S.ON_TRACK,
            counts(improving=2, stable=1),
            [
                (
                    "arrive",
                    S.ON_TRACK,
                    counts(stable=1),
                    [],
                    [("exit", S.NO_DATA, []), ("gate", S.ON_TRACK, ["k-flat"])],
                ),
                # k-none has no target (no status) but a trend
                ("ride", S.ON_TRACK, counts(improving=2), ["k-check", "k-none"], []),
            ],
        ),
    ]
    assert keys(health.kpis) == ["k-nps"]
    assert health.status == S.OFF_TRACK
    # k-check measures steps of two stages: counted once for the journey
    assert health.trends == counts(improving=2, worsening=2, stable=1, no_data=1)


KpiRow = tuple[str, str | None, float | None, KpiStatus, KpiTrend, Decimal | None, list[str]]


def row(kpi: KpiHealth) -> KpiRow:
    """(kpi, latest measurement, latest value, status, trend, delta, trend window)."""
    latest = kpi.latest
    return (
        kpi.kpi_key,
        latest.key if latest else None,
        latest.value if latest else None,
        kpi.status,
        kpi.trend,
        kpi.trend_delta,
        [m.key for m in kpi.trend_window],
    )


async def test_each_kpi_is_rated_as_value_stream_health_rates_it(store: GraphStore) -> None:
    health = await trip(store)
    plan, _, travel = health.stages
    check, buy = plan.steps
    arrive, ride = travel.steps
    assert [row(k) for k in check.kpis] == [
        # two measurements on the latest day: the greater key (-b) is the latest
        (
            "k-board",
            "k-board-b",
            14,
            S.OFF_TRACK,
            T.WORSENING,
            Decimal("2"),
            ["k-board-0", "k-board-a", "k-board-b"],
        ),
        (
            "k-check",
            "k-check-3",
            82,
            S.ON_TRACK,
            T.IMPROVING,
            Decimal("12"),
            ["k-check-1", "k-check-2", "k-check-3"],
        ),
    ]
    assert check.touchpoints[0].kpis == [check.kpis[0]]  # the same KPI rates the same
    assert [row(k) for k in buy.touchpoints[0].kpis] == [
        ("k-empty", None, None, S.NO_DATA, T.NO_DATA, None, [])
    ]
    assert [row(k) for k in arrive.touchpoints[1].kpis] == [
        ("k-flat", "k-flat-2", 95.5, S.ON_TRACK, T.STABLE, Decimal("0.5"), ["k-flat-1", "k-flat-2"])
    ]
    assert row(ride.kpis[1]) == (
        "k-none",
        "k-none-2",
        7,
        S.NO_DATA,
        T.IMPROVING,
        Decimal("2"),
        ["k-none-1", "k-none-2"],
    )
    assert [row(k) for k in health.kpis] == [
        ("k-nps", "k-nps-2", 28, S.AT_RISK, T.WORSENING, Decimal("-2"), ["k-nps-1", "k-nps-2"])
    ]
    nps = health.kpis[0]
    assert (nps.direction, nps.target) == ("higher_is_better", 30)
    assert nps.latest is not None and nps.latest.at == "2026-02-28"


async def test_the_journey_rolls_up_its_own_kpis_with_its_stages(store: GraphStore) -> None:
    await store.write(JOURNEY_HEALTH_GRAPH)
    calm = await store.traverse(JOURNEY_HEALTH, "calm")
    assert calm is not None
    # every step on track, the KPI measuring the journey off track: the journey is off
    assert [(s.stage_key, s.status) for s in calm.stages] == [("c1", S.ON_TRACK)]
    assert (keys(calm.kpis), calm.status) == (["k-board"], S.OFF_TRACK)
    assert calm.trends == counts(worsening=1, stable=1)
    solo = await store.traverse(JOURNEY_HEALTH, "solo")
    assert solo is not None
    assert (solo.stages, keys(solo.kpis), solo.status) == ([], ["k-nps"], S.AT_RISK)
    assert solo.trends == counts(worsening=1)


async def test_journeys_without_kpis_have_no_data(store: GraphStore) -> None:
    await store.write(JOURNEY_HEALTH_GRAPH)
    quiet = await store.traverse(JOURNEY_HEALTH, "quiet")
    assert quiet is not None
    assert shape(quiet) == [
        (
            "q1",
            S.NO_DATA,
            counts(),
            [("q-step", S.NO_DATA, counts(), [], [("q-desk", S.NO_DATA, [])])],
        )
    ]
    assert (quiet.kpis, quiet.status, quiet.trends) == ([], S.NO_DATA, counts())
    assert await store.traverse(JOURNEY_HEALTH, "bare") == JourneyHealth(
        "bare", [], [], S.NO_DATA, counts()
    )


@pytest.mark.parametrize(
    "key",
    [
        "no-such-journey",
        "check",  # a step's key
        "k-nps",  # a KPI's key
        "TRIP",  # keys are case-sensitive
        "trip ",
        "",
        "' OR 1=1 //",
        "x}) MATCH (n) DETACH DELETE n //",
        "j" * 10_000,
        "trïp\u0000",
    ],
)
async def test_unknown_other_kind_and_hostile_keys_find_nothing(
    store: GraphStore, key: str
) -> None:
    await store.write(JOURNEY_HEALTH_GRAPH)
    assert await store.traverse(JOURNEY_HEALTH, key) is None
    still = await store.traverse(JOURNEY_HEALTH, "trip")  # nothing was changed
    assert still is not None and still.status == S.OFF_TRACK


async def test_demo_fault_repair(demo_store: GraphStore) -> None:
    before = queries_run(demo_store)
    health = await demo_store.traverse(JOURNEY_HEALTH, "fault-repair")
    if demo_store.name == "neo4j":
        assert queries_run(demo_store) == before + 1
    assert health is not None
    # every step is measured: the first four stages have a step off track (the outage
    # notices, the self-fix rate, the fault line, the repair slot); the last is at risk
    # (compensation paid in 10 days, 84.9% against 90%) with the fix itself on track
    assert [(s.stage_key, s.status) for s in health.stages] == [
        ("notice-problem", S.OFF_TRACK),
        ("self-diagnose", S.OFF_TRACK),
        ("report-fault", S.OFF_TRACK),
        ("engineer-visit", S.OFF_TRACK),
        ("resolution", S.AT_RISK),
    ]
    assert [(s.step_key, s.status) for s in health.stages[4].steps] == [
        ("fr-confirm-fix", S.ON_TRACK),
        ("fr-claim-compensation", S.AT_RISK),
    ]
    assert [s.step_key for s in health.stages[2].steps] == [
        "fr-call-support",
        "fr-report-in-chat",
        "fr-get-fault-reference",
    ]
    call = health.stages[2].steps[0]
    # first-contact resolution measures the call and its agent touchpoint; the IVR's
    # abandonment its IVR touchpoint: 57.9% against 70%, 10.3% against 5%
    assert keys(call.kpis) == ["fault-first-contact-resolution"]
    assert [(t.touchpoint_key, keys(t.kpis)) for t in call.touchpoints if t.kpis] == [
        ("agent-fault-call", ["fault-first-contact-resolution"]),
        ("ivr-fault-menu", ["fault-line-ivr-abandonment"]),
    ]
    assert (call.status, call.trends) == (S.OFF_TRACK, counts(improving=2))
    visit = health.stages[3].steps[1]
    # 90.3% of repair appointments kept against 95%: 4.7 short, within 10% of 95; the
    # on-the-way SMS is on track (97.6% against 95%, 0.5 up since September: within 1% of
    # 95, stable): the step is at risk, the worst of its touchpoints
    assert (visit.step_key, visit.kpis, visit.status) == ("fr-wait-for-engineer", [], S.AT_RISK)
    assert [(t.touchpoint_key, row(k)) for t in visit.touchpoints for k in t.kpis] == [
        (
            "engineer-on-way-sms",
            (
                "engineer-on-way-sms-sent",
                "engineer-on-way-sms-sent-2026-11",
                97.6,
                S.ON_TRACK,
                T.STABLE,
                Decimal("0.5"),
                [
                    "engineer-on-way-sms-sent-2026-09",
                    "engineer-on-way-sms-sent-2026-10",
                    "engineer-on-way-sms-sent-2026-11",
                ],
            ),
        ),
        (
            "engineer-repair-visit",
            (
                "repair-appointments-kept",
                "repair-appointments-kept-2026-04",
                90.3,
                S.AT_RISK,
                T.IMPROVING,
                Decimal("3.9"),
                [
                    "repair-appointments-kept-2026-02",
                    "repair-appointments-kept-2026-03",
                    "repair-appointments-kept-2026-04",
                ],
            ),
        ),
    ]
    assert keys(health.kpis) == [
        "ces-fault-journey",
        "csat-fault-journey",
        "mean-time-to-restore",
        "nps-fault-journey",
    ]
    # 16 distinct KPIs: the journey's 4 and 12 on steps and touchpoints; worsening are
    # the journey's effort score, the outage notices, the chat CSAT and the repair slot;
    # stable the fault reference SMS and the on-the-way SMS
    assert (health.status, health.trends) == (
        S.OFF_TRACK,
        counts(improving=10, worsening=4, stable=2),
    )


async def test_demo_a_kpi_of_the_journey_and_a_step_counts_once(demo_store: GraphStore) -> None:
    health = await demo_store.traverse(JOURNEY_HEALTH, "bill-and-renew")
    assert health is not None
    # churn at contract end measures the journey and its call to retentions
    assert keys(health.kpis) == [
        "ces-billing-journey",
        "churn-at-contract-end",
        "csat-billing-journey",
        "nps-billing-journey",
    ]
    retentions = health.stages[3].steps[0]
    assert (retentions.step_key, keys(retentions.kpis)) == (
        "br-call-retentions",
        ["churn-at-contract-end"],
    )
    # 11 distinct KPIs, churn once: worsening are the effort score, billing contacts per
    # 1,000 bills at the query step, renewals before the contract ends and the leavers'
    # CSAT; stable the journey's CSAT and the bill's clarity
    assert health.trends == counts(improving=5, worsening=4, stable=2)
    assert health.status == S.OFF_TRACK


async def test_demo_a_kpi_without_target_and_one_measured_once(demo_store: GraphStore) -> None:
    health = await demo_store.traverse(JOURNEY_HEALTH, "new-connection")
    assert health is not None
    compare = health.stages[0].steps[1]
    # sales through comparison sites has no target: no status, but a trend; the step is
    # on track through its plan comparison page's conversion (13.1% against 12%)
    assert compare.step_key == "nc-compare-plans"
    assert [(k.kpi_key, k.status, k.trend) for k in compare.kpis] == [
        ("comparison-site-share", S.NO_DATA, T.IMPROVING)
    ]
    assert [(t.touchpoint_key, t.status) for t in compare.touchpoints] == [
        ("comparison-site-listing", S.NO_DATA),
        ("web-plan-comparison", S.ON_TRACK),
    ]
    assert compare.status == S.ON_TRACK
    speed = health.stages[4].steps[0]
    # lines below the guaranteed speed, measured once (14.6% against at most 5%): off
    # track, without a trend
    assert speed.step_key == "nc-test-speed"
    assert [row(k) for k in speed.kpis] == [
        (
            "speed-below-guarantee",
            "speed-below-guarantee-2026-11",
            14.6,
            S.OFF_TRACK,
            T.NO_DATA,
            None,
            ["speed-below-guarantee-2026-11"],
        )
    ]
    assert speed.trends == counts(no_data=1)
    # every stage has data; the journey's 13 distinct KPIs by trend
    assert [s.status for s in health.stages] == [
        S.AT_RISK,
        S.ON_TRACK,
        S.OFF_TRACK,
        S.AT_RISK,
        S.OFF_TRACK,
    ]
    assert health.trends == counts(improving=8, worsening=2, stable=2, no_data=1)
