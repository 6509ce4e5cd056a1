"""The result of ``traceability``: what a backlog item serves and changes."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Traceability:
    """Everything a backlog item traces to; every key list is sorted by key.

    ``step_keys``, ``pain_point_keys``, ``outcome_keys`` and ``opportunity_keys`` are
    what the item ADDRESSES directly. ``affected_step_keys`` are the steps its pain
    points AFFECT (directly or through one of the step's touchpoints). ``journey_keys``
    are the journeys containing an addressed or affected step, ``persona_keys`` their
    personas. The ``changed_*`` lists are what the item CHANGES. ``kpi_keys`` are the
    KPIs that MEASURE an addressed step, a changed process or touchpoint, or one of the
    journeys. ``parent_key`` and ``child_keys`` follow PART_OF one level each way.
    """

    backlog_item_key: str
    step_keys: list[str]
    pain_point_keys: list[str]
    outcome_keys: list[str]
    opportunity_keys: list[str]
    affected_step_keys: list[str]
    journey_keys: list[str]
    persona_keys: list[str]
    changed_process_keys: list[str]
    changed_system_keys: list[str]
    changed_capability_keys: list[str]
    changed_touchpoint_keys: list[str]
    kpi_keys: list[str]
    parent_key: str | None
    child_keys: list[str]
