"""ChangeFeed and change_events, without a store: filtering, lag, closing, derivation."""

import asyncio
import itertools
from collections.abc import Iterable
from datetime import UTC, datetime

import pytest

from graph_api.services.changes import ChangeFeed, SubscriberLagged
from graph_api.services.observed import ObservedStore, observed
from graph_api.store.base import GraphStore, LinkRef, NodeRecord, NodeRef, UpsertNode, WriteResult
from graph_api.store.change_log import ChangeEvent, ChangeLogEntry, ChangeType, change_events
from graph_api.store.embedded import EmbeddedStore

AT = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
STEP, PERSONA = NodeRef("Step", "check"), NodeRef("Persona", "pat")
TOUCHPOINT = NodeRef("Touchpoint", "app")
HAS_TOUCHPOINT = LinkRef("HAS_TOUCHPOINT", STEP, TOUCHPOINT)


def created(ref: NodeRef, version: int = 1) -> ChangeEvent:
    return ChangeEvent(ChangeType.CREATED, ref, version, AT)


def linked(link: LinkRef) -> ChangeEvent:
    return ChangeEvent(
        ChangeType.LINKED, link.source, None, AT, link.type, link.source, link.target
    )


def record(ref: NodeRef, version: int = 1) -> NodeRecord:
    return NodeRecord(ref.kind, ref.key, {"name": ref.key}, AT, AT, version)


_SEQ = itertools.count(1)


def logged(events: Iterable[ChangeEvent]) -> list[ChangeLogEntry]:
    """``events`` numbered as the log would: each seq past every one numbered before."""
    return [ChangeLogEntry(next(_SEQ), "system", event) for event in events]


async def next_event(subscriber: object) -> ChangeEvent:
    assert hasattr(subscriber, "__anext__")
    entry: ChangeLogEntry = await asyncio.wait_for(subscriber.__anext__(), timeout=1)
    return entry.event


# -- filtering ---------------------------------------------------------------------------


async def test_a_subscriber_gets_the_events_of_its_kinds_in_order() -> None:
    feed = ChangeFeed()
    steps, everything = feed.subscribe({"Step"}), feed.subscribe()
    events = [created(STEP), created(PERSONA), created(TOUCHPOINT), linked(HAS_TOUCHPOINT)]
    feed.publish(logged(events))
    assert [await next_event(steps) for _ in range(2)] == [events[0], events[3]]
    assert [await next_event(everything) for _ in range(4)] == events
    assert steps.queue.empty() and everything.queue.empty()


async def test_a_link_event_reaches_subscribers_of_either_end() -> None:
    feed = ChangeFeed()
    sources, targets, others = (
        feed.subscribe(["Step"]),
        feed.subscribe(["Touchpoint"]),
        feed.subscribe(["Persona"]),
    )
    feed.publish(logged([linked(HAS_TOUCHPOINT)]))
    assert await next_event(sources) == linked(HAS_TOUCHPOINT)
    assert await next_event(targets) == linked(HAS_TOUCHPOINT)
    assert others.queue.empty()


async def test_events_published_before_subscribing_are_not_replayed() -> None:
    feed = ChangeFeed()
    feed.publish(logged([created(PERSONA)]))
    late = feed.subscribe()
    feed.publish(logged([created(STEP)]))
    assert await next_event(late) == created(STEP)
    assert late.queue.empty()


# -- slow subscribers --------------------------------------------------------------------


async def test_a_subscriber_too_far_behind_is_disconnected_and_its_queue_freed() -> None:
    feed = ChangeFeed(max_lag=3)
    slow, fast = feed.subscribe(), feed.subscribe()
    seen = []
    for n in range(5):
        feed.publish(logged([created(NodeRef("Step", f"s{n}"))]))  # never waits for the slow one
        seen.append(await next_event(fast))
    assert [e.node.key for e in seen] == ["s0", "s1", "s2", "s3", "s4"]
    # The 4th undelivered event overflowed the slow one: dropped, its 3 events discarded.
    assert slow.closed and slow.lagged and feed.subscriber_count == 1
    assert slow.queue.qsize() == 1  # only the marker that makes its next read fail
    with pytest.raises(SubscriberLagged) as raised:
        await next_event(slow)
    assert raised.value.extensions == {"code": "EVENTS_DROPPED", "limit": 3}
    with pytest.raises(StopAsyncIteration):
        await next_event(slow)
    assert not fast.closed


