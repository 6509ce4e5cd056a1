"""Bulk creation in Neo4j: a new, self-contained model in plain ``UNWIND ... CREATE`` batches.

For loading large models (``graph-api load``). :class:`~graph_api.store.neo4j.writes.
BatchWriter` applies any mix of writes in one transaction and, for each batch, first
reads what it touches to check it; here the whole plan was checked before (see
:mod:`graph_api.bulk.plan`: every node new, every link between two of them, every rule
of the metamodel kept), so each batch only creates: up to ``batch_size`` nodes or
links, with one query per kind or relationship triple (all nodes first, then links).

Each batch is a transaction of its own, so memory use stays flat whatever the model's size, and
readers may see part of the model while it loads. If a batch fails, or the load is
interrupted, every node this load created is deleted again (``DETACH DELETE``, which
takes the links with it: every link the load made has both ends among them), so a
failed load leaves the database as it was. A node is deleted only if it carries this
load's ``createdAt``, so a node someone else created with the same key meanwhile stays.
If the process is killed outright, the nodes created so far remain: they carry the
load's ``createdAt`` and ``createdBy``, by which they can be found and deleted.

A bulk load appends no change-log entries (nor does it publish change events).
"""

import logging
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from itertools import chain
from typing import Any

from neo4j import AsyncDriver, AsyncManagedTransaction

from graph_api.bulk.plan import BulkLoadFailed, BulkPlan, Progress, chunks
from graph_api.metamodel import RelationshipSpec
from graph_api.store.base import SYSTEM, UpsertNode
from graph_api.store.neo4j.cypher import label
from graph_api.store.neo4j.records import encode_carried
from graph_api.store.neo4j.store import Neo4jStore

log = logging.getLogger("graph_api.bulk")
DELETE_BATCH = 5_000


class MissingEnds(RuntimeError):
    """A link batch found fewer ends than it links (a node vanished during the load)."""


Piece = tuple[str | RelationshipSpec, Sequence[Any]]
"""Nodes of one kind (UpsertNode) or links of one triple (key pairs) to create."""


def pack(groups: Iterable[Piece], size: int) -> Iterator[list[Piece]]:
    """``groups`` (of nodes or of links) in transactions of at most ``size`` items.

    A transaction may hold several kinds or triples (one query each): small groups do
    not cost a transaction each.
    """
    transaction: list[Piece] = []
    room = size
    for what, items in groups:
        start = 0
        while start < len(items):
            piece = items[start : start + room]
            transaction.append((what, piece))
            start += len(piece)
            room -= len(piece)
            if room == 0:
                yield transaction
                transaction, room = [], size
    if transaction:
        yield transaction


async def _create(
    tx: AsyncManagedTransaction, pieces: list[Piece], now: datetime, actor: str
) -> None:
    for what, items in pieces:
        if isinstance(what, str):
            await _create_nodes(tx, what, items, now, actor)
        else:
            await _create_links(tx, what, items)


async def _create_nodes(
    tx: AsyncManagedTransaction, kind: str, ops: Sequence[UpsertNode], now: datetime, actor: str
) -> None:
    # The audit fields, the same for every node of the load, travel once.
    await tx.run(
        f"UNWIND $rows AS row CREATE (n:{label(kind)}) SET n = row, n.createdAt = $now, "
        "n.updatedAt = $now, n.version = 1, n.createdBy = $actor, n.updatedBy = $actor",
        rows=[{**encode_carried(op.props), "key": op.key} for op in ops],
        now=now,
        actor=actor,
    )


async def _create_links(
    tx: AsyncManagedTransaction, spec: RelationshipSpec, pairs: Sequence[tuple[str, str]]
) -> None:
    result = await tx.run(
        f"UNWIND $rows AS row MATCH (a:{label(spec.source)} {{key: row[0]}}) "
        f"MATCH (b:{label(spec.target)} {{key: row[1]}}) CREATE (a)-[:{spec.type}]->(b) "
        "RETURN count(*) AS created",
        rows=[list(pair) for pair in pairs],
    )
    created = int((await result.single(strict=True))["created"])
    if created != len(pairs):
        raise MissingEnds(
            f"{spec.source} -[{spec.type}]-> {spec.target}: linked {created} of {len(pairs)}"
        )


async def bulk_create(
    store: Neo4jStore,
    plan: BulkPlan,
    *,
    batch_size: int = 10_000,
    actor: str = SYSTEM,
    progress: Progress | None = None,
) -> None:
    """Create every node, then every link of ``plan``; on failure, delete them again.

    Raises :class:`BulkLoadFailed` (with the cause) when a batch fails.
    """
    await store.open()
    driver = store._require_driver()
    now = datetime.now(UTC)
    attempted: dict[str, list[str]] = {}
    async with driver.session(database=store.database) as session:
        try:
            nodes_then_links = chain(
                pack(plan.nodes.items(), batch_size), pack(plan.links.items(), batch_size)
            )
            for pieces in nodes_then_links:
                nodes = links = 0
                for what, items in pieces:
                    if isinstance(what, str):
                        # Noted before the batch runs: one whose commit is lost in transit
                        # is cleaned up too (only nodes with this load's createdAt go).
                        attempted.setdefault(what, []).extend(op.key for op in items)
                        nodes += len(items)
                    else:
                        links += len(items)
                await session.execute_write(_create, pieces, now, actor)
                if progress:
                    progress(nodes, links)
        except BaseException as exc:
            written = sum(len(keys) for keys in attempted.values())
            removed = await _remove(driver, store.database, attempted, now)
            raise BulkLoadFailed(exc, written, removed) from exc


async def _delete(tx: AsyncManagedTransaction, kind: str, keys: list[str], now: datetime) -> None:
    await tx.run(
        f"MATCH (n:{label(kind)}) WHERE n.key IN $keys AND n.createdAt = $now DETACH DELETE n",
        keys=keys,
        now=now,
    )


async def _remove(
    driver: AsyncDriver, database: str, created: dict[str, list[str]], now: datetime
) -> bool:
    """Delete what the load created; False (and the error logged) if that failed too."""
    try:
        async with driver.session(database=database) as session:
            for kind, keys in created.items():
                for batch in chunks(keys, DELETE_BATCH):
                    await session.execute_write(_delete, kind, list(batch), now)
    except Exception:
        log.exception(
            "could not delete what the failed bulk load created: nodes with createdAt %s remain",
            now.isoformat(),
        )
        return False
    return True
