"""GraphStore contract, evidence that ages: coverage's stale steps and thin channels and
serviceBlueprint's per-step freshness, on the dated journey of
:mod:`tests.contract.traversals.dated_evidence` (its header works out every count).
On Neo4j each traversal is still one query.
"""

from datetime import date

import pytest

from graph_api.store.base import GraphStore
from graph_api.traversals import COVERAGE, SERVICE_BLUEPRINT
from graph_api.traversals.coverage.result import Coverage, StaleStep, ThinChannel
from graph_api.traversals.evidence_age import EvidenceAge, EvidenceFreshness
from graph_api.traversals.service_blueprint.result import ServiceBlueprint
from tests.contract.traversals.dated_evidence import AS_OF, MODEL
from tests.contract.traversals.product_graph import one_query

YEAR = EvidenceAge(AS_OF, 365)


def fresh(
    count: int, fresh: int, older: int, later: int, undated: int, latest: str | None
) -> EvidenceFreshness:
    """An EvidenceFreshness, its latest day as ISO text."""
    day = date.fromisoformat(latest) if latest else None
    return EvidenceFreshness(count, fresh, older, later, undated, day)


STALE_IN_A_YEAR = [
    StaleStep("later", fresh(1, 0, 0, 1, 0, None)),
    StaleStep("over-age", fresh(1, 0, 1, 0, 0, "2025-06-29")),
    StaleStep("pain-only", fresh(1, 0, 1, 0, 0, "2024-01-15")),
    StaleStep("tp-only", fresh(1, 0, 1, 0, 0, "2025-01-10")),
    StaleStep("undated", fresh(1, 0, 0, 0, 1, None)),
]
APP = ThinChannel("app", 1, fresh(1, 0, 1, 0, 0, "2025-01-10"))
SHOP = ThinChannel("shop", 1, fresh(3, 2, 1, 0, 0, "2026-06-01"))


async def coverage_of(store: GraphStore) -> Coverage:
    await store.write(MODEL)
    found = await one_query(store, store.traverse(COVERAGE, "trip"))
    assert found is not None
    return found


async def test_stale_steps_around_the_age(store: GraphStore) -> None:
    found = await coverage_of(store)
    assert found.stale_steps(YEAR) == STALE_IN_A_YEAR
    # a step without evidence stays where it was, and is not stale
    assert found.steps_without_evidence == ["none"]
    # a day less and the piece collected exactly 365 days before is too old too
    assert [s.step_key for s in found.stale_steps(EvidenceAge(AS_OF, 364))] == [
        "at-age",
        "later",
        "over-age",
        "pain-only",
        "tp-only",
        "undated",
    ]
    # a day more and the one a day over the age is fresh again
    assert "over-age" not in [s.step_key for s in found.stale_steps(EvidenceAge(AS_OF, 366))]
    # the day after, the later piece counts and the one at the age is out
    next_day = [s.step_key for s in found.stale_steps(EvidenceAge(date(2026, 7, 1), 365))]
    assert "later" not in next_day and "at-age" in next_day


async def test_thin_channels_count_fresh_evidence_against_the_threshold(
    store: GraphStore,
) -> None:
    found = await coverage_of(store)
    assert found.thin_channels(YEAR, 3) == [APP, SHOP]
    assert found.thin_channels(YEAR, 2) == [APP]
    assert found.thin_channels(YEAR, 0) == []
    # over all time both channels have every dated piece fresh
    assert found.thin_channels(EvidenceAge(AS_OF, 10_000), 2) == [
        ThinChannel("app", 1, fresh(1, 1, 0, 0, 0, "2025-01-10"))
    ]


@pytest.mark.parametrize(
    ("age", "stale"),
    [
        # an age beyond the calendar: every dated piece up to as_of is fresh
        (EvidenceAge(AS_OF, 2**31 - 1), ["later", "undated"]),
        # as of the calendar's first day nothing dated existed yet
        (
            EvidenceAge(date.min, 365),
            ["at-age", "later", "mixed", "over-age", "pain-only", "tp-only", "undated"],
        ),
        # as of its last day everything dated is old
        (
            EvidenceAge(date.max, 365),
            ["at-age", "later", "mixed", "over-age", "pain-only", "tp-only", "undated"],
        ),
        # an age of 0: only what was collected on as_of itself is fresh
        (EvidenceAge(date(2026, 6, 1), 0), ["at-age", "over-age", "pain-only", "tp-only"]),
    ],
    ids=["huge-age", "as-of-first-day", "as-of-last-day", "age-0"],
)
async def test_extreme_ages_and_days(store: GraphStore, age: EvidenceAge, stale: list[str]) -> None:
    found = await coverage_of(store)
    rows = found.stale_steps(age)
    if age.as_of == date(2026, 6, 1):
        # on 2026-06-01 the later piece and the undated ones are still not fresh
        stale = sorted([*stale, "later", "undated"])
    assert [s.step_key for s in rows] == stale
    if age.as_of == date.min:
        mixed = next(s for s in rows if s.step_key == "mixed")
        assert mixed.freshness == fresh(5, 0, 0, 4, 1, None)
    if age.as_of == date.max:
        mixed = next(s for s in rows if s.step_key == "mixed")
        assert mixed.freshness == fresh(5, 0, 4, 0, 1, "2026-06-01")


def test_a_negative_age_is_refused() -> None:
    with pytest.raises(ValueError, match="max_age_days must not be negative, got -1"):
        EvidenceAge(AS_OF, -1)


async def blueprint_of(store: GraphStore) -> ServiceBlueprint:
    await store.write(MODEL)
    found = await one_query(store, store.traverse(SERVICE_BLUEPRINT, "trip"))
    assert found is not None
    return found


@pytest.mark.parametrize(
    "age",
    [YEAR, EvidenceAge(AS_OF, 364), EvidenceAge(date.min, 0), EvidenceAge(date.max, 2**31 - 1)],
    ids=["year", "364-days", "first-day", "last-day-huge-age"],
)
async def test_blueprint_steps_follow_the_coverage_rule(
    store: GraphStore, age: EvidenceAge
) -> None:
    found = await coverage_of(store)
    blueprint = await one_query(store, store.traverse(SERVICE_BLUEPRINT, "trip"))
    assert blueprint is not None
    by_step = {
        step.step_key: step.evidence_freshness(age)
        for stage in blueprint.stages
        for step in stage.steps
    }
    assert list(by_step) == [
        "at-age",
        "over-age",
        "undated",
        "none",
        "pain-only",
        "tp-only",
        "mixed",
        "later",
    ]
    assert {k: f for k, f in by_step.items() if f.stale} == {
        s.step_key: s.freshness for s in found.stale_steps(age)
    }
    assert by_step["none"] == fresh(0, 0, 0, 0, 0, None)
    assert not by_step["none"].stale


async def test_blueprint_evidence_lane_carries_the_dates(store: GraphStore) -> None:
    blueprint = await blueprint_of(store)
    mixed = blueprint.stages[1].steps[2]
    assert mixed.step_key == "mixed"
    assert [(e.key, e.collected_at) for e in mixed.evidence] == [
        ("ev-mixed-fresh", date(2026, 6, 1)),
        ("ev-mixed-loose", date(2026, 2, 14)),
        ("ev-mixed-old", date(2023, 3, 1)),
        ("ev-mixed-undated", None),
        ("ev-shared", date(2026, 5, 20)),
    ]
    assert mixed.evidence_freshness(YEAR) == fresh(5, 3, 1, 0, 1, "2026-06-01")
