"""A store wrapper that publishes every committed write to a change feed.

``GraphStore.write`` is the single choke point of every change (API mutations, model
imports, the demo load), so wrapping the store once where the app is built is enough
for the ``changes`` subscription to see them all, derived from what each write did.
"""

import logging
from collections.abc import Sequence
from typing import Any

from graph_api.services.changes import ChangeFeed
from graph_api.store.base import SYSTEM, GraphStore, WriteOp, WriteResult
from graph_api.store.change_log import change_events

log = logging.getLogger("graph_api.changes")


class ObservedStore:
    """Implements :class:`GraphStore` by delegating to ``inner``; publishes its writes.

    Every attribute but ``write`` is the wrapped store's (``__getattr__``), so methods
    added to the protocol later are delegated without touching this class.
    """

    name: str

    def __init__(self, inner: GraphStore, changes: ChangeFeed) -> None:
        self.inner = inner
        self.changes = changes
        self.name = inner.name

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
            self.changes.publish(change_events(result))
        except Exception:
            # The write has committed: failing the request now would tell the client it
            # did not. Subscribers miss these events; the log says so.
            log.exception("change events of a committed write were not published")
        return result

    def __repr__(self) -> str:
        return f"ObservedStore({self.inner!r})"


def observed(store: GraphStore, changes: ChangeFeed | None = None) -> ObservedStore:
    """``store`` publishing to ``changes`` (a new feed when None); an ObservedStore as is."""
    if isinstance(store, ObservedStore):
        return store
    return ObservedStore(store, changes or ChangeFeed())


__all__ = ["ObservedStore", "observed"]
