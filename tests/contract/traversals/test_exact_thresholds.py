"""GraphStore contract: the thresholds of opportunityScores and valueStreamHealth hold
exactly for the decimals people type, on both stores.

The stores keep floats, which only approximate decimals: computed in floats, 9.7 +
(9.7 - 9.4) is 9.999999999999998 and 7 - 6.3 is more than 10% of 7. Each case here sits
on a boundary the docs state, or one step either side of it (often in the last digit a
float can carry), and its expectation is written as the decimal a person would compute
by hand. The same-day tie rule for the latest measurement is pinned down here too.
"""

from decimal import Decimal

from graph_api.store.base import GraphStore, UpsertNode, WriteOp
from graph_api.traversals import OPPORTUNITY_SCORES, VALUE_STREAM_HEALTH
from graph_api.traversals.opportunity_scores.result import OpportunityScoresQuery
from graph_api.traversals.value_stream_health.result import KpiHealth, KpiStatus, KpiTrend
from tests.contract.traversals.product_graph import one_query
from tests.contract.traversals.test_value_stream_health import kpi, node, rel

S, T = KpiStatus, KpiTrend
UP, DOWN = "higher_is_better", "lower_is_better"

# (key, importance, satisfaction, exact score, underserved, overserved), in the order
# the ranking must give: by exact score, highest first, then by key.
OUTCOMES: list[tuple[str, float, float, str, bool, bool]] = [
    ("top", 10, 0, "20", True, False),
    ("above-ten-last-digit", 5.000000000000001, 0, "10.000000000000002", True, False),
    # exactly 10, five ways: a tie, so by key
    ("at-ten-eight-two", 8.2, 6.4, "10.0", True, False),
    ("at-ten-fourteen-places", 9.99999999999999, 9.99999999999998, "10", True, False),
    ("at-ten-typed", 9.7, 9.4, "10.0", True, False),  # floats: 9.999999999999998
    ("at-ten-whole", 5, 0, "10", True, False),
    ("equal-ten", 10, 10, "10", True, False),
    # the float the 9.7 / 9.4 case gives in float arithmetic: now strictly below 10
    ("below-ten-last-digit", 4.999999999999999, 0, "9.999999999999998", False, False),
    ("below-ten-hundredth", 9.7, 9.41, "9.99", False, False),
    ("under-by-last-digit", 7.300000000000001, 7.3, "7.300000000000002", False, False),
    ("equal", 7.3, 7.3, "7.3", False, False),  # satisfaction == importance: not overserved
    ("over-by-last-digit", 7.3, 7.300000000000001, "7.3", False, True),
    ("tenths", 0.2, 0.1, "0.3", False, False),  # floats: 0.30000000000000004
    ("over", 0, 10, "0", False, True),
    ("zero", 0, 0, "0", False, False),
]


def outcome(key: str, importance: float, satisfaction: float) -> UpsertNode:
    props = {"statement": key, "importance": importance, "satisfaction": satisfaction}
    return UpsertNode("Outcome", key, props)


async def test_opportunity_scores_on_and_around_the_boundaries(store: GraphStore) -> None:
    await store.write([outcome(key, i, s) for key, i, s, *_ in OUTCOMES])
    rows = await one_query(store, store.traverse(OPPORTUNITY_SCORES, OpportunityScoresQuery()))
    assert [(r.outcome_key, r.score, r.underserved, r.overserved) for r in rows] == [
        (key, Decimal(score), under, over) for key, _, _, score, under, over in OUTCOMES
    ]
    # the score is the exact decimal, not just equal to it: 9.7 and 9.4 give 10.0
    by_key = {r.outcome_key: r for r in rows}
    assert str(by_key["at-ten-typed"].score) == "10.0"
    assert (by_key["at-ten-typed"].importance, by_key["at-ten-typed"].satisfaction) == (9.7, 9.4)