async def test_a_subscriber_exactly_max_lag_behind_keeps_every_event() -> None:
    feed = ChangeFeed(max_lag=3)
    subscriber = feed.subscribe()
    feed.publish(logged([created(NodeRef("Step", f"s{n}")) for n in range(3)]))
    assert not subscriber.lagged
    assert [(await next_event(subscriber)).node.key for _ in range(3)] == ["s0", "s1", "s2"]


async def test_publishing_a_flood_stays_bounded() -> None:
    feed = ChangeFeed(max_lag=1000)
    idle = feed.subscribe()
    feed.publish(logged(created(NodeRef("Step", f"s{n}")) for n in range(50_000)))
    assert idle.lagged and idle.queue.qsize() == 1 and feed.subscriber_count == 0


def test_max_lag_must_be_positive() -> None:
    with pytest.raises(ValueError):
        ChangeFeed(max_lag=0)


# -- closing -----------------------------------------------------------------------------


async def test_closing_unsubscribes_and_frees_the_queue() -> None:
    feed = ChangeFeed()
    subscriber = feed.subscribe()
    feed.publish(logged([created(STEP), created(PERSONA)]))
    assert feed.subscriber_count == 1 and subscriber.queue.qsize() == 2
    subscriber.close()
    assert feed.subscriber_count == 0 and subscriber.closed
    assert subscriber.queue.qsize() <= 1  # at most the end marker
    feed.publish(logged([created(TOUCHPOINT)]))
    with pytest.raises(StopAsyncIteration):
        await next_event(subscriber)
    subscriber.close()  # idempotent


async def test_closing_ends_a_pending_read() -> None:
    feed = ChangeFeed()
    subscriber = feed.subscribe()
    reader = asyncio.create_task(anext(subscriber, None))
    await asyncio.sleep(0)
    subscriber.close()
    assert await asyncio.wait_for(reader, timeout=1) is None


async def test_leaving_async_with_unsubscribes() -> None:
    feed = ChangeFeed()
    async with feed.subscribe(["Step"]) as subscriber:
        assert feed.subscriber_count == 1
        feed.publish(logged([created(STEP)]))
        assert await next_event(subscriber) == created(STEP)
    assert feed.subscriber_count == 0


async def test_cancelling_a_consumer_unsubscribes() -> None:
    """What happens when a client completes a subscription: its task is cancelled."""
    feed = ChangeFeed()

    async def consume() -> None:
        async with feed.subscribe() as subscriber:
            async for _ in subscriber:
                pass

    task = asyncio.create_task(consume())
    await asyncio.sleep(0)
    assert feed.subscriber_count == 1
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert feed.subscriber_count == 0


# -- deriving events from a write result -------------------------------------------------


def test_node_events_carry_the_version_and_time_of_the_record() -> None:
    later = datetime(2025, 2, 1, tzinfo=UTC)
    updated = NodeRecord("Persona", "pat", {"name": "Pat"}, AT, later, 4)
    result = WriteResult(
        created=[STEP], updated=[PERSONA], records={STEP: record(STEP), PERSONA: updated}
    )
    assert change_events(result, AT) == [
        ChangeEvent(ChangeType.CREATED, STEP, 1, AT),
        ChangeEvent(ChangeType.UPDATED, PERSONA, 4, later),
    ]


def test_unchanged_upserts_and_existing_links_give_no_event() -> None:
    result = WriteResult(unchanged=[STEP], records={STEP: record(STEP)})
    assert change_events(result) == []


