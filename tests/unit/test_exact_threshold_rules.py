"""The rules of graph_api.traversals (exact_decimals and each traversal's scoring)
against the rules computed by hand on the typed text, over many random decimals crowded
onto the thresholds (fixed seed), and on the extremes a float can hold."""

import random
from decimal import Decimal

import pytest

from graph_api.traversals.exact_decimals import typed_decimal
from graph_api.traversals.opportunity_scores.scoring import rate_outcome
from graph_api.traversals.value_stream_health.result import MeasurementPoint
from graph_api.traversals.value_stream_health.scoring import kpi_status, kpi_trend
from tests.typed_decimals import random_kpi, random_outcome

DRAWS = 5_000


def test_outcomes_rate_as_typed() -> None:
    rng = random.Random(1014)
    for n in range(DRAWS):
        typed = random_outcome(rng, f"o-{n}")
        rating = rate_outcome(float(typed.importance), float(typed.satisfaction))
        assert (typed.key, rating.score, rating.underserved, rating.overserved) == typed.expected()


def test_kpis_rate_as_typed() -> None:
    rng = random.Random(1014)
    for n in range(DRAWS):
        typed = random_kpi(rng, f"k-{n}")
        target = float(typed.target) if typed.target is not None else None
        window = [
            MeasurementPoint("2026-01-31", "a", float(typed.earliest)),
            MeasurementPoint("2026-02-28", "b", float(typed.latest)),
        ]
        assert kpi_status(float(typed.latest), target, typed.direction).value == typed.status()
        trend, delta = kpi_trend(window, target, typed.direction)
        assert (trend.value, delta) == typed.trend(), typed


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (9.7, "9.7"),
        (0.1 + 0.2, "0.30000000000000004"),  # a float sum is not what anyone typed
        (-0.0, "-0.0"),
        (1e-7, "1E-7"),
        (5e-324, "5E-324"),
        (1.7976931348623157e308, "1.7976931348623157E+308"),
        (123456789012345.0, "123456789012345.0"),
    ],
)
def test_typed_decimal_is_the_shortest_form(value: float, text: str) -> None:
    assert str(typed_decimal(value)) == text


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_no_typed_decimal_for_what_is_not_a_number(value: float) -> None:
    with pytest.raises(ValueError, match="not a finite number"):
        typed_decimal(value)


def test_extremes_stay_exact() -> None:
    tiny, huge = 5e-324, 1.7976931348623157e308
    assert rate_outcome(tiny, 0).score == Decimal("1.0E-323")
    assert rate_outcome(10, tiny).score == Decimal("19." + "9" * 323 + "5")  # 20 - 5E-324
    assert rate_outcome(10, tiny).underserved
    assert kpi_status(huge - 1e292, huge, "higher_is_better").value == "at_risk"
    window = [
        MeasurementPoint("2026-01-01", "a", -huge),
        MeasurementPoint("2026-01-02", "b", huge),
    ]
    assert kpi_trend(window, tiny, "higher_is_better")[1] == 2 * Decimal(repr(huge))


def test_values_that_are_not_numbers_give_no_data() -> None:
    nan, inf = float("nan"), float("inf")
    assert kpi_status(nan, 10, "higher_is_better").value == "no_data"
    assert kpi_status(5, inf, "higher_is_better").value == "no_data"
    window = [MeasurementPoint("2026-01-01", "a", inf), MeasurementPoint("2026-01-02", "b", 1)]
    assert kpi_trend(window, 10, "higher_is_better") == (kpi_trend([], 10, "")[0], None)
