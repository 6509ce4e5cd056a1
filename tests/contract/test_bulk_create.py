"""``GraphStore.bulk_create`` on both stores and on the change-publishing wrapper.

Each writes a plan its own way (the embedded store in one SQLite transaction, Neo4j in
one transaction sent in batches, the wrapper as one ordinary write); all of them check
first that every node of the plan is new, refuse the plan otherwise without writing
any of it, report their batches, and write exactly the plan's nodes and links.
"""

from collections import Counter

import pytest

from graph_api.metamodel import RelationshipSpec, find_relationship
from graph_api.services.changes import ChangeFeed, Subscriber
from graph_api.services.observed import ObservedStore
from graph_api.store.base import SYSTEM, AddLink, GraphStore, UpsertNode
from graph_api.store.bulk_plan import BulkPlan, BulkRefused
from graph_api.store.change_log import ChangeEvent, ChangeLogEntry, ChangeLogQuery, ChangeType
from tests.contract.helpers import SMALL_GRAPH, stage, step
from tests.snapshots import take_snapshot

ACTOR = "loader"


def small_plan() -> BulkPlan:
    """SMALL_GRAPH as a plan: 9 nodes of 4 kinds, 9 links of 4 triples."""
    nodes: dict[str, list[UpsertNode]] = {}
    links: dict[RelationshipSpec, list[tuple[str, str]]] = {}
    for op in SMALL_GRAPH:
        if isinstance(op, UpsertNode):
            nodes.setdefault(op.kind, []).append(op)
        else:
            assert isinstance(op, AddLink)
            spec = find_relationship(op.source.kind, op.type, op.target.kind)
            assert spec is not None, op
            links.setdefault(spec, []).append((op.source.key, op.target.key))
    return BulkPlan(nodes, links)


PLAN_LINKS = {(op.type, op.source, op.target) for op in SMALL_GRAPH if isinstance(op, AddLink)}
PLAN_NODES = {op.ref: dict(op.props) for op in SMALL_GRAPH if isinstance(op, UpsertNode)}


def observed_events(subscriber: Subscriber) -> list[ChangeEvent]:
    events: list[ChangeEvent] = []
    while not subscriber.queue.empty():
        item = subscriber.queue.get_nowait()
        assert isinstance(item, ChangeLogEntry), item
        events.append(item.event)
    return events


async def assert_plan_stored(store: GraphStore, actor: str) -> None:
    snapshot = await take_snapshot(store)
    assert {ref: props for ref, (props, *_) in snapshot.nodes.items()} == PLAN_NODES
    assert snapshot.edges_from_source == PLAN_LINKS == snapshot.edges_from_target
    for ref in PLAN_NODES:
        record = (await store.get_nodes(ref.kind, [ref.key]))[ref.key]
        assert (record.version, record.created_by, record.updated_by) == (1, actor, actor)


async def test_a_plan_is_created_whole_in_batches(store: GraphStore) -> None:
    plan = small_plan()
    calls: list[tuple[int, int] | str] = []
    replaced = await store.bulk_create(
        plan,
        batch_size=2,
        actor=ACTOR,
        progress=lambda nodes, links: calls.append((nodes, links)),
        started=lambda: calls.append("started"),
    )
    assert replaced == 0
    await assert_plan_stored(store, ACTOR)
    assert calls[0] == "started" and "started" not in calls[1:]
    batches = [call for call in calls[1:] if isinstance(call, tuple)]
    assert sum(n for n, _ in batches) == plan.node_count == 9
    assert sum(k for _, k in batches) == plan.link_count == 9
    assert all(n + k <= 2 for n, k in batches)
    # Every node before any link: the links join nodes of the plan.
    first_link = next(i for i, (_, k) in enumerate(batches) if k)
    assert all(k == 0 for _, k in batches[:first_link])
    assert all(n == 0 for n, _ in batches[first_link:])
    # A bulk load is not a stream of edits: no change-log entries.
    assert await store.change_log(ChangeLogQuery()) == []


async def test_a_plan_with_a_stored_node_is_refused_before_writing(store: GraphStore) -> None:
    await store.write([stage("travel", 2), step("ride", 1)])
    before = await take_snapshot(store)
    calls: list[object] = []
    with pytest.raises(BulkRefused, match="already in the store") as info:
        await store.bulk_create(
            small_plan(),
            batch_size=100,
            progress=lambda nodes, links: calls.append((nodes, links)),
            started=lambda: calls.append("started"),
        )
    assert sorted(error.message for error in info.value.errors) == [
        "Stage 'travel' is already in the store",
        "Step 'ride' is already in the store",
    ]
    assert calls == []
    assert await take_snapshot(store) == before


@pytest.mark.parametrize("batch_size", [0, -1])
async def test_a_batch_size_below_one_is_refused_before_writing(
    store: GraphStore, batch_size: int
) -> None:
    with pytest.raises(ValueError, match="batch_size must be at least 1"):
        await store.bulk_create(small_plan(), batch_size=batch_size)
    assert await store.count_nodes() == {}


async def test_the_change_feed_sees_a_load_through_the_observed_store(store: GraphStore) -> None:
    feed = ChangeFeed()
    subscriber = feed.subscribe()
    observed = ObservedStore(store, feed)
    plan = small_plan()
    calls: list[tuple[int, int] | str] = []
    replaced = await observed.bulk_create(
        plan,
        batch_size=3,
        progress=lambda nodes, links: calls.append((nodes, links)),
        started=lambda: calls.append("started"),
    )
    assert replaced == 0
    await assert_plan_stored(store, SYSTEM)
    assert calls == ["started", (9, 9)]
    events = observed_events(subscriber)
    assert Counter(event.type for event in events) == {
        ChangeType.CREATED: 9,
        ChangeType.LINKED: 9,
    }
    assert {e.node for e in events if e.type is ChangeType.CREATED} == set(PLAN_NODES)
    assert {
        (e.relationship, e.source, e.target) for e in events if e.type is ChangeType.LINKED
    } == PLAN_LINKS
    # One ordinary write: the wrapped store logs it as any other.
    assert len(await store.change_log(ChangeLogQuery(first=100))) == 18


async def test_the_observed_store_refuses_a_stored_node_and_publishes_nothing(
    store: GraphStore,
) -> None:
    await store.write([step("buy", 2)])
    before = await take_snapshot(store)
    feed = ChangeFeed()
    subscriber = feed.subscribe()
    with pytest.raises(BulkRefused, match="already in the store") as info:
        await ObservedStore(store, feed).bulk_create(small_plan(), batch_size=100)
    assert [error.message for error in info.value.errors] == ["Step 'buy' is already in the store"]
    assert observed_events(subscriber) == []
    assert await take_snapshot(store) == before
