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
    with_serving_systems: bool = False
    """Whether each row also gives its serving systems and what they depend on
    (:class:`ServingSystem`); the walk is only made when asked."""


@dataclass(frozen=True, slots=True)
class PainPointEvidence:
    """A pain point of a painful step and how much evidence SUPPORTS it."""

    pain_point_key: str
    evidence_count: int


@dataclass(frozen=True, slots=True)
class ServingSystem:
    """A system serving a painful step (USED by a process that SERVES the step or one of
    its touchpoints) and what it depends on, one hop away; every list sorted by key.

    ``served_by``: the systems that SERVE it, directly or through an interface they
    EXPOSE; ``receives_from``: the systems that FLOW_TO it; ``deployed_on`` and
    ``uses_technology``: the technology nodes it is DEPLOYED_ON or USES;
    ``uses_services``: the services it USES (a technology service, another system's).
    """

    system_key: str
    served_by: list[str]
    receives_from: list[str]
    deployed_on: list[str]
    uses_technology: list[str]
    uses_services: list[str]


@dataclass(frozen=True, slots=True)
class PainfulStepRow:
    """A step whose pain reached the threshold.

    ``pain`` is the highest severity among the pain points affecting the step itself or
    any of its touchpoints. Key lists are sorted by key, except ``backlog_item_keys``:
    the items ADDRESSING the step or any of its pain points, by priority (1 first, none
    last), then key. ``pain_point_evidence`` follows the order of ``pain_point_keys``.
    ``serving_systems`` (by system key) is None unless the query asked for them.
    """

    step_key: str
    pain: int
    pain_point_keys: list[str]
    touchpoint_keys: list[str]
    process_keys: list[str]
    backlog_item_keys: list[str]
    pain_point_evidence: list[PainPointEvidence]
    serving_systems: list[ServingSystem] | None = None
