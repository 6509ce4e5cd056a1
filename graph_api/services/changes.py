"""The change feed: what each committed write did, as change-log entries, to subscribers.

Every write appends what it did to the store's change log, numbered in commit order
(``seq``), in its own transaction (:mod:`graph_api.store.change_log`); the feed hands
those entries to the subscribers of this process. They come from two places:

- the writes of this process, published as soon as they commit
  (:class:`graph_api.services.observed.ObservedStore` calls :meth:`ChangeFeed.committed`);
- the log itself, for the writes of other processes (several workers on one Neo4j
  database, the CLI): :mod:`graph_api.services.change_poller` reads it while the feed has
  subscribers.

Either way the feed publishes entries in ``seq`` order, each once: an entry at or before
the newest one published is skipped. A subscriber that names a ``seq`` it has seen
(:meth:`ChangeFeed.follow` with ``after``) first reads the entries after it from the log,
then the live ones, without a gap or a repeat.

Delivery is best effort for slow readers:

- every subscriber has its own bounded queue (``max_lag`` entries, 1000 by default);
  publishing never waits, so a slow subscriber cannot hold up writes;
- a subscriber whose queue is full when an entry arrives has fallen too far behind: it
  is dropped from the feed, its queued entries are discarded (freeing their memory) and
  its next read raises :class:`SubscriberLagged`; it may resume from the last ``seq``
  it got.
"""

import asyncio
from collections.abc import AsyncIterator, Collection, Iterable
from types import TracebackType
from typing import Any

from graph_api.errors import GraphApiError
from graph_api.plural import counted
from graph_api.services.change_poller import (
    DEFAULT_POLL_SECONDS,
    ChangeLogReader,
    ChangePoller,
    LogReplay,
    check_after,
)
from graph_api.store.change_log import ChangeLogEntry

DEFAULT_MAX_LAG = 1000
"""How many undelivered events a subscriber may have before it is disconnected."""


class SubscriberLagged(GraphApiError):
    """A subscriber fell more than ``limit`` events behind and was disconnected."""

    code = "EVENTS_DROPPED"

    def __init__(self, limit: int) -> None:
        super().__init__(
            f"this subscriber fell more than {counted(limit, 'event')} behind and was "
            "disconnected; events were dropped: subscribe again with after: the seq of the "
            "last change received (or re-read what you need)"
        )
        self.limit = limit

    @property
    def extensions(self) -> dict[str, Any]:
        return {"code": self.code, "limit": self.limit}


_LAGGED = object()
"""Put in a lagging subscriber's queue in place of the events it lost."""
_CLOSED = object()
"""Put in a closed subscriber's queue, to end a read waiting on it."""


class Subscriber(AsyncIterator[ChangeLogEntry]):
    """One subscriber's entries, in ``seq`` order; close it (or use ``async with``) when done.

    ``after``: the newest ``seq`` it has (live entries at or before it are skipped);
    ``backlog``: entries to read before the live ones (a resume's replay from the log).
    """

    def __init__(
        self,
        feed: "ChangeFeed",
        kinds: Collection[str] | None,
        max_lag: int,
        after: int | None = None,
        backlog: AsyncIterator[ChangeLogEntry] | None = None,
    ) -> None:
        self.kinds = frozenset(kinds) if kinds is not None else None
        self.max_lag = max_lag
        # One slot more than max_lag, kept for the lag marker, so it always fits.
        self.queue: asyncio.Queue[object] = asyncio.Queue(maxsize=max_lag + 1)
        self.lagged = False
        self.offered = after
        """The newest seq offered to it (or its starting point): never offered twice."""
        self._backlog = backlog
        self._feed: ChangeFeed | None = feed

    @property
    def closed(self) -> bool:
        """Closed, or dropped from the feed for lagging."""
        return self._feed is None

    def offer(self, entry: ChangeLogEntry) -> None:
        """Queue ``entry`` if it is new to this subscriber and concerns it; drop the
        subscriber if its queue is full."""
        if self.lagged or (self.offered is not None and entry.seq <= self.offered):
            return
        self.offered = entry.seq
        if not entry.event.concerns(self.kinds):
            return
        if self.queue.qsize() < self.max_lag:
            self.queue.put_nowait(entry)
            return
        self.lagged = True
        self._detach()
        self._drain()  # the subscriber must resync anyway: free what it missed now
        self.queue.put_nowait(_LAGGED)

    async def __anext__(self) -> ChangeLogEntry:
        while self._backlog is not None and not self.closed:
            try:
                entry = await anext(self._backlog)
            except StopAsyncIteration:
                self._backlog = None
                break
            if entry.event.concerns(self.kinds):
                return entry
        if self.closed and self.queue.empty():
            raise StopAsyncIteration
        item = await self.queue.get()
        if item is _LAGGED:
            raise SubscriberLagged(self.max_lag)
        if item is _CLOSED:
            raise StopAsyncIteration
        assert isinstance(item, ChangeLogEntry)
        return item

    def close(self) -> None:
        """Leave the feed and drop undelivered entries; a pending read ends. Idempotent."""
        if self.closed and not self.lagged:
            return
        self._detach()
        self.lagged = False
        self._backlog = None
        self._drain()
        self.queue.put_nowait(_CLOSED)

    async def aclose(self) -> None:
        self.close()

    async def __aenter__(self) -> "Subscriber":
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _drain(self) -> None:
        while not self.queue.empty():
            self.queue.get_nowait()

    def _detach(self) -> None:
        if self._feed is not None:
            self._feed.unsubscribe(self)
            self._feed = None


