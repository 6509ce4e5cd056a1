"""GraphStore contract, the coverage traversal.

On a small model of two journeys (plus a step in no journey): evidence per step from the
step, its touchpoints and their pains; evidence per channel; channels missing from
stages; owners; capability links (a journey's capabilities include those enabling the
value-stream stages its stages map to); painful steps addressed through the step or
through a pain point, or not at all. Then the demo model's gaps. On Neo4j the
traversal is one query.
"""

from graph_api.store.base import AddLink, GraphStore, UpsertNode, WriteOp
from graph_api.traversals import COVERAGE
from graph_api.traversals.coverage.result import (
    ChannelEvidenceCount,
    Coverage,
    StageChannelGap,
    StepEvidenceCount,
    UnaddressedPainfulStep,
)
from graph_api.traversals.evidence_age import EvidenceDates
from tests.contract.helpers import channel, link, ref, stage, step, touchpoint


def node(node_kind: str, key: str, **props: object) -> UpsertNode:
    return UpsertNode(node_kind, key, {"name": key.title(), **props})


def evidence(key: str, kind: str) -> UpsertNode:
    return UpsertNode("Evidence", key, {"kind": kind, "summary": key})


def pain(key: str, severity: int) -> UpsertNode:
    return UpsertNode("PainPoint", key, {"name": key.title(), "severity": severity})


def rel(type_: str, source: str, target: str) -> AddLink:
    """A link named by ``Kind:key`` strings."""
    (sk, sv), (tk, tv) = source.split(":"), target.split(":")
    return link(type_, ref(sk, sv), ref(tk, tv))


MODEL: list[WriteOp] = [
    node("Journey", "trip", state="current"),
    node("Journey", "other", state="current"),
    stage("plan", 1),
    stage("travel", 2),
    stage("arrive", 3),
    stage("solo", 1),
    step("check", 1),
    step("buy", 2),
    step("ride", 1),
    step("pay", 2),
    step("lone", 1),
    step("orphan", 1),
    touchpoint("board"),
    touchpoint("kiosk"),
    touchpoint("ticket-app"),
    touchpoint("gate"),
    touchpoint("lone-tp"),
    channel("station", "physical"),
    channel("app"),
    evidence("ev-photo", "photo"),
    evidence("ev-photo2", "photo"),
    evidence("ev-shadow", "service_shadow"),
    evidence("ev-survey", "survey"),
    evidence("ev-log", "analytics"),
    evidence("ev-call", "call_center"),
    evidence("ev-call2", "call_center"),
    pain("queue", 4),
    pain("crash", 5),
    pain("typo", 2),
    pain("late", 4),
    node("BacklogItem", "fix-queue", title="Fix the queue"),
    node("BacklogItem", "fix-pay", title="Fix paying"),
    node("Process", "boarding", kind="core"),
    node("Process", "sales", kind="core"),
    node("Process", "hq", kind="management"),
    node("Capability", "boarding-cap", level=1),
    node("Capability", "strategy", level=1),
    node("Capability", "dreams", level=2),
    node("Capability", "unused-cap", level=3),
    node("ValueStream", "flow"),
    node("ValueStreamStage", "vs-travel", order=1),
    node("Team", "ops"),
    rel("HAS_STAGE", "Journey:trip", "Stage:plan"),
    rel("HAS_STAGE", "Journey:trip", "Stage:travel"),
    rel("HAS_STAGE", "Journey:trip", "Stage:arrive"),
    rel("HAS_STAGE", "Journey:other", "Stage:solo"),
    rel("HAS_STEP", "Stage:plan", "Step:check"),
    rel("HAS_STEP", "Stage:plan", "Step:buy"),
    rel("HAS_STEP", "Stage:travel", "Step:ride"),
    rel("HAS_STEP", "Stage:travel", "Step:pay"),
    rel("HAS_STEP", "Stage:solo", "Step:lone"),
    rel("NEXT", "Step:check", "Step:buy"),
    rel("NEXT", "Step:buy", "Step:check"),
    rel("HAS_TOUCHPOINT", "Step:check", "Touchpoint:board"),
    rel("HAS_TOUCHPOINT", "Step:check", "Touchpoint:kiosk"),
    rel("HAS_TOUCHPOINT", "Step:buy", "Touchpoint:ticket-app"),
    rel("HAS_TOUCHPOINT", "Step:ride", "Touchpoint:gate"),
    rel("HAS_TOUCHPOINT", "Step:lone", "Touchpoint:lone-tp"),
    rel("ON_CHANNEL", "Touchpoint:board", "Channel:station"),
    rel("ON_CHANNEL", "Touchpoint:gate", "Channel:station"),
    rel("ON_CHANNEL", "Touchpoint:ticket-app", "Channel:app"),
    rel("ON_CHANNEL", "Touchpoint:lone-tp", "Channel:app"),
    rel("AFFECTS", "PainPoint:queue", "Touchpoint:board"),
    rel("AFFECTS", "PainPoint:crash", "Step:ride"),
    rel("AFFECTS", "PainPoint:typo", "Step:buy"),
    rel("AFFECTS", "PainPoint:late", "Step:pay"),
    rel("SUPPORTS", "Evidence:ev-photo", "PainPoint:queue"),
    rel("SUPPORTS", "Evidence:ev-shadow", "Touchpoint:board"),
    rel("SUPPORTS", "Evidence:ev-photo2", "Step:check"),
    rel("SUPPORTS", "Evidence:ev-survey", "Step:buy"),
    rel("SUPPORTS", "Evidence:ev-log", "Touchpoint:ticket-app"),
    rel("SUPPORTS", "Evidence:ev-call", "Touchpoint:gate"),
    rel("SUPPORTS", "Evidence:ev-call2", "Step:ride"),
    rel("ADDRESSES", "BacklogItem:fix-queue", "PainPoint:queue"),
    rel("ADDRESSES", "BacklogItem:fix-pay", "Step:pay"),
    rel("SERVES", "Process:boarding", "Touchpoint:board"),
    rel("SERVES", "Process:sales", "Step:buy"),
    rel("REALIZES", "Process:boarding", "Capability:boarding-cap"),
    rel("REALIZES", "Process:hq", "Capability:strategy"),
    rel("HAS_STAGE", "ValueStream:flow", "ValueStreamStage:vs-travel"),
    rel("MAPS_TO", "Stage:travel", "ValueStreamStage:vs-travel"),
    rel("ENABLED_BY", "ValueStreamStage:vs-travel", "Capability:dreams"),
    rel("OWNS", "Team:ops", "Step:check"),
    rel("OWNS", "Team:ops", "Process:boarding"),
    rel("OWNS", "Team:ops", "Capability:boarding-cap"),
]

