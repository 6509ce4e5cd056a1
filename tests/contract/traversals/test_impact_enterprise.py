"""GraphStore contract, impact across the enterprise side of the demo model (both stores).

``seeds/demo.yaml`` links its journeys to an enterprise architecture: systems that serve,
feed and trigger each other, most through a shared integration platform; the services
they realize; the data they read and write; the technology they are deployed on; events
and interfaces between them. A change to the platform walks through the systems that
depend on it, the services they realize and the processes using either, on to steps,
journeys, personas and KPIs; a change to one of its components reaches the whole; a
technology node's outage reaches the systems deployed on it and their steps; a change to
a data object reaches what reads or needs it, and not what writes or captures it. Each
node comes with the chain that explains it, the same on both stores.
"""

from graph_api.store.base import GraphStore, NodeRef
from graph_api.traversals import IMPACT
from graph_api.traversals.impact.result import ImpactQuery
from tests.contract.traversals.graph_queries import name

Hop = tuple[str, str, str, bool]
"""A hop as (type, stored source, stored target, walked forward)."""


async def impact(store: GraphStore, start: str, depth: int) -> dict[str, tuple[int, list[Hop]]]:
    """Each node hit by a change to ``start`` (``Kind:key``): its distance and chain."""
    kind, key = start.split(":")
    rows = await store.traverse(IMPACT, ImpactQuery(NodeRef(kind, key), depth))
    return {
        name(row.node): (
            row.distance,
            [(h.type, name(h.source), name(h.target), h.forward) for h in row.hops],
        )
        for row in rows
    }


def of_kind(hit: dict[str, tuple[int, list[Hop]]], kind: str) -> list[tuple[str, int]]:
    return sorted((node, distance) for node, (distance, _) in hit.items() if node.startswith(kind))


PLATFORM = "System:integration-platform"
SERVES_CRM = ("SERVES", PLATFORM, "System:crm", True)
SERVES_BILLING = ("SERVES", PLATFORM, "System:billing-system", True)
SERVES_FSM = ("SERVES", PLATFORM, "System:field-service-management", True)
USES_FSM = ("USES", "Process:dispatch-field-engineer", "System:field-service-management", False)
WRITES_INVOICE = ("WRITES", "System:billing-system", "DataObject:monthly-invoice", True)
TO_FIRST_BILL = [
    SERVES_BILLING,
    WRITES_INVOICE,
    ("NEEDS", "Step:nc-check-first-bill", "DataObject:monthly-invoice", False),
]
TO_NEW_CONNECTION = [
    *TO_FIRST_BILL,
    ("HAS_STEP", "Stage:settle-in", "Step:nc-check-first-bill", False),
    ("HAS_STAGE", "Journey:new-connection", "Stage:settle-in", False),
]


async def test_the_integration_platform_hits_the_systems_that_depend_on_it(
    demo_store: GraphStore,
) -> None:
    hit = await impact(demo_store, PLATFORM, 3)
    assert [n for n in of_kind(hit, "System:") if n[1] == 1] == [
        ("System:billing-system", 1),
        ("System:crm", 1),
        ("System:field-service-management", 1),
        ("System:notification-platform", 1),
        ("System:order-orchestration-platform", 1),
        ("System:web-platform", 1),
    ]
    # Through the data flows of the CRM, two systems the platform does not serve itself.
    to_oms = [SERVES_CRM, ("FLOWS_TO", "System:crm", "System:legacy-oms", True)]
    assert hit["System:legacy-oms"] == (2, to_oms)
    assert hit["System:wholesale-gateway"] == (
        3,
        [*to_oms, ("FLOWS_TO", "System:legacy-oms", "System:wholesale-gateway", True)],
    )
    assert hit["System:network-provisioning"] == (
        3,
        [*to_oms, ("TRIGGERS", "System:legacy-oms", "System:network-provisioning", True)],
    )
    # The services the dependent systems realize, and the processes and touchpoints using them.
    realizes_booking = (
        "REALIZES",
        "System:field-service-management",
        "Service:appointment-booking",
        True,
    )
    assert hit["Service:appointment-booking"] == (2, [SERVES_FSM, realizes_booking])
    assert hit["Process:dispatch-field-engineer"] == (2, [SERVES_FSM, USES_FSM])
    notifications = [
        ("SERVES", PLATFORM, "System:notification-platform", True),
        ("REALIZES", "System:notification-platform", "Service:customer-notifications", True),
    ]
    assert hit["Touchpoint:order-confirmation-email"] == (
        3,
        [
            *notifications,
            (
                "USES",
                "Touchpoint:order-confirmation-email",
                "Service:customer-notifications",
                False,
            ),
        ],
    )
    assert hit["Step:fr-book-engineer"] == (
        3,
        [
            SERVES_FSM,
            USES_FSM,
            ("SERVES", "Process:dispatch-field-engineer", "Step:fr-book-engineer", True),
        ],
    )
    assert hit["KPI:repair-appointments-kept"] == (
        3,
        [
            SERVES_FSM,
            USES_FSM,
            ("MEASURES", "KPI:repair-appointments-kept", "Process:dispatch-field-engineer", False),
        ],
    )
    # Data written by a dependent system reaches the steps that need it.
    assert hit["Step:nc-check-first-bill"] == (3, TO_FIRST_BILL)
    assert "Team:integration-team" in hit  # its owner, to tell
    assert PLATFORM not in hit


