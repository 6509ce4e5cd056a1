"""Hand-computed answers on the demo model (``seeds/demo.yaml``, Kestrel Fibre).

Shared by the contract tests (through the store) and the API tests (through GraphQL) so
that both check the same numbers. Each painful step is a tuple
``(step key, pain, pain point keys, touchpoint keys, process keys)``, key lists sorted.
"""

from graph_api.traversals.painful_steps.result import PainfulStepRow

PainfulStepTuple = tuple[str, int, list[str], list[str], list[str]]

DEMO_STEP_COUNT = 27
"""How many steps the demo model holds."""

DEMO_NODES = 571
"""How many nodes the demo model holds (counted by hand: change it with seeds/demo.yaml).

357 for the map, the architecture, the value-stream KPIs and the backlog, then 30 KPIs
measuring steps, touchpoints and journeys with 176 monthly measurements (28 KPIs with
six, one with seven, one with one), 6 pieces of evidence from 2026 and 2 bugs: 357 + 30
+ 176 + 6 + 2."""

DEMO_LINKS = 1148
"""How many relationships the demo model holds: 902, then 176 HAS_MEASUREMENT and 49
MEASURES links of the 30 KPIs (7 measure a journey, 21 a step, and 20 one touchpoint or,
where-is-my-order contacts, two: 7 + 21 + 21), 15 SUPPORTS
of the 6 pieces of evidence, and per bug an ADDRESSES to its step and to its pain point
and a CHANGES to its touchpoint (6): 902 + 176 + 49 + 15 + 6."""

PAINFUL_FAULT_REPAIR_MIN_4: list[PainfulStepTuple] = [
    (
        "fr-book-engineer",
        5,
        ["engineer-slot-wait"],
        ["agent-engineer-booking", "appointment-confirmation-sms"],
        ["dispatch-field-engineer"],
    ),
    (
        "fr-call-support",
        5,
        ["ivr-queue", "repeat-explanation"],
        ["agent-fault-call", "ivr-fault-menu"],
        ["diagnose-line-remotely", "log-and-triage-fault"],
    ),
    (
        "fr-report-in-chat",
        5,
        ["repeat-explanation"],
        ["web-chat-fault"],
        ["log-and-triage-fault"],
    ),
    (
        "fr-wait-for-engineer",
        5,
        ["half-day-slot", "missed-repair-appointment"],
        ["engineer-on-way-sms", "engineer-repair-visit"],
        ["dispatch-field-engineer"],
    ),
    (
        "fr-check-service-status",
        4,
        ["status-page-stale"],
        ["app-outage-banner", "web-service-status-page"],
        ["monitor-and-publish-outages"],
    ),
]
"""``painful_steps(PainfulStepsQuery("fault-repair", min_severity=4))``."""

PAINFUL_ALL_MIN_5: list[PainfulStepTuple] = [
    (
        "br-get-contract-end-notice",
        5,
        ["loyalty-penalty"],
        ["eoc-notice-email"],
        ["manage-renewal-and-retention"],
    ),
    PAINFUL_FAULT_REPAIR_MIN_4[0],
    PAINFUL_FAULT_REPAIR_MIN_4[1],
    PAINFUL_FAULT_REPAIR_MIN_4[2],
    PAINFUL_FAULT_REPAIR_MIN_4[3],
    (
        "nc-chase-order-status",
        5,
        ["order-status-invisible"],
        ["order-chase-call", "order-chase-chat"],
        ["orchestrate-wholesale-order"],
    ),
]
"""``painful_steps(PainfulStepsQuery(min_severity=5))``: every journey."""


def row_tuple(row: PainfulStepRow) -> PainfulStepTuple:
    """A store's row in the shape of the expected answers (key lists sorted)."""
    return (
        row.step_key,
        row.pain,
        sorted(row.pain_point_keys),
        sorted(row.touchpoint_keys),
        sorted(row.process_keys),
    )
