"""GraphStore contract, impact of everything on a view (both stores).

Naming a View asks what a change to everything it shows hits: the walk starts from each
node the view shows. The answer is checked against the impacts of those nodes one by one,
on the demo model's integration landscape and on views of its other systems: each node
hit is at the smallest distance any shown node reaches it at, the shown nodes themselves
and the view are not listed, and each chain starts at a shown node.
"""

import pytest

from graph_api.store.base import AddLink, GraphStore, NodeRef, UpsertNode
from graph_api.traversals import IMPACT
from graph_api.traversals.impact.result import ImpactQuery, ImpactRow

VIEW = NodeRef("View", "integration-landscape")
LANDSCAPE = ["integration-platform", "crm", "billing-system", "field-service-management"]


async def walk(store: GraphStore, start: NodeRef, depth: int) -> list[ImpactRow]:
    return await store.traverse(IMPACT, ImpactQuery(start, depth))


async def expected_from_each(
    store: GraphStore, shown: list[NodeRef], depth: int
) -> dict[NodeRef, int]:
    """Each node some shown node hits, at the smallest distance any of them hits it."""
    nearest: dict[NodeRef, int] = {}
    for node in shown:
        for row in await walk(store, node, depth):
            nearest[row.node] = min(row.distance, nearest.get(row.node, depth + 1))
    for node in shown:
        nearest.pop(node, None)
    return nearest


def check_chains(rows: list[ImpactRow], shown: list[NodeRef]) -> None:
    for row in rows:
        assert len(row.hops) == row.distance
        first = row.hops[0]
        origin = first.source if first.forward else first.target
        assert origin in shown, (row.node, origin)
        last = row.hops[-1]
        assert (last.target if last.forward else last.source) == row.node


@pytest.mark.parametrize("depth", [1, 3, 6])
async def test_a_view_hits_what_its_nodes_hit(demo_store: GraphStore, depth: int) -> None:
    shown = [NodeRef("System", key) for key in LANDSCAPE]
    rows = await walk(demo_store, VIEW, depth)
    assert {row.node: row.distance for row in rows} == await expected_from_each(
        demo_store, shown, depth
    )
    assert VIEW not in {row.node for row in rows}
    assert not {row.node for row in rows} & set(shown)
    check_chains(rows, shown)
    assert [(r.distance, r.node.kind, r.node.key) for r in rows] == sorted(
        (r.distance, r.node.kind, r.node.key) for r in rows
    )


async def test_a_view_of_other_kinds_starts_from_each(demo_store: GraphStore) -> None:
    shown = [
        NodeRef("DataObject", "monthly-invoice"),
        NodeRef("TechnologyNode", "leeds-data-centre"),
        NodeRef("Process", "dispatch-field-engineer"),
    ]
    for node in shown:
        assert node.key in await demo_store.get_nodes(node.kind, [node.key]), node
    view = NodeRef("View", "mixed")
    await demo_store.write(
        [
            UpsertNode("View", "mixed", {"name": "Mixed"}),
            *(AddLink("SHOWS", view, node) for node in shown),
        ]
    )
    rows = await walk(demo_store, view, 4)
    assert {row.node: row.distance for row in rows} == await expected_from_each(
        demo_store, shown, 4
    )
    check_chains(rows, shown)


async def test_an_empty_view_hits_nothing(store: GraphStore) -> None:
    await store.write([UpsertNode("View", "blank", {"name": "Blank"})])
    assert await walk(store, NodeRef("View", "blank"), 6) == []


async def test_a_view_is_never_hit_through_what_it_shows(demo_store: GraphStore) -> None:
    for key in LANDSCAPE:
        rows = await walk(demo_store, NodeRef("System", key), 10)
        assert all(row.node.kind != "View" for row in rows)
