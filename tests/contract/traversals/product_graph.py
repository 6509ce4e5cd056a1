"""A small hand-made graph for the product traversals (painfulSteps, opportunityScores,
traceability, storyMap), with every expectation of their tests computed by hand from it.

Journey ``commute`` (persona commuter) has stages plan (order 1), then arrive and travel
(both order 2: by key). Plan holds buy (order 1), then check and pick (both order 2).
Journey ``sightseeing`` (persona tourist) holds stroll; journey ``empty`` has no stage;
step ``orphan`` belongs to no stage. NEXT links the commute steps in a cycle
(buy -> check -> pick -> ride -> buy), which no product traversal follows.

Pain (max severity on the step or its touchpoints): check 5 (glare 5 on its touchpoint
board, queue 3 on the step), orphan 5, exit 4 (jam on its touchpoint gate), ride 4 (crush
4, jam 4), stroll 2, buy 1, pick 0.
"""

from collections.abc import Awaitable
from typing import Any, TypeVar

from graph_api.store.base import GraphStore, UpsertNode, WriteOp
from tests.contract.helpers import channel, link, persona, stage, step, touchpoint

T = TypeVar("T")


def node(node_kind: str, key: str, /, **props: Any) -> UpsertNode:
    return UpsertNode(node_kind, key, props)


def pain(key: str, severity: int) -> UpsertNode:
    return node("PainPoint", key, name=key.title(), severity=severity)


def outcome(key: str, importance: float, satisfaction: float) -> UpsertNode:
    return node("Outcome", key, statement=key, importance=importance, satisfaction=satisfaction)


def item(key: str, priority: int | None = None) -> UpsertNode:
    props: dict[str, Any] = {"title": key.title(), "kind": "story", "status": "todo"}
    return node("BacklogItem", key, **props, **({"priority": priority} if priority else {}))


def evidence(key: str) -> UpsertNode:
    return node("Evidence", key, kind="survey", summary=key)


def kpi(key: str) -> UpsertNode:
    return node("KPI", key, name=key, direction="higher_is_better")


def opportunity(key: str) -> UpsertNode:
    return node("Opportunity", key, statement=key)


def journey(key: str) -> UpsertNode:
    return node("Journey", key, name=key.title(), state="current")


def process(key: str) -> UpsertNode:
    return node("Process", key, name=key.title(), kind="core")


NODES: list[WriteOp] = [
    persona("commuter", "Commuter"),
    persona("tourist", "Tourist"),
    node("Job", "get-to-work", statement="Get to work", kind="functional"),
    node("Job", "see-sights", statement="See the sights", kind="functional"),
    outcome("fast-trip", 9.0, 4.0),  # 14, underserved
    outcome("calm-trip", 8, 2),  # 14 (ints, as a loose writer may store them), underserved
    outcome("nice-view", 7.0, 4.0),  # 10: underserved, on the threshold
    outcome("cheap-fare", 6.0, 7.0),  # 6, overserved
    outcome("no-crowds", 5.0, 5.0),  # 5, neither
    journey("commute"),
    journey("sightseeing"),
    journey("empty"),
    stage("plan", 1),
    stage("arrive", 2),
    stage("travel", 2),
    stage("wander", 1),
    step("buy", 1),
    step("check", 2),
    step("pick", 2),
    step("exit", 1),
    step("ride", 1),
    step("stroll", 1),
    step("orphan", 1),
    touchpoint("ticket-app"),
    touchpoint("board"),
    touchpoint("gate"),
    touchpoint("kiosk"),
    channel("app"),
    channel("station", "physical"),
    channel("web"),
    pain("typo", 1),
    pain("queue", 3),
    pain("glare", 5),
    pain("crush", 4),
    pain("jam", 4),
    pain("lost", 2),
    pain("stray", 5),
    evidence("glare-photo"),
    evidence("glare-survey"),
    evidence("queue-count"),
    evidence("check-shadow"),
    process("ticketing"),
    process("dispatch"),
    node("System", "display", name="Display", lifecycle="active"),
    node("Capability", "payments", name="Payments", level=1),
    kpi("on-time"),
    kpi("board-views"),
    kpi("check-time"),
    kpi("ticketing-cost"),
    kpi("ride-comfort"),
    opportunity("opp-cheap"),
    opportunity("opp-shade"),
    item("epic-tickets", 1),
    item("story-crowd", 2),
    item("story-glare", 2),
    item("story-queue"),
    item("story-view"),
    item("task-fare", 1),
    item("lonely", 3),
    item("stray-fix", 4),
]

