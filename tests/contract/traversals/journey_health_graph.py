"""A small graph of journeys measured by KPIs, for the ``journeyHealth`` tests.

Journey ``trip``: stage ``plan`` (order 1: steps ``check`` and ``buy``), stages ``after``
(no steps) and ``travel`` tied on order 2 (so by key), ``travel``'s steps ``arrive`` and
``ride`` tied on order 1. KPIs measure steps, touchpoints (one both a step and its
touchpoint, one two steps of different stages) and the journey; one has no target, one
no measurement, one two measurements on its latest day. ``calm`` is on track at every step
but not as a journey; ``solo`` has only journey KPIs; ``quiet`` has steps and no KPI;
``bare`` nothing; ``other`` a KPI that must not leak into ``trip``.
"""

from graph_api.store.base import UpsertNode, WriteOp
from tests.contract.helpers import touchpoint
from tests.contract.traversals.test_value_stream_health import kpi, node, rel


def _place(kind: str, key: str, order: int, parent: str) -> list[WriteOp]:
    """A stage of a journey or a step of a stage (``parent`` as ``Kind:key``)."""
    link = "HAS_STAGE" if kind == "Stage" else "HAS_STEP"
    return [node(kind, key, order=order), rel(link, parent, f"{kind}:{key}")]


def _touchpoint(key: str, step: str) -> list[WriteOp]:
    return [touchpoint(key), rel("HAS_TOUCHPOINT", f"Step:{step}", f"Touchpoint:{key}")]


def _measures(kpi_key: str, *places: str) -> list[WriteOp]:
    return [rel("MEASURES", f"KPI:{kpi_key}", place) for place in places]


UP, DOWN = "higher_is_better", "lower_is_better"

JOURNEY_HEALTH_GRAPH: list[WriteOp] = [
    *(UpsertNode("Journey", key, {"name": key.title()}) for key in ("trip", "calm", "solo")),
    *(UpsertNode("Journey", key, {"name": key.title()}) for key in ("quiet", "bare", "other")),
    *_place("Stage", "plan", 1, "Journey:trip"),
    *_place("Stage", "travel", 2, "Journey:trip"),
    *_place("Stage", "after", 2, "Journey:trip"),
    *_place("Step", "buy", 2, "Stage:plan"),
    *_place("Step", "check", 1, "Stage:plan"),
    *_place("Step", "ride", 1, "Stage:travel"),
    *_place("Step", "arrive", 1, "Stage:travel"),
    *_touchpoint("board", "check"),
    *_touchpoint("ticket-app", "buy"),
    *_touchpoint("gate", "arrive"),
    *_touchpoint("exit", "arrive"),
    *_place("Stage", "c1", 1, "Journey:calm"),
    *_place("Step", "c-step", 1, "Stage:c1"),
    *_place("Stage", "q1", 1, "Journey:quiet"),
    *_place("Step", "q-step", 1, "Stage:q1"),
    *_touchpoint("q-desk", "q-step"),
    *_place("Stage", "o1", 1, "Journey:other"),
    *_place("Step", "o-step", 1, "Stage:o1"),
    # 70 -> 82 against 80: on track, improving
    *kpi(
        "k-check", UP, 80, ("1", "2026-01-31", 70), ("2", "2026-02-28", 75), ("3", "2026-03-31", 82)
    ),
    # two on 2026-03-31: the latest is -b (14), 4 over 10: off track; 12 -> 14 worsening
    *kpi(
        "k-board",
        DOWN,
        10,
        ("0", "2026-02-28", 12),
        ("b", "2026-03-31", 14),
        ("a", "2026-03-31", 9),
    ),
    *kpi("k-empty", UP, 1),  # no measurement
    *kpi("k-none", UP, None, ("1", "2026-01-31", 5), ("2", "2026-02-28", 7)),  # no target
    # 95.5 against 100 (lower is better): on track; a change of 0.5 is within 1% of 100
    *kpi("k-flat", DOWN, 100, ("1", "2026-01-31", 95), ("2", "2026-02-28", 95.5)),
    # 28 misses 30 by 2 <= 3: at risk; 30 -> 28 worsening
    *kpi("k-nps", UP, 30, ("1", "2026-01-31", 30), ("2", "2026-02-28", 28)),
    *kpi("k-other", UP, 50, ("1", "2026-01-31", 10)),
    *_measures("k-check", "Step:check", "Step:ride"),
    *_measures("k-board", "Step:check", "Touchpoint:board", "Journey:calm"),
    *_measures("k-empty", "Touchpoint:ticket-app"),
    *_measures("k-none", "Step:ride"),
    *_measures("k-flat", "Touchpoint:gate", "Step:c-step"),
    *_measures("k-nps", "Journey:trip", "Journey:solo"),
    *_measures("k-other", "Step:o-step", "Journey:other"),
]
