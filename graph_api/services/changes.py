"""The change feed: what each committed write did, as events, to in-process subscribers.

Events are derived from a :class:`~graph_api.store.base.WriteResult` after the write has
committed (see :class:`graph_api.services.observed.ObservedStore`), so they describe what the
store actually did: an upsert that changed nothing, or an AddLink of a relationship that
already existed, emits nothing.

Delivery is in process and best effort for slow readers:

- every subscriber has its own bounded queue (``max_lag`` events, 1000 by default);
  publishing never waits, so a slow subscriber cannot hold up writes;
- a subscriber whose queue is full when an event arrives has fallen too far behind: it
  is dropped from the feed, its queued events are discarded (freeing their memory) and
  its next read raises :class:`SubscriberLagged`; it must re-read what it needs and
  subscribe again;
- events are published in the order the writes completed in this process; other
  processes (other workers, the CLI) have their own feeds and are not seen here.
"""

import asyncio
from collections.abc import AsyncIterator, Collection, Iterable
from types import TracebackType
from typing import Any

from graph_api.errors import GraphApiError
from graph_api.plural import counted
from graph_api.store.change_log import ChangeEvent

DEFAULT_MAX_LAG = 1000
"""How many undelivered events a subscriber may have before it is disconnected."""


class SubscriberLagged(GraphApiError):
    """A subscriber fell more than ``limit`` events behind and was disconnected."""

    code = "EVENTS_DROPPED"

    def __init__(self, limit: int) -> None:
        super().__init__(
            f"this subscriber fell more than {counted(limit, 'event')} behind and was "
            "disconnected; events were dropped: re-read what you need and subscribe again"
        )
        self.limit = limit

    @property
    def extensions(self) -> dict[str, Any]:
        return {"code": self.code, "limit": self.limit}


_LAGGED = object()
"""Put in a lagging subscriber's queue in place of the events it lost."""
_CLOSED = object()
"""Put in a closed subscriber's queue, to end a read waiting on it."""


class Subscriber(AsyncIterator[ChangeEvent]):
    """One subscriber's events, in order; close it (or use ``async with``) when done."""

    def __init__(self, feed: "ChangeFeed", kinds: Collection[str] | None, max_lag: int) -> None:
        self.kinds = frozenset(kinds) if kinds is not None else None
        self.max_lag = max_lag
        # One slot more than max_lag, kept for the lag marker, so it always fits.
        self.queue: asyncio.Queue[object] = asyncio.Queue(maxsize=max_lag + 1)
        self.lagged = False
        self._feed: ChangeFeed | None = feed

    @property
    def closed(self) -> bool:
        """Closed, or dropped from the feed for lagging."""
        return self._feed is None

    def offer(self, event: ChangeEvent) -> None:
        """Queue ``event`` if it concerns this subscriber; drop the subscriber if full."""
        if self.lagged or not event.concerns(self.kinds):
            return
        if self.queue.qsize() < self.max_lag:
            self.queue.put_nowait(event)
            return
        self.lagged = True
        self._detach()
        self._drain()  # the subscriber must resync anyway: free what it missed now
        self.queue.put_nowait(_LAGGED)

    async def __anext__(self) -> ChangeEvent:
        if self.closed and self.queue.empty():
            raise StopAsyncIteration
        item = await self.queue.get()
        if item is _LAGGED:
            raise SubscriberLagged(self.max_lag)
        if item is _CLOSED:
            raise StopAsyncIteration
        assert isinstance(item, ChangeEvent)
        return item

    def close(self) -> None:
        """Leave the feed and drop undelivered events; a pending read ends. Idempotent."""
        if self.closed and not self.lagged:
            return
        self._detach()
        self.lagged = False
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
    """In-process publish/subscribe of change events; one per application.

    Publishing is synchronous and never blocks (see the module docstring for what
    happens to a subscriber that falls behind). Use it from one event loop.
    """

    def __init__(self, max_lag: int = DEFAULT_MAX_LAG) -> None:
        if max_lag < 1:
            raise ValueError("max_lag must be at least 1")
        self.max_lag = max_lag
        self._subscribers: dict[Subscriber, None] = {}  # insertion-ordered set

    @property
    def subscriber_count(self) -> int:
        return len(self._subscribers)

    def subscribe(self, kinds: Collection[str] | None = None) -> Subscriber:
        """Events from now on about nodes of ``kinds`` (None: all).

        The subscriber is registered at once, before the first read, so no event
        published after this call is missed.
        """
        subscriber = Subscriber(self, kinds, self.max_lag)
        self._subscribers[subscriber] = None
        return subscriber

    def unsubscribe(self, subscriber: Subscriber) -> None:
        self._subscribers.pop(subscriber, None)

    def publish(self, events: Iterable[ChangeEvent]) -> None:
        """Hand ``events`` to every subscriber they concern, in order."""
        events = list(events)
        if not events:
            return
        # A copy: a lagging subscriber unsubscribes while we iterate.
        for subscriber in list(self._subscribers):
            for event in events:
                subscriber.offer(event)
