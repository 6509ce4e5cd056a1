"""The feed following the change log, on both stores: what it reads, what it delivers.

"Another process" here is a write through the bare store, beside the ObservedStore the
feed is attached to: to the feed it is an entry in the log that no write of its own
published, exactly what another worker's write is (tests/changes/test_workers.py runs
real worker processes). A poller that reads the log when nobody listens, or publishes an
entry twice, once made the whole suite slow: the counts below pin both down.
"""

import asyncio
from collections.abc import AsyncIterator, Callable, Sequence
from typing import Any

import pytest

from graph_api.errors import ValidationFailed
from graph_api.services.changes import ChangeFeed, Subscriber
from graph_api.services.observed import ObservedStore
from graph_api.store.base import GraphStore, UpsertNode, WriteResult
from graph_api.store.change_log import ChangeLogEntry, ChangeLogQuery

TIMEOUT = 10.0
NEVER = 3600.0
"""A poll interval no test reaches: what arrives came without a poll."""


class CountingLog:
    """The store, counting the reads of its change log."""

    def __init__(self, inner: GraphStore) -> None:
        self.inner = inner
        self.reads = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    async def change_log(self, query: ChangeLogQuery) -> list[ChangeLogEntry]:
        self.reads += 1
        return await self.inner.change_log(query)

    async def last_change_seq(self) -> int:
        self.reads += 1
        return await self.inner.last_change_seq()


Following = Callable[[GraphStore, float], tuple[ObservedStore, CountingLog]]


@pytest.fixture
async def following() -> AsyncIterator[Following]:
    """Makes the store observed by a feed polling every so many seconds; stops the
    feeds' polling after the test."""
    feeds: list[ChangeFeed] = []

    def make(store: GraphStore, poll_seconds: float) -> tuple[ObservedStore, CountingLog]:
        counting = CountingLog(store)
        feeds.append(ChangeFeed(poll_seconds=poll_seconds))
        return ObservedStore(counting, feeds[-1]), counting  # type: ignore[arg-type]

    yield make
    for feed in feeds:
        await feed.close()


async def persona(store: GraphStore, key: str) -> WriteResult:
    return await store.write([UpsertNode("Persona", key, {"name": key.title()})])


async def step(store: GraphStore, key: str) -> WriteResult:
    return await store.write([UpsertNode("Step", key, {"name": key.title(), "order": 1})])


def seqs(result: WriteResult) -> list[int]:
    return [entry.seq for entry in result.logged]


def queued(subscriber: Subscriber) -> list[int]:
    """The seqs waiting in the subscriber's queue now, taken out of it."""
    got = []
    while not subscriber.queue.empty():
        item = subscriber.queue.get_nowait()
        assert isinstance(item, ChangeLogEntry), item
        got.append(item.seq)
    return got


async def receive(subscriber: Subscriber, count: int) -> list[ChangeLogEntry]:
    return [await asyncio.wait_for(anext(subscriber), TIMEOUT) for _ in range(count)]


async def test_an_idle_feed_never_reads_the_log(store: GraphStore, following: Following) -> None:
    observed, counting = following(store, 0.01)
    await persona(observed, "pat")
    await persona(store, "sam")  # another process
    await asyncio.sleep(0.2)  # twenty poll intervals
    assert counting.reads == 0
    assert observed.changes.poller is not None and not observed.changes.poller.polling

    # A subscriber starts the polling; the last one leaving stops it.
    subscriber = await observed.changes.follow()
    await asyncio.sleep(0.1)
    assert counting.reads > 1
    subscriber.close()
    for _ in range(100):
        if not observed.changes.poller.polling:
            break
        await asyncio.sleep(0.01)
    assert not observed.changes.poller.polling
    reads = counting.reads
    await persona(observed, "kim")
    await asyncio.sleep(0.2)
    assert counting.reads == reads


async def test_own_writes_reach_subscribers_as_the_write_returns(
    store: GraphStore, following: Following
) -> None:
    observed, counting = following(store, NEVER)
    subscriber = await observed.changes.follow()
    reads = counting.reads
    written = await persona(observed, "pat")
    assert queued(subscriber) == seqs(written) and len(seqs(written)) == 1
    assert counting.reads == reads  # no gap to fill: the log was not read
    (logged,) = await store.change_log(ChangeLogQuery(after_seq=seqs(written)[0] - 1))
    assert logged == written.logged[0]