# (KPI key, direction, target, latest value, status). AT_RISK: missed by at most 10% of
# |target|; a zero target has no AT_RISK band.
STATUSES: list[tuple[str, str, float | None, float, KpiStatus]] = [
    ("up-7-met", UP, 7, 7, S.ON_TRACK),
    ("up-7-above", UP, 7, 7.000000000000001, S.ON_TRACK),
    ("up-7-just-missed", UP, 7, 6.999999999999999, S.AT_RISK),
    ("up-7-inside-band", UP, 7, 6.300000000000001, S.AT_RISK),
    ("up-7-at-band", UP, 7, 6.3, S.AT_RISK),  # floats: OFF_TRACK
    ("up-7-past-band", UP, 7, 6.299999999999999, S.OFF_TRACK),
    ("up-7-well-past", UP, 7, 6.29, S.OFF_TRACK),
    ("down-7-met", DOWN, 7, 7, S.ON_TRACK),
    ("down-7-below", DOWN, 7, 6.9, S.ON_TRACK),
    ("down-7-just-missed", DOWN, 7, 7.000000000000001, S.AT_RISK),
    ("down-7-at-band", DOWN, 7, 7.7, S.AT_RISK),  # floats: OFF_TRACK
    ("down-7-past-band", DOWN, 7, 7.700000000000001, S.OFF_TRACK),
    ("up-tenths-at-band", UP, 0.3, 0.27, S.AT_RISK),
    ("up-tenths-past-band", UP, 0.3, 0.26999999999999, S.OFF_TRACK),
    ("up-negative-met", UP, -0.3, -0.29, S.ON_TRACK),
    ("up-negative-at-band", UP, -0.3, -0.33, S.AT_RISK),  # floats: OFF_TRACK
    ("up-negative-past-band", UP, -0.3, -0.3300000001, S.OFF_TRACK),
    ("down-negative-met", DOWN, -5.5, -5.6, S.ON_TRACK),
    ("down-negative-at-band", DOWN, -5.5, -4.95, S.AT_RISK),
    ("down-negative-past-band", DOWN, -5.5, -4.9499, S.OFF_TRACK),
    ("up-zero-met", UP, 0, 0, S.ON_TRACK),
    ("up-zero-negative-zero", UP, 0, -0.0, S.ON_TRACK),
    ("up-zero-above", UP, 0, 0.1, S.ON_TRACK),
    ("up-zero-missed", UP, 0, -0.000001, S.OFF_TRACK),
    ("down-zero-missed", DOWN, 0, 1e-300, S.OFF_TRACK),
    ("up-places-at-band", UP, 123456.789, 111111.1101, S.AT_RISK),
    ("up-places-past-band", UP, 123456.789, 111111.11, S.OFF_TRACK),
    ("up-tiny-at-band", UP, 1e-7, 9e-8, S.AT_RISK),
    ("up-tiny-past-band", UP, 1e-7, 8.9999e-8, S.OFF_TRACK),
    ("up-large-at-band", UP, 1e15, 9e14, S.AT_RISK),
    ("up-large-past-band", UP, 1e15, 899999999999999, S.OFF_TRACK),
    ("no-target", UP, None, 5, S.NO_DATA),
]

# (KPI key, direction, target, earliest value, latest value, trend, exact delta). STABLE:
# |delta| within 1% of |target|, of |earliest| when there is no target.
TRENDS: list[tuple[str, str, float | None, float, float, KpiTrend, str]] = [
    ("t-up-at-band", UP, 0.7, 0.7, 0.707, T.STABLE, "0.007"),  # floats: IMPROVING
    ("t-up-past-band", UP, 0.7, 0.7, 0.7070000000001, T.IMPROVING, "0.0070000000001"),
    ("t-up-at-band-down", UP, 0.7, 0.7, 0.693, T.STABLE, "-0.007"),
    ("t-up-past-band-down", UP, 0.7, 0.7, 0.6929999999999, T.WORSENING, "-0.0070000000001"),
    ("t-down-past-band-down", DOWN, 0.7, 0.7, 0.6929999999999, T.IMPROVING, "-0.0070000000001"),
    ("t-down-past-band-up", DOWN, 0.7, 0.7, 0.7070000000001, T.WORSENING, "0.0070000000001"),
    ("t-seven-at-band", UP, 7, 6.3, 6.37, T.STABLE, "0.07"),
    # past the band in the tenth decimal only
    ("t-seven-places", UP, 7, 1, 1.0700000004, T.IMPROVING, "0.0700000004"),
    ("t-negative-at-band", UP, -35, -35, -35.35, T.STABLE, "-0.35"),
    ("t-negative-past-band", UP, -35, -35, -35.3500001, T.WORSENING, "-0.3500001"),
    ("t-none-at-band", UP, None, 0.3, 0.303, T.STABLE, "0.003"),
    ("t-none-past-band", UP, None, 0.3, 0.3030000001, T.IMPROVING, "0.0030000001"),
    ("t-none-negative-at-band", UP, None, -2.5, -2.525, T.STABLE, "-0.025"),
    ("t-none-negative-past-band", UP, None, -2.5, -2.5250001, T.WORSENING, "-0.0250001"),
    ("t-none-from-zero-flat", UP, None, 0, 0, T.STABLE, "0"),
    ("t-none-from-zero", DOWN, None, 0, 1e-9, T.WORSENING, "1E-9"),
    ("t-tenths-delta", UP, 100, 0.1, 0.3, T.STABLE, "0.2"),  # floats: 0.19999999999999998
]


