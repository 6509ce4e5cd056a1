"""GraphStore contract, the value-stream-health traversal.

On a small value stream: stages by order then key (NEXT may cycle), capabilities by key,
only the KPIs measuring its stages, each KPI's latest measurement (ties on ``at`` by
key), status against target and direction, trend over the last three measurements,
rollups per stage and for the stream. Then the demo's value streams. On Neo4j the
traversal is one query.
"""

from decimal import Decimal

from graph_api.store.base import AddLink, GraphStore, UpsertNode, WriteOp
from graph_api.traversals import VALUE_STREAM_HEALTH
from graph_api.traversals.value_stream_health.result import KpiStatus, KpiTrend, ValueStreamHealth
from tests.contract.helpers import link, ref


def node(node_kind: str, key: str, **props: object) -> UpsertNode:
    return UpsertNode(node_kind, key, {"name": key.title(), **props})


def rel(type_: str, source: str, target: str) -> AddLink:
    """A link named by ``Kind:key`` strings."""
    (sk, sv), (tk, tv) = source.split(":"), target.split(":")
    return link(type_, ref(sk, sv), ref(tk, tv))


def kpi(
    key: str, direction: str, target: float | None, *values: tuple[str, str, float]
) -> list[WriteOp]:
    """A KPI and its measurements, each ``(key suffix, at, value)``."""
    props: dict[str, object] = {"name": key, "direction": direction}
    if target is not None:
        props["target"] = target
    ops: list[WriteOp] = [UpsertNode("KPI", key, props)]
    for suffix, at, value in values:
        ops.append(UpsertNode("Measurement", f"{key}-{suffix}", {"value": value, "at": at}))
        ops.append(rel("HAS_MEASUREMENT", f"KPI:{key}", f"Measurement:{key}-{suffix}"))
    return ops


MODEL: list[WriteOp] = [
    node("ValueStream", "flow"),
    node("ValueStream", "calm"),
    node("ValueStream", "bare"),
    node("ValueStreamStage", "s1", order=1),
    node("ValueStreamStage", "s3", order=2),
    node("ValueStreamStage", "s2", order=2),
    node("ValueStreamStage", "s0", order=3),
    node("ValueStreamStage", "c1", order=1),
    node("Capability", "cap-b", level=1, maturity=4),
    node("Capability", "cap-a", level=2, maturity=2),
    node("Step", "a-step", order=1),
    *kpi(
        "k-up",
        "higher_is_better",
        100,
        ("1", "2026-01-31", 80),
        ("2", "2026-02-28", 95),
        ("3", "2026-03-31", 92),
        ("4", "2026-04-30", 99),
    ),
    # two measurements on 2026-02-28: the latest is the one with the greater key (b)
    *kpi(
        "k-down",
        "lower_is_better",
        10,
        ("1", "2026-01-31", 8),
        ("b", "2026-02-28", 9),
        ("a", "2026-02-28", 7),
    ),
    *kpi("k-off", "higher_is_better", 50, ("1", "2026-01-31", 40)),
    *kpi("k-flat", "lower_is_better", 20, ("1", "2026-01-31", 25), ("2", "2026-02-28", 25.1)),
    *kpi("k-none", "higher_is_better", None, ("1", "2026-01-31", 5), ("2", "2026-02-28", 7)),
    *kpi("k-empty", "higher_is_better", 1),
    *kpi("k-step", "higher_is_better", 1, ("1", "2026-01-31", 0)),
    rel("HAS_STAGE", "ValueStream:flow", "ValueStreamStage:s0"),
    rel("HAS_STAGE", "ValueStream:flow", "ValueStreamStage:s3"),
    rel("HAS_STAGE", "ValueStream:flow", "ValueStreamStage:s2"),
    rel("HAS_STAGE", "ValueStream:flow", "ValueStreamStage:s1"),
    rel("HAS_STAGE", "ValueStream:calm", "ValueStreamStage:c1"),
    rel("NEXT", "ValueStreamStage:s1", "ValueStreamStage:s2"),
    rel("NEXT", "ValueStreamStage:s2", "ValueStreamStage:s3"),
    rel("NEXT", "ValueStreamStage:s3", "ValueStreamStage:s1"),
    rel("ENABLED_BY", "ValueStreamStage:s1", "Capability:cap-b"),
    rel("ENABLED_BY", "ValueStreamStage:s1", "Capability:cap-a"),
    rel("MEASURES", "KPI:k-up", "ValueStreamStage:s1"),
    rel("MEASURES", "KPI:k-down", "ValueStreamStage:s1"),
    rel("MEASURES", "KPI:k-off", "ValueStreamStage:s2"),
    rel("MEASURES", "KPI:k-flat", "ValueStreamStage:s2"),
    rel("MEASURES", "KPI:k-flat", "ValueStreamStage:s3"),
    rel("MEASURES", "KPI:k-none", "ValueStreamStage:s3"),
    rel("MEASURES", "KPI:k-empty", "ValueStreamStage:s3"),
    rel("MEASURES", "KPI:k-down", "ValueStreamStage:c1"),
    rel("MEASURES", "KPI:k-step", "Step:a-step"),
]

KpiRow = tuple[str, str | None, KpiStatus, KpiTrend, Decimal | None, list[str]]


def kpi_rows(health: ValueStreamHealth, stage: int) -> list[KpiRow]:
    """(kpi, latest measurement, status, trend, delta, trend window) of a stage's KPIs."""
    return [
        (
            k.kpi_key,
            k.latest.key if k.latest else None,
            k.status,
            k.trend,
            k.trend_delta,
            [m.key for m in k.trend_window],
        )
        for k in health.stages[stage].kpis
    ]