async def test_the_integration_platform_reaches_every_journey_and_persona(
    demo_store: GraphStore,
) -> None:
    hit = await impact(demo_store, PLATFORM, 6)
    assert of_kind(hit, "Journey:") == [
        ("Journey:bill-and-renew", 5),
        ("Journey:fault-repair", 5),
        ("Journey:new-connection", 5),
    ]
    assert hit["Journey:new-connection"] == (5, TO_NEW_CONNECTION)
    assert of_kind(hit, "Persona:") == [("Persona:budget-family", 6), ("Persona:remote-worker", 6)]
    assert hit["Persona:remote-worker"] == (
        6,
        [
            *TO_NEW_CONNECTION,
            ("FOR_PERSONA", "Journey:new-connection", "Persona:remote-worker", True),
        ],
    )
    kpis = of_kind(hit, "KPI:")
    assert ("KPI:nps-joining-journey", 5) in kpis
    assert ("KPI:order-to-live-days", 3) in kpis
    # Every KPI of the demo (41) but four: three measure only steps and touchpoints that
    # no process serves ("Compare plans and speeds" and its two touchpoints, "Notice the
    # connection is down"), and repeat faults within 7 days measures "Confirm the fix
    # works", reached at 6 (below), so it would be at 7.
    assert len(kpis) == 37
    unreached = {
        "KPI:comparison-site-share",
        "KPI:plan-comparison-conversion",
        "KPI:proactive-outage-notice",
        "KPI:repeat-fault-7-days",
    }
    assert unreached.isdisjoint(hit)
    # A step reached only through an event another process raises.
    assert hit["Step:fr-confirm-fix"] == (
        6,
        [
            SERVES_FSM,
            USES_FSM,
            (
                "TRIGGERS",
                "Process:dispatch-field-engineer",
                "Event:repair-job-completed",
                True,
            ),
            (
                "TRIGGERS",
                "Event:repair-job-completed",
                "Process:measure-customer-experience",
                True,
            ),
            ("SERVES", "Process:measure-customer-experience", "Touchpoint:fix-survey-sms", True),
            ("HAS_TOUCHPOINT", "Step:fr-confirm-fix", "Touchpoint:fix-survey-sms", False),
        ],
    )


