"""The rules of ``opportunityScores`` (Outcome-Driven Innovation), on exact decimals
(:mod:`graph_api.traversals.exact_decimals`); both stores call them."""

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from graph_api.traversals.exact_decimals import EXACT, typed_decimal
from graph_api.traversals.opportunity_scores.result import OutcomeScoreRow

UNDERSERVED_SCORE = Decimal(10)
"""An outcome whose opportunity score reaches this is underserved (Ulwick's threshold)."""


@dataclass(frozen=True, slots=True)
class OutcomeRating:
    """An outcome's exact opportunity score and the flags it earns."""

    score: Decimal
    underserved: bool
    overserved: bool


def rate_outcome(importance: float, satisfaction: float) -> OutcomeRating:
    """``score = importance + max(importance - satisfaction, 0)`` on the typed decimals.

    Underserved when the score is 10 or more; overserved when satisfaction exceeds
    importance (the gap term is then 0). 9.7 and 9.4 score exactly 10.0.
    """
    wanted, met = typed_decimal(importance), typed_decimal(satisfaction)
    gap = max(EXACT.subtract(wanted, met), Decimal(0))
    score = EXACT.add(wanted, gap)
    return OutcomeRating(score, score >= UNDERSERVED_SCORE, met > wanted)


def ranked_outcomes(rows: Iterable[OutcomeScoreRow]) -> list[OutcomeScoreRow]:
    """``rows`` by exact score, highest first, ties by outcome key."""
    # Two stable sorts rather than a key of -score: negating a Decimal rounds it to the
    # thread's context precision, comparing does not.
    by_key = sorted(rows, key=lambda row: row.outcome_key)
    return sorted(by_key, key=lambda row: row.score, reverse=True)
