"""Bulk creation in Neo4j: a new, self-contained model in ONE transaction, sent in batches.

For loading large models (``graph-api load``). :class:`~graph_api.store.neo4j.writes.
BatchWriter` applies any mix of writes and, for each batch, first reads what it touches
to check it; here the whole plan was checked before (see :mod:`graph_api.store.bulk_plan`:
every node new, every link between two of them, every rule of the metamodel kept), so
each batch only creates: up to ``batch_size`` nodes or links, with one query per kind or
relationship triple (all nodes first, then links).

Every batch runs in one explicit transaction, committed after the last one: readers see
none of the model until the commit and all of it after. If a batch fails, or the load is
interrupted, the transaction is rolled back; if the process dies (SIGKILL, a lost
machine), Neo4j rolls the open transaction back when the connection drops. Nothing of
an unfinished load is ever committed.

The price is server memory: Neo4j holds the transaction's state on its heap until the
commit (docs/neo4j-local.md gives the heap a scale-100 model needs). A load too large
for the server's heap fails with Neo4j's memory error and writes nothing.

Before this, each batch was a transaction of its own, and a killed load left the nodes
written so far (marked by the load's ``createdAt`` and ``createdBy``).
:mod:`graph_api.store.neo4j.bulk_leftovers` finds such leftovers when the same model
is loaded again, and this load deletes them in its own transaction before writing the
model whole.

A bulk load appends no change-log entries (nor does it publish change events).
"""

import logging
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from itertools import chain
from typing import TYPE_CHECKING, Any

from neo4j import AsyncTransaction
from neo4j.exceptions import IncompleteCommit, Neo4jError

from graph_api.metamodel import RelationshipSpec
from graph_api.store.base import SYSTEM, UpsertNode
from graph_api.store.bulk_plan import DEFAULT_BATCH_SIZE, BulkLoadFailed, BulkPlan, Progress
from graph_api.store.neo4j import sessions
from graph_api.store.neo4j.bulk_leftovers import Leftovers
from graph_api.store.neo4j.cypher import IDENTIFIER, label
from graph_api.store.neo4j.records import encode_carried

if TYPE_CHECKING:  # the store calls this for its bulk_create
    from graph_api.store.neo4j.store import Neo4jStore

log = logging.getLogger("graph_api.bulk")


class MissingEnds(RuntimeError):
    """A link batch found fewer ends than it links (a node vanished during the load)."""


class OutOfTransactionMemory(RuntimeError):
    """Neo4j has not the memory to hold the whole model in one transaction."""


_MEMORY_ERRORS = ("MemoryPoolOutOfMemoryError", "TransactionOutOfMemoryError")


def _explained(exc: BaseException) -> BaseException:
    """``exc``, or what to do about it when it is Neo4j running out of memory."""
    if isinstance(exc, Neo4jError) and any(code in (exc.code or "") for code in _MEMORY_ERRORS):
        return OutOfTransactionMemory(
            f"{exc.message} Neo4j holds a bulk load in one transaction until it commits: "
            "give the server a larger heap (a model of 100,000 nodes and 290,000 links "
            "needs about 2 GB, see docs/neo4j-local.md) or a higher "
            "dbms.memory.transaction.total.max"
        )
    return exc


Piece = tuple[str | RelationshipSpec, Sequence[Any]]
"""Nodes of one kind (UpsertNode) or links of one triple (source key, target key,
identifier or None) to create."""


def pack(groups: Iterable[Piece], size: int) -> Iterator[list[Piece]]:
    """``groups`` (of nodes or of links) in batches of at most ``size`` items.

    A batch may hold several kinds or triples (one query each): small groups do not
    cost a round trip each.
    """
    batch: list[Piece] = []
    room = size
    for what, items in groups:
        start = 0
        while start < len(items):
            piece = items[start : start + room]
            batch.append((what, piece))
            start += len(piece)
            room -= len(piece)
            if room == 0:
                yield batch
                batch, room = [], size
    if batch:
        yield batch