async def test_a_component_of_the_platform_hits_the_whole_and_what_depends_on_it(
    demo_store: GraphStore,
) -> None:
    hit = await impact(demo_store, "System:event-bus", 2)
    part_of = ("PART_OF", "System:event-bus", PLATFORM, True)
    owner = ("OWNS", "Team:integration-team", "System:event-bus", False)
    assert hit == {
        PLATFORM: (1, [part_of]),
        "Team:integration-team": (1, [owner]),
        "System:billing-system": (2, [part_of, SERVES_BILLING]),
        "System:crm": (2, [part_of, SERVES_CRM]),
        "System:field-service-management": (2, [part_of, SERVES_FSM]),
        "System:notification-platform": (
            2,
            [part_of, ("SERVES", PLATFORM, "System:notification-platform", True)],
        ),
        "System:order-orchestration-platform": (
            2,
            [part_of, ("SERVES", PLATFORM, "System:order-orchestration-platform", True)],
        ),
        "System:web-platform": (2, [part_of, ("SERVES", PLATFORM, "System:web-platform", True)]),
        "Team:technology": (
            2,
            [owner, ("PART_OF", "Team:integration-team", "Team:technology", True)],
        ),
    }


async def test_a_technology_outage_hits_the_systems_deployed_on_it_and_their_steps(
    demo_store: GraphStore,
) -> None:
    cluster = "TechnologyNode:vmware-cluster"
    hit = await impact(demo_store, cluster, 3)
    deployed = ["address-database", "billing-system", "legacy-oms", "network-monitoring-system"]
    deployed += ["network-provisioning"]
    for system in deployed:
        assert hit[f"System:{system}"] == (1, [("DEPLOYED_ON", f"System:{system}", cluster, False)])
    assert [n for n in of_kind(hit, "System:") if n[1] == 1] == [
        (f"System:{s}", 1) for s in deployed
    ]
    on_billing = ("DEPLOYED_ON", "System:billing-system", cluster, False)
    price_change = "Process:apply-annual-price-change"
    assert hit["Step:br-spot-price-rise"] == (
        3,
        [
            on_billing,
            ("USES", price_change, "System:billing-system", False),
            ("SERVES", price_change, "Step:br-spot-price-rise", True),
        ],
    )
    # A system on the cluster serving one that is not: the web platform is hit too.
    assert hit["System:web-platform"] == (
        2,
        [
            ("DEPLOYED_ON", "System:address-database", cluster, False),
            ("SERVES", "System:address-database", "System:web-platform", True),
        ],
    )
    # The cluster runs in the data centre: its outage does not reach the data centre.
    assert "TechnologyNode:leeds-data-centre" not in hit
    # The CRM runs elsewhere, but reads the address records a system on the cluster writes.
    assert hit["System:crm"] == (
        3,
        [
            ("DEPLOYED_ON", "System:address-database", cluster, False),
            ("WRITES", "System:address-database", "DataObject:address-and-line-record", True),
            ("READS", "System:crm", "DataObject:address-and-line-record", False),
        ],
    )


async def test_a_data_centre_outage_reaches_what_runs_in_it_however_deep(
    demo_store: GraphStore,
) -> None:
    centre = "TechnologyNode:leeds-data-centre"
    cluster = "TechnologyNode:vmware-cluster"
    hit = await impact(demo_store, centre, 3)
    assert hit[cluster] == (1, [("DEPLOYED_ON", cluster, centre, False)])
    assert hit["TechnologyNode:oracle-database"] == (
        1,
        [("DEPLOYED_ON", "TechnologyNode:oracle-database", centre, False)],
    )
    assert hit["System:billing-system"] == (
        2,
        [
            ("DEPLOYED_ON", cluster, centre, False),
            ("DEPLOYED_ON", "System:billing-system", cluster, False),
        ],
    )
    assert "TechnologyNode:eks-cluster" not in hit  # it runs in the AWS region


async def test_a_technology_service_reaches_the_systems_using_it(demo_store: GraphStore) -> None:
    database = "TechnologyNode:oracle-database"
    hit = await impact(demo_store, database, 3)
    realizes = ("REALIZES", database, "Service:database-hosting", True)
    assert hit["Service:database-hosting"] == (1, [realizes])
    assert hit["System:legacy-oms"] == (
        2,
        [realizes, ("USES", "System:legacy-oms", "Service:database-hosting", False)],
    )
    assert hit["Process:orchestrate-wholesale-order"] == (
        3,
        [
            realizes,
            ("USES", "System:legacy-oms", "Service:database-hosting", False),
            ("USES", "Process:orchestrate-wholesale-order", "System:legacy-oms", False),
        ],
    )


