"""GraphStore contract, the impact traversal (both stores).

On the small graph of :mod:`tests.contract.traversals.graph_queries`: what a change to a
system hits, level by level, with the chain chosen among equally short ones; the depth
cap; PART_OF and NEXT cycles; relationships that carry no impact (NEXT, AFFECTS) or only
the other way (ON_CHANNEL); nodes with nothing to hit; and one query on Neo4j. On the
demo model: a system's impact within two hops.
"""

from graph_api.store.base import GraphStore, NodeRef
from graph_api.traversals import IMPACT
from graph_api.traversals.impact.result import ImpactQuery, ImpactRow
from tests.contract.traversals.graph_queries import (
    APP,
    BUY,
    CRM,
    KIOSK,
    RIDER,
    SALES,
    SLOW,
    name,
    write_graph,
)

HopTuple = tuple[str, str, str, bool]
RowTuple = tuple[str, int, list[HopTuple]]


def as_tuple(row: ImpactRow) -> RowTuple:
    hops = [(h.type, name(h.source), name(h.target), h.forward) for h in row.hops]
    return (name(row.node), row.distance, hops)


async def impact(store: GraphStore, start: NodeRef, depth: int = 6) -> list[RowTuple]:
    return [as_tuple(row) for row in await store.traverse(IMPACT, ImpactQuery(start, depth))]


USES_BILLING = ("USES", "Process:billing", "System:crm", False)
USES_ORDER = ("USES", "Process:order", "System:crm", False)
TO_PLAN = [USES_BILLING, ("SERVES", "Process:billing", "Step:pay", True)]
TO_COMMUTE = [*TO_PLAN, ("HAS_STEP", "Stage:plan", "Step:pay", False)]
TO_RIDER = [*TO_COMMUTE, ("HAS_STAGE", "Journey:commute", "Stage:plan", False)]

CRM_IMPACT: list[RowTuple] = [
    ("Process:billing", 1, [USES_BILLING]),
    ("Process:order", 1, [USES_ORDER]),
    ("Team:ops", 1, [("OWNS", "Team:ops", "System:crm", False)]),
    ("Process:sales", 2, [USES_ORDER, ("PART_OF", "Process:order", "Process:sales", True)]),
    ("Step:buy", 2, [USES_ORDER, ("SERVES", "Process:order", "Step:buy", True)]),
    ("Step:pay", 2, TO_PLAN),
    (
        "Touchpoint:pay-app",
        2,
        [USES_BILLING, ("SERVES", "Process:billing", "Touchpoint:pay-app", True)],
    ),
    # plan is 3 hops away through buy (via order) and through pay (via billing): the
    # chain whose nodes come first wins, compared from the start (billing < order).
    ("Stage:plan", 3, TO_COMMUTE),
    ("Journey:commute", 4, TO_RIDER),
    ("KPI:nps", 5, [*TO_RIDER, ("MEASURES", "KPI:nps", "Journey:commute", False)]),
    ("Persona:rider", 5, [*TO_RIDER, ("FOR_PERSONA", "Journey:commute", "Persona:rider", True)]),
]
"""A change to the CRM: never the channel (ON_CHANNEL carries impact only from the
channel), the pain point (AFFECTS carries none) or the CRM itself."""


async def test_a_system_hits_processes_steps_journeys_and_personas(store: GraphStore) -> None:
    await write_graph(store)
    assert await impact(store, CRM) == CRM_IMPACT


async def test_the_depth_caps_the_chains(store: GraphStore) -> None:
    await write_graph(store)
    assert await impact(store, CRM, 2) == CRM_IMPACT[:7]
    assert await impact(store, CRM, 1) == CRM_IMPACT[:3]
    assert await impact(store, CRM, 10) == CRM_IMPACT


async def test_a_part_of_cycle_ends(store: GraphStore) -> None:
    await write_graph(store)
    to_order = ("PART_OF", "Process:sales", "Process:order", True)
    to_buy = ("SERVES", "Process:order", "Step:buy", True)
    to_plan = ("HAS_STEP", "Stage:plan", "Step:buy", False)
    to_commute = ("HAS_STAGE", "Journey:commute", "Stage:plan", False)
    chain = [to_order, to_buy, to_plan, to_commute]
    assert await impact(store, SALES, 10) == [
        ("Process:order", 1, [to_order]),
        ("Step:buy", 2, chain[:2]),
        ("Stage:plan", 3, chain[:3]),
        ("Journey:commute", 4, chain),
        ("KPI:nps", 5, [*chain, ("MEASURES", "KPI:nps", "Journey:commute", False)]),
        ("Persona:rider", 5, [*chain, ("FOR_PERSONA", "Journey:commute", "Persona:rider", True)]),
    ]