async def _create_nodes(
    tx: AsyncTransaction, kind: str, ops: Sequence[UpsertNode], now: datetime, actor: str
) -> None:
    # The audit fields, the same for every node of the load, travel once.
    result = await tx.run(
        f"UNWIND $rows AS row CREATE (n:{label(kind)}) SET n = row, n.createdAt = $now, "
        "n.updatedAt = $now, n.version = 1, n.createdBy = $actor, n.updatedBy = $actor",
        rows=[{**encode_carried(op.props), "key": op.key} for op in ops],
        now=now,
        actor=actor,
    )
    await result.consume()


async def _create_links(
    tx: AsyncTransaction, spec: RelationshipSpec, links: Sequence[tuple[str, str, str | None]]
) -> None:
    """Create the links of ``spec`` given as (source key, target key, identifier)."""
    result = await tx.run(
        f"UNWIND $rows AS row MATCH (a:{label(spec.source)} {{key: row[0]}}) "
        f"MATCH (b:{label(spec.target)} {{key: row[1]}}) CREATE (a)-[r:{spec.type}]->(b) "
        f"SET r.{IDENTIFIER} = row[2] RETURN count(*) AS created",
        rows=[list(link) for link in links],
    )
    created = int((await result.single(strict=True))["created"])
    if created != len(links):
        raise MissingEnds(
            f"{spec.source} -[{spec.type}]-> {spec.target}: linked {created} of {len(links)}"
        )


class _Sent:
    """How many nodes were sent so far (for the report of a failed load)."""

    nodes = 0


async def _send(
    tx: AsyncTransaction,
    plan: BulkPlan,
    batch_size: int,
    now: datetime,
    actor: str,
    progress: Progress | None,
    sent: _Sent,
) -> None:
    """Every node, then every link of ``plan`` into ``tx``, counted in ``sent``."""
    identified = ((spec, plan.identified(spec)) for spec in plan.links)
    nodes_then_links = chain(pack(plan.nodes.items(), batch_size), pack(identified, batch_size))
    for pieces in nodes_then_links:
        nodes = links = 0
        for what, items in pieces:
            if isinstance(what, str):
                sent.nodes += len(items)  # "up to": counted before the batch runs
                await _create_nodes(tx, what, items, now, actor)
                nodes += len(items)
            else:
                await _create_links(tx, what, items)
                links += len(items)
        if progress:
            progress(nodes, links)


async def bulk_create(
    store: "Neo4jStore",
    plan: BulkPlan,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    actor: str = SYSTEM,
    progress: Progress | None = None,
    leftovers: Leftovers | None = None,
) -> None:
    """Create every node, then every link of ``plan`` in one transaction, committed last;
    no check that they are new (:meth:`Neo4jStore.bulk_create` checks first).

    ``leftovers`` (of an interrupted earlier load of this model) are deleted first, in
    the same transaction. ``progress`` is called after each batch is sent (the model is
    visible only once this returns). Raises :class:`BulkLoadFailed` (with the cause)
    when anything fails: nothing was committed then.
    """
    await store.open()
    now = datetime.now(UTC)
    sent = _Sent()
    committing = False
    async with store.session(sessions.WRITE) as session:
        # Not a managed (retried) transaction: a retry would send the whole model again
        # and report its progress twice; a failed load is simply run again.
        tx = await session.begin_transaction()
        try:
            if leftovers is not None:
                await leftovers.delete(tx)
            await _send(tx, plan, batch_size, now, actor, progress, sent)
            committing = True
            await tx.commit()
        except BaseException as exc:
            removed = await _roll_back(tx, unknown=committing and isinstance(exc, IncompleteCommit))
            raise BulkLoadFailed(_explained(exc), sent.nodes, removed) from exc


async def _roll_back(tx: AsyncTransaction, *, unknown: bool) -> bool:
    """Roll ``tx`` back; False if the outcome is ``unknown`` (the commit's answer was lost).

    A commit whose answer was lost may have succeeded: the model is then all there;
    otherwise none of it is. Either way no part of it is.
    """
    if unknown:
        log.warning(
            "the bulk load's commit did not answer: the model is either all stored or "
            "not at all; count its nodes to know which"
        )
        return False
    try:
        if not tx.closed():
            await tx.rollback()
    except Exception:
        # The connection is gone: Neo4j rolls back an open transaction whose
        # connection drops, so nothing of it was committed.
        log.info("the bulk load's rollback did not answer: Neo4j drops the transaction")
    return True