async def test_a_data_object_hits_what_reads_or_needs_it(demo_store: GraphStore) -> None:
    account = "DataObject:customer-account"
    hit = await impact(demo_store, account, 1)
    assert hit == {
        "Process:resolve-billing-query": (
            1,
            [("READS", "Process:resolve-billing-query", account, False)],
        ),
        "System:billing-system": (1, [("READS", "System:billing-system", account, False)]),
        "System:notification-platform": (
            1,
            [("READS", "System:notification-platform", account, False)],
        ),
        "System:web-platform": (1, [("READS", "System:web-platform", account, False)]),
        "Team:customer-operations": (1, [("OWNS", "Team:customer-operations", account, False)]),
    }
    # Within three hops, not the CRM that writes it, nor the touchpoints where customers
    # give it: the checkout is hit only as a touchpoint of a process using a system that
    # reads it.
    deeper = await impact(demo_store, account, 3)
    assert "System:crm" not in deeper
    assert deeper["Touchpoint:web-checkout"] == (
        3,
        [
            ("READS", "System:web-platform", account, False),
            ("USES", "Process:capture-order", "System:web-platform", False),
            ("SERVES", "Process:capture-order", "Touchpoint:web-checkout", True),
        ],
    )
    assert deeper["Step:br-query-charge"] == (
        2,
        [
            ("READS", "Process:resolve-billing-query", account, False),
            ("SERVES", "Process:resolve-billing-query", "Step:br-query-charge", True),
        ],
    )


async def test_data_no_system_holds_reaches_only_the_steps_and_process_needing_it(
    demo_store: GraphStore,
) -> None:
    milestones = "DataObject:wholesale-order-milestones"
    hit = await impact(demo_store, milestones, 1)
    assert sorted(hit) == [
        "Process:orchestrate-wholesale-order",
        "Step:nc-chase-order-status",
        "Step:nc-receive-install-date",
        "Touchpoint:app-order-tracker",
        "Touchpoint:order-chase-call",
    ]
    assert hit["Step:nc-chase-order-status"] == (
        1,
        [("NEEDS", "Step:nc-chase-order-status", milestones, False)],
    )


async def test_an_event_raised_at_a_step_reaches_the_process_it_triggers(
    demo_store: GraphStore,
) -> None:
    hit = await impact(demo_store, "Step:nc-place-order", 2)
    raises = ("TRIGGERS", "Step:nc-place-order", "Event:order-placed", True)
    assert hit["Event:order-placed"] == (1, [raises])
    assert hit["Process:orchestrate-wholesale-order"] == (
        2,
        [raises, ("TRIGGERS", "Event:order-placed", "Process:orchestrate-wholesale-order", True)],
    )


async def test_an_interface_hits_the_systems_and_processes_it_serves(
    demo_store: GraphStore,
) -> None:
    file_drop = "Interface:wholesale-order-file"
    hit = await impact(demo_store, file_drop, 2)
    assert hit["System:legacy-oms"] == (1, [("SERVES", file_drop, "System:legacy-oms", True)])
    assert hit["Process:orchestrate-wholesale-order"] == (
        1,
        [("SERVES", file_drop, "Process:orchestrate-wholesale-order", True)],
    )
    assert hit["Step:nc-chase-order-status"] == (
        2,
        [
            ("SERVES", file_drop, "Process:orchestrate-wholesale-order", True),
            ("SERVES", "Process:orchestrate-wholesale-order", "Step:nc-chase-order-status", True),
        ],
    )
    # The system exposing it hits the interface, not the other way round: the gateway is
    # hit only through the OMS's data flow to it.
    assert hit["System:wholesale-gateway"] == (
        2,
        [
            ("SERVES", file_drop, "System:legacy-oms", True),
            ("FLOWS_TO", "System:legacy-oms", "System:wholesale-gateway", True),
        ],
    )
    gateway = await impact(demo_store, "System:wholesale-gateway", 1)
    assert gateway[file_drop] == (
        1,
        [("EXPOSES", "System:wholesale-gateway", file_drop, True)],
    )