# No evidence of this model is dated (tests/contract/traversals/test_evidence_age.py dates some).
UNDATED = [EvidenceDates(undated=n) for n in range(4)]
STATION = ChannelEvidenceCount("station", 2, 3, UNDATED[3])
BUY = StepEvidenceCount("buy", 2, ["analytics", "survey"], UNDATED[2])
CHECK = StepEvidenceCount("check", 3, ["photo", "service_shadow"], UNDATED[3])
PAY = StepEvidenceCount("pay", 0, [])
RIDE = StepEvidenceCount("ride", 2, ["call_center"], UNDATED[2])
TRAVEL_GAP = StageChannelGap("travel", "trip", ["app"])
ARRIVE_GAP = StageChannelGap("arrive", "trip", ["app", "station"])

TRIP = Coverage(
    journey_key="trip",
    evidence_by_step=[BUY, CHECK, PAY, RIDE],
    # station: board (ev-shadow, ev-photo through its pain) and gate (ev-call)
    evidence_by_channel=[ChannelEvidenceCount("app", 1, 1, UNDATED[1]), STATION],
    steps_without_evidence=["pay"],
    steps_with_one_evidence_kind=[RIDE],
    stage_channel_gaps=[ARRIVE_GAP, TRAVEL_GAP],
    steps_without_owner=["buy", "pay", "ride"],
    processes_without_owner=["sales"],
    capabilities_without_owner=["dreams"],
    processes_without_capability=["sales"],
    capabilities_without_process=["dreams"],
    # check (pain 4) is addressed through its pain, pay (4) directly
    painful_steps_without_backlog=[UnaddressedPainfulStep("ride", 5)],
)