def health_model() -> list[WriteOp]:
    """One value stream, one stage, every KPI of STATUSES and TRENDS measuring it."""
    ops: list[WriteOp] = [
        node("ValueStream", "vs"),
        node("ValueStreamStage", "st", order=1),
        rel("HAS_STAGE", "ValueStream:vs", "ValueStreamStage:st"),
    ]
    for key, direction, target, value, _ in STATUSES:
        ops += kpi(key, direction, target, ("1", "2026-01-31", value))
        ops.append(rel("MEASURES", f"KPI:{key}", "ValueStreamStage:st"))
    for key, direction, target, earliest, latest, *_ in TRENDS:
        ops += kpi(
            key, direction, target, ("1", "2026-01-31", earliest), ("2", "2026-02-28", latest)
        )
        ops.append(rel("MEASURES", f"KPI:{key}", "ValueStreamStage:st"))
    return ops


async def kpis_of_the_stage(store: GraphStore, ops: list[WriteOp]) -> dict[str, KpiHealth]:
    await store.write(ops)
    health = await one_query(store, store.traverse(VALUE_STREAM_HEALTH, "vs"))
    assert health is not None
    return {k.kpi_key: k for k in health.stages[0].kpis}


async def test_kpi_status_on_and_around_the_band(store: GraphStore) -> None:
    kpis = await kpis_of_the_stage(store, health_model())
    assert {key: kpis[key].status for key, *_ in STATUSES} == {
        key: status for key, *_, status in STATUSES
    }


async def test_kpi_trend_on_and_around_the_stable_band(store: GraphStore) -> None:
    kpis = await kpis_of_the_stage(store, health_model())
    assert {key: (kpis[key].trend, kpis[key].trend_delta) for key, *_ in TRENDS} == {
        key: (trend, Decimal(delta)) for key, *_, trend, delta in TRENDS
    }
    # the delta is the exact decimal, not the float difference
    assert str(kpis["t-tenths-delta"].trend_delta) == "0.2"


# Seven measurements of one KPI, six of them on the same day. Of those, the one whose key
# sorts last (character by character: "t-10" < "t-9" < "t-a" < "t-b-2" < "t-b.2" <
# "t-b_2") is the latest; "t-z", a day earlier, comes first despite its key.
SAME_DAY = [
    ("z", "2026-02-28", 1),
    ("b-2", "2026-03-01", 5),
    ("a", "2026-03-01", 2),
    ("b_2", "2026-03-01", 9),
    ("10", "2026-03-01", 3),
    ("b.2", "2026-03-01", 7),
    ("9", "2026-03-01", 4),
]


def tie_model() -> list[WriteOp]:
    return [
        node("ValueStream", "vs"),
        node("ValueStreamStage", "st", order=1),
        rel("HAS_STAGE", "ValueStream:vs", "ValueStreamStage:st"),
        *kpi("t", UP, 10, *SAME_DAY),
        rel("MEASURES", "KPI:t", "ValueStreamStage:st"),
        # a later day wins whatever its key: "u-a" on the 2nd over "u-z" on the 1st
        *kpi("u", UP, 10, ("z", "2026-03-01", 10), ("a", "2026-03-02", 8)),
        rel("MEASURES", "KPI:u", "ValueStreamStage:st"),
    ]


async def test_same_day_measurements_are_ordered_by_key(store: GraphStore) -> None:
    kpis = await kpis_of_the_stage(store, tie_model())
    same_day = kpis["t"]
    assert [m.key for m in same_day.trend_window] == ["t-b-2", "t-b.2", "t-b_2"]
    assert same_day.latest is not None and same_day.latest.key == "t-b_2"
    # 9 against 10 is at the band; 5 -> 9 over the window
    assert (same_day.status, same_day.trend, same_day.trend_delta) == (
        S.AT_RISK,
        T.IMPROVING,
        Decimal(4),
    )
    later_day = kpis["u"]
    assert [m.key for m in later_day.trend_window] == ["u-z", "u-a"]
    assert later_day.latest is not None and later_day.latest.key == "u-a"
    assert (later_day.status, later_day.trend_delta) == (S.OFF_TRACK, Decimal(-2))