class ChangeFeed:
    """Publish/subscribe of change-log entries in one process; one per application.

    :meth:`subscribe` and :meth:`publish` are the in-process core: synchronous, never
    blocking (see the module docstring for a subscriber that falls behind). Once the feed
    follows a store's log (:meth:`follow_log`, which ObservedStore does), :meth:`follow`
    subscribes at a known point of the log (or resumes from one) and other processes'
    entries are polled for while anyone is subscribed. Use it from one event loop.
    """

    def __init__(
        self, max_lag: int = DEFAULT_MAX_LAG, poll_seconds: float = DEFAULT_POLL_SECONDS
    ) -> None:
        if max_lag < 1:
            raise ValueError("max_lag must be at least 1")
        self.max_lag = max_lag
        self.poll_seconds = poll_seconds
        self._subscribers: dict[Subscriber, None] = {}  # insertion-ordered set
        self._last_seq: int | None = None
        self.poller: ChangePoller | None = None
        """Follows the log once :meth:`follow_log` named one."""

    @property
    def subscriber_count(self) -> int:
        return len(self._subscribers)

    @property
    def last_seq(self) -> int | None:
        """The newest seq published (or the log's end when the first subscriber came)."""
        return self._last_seq

    def follow_log(self, reader: ChangeLogReader) -> None:
        """Follow ``reader``'s change log from now on; a feed follows one log, the first
        named."""
        if self.poller is None:
            self.poller = ChangePoller(self, reader, self.poll_seconds)

    def subscribe(
        self,
        kinds: Collection[str] | None = None,
        *,
        after: int | None = None,
        backlog: AsyncIterator[ChangeLogEntry] | None = None,
    ) -> Subscriber:
        """Entries published from now on (past ``after``, if given) about nodes of
        ``kinds`` (None: all), after those of ``backlog``.

        The subscriber is registered at once, before the first read, so no entry
        published after this call is missed.
        """
        subscriber = Subscriber(self, kinds, self.max_lag, after, backlog)
        self._subscribers[subscriber] = None
        return subscriber

    async def follow(
        self, kinds: Collection[str] | None = None, after: int | None = None
    ) -> Subscriber:
        """Subscribe at the log's end, or resume: the entries past ``after`` (a seq a
        change gave; 0 for the whole log) from the log first, then the live ones.

        Raises VALIDATION naming ``after`` for a seq the log does not reach. A feed that
        follows no log only subscribes, and takes no ``after``.
        """
        poller = self.poller
        if poller is None:
            if after is not None:
                raise ValueError("this feed follows no change log: nothing to resume from")
            return self.subscribe(kinds)
        async with poller.lock:
            last = await poller.reader.last_change_seq()
            check_after(after, last)
            if not self._subscribers or self._last_seq is None:
                # Nobody was following: start at the log's end (what came before it was
                # committed before this subscriber came, and nobody else waits for it).
                self._last_seq = last
            now = self._last_seq
            backlog = None
            if after is not None and after < now:
                backlog = LogReplay(poller.reader, after, now)
            start = now if after is None else max(after, now)
            subscriber = self.subscribe(kinds, after=start, backlog=backlog)
            poller.start()
        return subscriber

    def unsubscribe(self, subscriber: Subscriber) -> None:
        self._subscribers.pop(subscriber, None)

    def publish(self, entries: Iterable[ChangeLogEntry]) -> None:
        """Hand ``entries`` (in seq order) to every subscriber they concern; those at or
        before the newest entry published are skipped (they were published already)."""
        last = self._last_seq
        fresh = [e for e in entries if last is None or e.seq > last]
        if not fresh:
            return
        self._last_seq = fresh[-1].seq
        # A copy: a lagging subscriber unsubscribes while we iterate.
        for subscriber in list(self._subscribers):
            for entry in fresh:
                subscriber.offer(entry)

    async def committed(self, entries: list[ChangeLogEntry]) -> None:
        """Publish the entries a write of this process just appended to the log, at once
        (after those of other processes before them, when the feed follows the log)."""
        if self.poller is None:
            self.publish(entries)
        else:
            await self.poller.committed(entries)

    async def close(self) -> None:
        """Stop polling the log (when the application stops)."""
        if self.poller is not None:
            await self.poller.close()