async def test_next_loops_carry_no_impact(store: GraphStore) -> None:
    await write_graph(store)
    rows = await impact(store, BUY, 10)
    assert [(node, distance) for node, distance, _ in rows] == [
        ("Stage:plan", 1),
        ("Journey:commute", 2),
        ("KPI:nps", 3),
        ("Persona:rider", 3),
    ]


async def test_a_channel_hits_its_touchpoints_and_their_steps(store: GraphStore) -> None:
    await write_graph(store)
    to_touchpoint = ("ON_CHANNEL", "Touchpoint:pay-app", "Channel:app", False)
    to_step = ("HAS_TOUCHPOINT", "Step:pay", "Touchpoint:pay-app", False)
    rows = await impact(store, APP, 3)
    assert rows == [
        ("Touchpoint:pay-app", 1, [to_touchpoint]),
        ("Step:pay", 2, [to_touchpoint, to_step]),
        ("Stage:plan", 3, [to_touchpoint, to_step, ("HAS_STEP", "Stage:plan", "Step:pay", False)]),
    ]


async def test_nodes_that_hit_nothing(store: GraphStore) -> None:
    await write_graph(store)
    assert await impact(store, KIOSK) == []  # no relationships at all
    assert await impact(store, SLOW) == []  # AFFECTS carries no impact
    assert await impact(store, RIDER) == []  # nothing depends on a persona here
    assert await impact(store, NodeRef("System", "no-such-system")) == []


async def test_impact_is_one_query_on_neo4j(store: GraphStore) -> None:
    await write_graph(store)
    before = getattr(store, "query_count", 0)
    rows = await store.traverse(IMPACT, ImpactQuery(CRM, 10))
    assert len(rows) == len(CRM_IMPACT)
    if store.name == "neo4j":
        assert store.query_count - before == 1  # type: ignore[attr-defined]


DEMO_IVR_DEPTH_2 = [
    ("Process:log-and-triage-fault", 1),
    ("Process:resolve-billing-query", 1),
    ("Team:customer-operations", 1),
    ("BacklogItem:epic-one-fault-record", 2),
    ("Capability:call-routing-ivr", 2),
    ("Capability:customer-contact", 2),
    ("Capability:fault-management", 2),
    ("Capability:omnichannel-case-management", 2),
    ("DataObject:fault-case", 2),
    ("KPI:fault-first-contact-resolution", 2),
    ("Process:dispatch-field-engineer", 2),
    ("Process:trouble-to-resolve", 2),
    ("Step:br-query-charge", 2),
    ("Step:fr-call-support", 2),
    ("Step:fr-report-in-chat", 2),
    ("Touchpoint:agent-fault-call", 2),
    ("Touchpoint:billing-query-call", 2),
    ("Touchpoint:fault-reference-sms", 2),
    ("Touchpoint:ivr-fault-menu", 2),
    ("Touchpoint:shop-bill-query", 2),
    ("Touchpoint:web-chat-fault", 2),
]
"""The IVR platform: the two processes using it and its owner; then what those processes
realize, serve, write, trigger and belong to, the KPI measuring one and the backlog item
changing it (``seeds/demo.yaml``, processes ``log-and-triage-fault`` and
``resolve-billing-query``)."""


async def test_demo_telephony_within_two_hops(demo_store: GraphStore) -> None:
    rows = await impact(demo_store, NodeRef("System", "telephony-ivr"), 2)
    assert [(node, distance) for node, distance, _ in rows] == DEMO_IVR_DEPTH_2
    chains = {node: hops for node, _, hops in rows}
    assert chains["KPI:fault-first-contact-resolution"] == [
        ("USES", "Process:log-and-triage-fault", "System:telephony-ivr", False),
        ("MEASURES", "KPI:fault-first-contact-resolution", "Process:log-and-triage-fault", False),
    ]


async def test_demo_a_system_reaches_the_personas(demo_store: GraphStore) -> None:
    rows = await impact(demo_store, NodeRef("System", "crm"), 6)
    # 217 nodes of the map and the architecture, then the 26 KPIs measuring steps,
    # touchpoints and journeys that the CRM reaches (all 30 but the four that nothing
    # serving a step reaches within 6 hops: see test_impact_enterprise) and the two bugs
    # changing touchpoints it reaches
    assert len(rows) == 217 + 26 + 2
    personas = [(node, distance) for node, distance, _ in rows if node.startswith("Persona:")]
    assert personas == [("Persona:budget-family", 5), ("Persona:remote-worker", 5)]
