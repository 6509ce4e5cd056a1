"""A small journey whose evidence is dated around the edges of the freshness rule, for
coverage's stale steps and thin channels, serviceBlueprint's freshness and
evidenceTimeline; every expectation is worked out by hand in the tests from this header.

Journey ``trip``: stage ``before`` (order 1) holds at-age, over-age, undated, none; stage
``during`` (order 2) holds pain-only, tp-only, mixed, later (in that order). On
:data:`AS_OF` (2026-06-30) with 365 days the window runs 2025-06-30 .. 2026-06-30:

- at-age: one piece collected 2025-06-30, exactly 365 days before: fresh.
- over-age: one piece of 2025-06-29, a day too old: stale.
- undated: one piece without a date: stale (undated evidence is never fresh).
- none: no evidence: not stale (it is without evidence).
- pain-only: one piece of 2024-01-15 on pain point queue, which affects the step: stale.
- tp-only: one piece of 2025-01-10 on its touchpoint app-screen (channel app): stale.
- mixed: ev-mixed-old 2023-03-01 on its touchpoint counter (channel shop); an undated
  piece on the step; ev-mixed-fresh 2026-06-01 on pain point glare, which affects
  counter; ev-mixed-loose 2026-02-14 on its touchpoint loose-tp (no channel); ev-shared
  2026-05-20 on the step and on counter. Three fresh pieces: not stale.
- later: one piece of 2026-07-01, after AS_OF: stale (it did not exist yet).

Channels: shop (counter: ev-mixed-old, ev-mixed-fresh, ev-shared: 2 fresh), app
(app-screen: ev-tp, older: 0 fresh).
"""

from datetime import date

from graph_api.store.base import UpsertNode, WriteOp
from tests.contract.helpers import channel, stage, step, touchpoint
from tests.contract.traversals.enterprise_graphs import rel

AS_OF = date(2026, 6, 30)


def evidence(key: str, collected: str | None, kind: str = "survey") -> UpsertNode:
    props: dict[str, object] = {"kind": kind, "summary": key}
    if collected is not None:
        props["collectedAt"] = collected
    return UpsertNode("Evidence", key, props)


def pain(key: str) -> UpsertNode:
    return UpsertNode("PainPoint", key, {"name": key.title(), "severity": 3})


MODEL: list[WriteOp] = [
    UpsertNode("Journey", "trip", {"name": "Trip", "state": "current"}),
    stage("before", 1),
    stage("during", 2),
    step("at-age", 1),
    step("over-age", 2),
    step("undated", 3),
    step("none", 4),
    step("pain-only", 1),
    step("tp-only", 2),
    step("mixed", 3),
    step("later", 4),
    touchpoint("app-screen"),
    touchpoint("counter"),
    touchpoint("loose-tp"),
    channel("app"),
    channel("shop", "physical"),
    pain("queue"),
    pain("glare"),
    evidence("ev-at-age", "2025-06-30"),
    evidence("ev-over-age", "2025-06-29"),
    evidence("ev-undated", None),
    evidence("ev-pain", "2024-01-15", "interview"),
    evidence("ev-tp", "2025-01-10", "analytics"),
    evidence("ev-mixed-old", "2023-03-01", "photo"),
    evidence("ev-mixed-undated", None),
    evidence("ev-mixed-fresh", "2026-06-01", "call_center"),
    evidence("ev-mixed-loose", "2026-02-14"),
    evidence("ev-shared", "2026-05-20", "analytics"),
    evidence("ev-later", "2026-07-01"),
    rel("HAS_STAGE", "Journey:trip", "Stage:before"),
    rel("HAS_STAGE", "Journey:trip", "Stage:during"),
    *(rel("HAS_STEP", "Stage:before", f"Step:{s}") for s in ("at-age", "over-age", "undated")),
    rel("HAS_STEP", "Stage:before", "Step:none"),
    *(rel("HAS_STEP", "Stage:during", f"Step:{s}") for s in ("pain-only", "tp-only", "mixed")),
    rel("HAS_STEP", "Stage:during", "Step:later"),
    rel("HAS_TOUCHPOINT", "Step:tp-only", "Touchpoint:app-screen"),
    rel("HAS_TOUCHPOINT", "Step:mixed", "Touchpoint:counter"),
    rel("HAS_TOUCHPOINT", "Step:mixed", "Touchpoint:loose-tp"),
    rel("ON_CHANNEL", "Touchpoint:app-screen", "Channel:app"),
    rel("ON_CHANNEL", "Touchpoint:counter", "Channel:shop"),
    rel("AFFECTS", "PainPoint:queue", "Step:pain-only"),
    rel("AFFECTS", "PainPoint:glare", "Touchpoint:counter"),
    rel("SUPPORTS", "Evidence:ev-at-age", "Step:at-age"),
    rel("SUPPORTS", "Evidence:ev-over-age", "Step:over-age"),
    rel("SUPPORTS", "Evidence:ev-undated", "Step:undated"),
    rel("SUPPORTS", "Evidence:ev-pain", "PainPoint:queue"),
    rel("SUPPORTS", "Evidence:ev-tp", "Touchpoint:app-screen"),
    rel("SUPPORTS", "Evidence:ev-mixed-old", "Touchpoint:counter"),
    rel("SUPPORTS", "Evidence:ev-mixed-undated", "Step:mixed"),
    rel("SUPPORTS", "Evidence:ev-mixed-fresh", "PainPoint:glare"),
    rel("SUPPORTS", "Evidence:ev-mixed-loose", "Touchpoint:loose-tp"),
    rel("SUPPORTS", "Evidence:ev-shared", "Step:mixed"),
    rel("SUPPORTS", "Evidence:ev-shared", "Touchpoint:counter"),
    rel("SUPPORTS", "Evidence:ev-later", "Step:later"),
]
