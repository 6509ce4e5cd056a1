"""A store wrapper that publishes every committed write to a change feed.

``GraphStore.write`` is the single choke point of every change (API mutations, model
imports, the demo load), so wrapping the store once where the app is built is enough
for the ``changes`` subscription to see them all at once, as the change-log entries
each write appended. The feed also follows the wrapped store's log, for the writes of
other processes (:mod:`graph_api.services.change_poller`).
"""

import logging
from collections.abc import Sequence
from typing import Any

from graph_api.services.changes import ChangeFeed
from graph_api.store.base import SYSTEM, GraphStore, WriteOp, WriteResult
from graph_api.store.bulk_plan import (
    DEFAULT_BATCH_SIZE,
    BulkPlan,
    Progress,
    Started,
    check_batch_size,
    check_new,
    plan_ops,
)

log = logging.getLogger("graph_api.changes")


class ObservedStore:
    """Implements :class:`GraphStore` by delegating to ``inner``; publishes its writes.

    Every attribute but ``write`` and ``bulk_create`` is the wrapped store's
    (``__getattr__``), so methods added to the protocol later are delegated without
    touching this class. A method that writes must be defined here, or its writes go
    unpublished.
    """

    name: str

    def __init__(self, inner: GraphStore, changes: ChangeFeed) -> None:
        self.inner = inner
        self.changes = changes
        self.name = inner.name
        changes.follow_log(inner)

    def __getattr__(self, attribute: str) -> Any:
        # Only called for attributes not found on self; guard ``inner`` itself so a
        # half-built instance (copy, pickle) fails with AttributeError, not recursion.
        if attribute == "inner":
            raise AttributeError(attribute)
        return getattr(self.inner, attribute)

    async def write(self, ops: Sequence[WriteOp], *, actor: str = SYSTEM) -> WriteResult:
        """Write through the wrapped store, then publish what the write did."""
        result = await self.inner.write(ops, actor=actor)
        try:
            await self.changes.committed(result.logged)
        except Exception:
            # The write has committed: failing the request now would tell the client it
            # did not. The feed's next poll of the log publishes the entries (a feed
            # following no log has lost them; the log says so).
            log.exception("change events of a committed write were not published")
        return result

    async def bulk_create(
        self,
        plan: BulkPlan,
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        actor: str = SYSTEM,
        progress: Progress | None = None,
        started: Started | None = None,
    ) -> int:
        """The plan as one ordinary write through :meth:`write`, so the change feed sees
        the load: slower than the wrapped store's own bulk path, which publishes nothing.
        Leftovers of interrupted loads are not replaced here: they are refused."""
        check_batch_size(batch_size)
        await check_new(self.inner, plan)
        if started:
            started()
        await self.write(plan_ops(plan), actor=actor)
        if progress:
            progress(plan.node_count, plan.link_count)
        return 0

    def __repr__(self) -> str:
        return f"ObservedStore({self.inner!r})"


def observed(store: GraphStore, changes: ChangeFeed | None = None) -> ObservedStore:
    """``store`` publishing to ``changes`` (a new feed when None); an ObservedStore as is."""
    if isinstance(store, ObservedStore):
        return store
    return ObservedStore(store, changes or ChangeFeed())


__all__ = ["ObservedStore", "observed"]
