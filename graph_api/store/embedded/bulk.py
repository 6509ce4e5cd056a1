"""Bulk creation in the embedded store: a new, self-contained model in one transaction.

For loading large models (``graph-api load``). The store's own write path keeps an undo
closure, a change event and a persisted row per operation; here the whole plan was
checked before (see :mod:`graph_api.store.bulk_plan`: every node new, every link between two
of them, every rule of the metamodel kept, every link identifier one a write keeps), so
the nodes and links (with their identifiers) go into memory and into SQLite
(``executemany``, in batches for progress) in ONE SQLite transaction. On any failure
the transaction rolls back and the nodes it added to memory are removed (with them, the
links: both ends of each are new), so the store is as it was.

A bulk load appends no change-log entries (nor does it publish change events).
"""

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from graph_api.store.base import SYSTEM, NodeRecord, NodeRef
from graph_api.store.bulk_plan import DEFAULT_BATCH_SIZE, BulkLoadFailed, BulkPlan, Progress, chunks
from graph_api.store.embedded.memory import IDENTIFIER
from graph_api.store.embedded.sqlite import EDGE_COLUMNS
from graph_api.store.rules import already_exists

if TYPE_CHECKING:  # the store calls this for its bulk_create
    from graph_api.store.embedded.store import EmbeddedStore


async def bulk_create(
    store: "EmbeddedStore",
    plan: BulkPlan,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    actor: str = SYSTEM,
    progress: Progress | None = None,
) -> None:
    """Create every node, then every link of ``plan``, all or nothing; no check that
    they are new (:meth:`EmbeddedStore.bulk_create` checks first).

    Raises :class:`BulkLoadFailed` (with the cause) when anything fails.
    """
    file = store._require_open()
    conn = file._conn  # the store's own connection: its transaction is the store's
    memory = store.memory
    now = datetime.now(UTC)
    stamp = now.isoformat()
    audit = (stamp, stamp, 1, actor, actor)  # created, updated, version, created/updated by
    added: list[NodeRef] = []
    async with store._write_lock:
        conn.execute("BEGIN IMMEDIATE")
        try:
            for kind, ops in plan.nodes.items():
                for batch in chunks(ops, batch_size):
                    records = [
                        NodeRecord(kind, op.key, dict(op.props), now, now, 1, actor, actor)
                        for op in batch
                    ]
                    conn.executemany(
                        "INSERT INTO nodes VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        [
                            (kind, r.key, json.dumps(r.props, sort_keys=True), *audit)
                            for r in records
                        ],
                    )
                    for record in records:
                        if memory.get(record.ref) is not None:
                            raise already_exists(record.ref)
                        memory.put(record)
                        added.append(record.ref)
                    if progress:
                        progress(len(batch), 0)
            for spec in plan.links:
                for links in chunks(plan.identified(spec), batch_size):
                    conn.executemany(
                        f"INSERT INTO edges ({EDGE_COLUMNS}, identifier) VALUES (?, ?, ?, ?, ?, ?)",
                        [(spec.type, spec.source, s, spec.target, t, i) for s, t, i in links],
                    )
                    memory.graph.add_edges_from(
                        (
                            NodeRef(spec.source, s),
                            NodeRef(spec.target, t),
                            spec.type,
                            {} if i is None else {IDENTIFIER: i},
                        )
                        for s, t, i in links
                    )
                    if progress:
                        progress(0, len(links))
            conn.execute("COMMIT")
        except BaseException as exc:
            conn.execute("ROLLBACK")
            for ref in reversed(added):
                memory.remove(ref)
            raise BulkLoadFailed(exc, len(added), removed=True) from exc