S = KpiStatus
T = KpiTrend


async def test_health_of_a_small_value_stream(store: GraphStore) -> None:
    await store.write(MODEL)
    health = await store.traverse(VALUE_STREAM_HEALTH, "flow")
    assert health is not None
    assert [(s.stage_key, s.status) for s in health.stages] == [
        ("s1", S.AT_RISK),
        ("s2", S.OFF_TRACK),
        ("s3", S.OFF_TRACK),
        ("s0", S.NO_DATA),
    ]
    assert health.status == S.OFF_TRACK
    assert [s.capability_keys for s in health.stages] == [["cap-a", "cap-b"], [], [], []]
    assert kpi_rows(health, 0) == [
        # 9 <= 10: on track; 8 -> 9 over the window is worse for lower_is_better
        (
            "k-down",
            "k-down-b",
            S.ON_TRACK,
            T.WORSENING,
            Decimal("1"),
            ["k-down-1", "k-down-a", "k-down-b"],
        ),
        # 99 misses 100 by 1 <= 10% of 100; 95 -> 99 (the first, 80, is outside the window)
        ("k-up", "k-up-4", S.AT_RISK, T.IMPROVING, Decimal("4"), ["k-up-2", "k-up-3", "k-up-4"]),
    ]
    assert kpi_rows(health, 1) == [
        # 25.1 misses 20 by 5.1 > 2; a change of 0.1 is within 1% of 20
        ("k-flat", "k-flat-2", S.OFF_TRACK, T.STABLE, Decimal("0.1"), ["k-flat-1", "k-flat-2"]),
        # 40 misses 50 by 10 > 5; one measurement makes no trend
        ("k-off", "k-off-1", S.OFF_TRACK, T.NO_DATA, None, ["k-off-1"]),
    ]
    assert kpi_rows(health, 2) == [
        ("k-empty", None, S.NO_DATA, T.NO_DATA, None, []),
        ("k-flat", "k-flat-2", S.OFF_TRACK, T.STABLE, Decimal("0.1"), ["k-flat-1", "k-flat-2"]),
        # no target: no status; 5 -> 7 is beyond 1% of 5
        ("k-none", "k-none-2", S.NO_DATA, T.IMPROVING, Decimal("2"), ["k-none-1", "k-none-2"]),
    ]
    assert health.stages[3].kpis == []
    up = health.stages[0].kpis[1]
    assert (up.direction, up.target, up.latest and up.latest.value) == ("higher_is_better", 100, 99)
    assert up.latest is not None and up.latest.at == "2026-04-30"


async def test_other_value_streams_and_unknown_ones(store: GraphStore) -> None:
    await store.write(MODEL)
    calm = await store.traverse(VALUE_STREAM_HEALTH, "calm")
    assert calm is not None
    assert [(s.stage_key, s.status) for s in calm.stages] == [("c1", S.ON_TRACK)]
    assert calm.status == S.ON_TRACK
    assert await store.traverse(VALUE_STREAM_HEALTH, "bare") == ValueStreamHealth(
        "bare", [], S.NO_DATA
    )
    assert await store.traverse(VALUE_STREAM_HEALTH, "no-such-stream") is None


def queries_run(store: GraphStore) -> int:
    """How many Cypher queries the store ran so far (0 for the embedded store)."""
    return int(getattr(store, "query_count", 0))


async def test_demo_restore_service(demo_store: GraphStore) -> None:
    before = queries_run(demo_store)
    health = await demo_store.traverse(VALUE_STREAM_HEALTH, "restore-service")
    if demo_store.name == "neo4j":  # the whole health check is one Cypher query
        assert queries_run(demo_store) == before + 1
    assert health is not None
    assert [(s.stage_key, s.status) for s in health.stages] == [
        ("restore-detect", S.NO_DATA),
        ("restore-diagnose", S.NO_DATA),
        ("restore-repair", S.OFF_TRACK),
        ("restore-close", S.OFF_TRACK),
    ]
    assert health.status == S.OFF_TRACK
    assert health.stages[1].capability_keys == [
        "fault-management",
        "omnichannel-case-management",
        "remote-line-diagnostics",
    ]
    # MTTR 36.1 h against 24 h (lower is better), down from 44.2 over the last three months
    assert kpi_rows(health, 2) == [
        (
            "mean-time-to-restore",
            "mean-time-to-restore-2026-04",
            S.OFF_TRACK,
            T.IMPROVING,
            Decimal("-8.1"),
            [
                "mean-time-to-restore-2026-02",
                "mean-time-to-restore-2026-03",
                "mean-time-to-restore-2026-04",
            ],
        )
    ]


async def test_demo_connect_new_customer(demo_store: GraphStore) -> None:
    health = await demo_store.traverse(VALUE_STREAM_HEALTH, "connect-new-customer")
    assert health is not None
    assert [s.stage_key for s in health.stages] == [
        "connect-qualify",
        "connect-order",
        "connect-provision",
        "connect-install",
        "connect-onboard",
    ]
    assert [[k.kpi_key for k in s.kpis] for s in health.stages] == [
        [],
        [],
        ["order-to-live-days"],
        [],
        ["nps-joining-journey"],
    ]
    # NPS 27 against 35: 8 short, more than 10% of 35; 24 -> 27 over the window
    onboard = health.stages[4].kpis[0]
    assert (onboard.status, onboard.trend, onboard.trend_delta) == (
        S.OFF_TRACK,
        T.IMPROVING,
        Decimal("3"),
    )
