"""Bulk loading (graph_api.bulk) on both stores: all of a new model, or nothing.

A generated model bulk-loads into an empty store (and next to the demo model) as
exactly the document's nodes and links, the nodes as `seed` would write them; a model
with a bad link, or with nodes already stored, is refused before anything is written;
a load that fails half-way (a failure injected after some batches committed, or a key
someone else took meanwhile) leaves the store exactly as it was.
"""

from typing import Any

import pytest

from graph_api.bulk import BulkLoadFailed, BulkPlan, bulk_load, plan_model
from graph_api.errors import MAX_LISTED_ERRORS, ValidationFailed
from graph_api.generate import WIDELY_USED_SYSTEM, generate_model
from graph_api.metamodel import relationship_fields
from graph_api.model_io import read_model
from graph_api.services.changes import ChangeFeed
from graph_api.services.observed import ObservedStore
from graph_api.store.base import SYSTEM, GraphStore, UpsertNode
from graph_api.store.change_log import ChangeLogQuery
from graph_api.store.embedded import EmbeddedStore
from graph_api.store.listing import ListQuery
from tests.snapshots import take_snapshot

SEED = 11


def generated(scale: int = 1) -> dict[str, Any]:
    return generate_model(scale, SEED).document


class Injected(Exception):
    """The failure a test injects."""


async def test_a_generated_model_loads_as_the_document(store: GraphStore) -> None:
    model = generate_model(1, SEED)
    report = await bulk_load(store, plan_model(model.document), batch_size=700)
    assert (report.nodes, report.links) == (model.node_count, model.link_count)
    assert report.seconds >= report.node_seconds > 0
    assert await store.count_nodes() == dict(model.nodes)
    draft = read_model(model.document)
    snapshot = await take_snapshot(store)
    expected = {(link.type, link.source, link.target) for link in draft.links}
    assert snapshot.edges_from_source == expected == snapshot.edges_from_target
    assert snapshot.nodes.keys() == draft.nodes.keys()
    for ref, (props, version, created, updated) in snapshot.nodes.items():
        assert props == dict(draft.nodes[ref].props), ref
        assert version == 1
        assert created == updated
    # No change-log entries: a bulk load is not a stream of edits.
    assert await store.change_log(ChangeLogQuery()) == []


async def test_the_hub_system_is_used_by_many_processes(store: GraphStore) -> None:
    await bulk_load(store, plan_model(generated()))
    field = relationship_fields("System")["processes"]
    users = (await store.neighbours(field, [WIDELY_USED_SYSTEM]))[WIDELY_USED_SYSTEM]
    processes = (await store.list_nodes("Process", ListQuery.by_key(1))).total_count
    assert len(users) >= processes // 2 > 5


async def test_a_model_loads_next_to_the_demo(demo_store: GraphStore) -> None:
    before = await demo_store.count_nodes()
    model = generate_model(1, SEED)
    await bulk_load(demo_store, plan_model(model.document), batch_size=1000)
    after = await demo_store.count_nodes()
    assert after == {kind: before.get(kind, 0) + model.nodes[kind] for kind in after}


async def test_a_bad_link_at_the_end_is_refused_before_writing(demo_store: GraphStore) -> None:
    before = await take_snapshot(demo_store)
    document = generated()
    document["opportunities"][-1]["steps"] = ["no-such-step"]
    document["touchpoints"][-1]["channel"] = ["channel-website", "channel-email"]
    with pytest.raises(ValidationFailed) as info:
        await bulk_load(demo_store, plan_model(document))
    messages = [str(error) for error in info.value.errors]
    assert any("Step 'no-such-step' is not in the file" in m for m in messages), messages
    assert any("may have one ON_CHANNEL target" in m for m in messages), messages
    assert await take_snapshot(demo_store) == before


async def test_nodes_already_stored_are_refused_before_writing(store: GraphStore) -> None:
    plan = plan_model(generated())
    await bulk_load(store, plan)
    before = await take_snapshot(store)
    with pytest.raises(ValidationFailed, match="already in the store") as info:
        await bulk_load(store, plan)
    refused = info.value
    assert len(refused.errors) == plan.node_count  # one per node: all of them found
    assert len(refused.listed) == MAX_LISTED_ERRORS + 1  # 50 listed, then how many more
    assert (
        refused.listed[-1].message == f"... and {plan.node_count - MAX_LISTED_ERRORS} more errors"
    )
    assert refused.extensions["errorCount"] == plan.node_count
    assert await take_snapshot(store) == before


async def test_a_load_failing_half_way_leaves_the_store_as_it_was(
    demo_store: GraphStore,
) -> None:
    before = await take_snapshot(demo_store)
    plan = plan_model(generated(2))
    batches: list[tuple[int, int]] = []

    def fail_among_the_links(nodes: int, links: int) -> None:
        batches.append((nodes, links))
        if sum(n for n, _ in batches) == plan.node_count and links and len(batches) > 4:
            raise Injected("the store went away")

    with pytest.raises(BulkLoadFailed) as info:
        await bulk_load(demo_store, plan, batch_size=500, progress=fail_among_the_links)
    assert isinstance(info.value.cause, Injected)
    assert info.value.removed
    assert info.value.written == plan.node_count
    assert sum(n for n, _ in batches) == plan.node_count  # every node was written
    assert await take_snapshot(demo_store) == before


async def create_directly(store: GraphStore, plan: BulkPlan) -> None:
    """The store's bulk path, without the check that no node is stored yet."""
    if store.name == "neo4j":
        from graph_api.store.neo4j import Neo4jStore
        from graph_api.store.neo4j.bulk import bulk_create as neo4j_create

        assert isinstance(store, Neo4jStore)
        await neo4j_create(store, plan, batch_size=300)
    else:
        from graph_api.store.embedded.bulk import bulk_create as embedded_create

        assert isinstance(store, EmbeddedStore)
        await embedded_create(store, plan, batch_size=300)


async def test_a_key_taken_meanwhile_fails_the_load_and_keeps_the_other_node(
    demo_store: GraphStore,
) -> None:
    before = await take_snapshot(demo_store)
    plan = plan_model(generated())
    # As if someone created this opportunity between the check and the write.
    taken = (await demo_store.list_nodes("Opportunity", ListQuery.by_key(1))).records[0]
    plan.nodes["Opportunity"].append(UpsertNode("Opportunity", taken.key, {"statement": "Mine"}))
    with pytest.raises(BulkLoadFailed) as info:
        await create_directly(demo_store, plan)
    assert info.value.removed
    assert await take_snapshot(demo_store) == before


async def test_another_store_gets_one_atomic_write() -> None:
    inner = EmbeddedStore(":memory:")
    await inner.open()
    try:
        wrapped = ObservedStore(inner, ChangeFeed())
        model = generate_model(1, SEED)
        report = await bulk_load(wrapped, plan_model(model.document))
        assert report.nodes == model.node_count
        assert await inner.count_nodes() == dict(model.nodes)
        entries = await inner.change_log(ChangeLogQuery(first=5))
        assert entries and entries[0].actor == SYSTEM
    finally:
        await inner.close()


def test_neo4j_batches_pack_small_groups_together() -> None:
    from graph_api.store.neo4j.bulk import pack

    groups = [("A", [1, 2, 3]), ("B", [4, 5, 6, 7, 8]), ("C", [9])]
    assert list(pack(groups, 4)) == [
        [("A", [1, 2, 3]), ("B", [4])],
        [("B", [5, 6, 7, 8])],
        [("C", [9])],
    ]