LINKS: list[WriteOp] = [
    link("HAS_JOB", persona("commuter", ""), node("Job", "get-to-work")),
    link("HAS_JOB", persona("tourist", ""), node("Job", "see-sights")),
    *(
        link("HAS_OUTCOME", node("Job", job), node("Outcome", key))
        for job, key in [
            ("get-to-work", "fast-trip"),
            ("get-to-work", "cheap-fare"),
            ("get-to-work", "no-crowds"),
            ("see-sights", "calm-trip"),
            ("see-sights", "nice-view"),
        ]
    ),
    link("FOR_PERSONA", journey("commute"), persona("commuter", "")),
    link("FOR_PERSONA", journey("sightseeing"), persona("tourist", "")),
    link("HAS_STAGE", journey("commute"), stage("plan")),
    link("HAS_STAGE", journey("commute"), stage("travel")),
    link("HAS_STAGE", journey("commute"), stage("arrive")),
    link("HAS_STAGE", journey("sightseeing"), stage("wander")),
    link("HAS_STEP", stage("plan"), step("pick")),
    link("HAS_STEP", stage("plan"), step("check")),
    link("HAS_STEP", stage("plan"), step("buy")),
    link("HAS_STEP", stage("arrive"), step("exit")),
    link("HAS_STEP", stage("travel"), step("ride")),
    link("HAS_STEP", stage("wander"), step("stroll")),
    link("NEXT", step("buy"), step("check")),
    link("NEXT", step("check"), step("pick")),
    link("NEXT", step("pick"), step("ride")),
    link("NEXT", step("ride"), step("buy")),
    link("HAS_TOUCHPOINT", step("buy"), touchpoint("ticket-app")),
    link("HAS_TOUCHPOINT", step("check"), touchpoint("board")),
    link("HAS_TOUCHPOINT", step("exit"), touchpoint("gate")),
    link("HAS_TOUCHPOINT", step("stroll"), touchpoint("kiosk")),
    link("ON_CHANNEL", touchpoint("ticket-app"), channel("app")),
    link("ON_CHANNEL", touchpoint("board"), channel("station")),
    link("ON_CHANNEL", touchpoint("gate"), channel("station")),
    link("AFFECTS", pain("typo", 1), step("buy")),
    link("AFFECTS", pain("queue", 3), step("check")),
    link("AFFECTS", pain("glare", 5), touchpoint("board")),
    link("AFFECTS", pain("crush", 4), step("ride")),
    link("AFFECTS", pain("jam", 4), step("ride")),
    link("AFFECTS", pain("jam", 4), touchpoint("gate")),
    link("AFFECTS", pain("lost", 2), step("stroll")),
    link("AFFECTS", pain("stray", 5), step("orphan")),
    link("SUPPORTS", evidence("glare-photo"), pain("glare", 5)),
    link("SUPPORTS", evidence("glare-survey"), pain("glare", 5)),
    link("SUPPORTS", evidence("queue-count"), pain("queue", 3)),
    link("SUPPORTS", evidence("check-shadow"), step("check")),  # a step's, not a pain's
    link("PURSUES", step("check"), outcome("fast-trip", 0, 0)),
    link("PURSUES", step("ride"), outcome("fast-trip", 0, 0)),
    link("PURSUES", step("buy"), outcome("cheap-fare", 0, 0)),
    link("PURSUES", step("stroll"), outcome("nice-view", 0, 0)),
    link("PURSUES", step("exit"), outcome("calm-trip", 0, 0)),
    link("SERVES", process("ticketing"), touchpoint("board")),
    link("SERVES", process("dispatch"), step("ride")),
    link("MEASURES", kpi("on-time"), journey("commute")),
    link("MEASURES", kpi("board-views"), touchpoint("board")),
    link("MEASURES", kpi("check-time"), step("check")),
    link("MEASURES", kpi("ticketing-cost"), process("ticketing")),
    link("MEASURES", kpi("ride-comfort"), step("ride")),
    link("TARGETS", opportunity("opp-shade"), outcome("fast-trip", 0, 0)),
    link("TARGETS", opportunity("opp-cheap"), outcome("fast-trip", 0, 0)),
    link("ARISES_AT", opportunity("opp-shade"), step("check")),
    link("RELIEVES", opportunity("opp-shade"), pain("glare", 5)),
    link("PART_OF", item("story-glare"), item("epic-tickets")),
    link("PART_OF", item("story-queue"), item("epic-tickets")),
    link("ADDRESSES", item("epic-tickets"), step("buy")),
    link("ADDRESSES", item("epic-tickets"), outcome("cheap-fare", 0, 0)),
    link("ADDRESSES", item("story-glare"), pain("glare", 5)),
    link("ADDRESSES", item("story-glare"), opportunity("opp-shade")),
    link("CHANGES", item("story-glare"), touchpoint("board")),
    link("CHANGES", item("story-glare"), node("System", "display")),
    link("ADDRESSES", item("story-queue"), pain("queue", 3)),
    link("ADDRESSES", item("story-queue"), step("check")),
    link("ADDRESSES", item("story-crowd"), step("check")),
    link("ADDRESSES", item("story-crowd"), step("stroll")),
    link("ADDRESSES", item("story-crowd"), outcome("nice-view", 0, 0)),
    link("ADDRESSES", item("story-view"), outcome("nice-view", 0, 0)),
    link("ADDRESSES", item("task-fare"), outcome("fast-trip", 0, 0)),
    link("CHANGES", item("task-fare"), process("ticketing")),
    link("CHANGES", item("task-fare"), node("Capability", "payments")),
    link("ADDRESSES", item("stray-fix"), pain("stray", 5)),
]


async def write_product_graph(store: GraphStore) -> None:
    await store.write([*NODES, *LINKS])


def queries_run(store: GraphStore) -> int:
    """How many Cypher queries the store ran so far (0 for the embedded store)."""
    return int(getattr(store, "query_count", 0))


async def one_query(store: GraphStore, call: Awaitable[T]) -> T:
    """Await ``call`` (a traversal on ``store``); on Neo4j, check it cost exactly ONE query."""
    before = queries_run(store)
    result = await call
    if store.name == "neo4j":
        assert queries_run(store) - before == 1
    return result