async def test_another_process_s_changes_arrive_by_polling(
    store: GraphStore, following: Following
) -> None:
    observed, _ = following(store, 0.02)
    subscriber = await observed.changes.follow()
    written = await persona(store, "sam")
    (entry,) = await receive(subscriber, 1)
    assert entry == written.logged[0]


async def test_an_own_write_after_another_s_brings_both_in_order(
    store: GraphStore, following: Following
) -> None:
    """The other process's entry comes before the own one: read from the log at once, so
    neither waits for a poll nor arrives out of order."""
    observed, _ = following(store, NEVER)
    subscriber = await observed.changes.follow()
    other = await persona(store, "sam")
    own = await persona(observed, "pat")
    assert queued(subscriber) == seqs(other) + seqs(own)


async def test_mixed_writes_arrive_each_once_in_seq_order(
    store: GraphStore, following: Following
) -> None:
    observed, _ = following(store, 0.01)
    early = await observed.changes.follow()
    late: Subscriber | None = None
    written: list[int] = []
    for n in range(12):
        writer = observed if n % 3 else store
        written += seqs(await persona(writer, f"p{n}"))
        if n == 5:
            late = await observed.changes.follow()
        await asyncio.sleep(0.005 * (n % 4))
    assert written == list(range(written[0], written[0] + 12))
    assert [e.seq for e in await receive(early, 12)] == written
    assert late is not None
    late_seqs = [e.seq for e in await receive(late, 6)]
    assert late_seqs == written[6:]
    await asyncio.sleep(0.1)  # polls that find nothing new add nothing
    assert queued(early) == [] and queued(late) == []


async def test_a_subscriber_resumes_after_a_seq_without_gap_or_repeat(
    store: GraphStore, following: Following
) -> None:
    observed, _ = following(store, 0.02)
    first = seqs(await persona(observed, "pat"))[0]
    missed = [seqs(await persona(store, key))[0] for key in ("sam", "kim")]
    missed += seqs(await step(observed, "check"))
    resumed = await observed.changes.follow(after=first)
    live = seqs(await persona(observed, "lee"))
    got = [e.seq for e in await receive(resumed, 4)]
    assert got == [*missed, *live]
    assert queued(resumed) == []

    # The whole log, filtered by kind; one at the log's end replays nothing.
    steps = await observed.changes.follow(["Step"], after=0)
    (only,) = await receive(steps, 1)
    assert (only.seq, only.event.node.key) == (missed[-1], "check")
    at_end = await observed.changes.follow(after=live[0])
    last = seqs(await persona(store, "max"))
    assert [e.seq for e in await receive(at_end, 1)] == last


@pytest.mark.parametrize(
    ("after", "said"),
    [
        (-1, "after must be 0 or more (0 replays the whole change log), not -1"),
        (1, "after 1 is past the change log's newest entry (0)"),
    ],
)
async def test_a_seq_the_log_does_not_reach_is_refused(
    store: GraphStore, following: Following, after: int, said: str
) -> None:
    observed, _ = following(store, NEVER)
    with pytest.raises(ValidationFailed) as refused:
        await observed.changes.follow(after=after)
    (error,) = refused.value.errors
    assert error.path == "after" and error.message.startswith(said)
    assert observed.changes.subscriber_count == 0


async def test_a_write_published_while_resuming_is_read_once(
    store: GraphStore, following: Following
) -> None:
    """Entries past the resume point arrive from the replay or live, never from both."""
    observed, _ = following(store, 0.01)
    before: Sequence[int] = seqs(await persona(observed, "pat"))
    keeping_up = await observed.changes.follow()  # the feed is following the log now
    behind = [seqs(await persona(store, f"o{n}"))[0] for n in range(3)]
    await receive(keeping_up, 3)  # polled: the feed's newest is past the resume point
    resumed = await observed.changes.follow(after=before[0])
    live = seqs(await persona(observed, "lee"))
    assert [e.seq for e in await receive(resumed, 4)] == [*behind, *live]
    await asyncio.sleep(0.05)
    assert queued(resumed) == []
