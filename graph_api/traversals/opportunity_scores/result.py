"""The arguments and result of ``opportunityScores`` (Outcome-Driven Innovation).

The score and its flags are decided by ``rate_outcome``
(:mod:`graph_api.traversals.opportunity_scores.scoring`).
"""

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class OpportunityScoresQuery:
    """Which outcomes to score: those of ``job_key``, of the jobs ``persona_key`` HAS_JOB,
    or all of them; both filters given must both hold."""

    job_key: str | None = None
    persona_key: str | None = None


@dataclass(frozen=True, slots=True)
class StepPain:
    """A step and its pain: the highest severity of the pain points on the step or on
    its touchpoints, 0 if none."""

    step_key: str
    pain: int


@dataclass(frozen=True, slots=True)
class OutcomeScoreRow:
    """A desired outcome with its opportunity score and where it is at stake.

    ``steps`` are the steps PURSUING the outcome, most painful first, then by key;
    ``pain_point_keys`` the pain points on those steps or their touchpoints, most severe
    first, then by key; ``backlog_item_keys`` the items ADDRESSING the outcome by
    priority (1 first, none last), then key; ``opportunity_keys`` the opportunities
    TARGETING it, by key.
    """

    outcome_key: str
    importance: float
    satisfaction: float
    score: Decimal
    """Exact, on the decimals importance and satisfaction were typed as."""
    underserved: bool
    overserved: bool
    steps: list[StepPain]
    pain_point_keys: list[str]
    backlog_item_keys: list[str]
    opportunity_keys: list[str]
