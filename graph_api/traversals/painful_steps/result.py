"""The arguments and result of ``painfulSteps``."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PainfulStepsQuery:
    """Which painful steps to return; every filter given must hold (they combine with AND).

    ``journey_key`` keeps the steps of that journey, ``persona_key`` the steps of the
    journeys FOR_PERSONA that persona, ``channel_key`` the steps with a touchpoint
    ON_CHANNEL that channel. ``first`` keeps only the first rows (None: all of them).
    Unknown keys match no step (the API reports them as NOT_FOUND first).
    """

    journey_key: str | None = None
    persona_key: str | None = None
    channel_key: str | None = None
    min_severity: int = 4
    first: int | None = None


@dataclass(frozen=True, slots=True)
class PainPointEvidence:
    """A pain point of a painful step and how much evidence SUPPORTS it."""

    pain_point_key: str
    evidence_count: int


@dataclass(frozen=True, slots=True)
class PainfulStepRow:
    """A step whose pain reached the threshold.

    ``pain`` is the highest severity among the pain points affecting the step itself or
    any of its touchpoints. Key lists are sorted by key, except ``backlog_item_keys``:
    the items ADDRESSING the step or any of its pain points, by priority (1 first, none
    last), then key. ``pain_point_evidence`` follows the order of ``pain_point_keys``.
    """

    step_key: str
    pain: int
    pain_point_keys: list[str]
    touchpoint_keys: list[str]
    process_keys: list[str]
    backlog_item_keys: list[str]
    pain_point_evidence: list[PainPointEvidence]
