"""Large writes of the embedded store, applied to a copy of the graph in a worker thread.

A write applies its operations to the in-memory graph, then persists them, all
synchronously: the event loop serves nobody meanwhile. For a few operations that is a
blink; for an import of 100,000 elements it is many seconds. A large write therefore
runs in a worker thread on a copy of the graph: readers keep reading the current graph
(nothing changes it: writes are serialised), and the store swaps the copy in, in one
step on the event loop, once the write is persisted. So readers see the graph before
the write or after it, never in between, and a write that fails leaves the current
graph untouched (SQLite rolls its transaction back).
"""

from collections.abc import Sequence

from graph_api.store.base import WriteOp, WriteResult
from graph_api.store.change_log import change_events
from graph_api.store.embedded.memory import MemoryGraph, MemoryTransaction
from graph_api.store.embedded.sqlite import SqliteFile

LARGE_WRITE = 2_000
"""Operations from which a write is staged in a worker thread. Copying the graph costs
about as much as applying this many operations to it."""


def copy_of(memory: MemoryGraph) -> MemoryGraph:
    """An independent copy (records are immutable: the dicts and the graph are copied)."""
    copy = MemoryGraph()
    copy.nodes = {kind: dict(records) for kind, records in memory.nodes.items()}
    copy.graph = memory.graph.copy()
    copy.node_changes = memory.node_changes
    return copy


def staged_write(
    memory: MemoryGraph, file: SqliteFile, ops: Sequence[WriteOp], actor: str
) -> tuple[MemoryGraph, WriteResult]:
    """Apply ``ops`` to a copy of ``memory`` and persist them; the copy and the result.

    For a worker thread: ``memory`` is only read. Raises what the write raises, with
    nothing persisted.
    """
    staged = copy_of(memory)
    tx = MemoryTransaction(staged, actor=actor)
    tx.apply_all(ops)
    log = change_events(tx.result, tx.now)
    tx.result.logged = file.persist(staged, tx.touched.nodes, tx.touched.edges, log, actor)
    return staged, tx.result
