"""GraphStore contract, the service-blueprint traversal.

On a small journey: stages and steps in order (ties by key, an empty stage kept, a NEXT
cycle ignored), the evidence lane fed by the step, its touchpoints and their pains, the
front stage grouped by channel (a touchpoint without channel last), the back stage and
support lanes, and every kind of gap. On the demo model: the fault-repair journey's
order and gaps. On Neo4j the traversal is one query.
"""

from graph_api.store.base import GraphStore, UpsertNode
from graph_api.traversals import SERVICE_BLUEPRINT
from graph_api.traversals.service_blueprint.result import (
    BlueprintChannel,
    BlueprintEvidence,
    BlueprintGap,
    BlueprintGapKind,
    BlueprintStep,
    ServiceBlueprint,
)
from tests.contract.helpers import channel, link, ref, stage, step, touchpoint

Kind = BlueprintGapKind


def node(node_kind: str, key: str, **props: object) -> UpsertNode:
    return UpsertNode(node_kind, key, {"name": key.title(), **props})


async def write_trip(store: GraphStore) -> None:
    await store.write(
        [
            node("Journey", "trip", state="current"),
            node("Journey", "empty", state="current"),
            stage("plan", 1),
            stage("travel", 2),
            stage("arrive", 3),
            step("check", 1, customerAction="Looks at the board", emotion=2),
            step("alight", 1),
            step("buy", 2),
            step("ride", 1),
            touchpoint("board"),
            touchpoint("kiosk"),
            touchpoint("ticket-app"),
            touchpoint("gate"),
            channel("station", "physical"),
            channel("app"),
            UpsertNode("PainPoint", "queue", {"name": "Queue", "severity": 3}),
            UpsertNode("Evidence", "ev-photo", {"kind": "photo", "summary": "Queue photo"}),
            UpsertNode("Evidence", "ev-survey", {"kind": "survey", "summary": "Survey"}),
            UpsertNode("Evidence", "ev-log", {"kind": "analytics", "summary": "App log"}),
            node("Process", "boarding", kind="core"),
            node("Process", "sales", kind="core"),
            node("System", "gates-sys"),
            node("Team", "ops"),
            node("Team", "crew"),
            link("HAS_STAGE", ref("Journey", "trip"), ref("Stage", "travel")),
            link("HAS_STAGE", ref("Journey", "trip"), ref("Stage", "plan")),
            link("HAS_STAGE", ref("Journey", "trip"), ref("Stage", "arrive")),
            link("HAS_STEP", ref("Stage", "plan"), ref("Step", "buy")),
            link("HAS_STEP", ref("Stage", "plan"), ref("Step", "check")),
            link("HAS_STEP", ref("Stage", "plan"), ref("Step", "alight")),
            link("HAS_STEP", ref("Stage", "travel"), ref("Step", "ride")),
            link("NEXT", ref("Step", "check"), ref("Step", "buy")),
            link("NEXT", ref("Step", "buy"), ref("Step", "ride")),
            link("NEXT", ref("Step", "ride"), ref("Step", "check")),
            link("HAS_TOUCHPOINT", ref("Step", "check"), ref("Touchpoint", "board")),
            link("HAS_TOUCHPOINT", ref("Step", "check"), ref("Touchpoint", "kiosk")),
            link("HAS_TOUCHPOINT", ref("Step", "buy"), ref("Touchpoint", "ticket-app")),
            link("HAS_TOUCHPOINT", ref("Step", "ride"), ref("Touchpoint", "gate")),
            link("ON_CHANNEL", ref("Touchpoint", "board"), ref("Channel", "station")),
            link("ON_CHANNEL", ref("Touchpoint", "gate"), ref("Channel", "station")),
            link("ON_CHANNEL", ref("Touchpoint", "ticket-app"), ref("Channel", "app")),
            link("AFFECTS", ref("PainPoint", "queue"), ref("Touchpoint", "board")),
            link("SUPPORTS", ref("Evidence", "ev-photo"), ref("PainPoint", "queue")),
            link("SUPPORTS", ref("Evidence", "ev-survey"), ref("Step", "buy")),
            link("SUPPORTS", ref("Evidence", "ev-log"), ref("Touchpoint", "ticket-app")),
            link("SERVES", ref("Process", "boarding"), ref("Touchpoint", "board")),
            link("SERVES", ref("Process", "sales"), ref("Step", "buy")),
            link("USES", ref("Process", "boarding"), ref("System", "gates-sys")),
            link("OWNS", ref("Team", "ops"), ref("Process", "boarding")),
            link("OWNS", ref("Team", "crew"), ref("Step", "ride")),
        ]
    )


def lanes(step_key: str, **fields: object) -> BlueprintStep:
    defaults: dict[str, object] = {
        "evidence": [],
        "customer_action": None,
        "emotion": None,
        "front_stage": [],
        "back_stage": [],
        "support": [],
        "gaps": [],
    }
    return BlueprintStep(step_key=step_key, **{**defaults, **fields})  # type: ignore[arg-type]