def test_links_and_deletes() -> None:
    result = WriteResult(
        deleted=[PERSONA],
        linked=1,
        unlinked=1,
        links_added=[HAS_TOUCHPOINT],
        links_removed=[LinkRef("NEXT", STEP, NodeRef("Step", "buy"))],
    )
    assert change_events(result, AT) == [
        ChangeEvent(ChangeType.DELETED, PERSONA, None, AT),
        linked(HAS_TOUCHPOINT),
        ChangeEvent(ChangeType.UNLINKED, STEP, None, AT, "NEXT", STEP, NodeRef("Step", "buy")),
    ]


def test_a_write_gives_its_net_effect_per_node_and_link() -> None:
    # Created then changed: one CREATED with the final version.
    assert change_events(
        WriteResult(created=[STEP], updated=[STEP], records={STEP: record(STEP, 2)}), AT
    ) == [created(STEP, 2)]
    # Created then deleted: it never existed outside the write; its links neither.
    assert (
        change_events(
            WriteResult(created=[STEP], deleted=[STEP], linked=1, links_added=[HAS_TOUCHPOINT]),
            AT,
        )
        == []
    )
    # Deleted then created again: DELETED, then CREATED.
    assert change_events(
        WriteResult(created=[STEP], deleted=[STEP], records={STEP: record(STEP)}), AT
    ) == [ChangeEvent(ChangeType.DELETED, STEP, None, AT), created(STEP)]
    # Deleted, created again, deleted again: it existed before and does not after.
    assert change_events(WriteResult(created=[STEP], deleted=[STEP, STEP]), AT) == [
        ChangeEvent(ChangeType.DELETED, STEP, None, AT)
    ]
    # Updated, then deleted: DELETED only.
    assert change_events(WriteResult(updated=[STEP], deleted=[STEP]), AT) == [
        ChangeEvent(ChangeType.DELETED, STEP, None, AT)
    ]
    # A link added and removed again (or removed and added again): nothing.
    assert (
        change_events(
            WriteResult(
                linked=1, unlinked=1, links_added=[HAS_TOUCHPOINT], links_removed=[HAS_TOUCHPOINT]
            )
        )
        == []
    )


# -- the store wrapper -------------------------------------------------------------------


async def test_observed_store_delegates_and_publishes_committed_writes() -> None:
    feed = ChangeFeed()
    store = ObservedStore(EmbeddedStore(":memory:"), feed)
    assert isinstance(store, GraphStore) and store.name == "embedded"
    assert observed(store) is store  # never wrapped twice
    await store.open()
    try:
        async with feed.subscribe() as subscriber:
            await store.write([UpsertNode("Persona", "pat", {"name": "Pat"})])
            event = await next_event(subscriber)
            assert (event.type, event.node, event.version) == (ChangeType.CREATED, PERSONA, 1)
            assert await store.count_nodes() == {"Persona": 1}
    finally:
        await store.close()


async def test_a_failing_publish_does_not_fail_the_committed_write(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    feed = ChangeFeed()

    def broken(events: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(feed, "publish", broken)
    store = ObservedStore(EmbeddedStore(":memory:"), feed)
    feed.subscribe()  # with nobody subscribed, nothing is published
    await store.open()
    try:
        result = await store.write([UpsertNode("Persona", "pat", {"name": "Pat"})])
        assert result.created == [PERSONA]
        assert "were not published" in caplog.text
    finally:
        await store.close()


@pytest.mark.parametrize(
    ("max_lag", "said"), [(1, "more than 1 event behind"), (2, "more than 2 events behind")]
)
async def test_the_disconnection_says_how_far_behind(max_lag: int, said: str) -> None:
    feed = ChangeFeed(max_lag=max_lag)
    slow = feed.subscribe()
    feed.publish(logged([created(NodeRef("Step", f"s{n}")) for n in range(max_lag + 1)]))
    with pytest.raises(SubscriberLagged) as raised:
        await next_event(slow)
    assert raised.value.message.startswith(f"this subscriber fell {said} and was disconnected")
