"""The result of ``painfulSteps``."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PainfulStepRow:
    """A step whose pain reached the threshold.

    ``pain`` is the highest severity among the pain points affecting the step itself or
    any of its touchpoints. Key lists are sorted.
    """

    step_key: str
    pain: int
    pain_point_keys: list[str]
    touchpoint_keys: list[str]
    process_keys: list[str]
