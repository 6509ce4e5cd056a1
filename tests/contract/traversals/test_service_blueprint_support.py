"""GraphStore contract, the service blueprint's support lane: services and data.

On a small journey of three steps: the services the step or its touchpoints use and those
its back-stage processes and support systems use or realize; the data the step or its
touchpoints need or capture and the data those processes and systems read or write.
What belongs to another step, to a process serving nothing here, or to a system no
back-stage process uses stays out; a step with none of it has empty lists. On Neo4j the
traversal stays one query.
"""

from graph_api.store.base import GraphStore
from graph_api.traversals import SERVICE_BLUEPRINT
from graph_api.traversals.service_blueprint.result import (
    BlueprintDataObject,
    BlueprintGapKind,
    BlueprintService,
    BlueprintStep,
)
from tests.contract.traversals.enterprise_graphs import SHOP, rel
from tests.contract.traversals.product_graph import one_query

Kind = BlueprintGapKind


ORDER_SERVICES = [
    BlueprintService(
        "address-check", used_at_touchpoints=["web-form"], realized_by_systems=["crm"]
    ),
    BlueprintService(
        "ordering",
        used_at_step=True,
        used_at_touchpoints=["web-form"],
        realized_by_processes=["capture"],
    ),
    BlueprintService("payments", used_by_processes=["capture"], used_by_systems=["erp"]),
]
ORDER_DATA = [
    BlueprintDataObject(
        "address",
        captured_at_step=True,
        needed_at_touchpoints=["web-form"],
        written_by_systems=["crm"],
    ),
    BlueprintDataObject("customer", needed_at_step=True, read_by_systems=["crm"]),
    BlueprintDataObject(
        "order-record",
        captured_at_touchpoints=["call", "web-form"],
        read_by_processes=["fulfil"],
        read_by_systems=["erp"],
        written_by_processes=["capture"],
    ),
]


async def steps_of_shop(store: GraphStore) -> dict[str, BlueprintStep]:
    blueprint = await one_query(store, store.traverse(SERVICE_BLUEPRINT, "shop"))
    assert blueprint is not None
    (buy,) = blueprint.stages
    return {s.step_key: s for s in buy.steps}


async def test_services_and_data_of_the_support_lane(store: GraphStore) -> None:
    await store.write(SHOP)
    steps = await steps_of_shop(store)
    order = steps["order"]
    assert order.back_stage == ["capture", "fulfil"]
    assert order.support == ["crm", "erp"]
    assert order.services == ORDER_SERVICES
    assert order.data == ORDER_DATA


async def test_what_another_step_holds_stays_with_it(store: GraphStore) -> None:
    await store.write(SHOP)
    steps = await steps_of_shop(store)
    assert steps["pay"].services == [
        BlueprintService("invoicing", used_at_touchpoints=["till"], realized_by_systems=["ledger"])
    ]
    assert steps["pay"].data == [
        BlueprintDataObject(
            "invoice", needed_at_touchpoints=["till"], written_by_systems=["ledger"]
        )
    ]
    # browse: no touchpoint, no process, so nothing in support at all
    assert (steps["browse"].support, steps["browse"].services, steps["browse"].data) == (
        [],
        [],
        [],
    )


async def test_support_follows_the_back_stage(store: GraphStore) -> None:
    """A process newly serving the step brings what it and its systems use, realize,
    read and write; the gaps keep their meaning."""
    await store.write(SHOP)
    before = (await steps_of_shop(store))["browse"]
    await store.write(
        [
            rel("SERVES", "Process:idle", "Step:browse"),
            rel("USES", "Process:idle", "System:archive"),
        ]
    )
    browse = (await steps_of_shop(store))["browse"]
    assert browse.back_stage == ["idle"]
    assert browse.support == ["archive"]
    assert browse.services == [
        BlueprintService("reporting", used_by_systems=["archive"], realized_by_processes=["idle"])
    ]
    assert browse.data == [
        BlueprintDataObject("history", read_by_processes=["idle"], written_by_systems=["archive"])
    ]
    assert [g.kind for g in before.gaps] == [Kind.STEP_WITHOUT_EVIDENCE, Kind.STEP_WITHOUT_PROCESS]
    assert [g.kind for g in browse.gaps] == [Kind.STEP_WITHOUT_EVIDENCE]
