"""Following the change log: what other processes committed, for this process's feed.

The change log is written in each write's own transaction and numbered in commit order
(``seq``, see :mod:`graph_api.store.change_log`), on both stores. Several API processes
on one Neo4j database therefore share one log; each process's
:class:`~graph_api.services.changes.ChangeFeed` follows it through a :class:`ChangePoller`,
so a subscriber on one process sees the changes made through any of them, in ``seq``
order, each once. No other infrastructure (broker, pub/sub server) is needed.

The poller reads the log only while its feed has subscribers (an idle process costs the
store nothing) and only past the newest entry the feed has published, so a poll with
nothing new is one indexed read of an empty range. A write made in this process is
published at once by :meth:`ChangePoller.committed`, without waiting for a poll; the
entries of other processes committed before it are read first, so the feed never skips
an entry and never publishes one twice.
"""

import asyncio
import logging
from collections import deque
from collections.abc import Sequence
from typing import Protocol

from graph_api.errors import FieldError, ValidationFailed
from graph_api.store.change_log import ChangeLogEntry, ChangeLogQuery

log = logging.getLogger("graph_api.changes")

DEFAULT_POLL_SECONDS = 0.5
"""How often a process with subscribers reads the log for other processes' changes."""
PAGE = 500
"""Entries a poll or a replay reads from the log in one query."""


class ChangeLogReader(Protocol):
    """What the poller needs of a store: its change log (every GraphStore has one)."""

    async def change_log(self, query: ChangeLogQuery) -> list[ChangeLogEntry]: ...

    async def last_change_seq(self) -> int: ...


class Publisher(Protocol):
    """What the poller feeds (a ChangeFeed): its subscribers and what it has published."""

    @property
    def subscriber_count(self) -> int: ...

    @property
    def last_seq(self) -> int | None: ...

    def publish(self, entries: Sequence[ChangeLogEntry]) -> None: ...


def check_after(after: int | None, last: int) -> None:
    """Refuse an ``after`` that names no point of a log whose newest entry is ``last``."""
    if after is None:
        return
    if after < 0:
        problem = f"after must be 0 or more (0 replays the whole change log), not {after}"
    elif after > last:
        problem = (
            f"after {after} is past the change log's newest entry ({last}): give the seq "
            "of a change received from this server, or leave after out"
        )
    else:
        return
    raise ValidationFailed([FieldError("after", problem)])


class LogReplay:
    """The log's entries in (``after``, ``upto``], read a page at a time as they are wanted
    (a subscriber resuming from ``after`` reads them before its live events)."""

    def __init__(self, reader: ChangeLogReader, after: int, upto: int) -> None:
        self.reader = reader
        self.next_after = after
        self.upto = upto
        self._page: deque[ChangeLogEntry] = deque()

    def __aiter__(self) -> "LogReplay":
        return self

    async def __anext__(self) -> ChangeLogEntry:
        if not self._page:
            if self.next_after >= self.upto:
                raise StopAsyncIteration
            first = min(PAGE, self.upto - self.next_after)
            query = ChangeLogQuery(after_seq=self.next_after, first=first)
            self._page.extend(e for e in await self.reader.change_log(query) if e.seq <= self.upto)
            if not self._page:  # entries up to ``upto`` were committed: not expected
                raise StopAsyncIteration
        entry = self._page.popleft()
        self.next_after = entry.seq
        return entry


class ChangePoller:
    """Keeps a feed up to date with the log while the feed has subscribers.

    Every read of the log and every publish it leads to happen under one lock, so
    polls, replays' starting points and this process's own writes reach the feed in
    ``seq`` order. Use it from one event loop.
    """

    def __init__(
        self, feed: Publisher, reader: ChangeLogReader, poll_seconds: float = DEFAULT_POLL_SECONDS
    ) -> None:
        if poll_seconds <= 0:
            raise ValueError("poll_seconds must be more than 0")
        self.feed = feed
        self.reader = reader
        self.poll_seconds = poll_seconds
        self.lock = asyncio.Lock()
        self._task: asyncio.Task[None] | None = None
        self._failing = False

    @property
    def polling(self) -> bool:
        """Whether the polling task runs (it ends when the feed has no subscribers)."""
        return self._task is not None and not self._task.done()

    def start(self) -> None:
        """Poll until the feed has no subscribers (call it with the lock held, after
        registering a subscriber: a task ending now sees that subscriber)."""
        if not self.polling:
            self._task = asyncio.get_running_loop().create_task(self._run(), name="change poller")

    async def close(self) -> None:
        """Stop polling (when the application stops)."""
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    async def catch_up(self) -> bool:
        """Publish every entry past the feed's newest (call it with the lock held);
        whether it read up to the log's end."""
        while True:
            after = self.feed.last_seq
            if after is None:  # not following the log: nothing to be after
                return True
            entries = await self.reader.change_log(ChangeLogQuery(after_seq=after, first=PAGE))
            self.feed.publish(entries)
            if len(entries) < PAGE:
                return True

    async def committed(self, entries: Sequence[ChangeLogEntry]) -> None:
        """Publish what a write of this process just committed, at once: first any entries
        before them the feed has not published (other processes' writes), from the log.

        Entries the feed already has (a poll got there first) are not published again;
        when the log does not show the entries before them yet, they are left to the
        next poll rather than published out of order.
        """
        if not entries or not self.feed.subscriber_count:
            return  # nobody to tell: a later subscriber starts from the log's end
        async with self.lock:
            last = self.feed.last_seq
            if last is not None and entries[0].seq > last + 1:
                query = ChangeLogQuery(after_seq=last, first=entries[0].seq - 1 - last)
                self.feed.publish(await self.reader.change_log(query))
                if self.feed.last_seq != entries[0].seq - 1:
                    return
            self.feed.publish(entries)

    async def _run(self) -> None:
        while self.feed.subscriber_count:
            await asyncio.sleep(self.poll_seconds)
            if not self.feed.subscriber_count:
                break
            try:
                async with self.lock:
                    await self.catch_up()
            except Exception as exc:  # the store is down, say: try again at the next poll
                if not self._failing:
                    log.warning("reading the change log failed, retrying: %s", exc)
                self._failing = True
            else:
                if self._failing:
                    log.info("reading the change log works again")
                self._failing = False


__all__ = [
    "DEFAULT_POLL_SECONDS",
    "ChangeLogReader",
    "ChangePoller",
    "LogReplay",
    "Publisher",
    "check_after",
]