EVERYTHING = Coverage(
    journey_key=None,
    evidence_by_step=[
        BUY,
        CHECK,
        StepEvidenceCount("lone", 0, []),
        StepEvidenceCount("orphan", 0, []),
        PAY,
        RIDE,
    ],
    evidence_by_channel=[ChannelEvidenceCount("app", 2, 1, UNDATED[1]), STATION],
    steps_without_evidence=["lone", "orphan", "pay"],
    steps_with_one_evidence_kind=[RIDE],
    stage_channel_gaps=[ARRIVE_GAP, TRAVEL_GAP],
    steps_without_owner=["buy", "lone", "orphan", "pay", "ride"],
    processes_without_owner=["hq", "sales"],
    capabilities_without_owner=["dreams", "strategy", "unused-cap"],
    processes_without_capability=["sales"],
    capabilities_without_process=["dreams", "unused-cap"],
    painful_steps_without_backlog=[UnaddressedPainfulStep("ride", 5)],
)


async def test_coverage_of_a_journey(store: GraphStore) -> None:
    await store.write(MODEL)
    assert await store.traverse(COVERAGE, "trip") == TRIP


async def test_coverage_of_the_whole_model(store: GraphStore) -> None:
    await store.write(MODEL)
    assert await store.traverse(COVERAGE, None) == EVERYTHING


async def test_unknown_journey_and_empty_model(store: GraphStore) -> None:
    assert await store.traverse(COVERAGE, "no-such-journey") is None
    assert await store.traverse(COVERAGE, None) == Coverage(
        None, [], [], [], [], [], [], [], [], [], [], []
    )


def queries_run(store: GraphStore) -> int:
    """How many Cypher queries the store ran so far (0 for the embedded store)."""
    return int(getattr(store, "query_count", 0))


async def test_demo_fault_repair(demo_store: GraphStore) -> None:
    before = queries_run(demo_store)
    found = await demo_store.traverse(COVERAGE, "fault-repair")
    if demo_store.name == "neo4j":  # the whole coverage is one Cypher query
        assert queries_run(demo_store) == before + 1
    assert found is not None
    assert len(found.evidence_by_step) == 10
    assert found.steps_without_evidence == ["fr-get-fault-reference"]
    assert [s.step_key for s in found.steps_with_one_evidence_kind] == [
        "fr-book-engineer",
        "fr-claim-compensation",
        "fr-confirm-fix",
        "fr-notice-outage",
        "fr-run-troubleshooter",
    ]
    assert found.processes_without_owner == ["handle-compensation-claim"]
    assert found.processes_without_capability == ["handle-compensation-claim"]
    assert found.capabilities_without_process == ["automatic-compensation"]
    assert found.painful_steps_without_backlog == [UnaddressedPainfulStep("fr-book-engineer", 5)]


async def test_demo_whole_model(demo_store: GraphStore) -> None:
    found = await demo_store.traverse(COVERAGE, None)
    assert found is not None
    assert len(found.evidence_by_step) == 27
    # the gaps the demo leaves on purpose (see the header of seeds/demo.yaml)
    assert found.processes_without_capability == ["handle-compensation-claim"]
    assert found.capabilities_without_process == ["automatic-compensation", "customer-management"]
    assert found.processes_without_owner == [
        "capture-order",
        "handle-compensation-claim",
        "trouble-to-resolve",
    ]
    assert found.painful_steps_without_backlog == [
        UnaddressedPainfulStep("fr-book-engineer", 5),
        UnaddressedPainfulStep("nc-engineer-install", 4),
        UnaddressedPainfulStep("nc-test-speed", 4),
    ]
    # every stage lacks some channel its journey uses; by stage key
    assert [g.stage_key for g in found.stage_channel_gaps] == [
        "choose-plan",
        "contract-end",
        "engineer-visit",
        "get-installed",
        "notice-problem",
        "place-order",
        "query-bill",
        "receive-bill",
        "renew-or-leave",
        "report-fault",
        "resolution",
        "self-diagnose",
        "settle-in",
        "wait-for-connection",
    ]
    assert found.stage_channel_gaps[2] == StageChannelGap(
        "engineer-visit", "fault-repair", ["mobile-app", "web-chat", "website"]
    )
