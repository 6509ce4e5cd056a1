"""GraphStore contract: on random decimals crowded onto the thresholds, both stores rank
outcomes and rate KPIs exactly as the rules computed by hand on the typed text.

The decimals come from :mod:`tests.typed_decimals` (fixed seeds, so
a failure replays); the stores only ever see ``float(text)``.
"""

import random

import pytest

from graph_api.store.base import GraphStore, UpsertNode, WriteOp
from graph_api.traversals import OPPORTUNITY_SCORES, VALUE_STREAM_HEALTH
from graph_api.traversals.opportunity_scores.result import OpportunityScoresQuery
from tests.contract.traversals.product_graph import one_query
from tests.contract.traversals.test_value_stream_health import kpi, node, rel
from tests.typed_decimals import (
    expected_ranking,
    random_kpi,
    random_outcome,
)

COUNT = 150


@pytest.mark.parametrize("seed", [14, 2026])
async def test_random_outcomes_rank_as_typed(store: GraphStore, seed: int) -> None:
    rng = random.Random(seed)
    outcomes = [random_outcome(rng, f"o-{n:03d}") for n in range(COUNT)]
    await store.write(
        [
            UpsertNode(
                "Outcome",
                o.key,
                {
                    "statement": o.key,
                    "importance": float(o.importance),
                    "satisfaction": float(o.satisfaction),
                },
            )
            for o in outcomes
        ]
    )
    rows = await one_query(store, store.traverse(OPPORTUNITY_SCORES, OpportunityScoresQuery()))
    got = [(r.outcome_key, r.score, r.underserved, r.overserved) for r in rows]
    assert got == expected_ranking(outcomes)
    # the draw does crowd the threshold: many score exactly 10
    assert sum(1 for o in outcomes if o.score() == 10) >= COUNT // 10


@pytest.mark.parametrize("seed", [14, 2026])
async def test_random_kpis_rate_as_typed(store: GraphStore, seed: int) -> None:
    rng = random.Random(seed)
    kpis = [random_kpi(rng, f"k-{n:03d}") for n in range(COUNT)]
    ops: list[WriteOp] = [
        node("ValueStream", "vs"),
        node("ValueStreamStage", "st", order=1),
        rel("HAS_STAGE", "ValueStream:vs", "ValueStreamStage:st"),
    ]
    for k in kpis:
        target = float(k.target) if k.target is not None else None
        first, last = ("1", "2026-01-31", float(k.earliest)), ("2", "2026-02-28", float(k.latest))
        ops += [*kpi(k.key, k.direction, target, first, last)]
        ops.append(rel("MEASURES", f"KPI:{k.key}", "ValueStreamStage:st"))
    await store.write(ops)
    health = await one_query(store, store.traverse(VALUE_STREAM_HEALTH, "vs"))
    assert health is not None
    got = {h.kpi_key: (h.status.value, h.trend.value, h.trend_delta) for h in health.stages[0].kpis}
    assert got == {k.key: (k.status(), *k.trend()) for k in kpis}
    statuses = {k.status() for k in kpis}
    assert statuses == {"on_track", "at_risk", "off_track", "no_data"}