ALIGHT = lanes(
    "alight",
    gaps=[
        BlueprintGap(Kind.STEP_WITHOUT_EVIDENCE, "alight"),
        BlueprintGap(Kind.STEP_WITHOUT_PROCESS, "alight"),
    ],
)
CHECK = lanes(
    "check",
    evidence=[BlueprintEvidence("ev-photo", "photo")],
    customer_action="Looks at the board",
    emotion=2,
    front_stage=[BlueprintChannel("station", ["board"]), BlueprintChannel(None, ["kiosk"])],
    back_stage=["boarding"],
    support=["gates-sys"],
    gaps=[BlueprintGap(Kind.TOUCHPOINT_WITHOUT_OWNER, "check", touchpoint_key="kiosk")],
)
BUY = lanes(
    "buy",
    evidence=[BlueprintEvidence("ev-log", "analytics"), BlueprintEvidence("ev-survey", "survey")],
    front_stage=[BlueprintChannel("app", ["ticket-app"])],
    back_stage=["sales"],
    gaps=[
        BlueprintGap(Kind.TOUCHPOINT_WITHOUT_OWNER, "buy", touchpoint_key="ticket-app"),
        BlueprintGap(Kind.PROCESS_WITHOUT_SYSTEM, "buy", process_key="sales"),
    ],
)
RIDE = lanes(
    "ride",
    front_stage=[BlueprintChannel("station", ["gate"])],
    gaps=[
        BlueprintGap(Kind.STEP_WITHOUT_EVIDENCE, "ride"),
        BlueprintGap(Kind.STEP_WITHOUT_PROCESS, "ride"),
    ],
)


async def test_lanes_and_gaps_of_a_small_journey(store: GraphStore) -> None:
    await write_trip(store)
    blueprint = await store.traverse(SERVICE_BLUEPRINT, "trip")
    assert blueprint is not None
    assert blueprint.journey_key == "trip"
    assert [s.stage_key for s in blueprint.stages] == ["plan", "travel", "arrive"]
    plan, travel, arrive = blueprint.stages
    # order 1 ties between alight and check: by key
    assert plan.steps == [ALIGHT, CHECK, BUY]
    assert travel.steps == [RIDE]
    assert arrive.steps == []
    assert blueprint.gaps == [*ALIGHT.gaps, *CHECK.gaps, *BUY.gaps, *RIDE.gaps]


async def test_a_team_owning_the_step_owns_its_touchpoints(store: GraphStore) -> None:
    await write_trip(store)
    await store.write([link("OWNS", ref("Team", "crew"), ref("Step", "check"))])
    blueprint = await store.traverse(SERVICE_BLUEPRINT, "trip")
    assert blueprint is not None
    assert blueprint.stages[0].steps[1].gaps == []


async def test_journey_without_stages_and_unknown_journey(store: GraphStore) -> None:
    await write_trip(store)
    assert await store.traverse(SERVICE_BLUEPRINT, "empty") == ServiceBlueprint("empty", [])
    assert await store.traverse(SERVICE_BLUEPRINT, "no-such-journey") is None


DEMO_FAULT_REPAIR_STEPS = [
    ("notice-problem", ["fr-notice-outage", "fr-check-service-status"]),
    ("self-diagnose", ["fr-run-troubleshooter"]),
    ("report-fault", ["fr-call-support", "fr-report-in-chat", "fr-get-fault-reference"]),
    ("engineer-visit", ["fr-book-engineer", "fr-wait-for-engineer"]),
    ("resolution", ["fr-confirm-fix", "fr-claim-compensation"]),
]


def queries_run(store: GraphStore) -> int:
    """How many Cypher queries the store ran so far (0 for the embedded store)."""
    return int(getattr(store, "query_count", 0))


async def test_demo_fault_repair(demo_store: GraphStore) -> None:
    before = queries_run(demo_store)
    blueprint = await demo_store.traverse(SERVICE_BLUEPRINT, "fault-repair")
    if demo_store.name == "neo4j":  # the whole blueprint is one Cypher query
        assert queries_run(demo_store) == before + 1
    assert blueprint is not None
    assert [
        (s.stage_key, [step.step_key for step in s.steps]) for s in blueprint.stages
    ] == DEMO_FAULT_REPAIR_STEPS
    assert blueprint.gaps == [
        BlueprintGap(Kind.STEP_WITHOUT_PROCESS, "fr-notice-outage"),
        BlueprintGap(Kind.STEP_WITHOUT_EVIDENCE, "fr-get-fault-reference"),
        BlueprintGap(
            Kind.TOUCHPOINT_WITHOUT_OWNER,
            "fr-claim-compensation",
            touchpoint_key="web-compensation-form",
        ),
    ]
    call = blueprint.stages[2].steps[0]
    assert call.front_stage == [
        BlueprintChannel("contact-centre", ["agent-fault-call", "ivr-fault-menu"])
    ]
    assert call.back_stage == ["diagnose-line-remotely", "log-and-triage-fault"]
    assert call.support == [
        "chat-platform",
        "crm",
        "line-test-platform",
        "telephony-ivr",
        "web-platform",
    ]
    assert [e.key for e in call.evidence] == [
        "ev-fault-repeat-contact-codes",
        "ev-ivr-analytics",
        "ev-photo-agent-screens",
        "ev-shadow-fault-calls",
    ]
