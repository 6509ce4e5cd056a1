"""GraphStore contract, ``linked_keys``: the keys at the other end of a field, no nodes read.

Run on every store. On the demo, for every relationship field of every kind, the answer
is the keys ``neighbours`` gives, sorted; a key with no links, and a key no node has,
answer an empty list; both directions of a relationship answer alike.
"""

from graph_api.metamodel import NODE_KINDS, relationship_fields
from graph_api.store.base import AddLink, GraphStore, NodeRef, UpsertNode
from graph_api.store.listing import ListQuery


async def _all_keys(store: GraphStore, kind: str) -> list[str]:
    page = await store.list_nodes(kind, ListQuery.by_key(first=10_000))
    return [record.key for record in page.records]


async def test_every_field_of_the_demo_answers_the_keys_neighbours_gives(
    demo_store: GraphStore,
) -> None:
    compared = 0
    for kind in NODE_KINDS:
        keys = await _all_keys(demo_store, kind)
        if not keys:
            continue
        for field in relationship_fields(kind).values():
            found = await demo_store.linked_keys(field, keys)
            nodes = await demo_store.neighbours(field, keys)
            assert found == {key: sorted(record.key for record in nodes[key]) for key in keys}, (
                f"{kind}.{field.name}"
            )
            compared += sum(len(others) for others in found.values())
    assert compared > 1_500  # every link of the demo, from both of its ends


async def test_nodes_without_links_or_without_a_node_answer_empty_lists(
    store: GraphStore,
) -> None:
    measurements = relationship_fields("KPI")["measurements"]
    kpi = relationship_fields("Measurement")["kpi"]
    await store.write(
        [
            UpsertNode("KPI", "csat", {"name": "CSAT"}),
            UpsertNode("KPI", "unmeasured", {"name": "Unmeasured"}),
            *(
                UpsertNode("Measurement", f"csat-{n}", {"value": n, "at": f"2026-0{n}-01"})
                for n in (3, 1, 2)
            ),
            *(
                AddLink("HAS_MEASUREMENT", NodeRef("KPI", "csat"), NodeRef("Measurement", m))
                for m in ("csat-3", "csat-1", "csat-2")
            ),
        ]
    )
    assert await store.linked_keys(measurements, ["unmeasured", "csat", "no-such-kpi"]) == {
        "unmeasured": [],
        "csat": ["csat-1", "csat-2", "csat-3"],
        "no-such-kpi": [],
    }
    assert await store.linked_keys(kpi, ["csat-2", "csat-9"]) == {
        "csat-2": ["csat"],
        "csat-9": [],
    }
    assert await store.linked_keys(measurements, []) == {}
