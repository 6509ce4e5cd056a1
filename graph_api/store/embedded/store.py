"""The embedded store: the graph in process, every write persisted to a SQLite file."""

import asyncio
import contextlib
from collections.abc import Sequence

from graph_api.long_work import off_the_loop
from graph_api.metamodel import NODE_KINDS, RelationshipField
from graph_api.store.base import SYSTEM, NodeRecord, NodeRef, WriteOp, WriteResult
from graph_api.store.bulk_plan import (
    DEFAULT_BATCH_SIZE,
    BulkPlan,
    Progress,
    Started,
    check_batch_size,
    check_new,
)
from graph_api.store.change_log import ChangeLogEntry, ChangeLogQuery, change_events
from graph_api.store.embedded import bulk, read_plan, staged, upgrades
from graph_api.store.embedded.memory import MemoryGraph, MemoryTransaction
from graph_api.store.embedded.sqlite import SqliteFile
from graph_api.store.listing import Filter, ListQuery, Page, SortKey
from graph_api.store.read_plan import ReadPage, ReadPlan
from graph_api.store.traversal import AnswerT, QueryT, StoreTraversal
from graph_api.store.upgrades.versions import UpgradeReport, check_supported


class EmbeddedStore:
    """A :class:`~graph_api.store.base.GraphStore` that needs no server.

    Reads are served from memory; writes are serialised, applied to memory with an undo
    log, then persisted in one SQLite transaction. A write that fails anywhere is undone
    in memory and leaves the file untouched.
    """

    name = "embedded"

    def __init__(self, path: str = ":memory:") -> None:
        self.path = path
        self._memory = MemoryGraph()
        self._file: SqliteFile | None = None
        self._write_lock = asyncio.Lock()
        self.query_count = 0
        """How many reads the store answered (the round trips a server would cost):
        counted like ``Neo4jStore.query_count``, for tests that count a request's reads."""
        self.upgrade_on_open = True
        """Run the upgrades the file lacks when it opens (``graph-api upgrade`` turns it
        off to run them itself); a file newer than the code is refused either way."""
        self.last_upgrade: UpgradeReport | None = None
        """What opening the store upgraded."""

    @property
    def memory(self) -> MemoryGraph:
        return self._memory

    async def open(self) -> None:
        if self._file is None:
            file = SqliteFile(self.path)
            try:
                if self.upgrade_on_open:
                    self.last_upgrade = upgrades.upgrade_sqlite(file.connection)
                else:
                    check_supported(self.name, upgrades.stored_version(file.connection))
            except BaseException:
                file.close()
                raise
            self._file = file
            self._memory = MemoryGraph()
            self._file.load(self._memory)

    async def upgrade(self, *, dry_run: bool = False) -> UpgradeReport:
        """Run the upgrades the file lacks (see :mod:`graph_api.store.upgrades`)."""
        file = self._require_open()
        async with self._write_lock:
            report = upgrades.upgrade_sqlite(file.connection, dry_run=dry_run)
            if report.steps and not dry_run:
                self._memory = MemoryGraph()
                file.load(self._memory)
            return report

    async def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    async def ping(self) -> None:
        self._require_open()

    def _require_open(self) -> SqliteFile:
        if self._file is None:
            raise RuntimeError("the embedded store is not open")
        return self._file

    async def get_nodes(self, kind: str, keys: Sequence[str]) -> dict[str, NodeRecord]:
        self.query_count += 1
        by_key = self._memory.nodes.get(kind, {})
        return {key: by_key[key] for key in keys if key in by_key}

    async def kinds_with_keys(self, keys: Sequence[str]) -> dict[str, list[str]]:
        self.query_count += 1
        nodes = self._memory.nodes
        return {key: [kind for kind in NODE_KINDS if key in nodes.get(kind, {})] for key in keys}

    async def list_nodes(self, kind: str, query: ListQuery) -> Page:
        self.query_count += 1
        return read_plan.page_of(self._memory, kind, query)

    async def neighbours(
        self,
        field: RelationshipField,
        keys: Sequence[str],
        *,
        where: Filter | None = None,
        order: Sequence[SortKey] = (),
    ) -> dict[str, list[NodeRecord]]:
        self.query_count += 1
        memory = self._memory
        return {key: read_plan.related_records(memory, field, key, where, order) for key in keys}

    async def read(self, plan: ReadPlan) -> ReadPage:
        self.query_count += 1
        return read_plan.read(self._memory, plan)

    async def read_all(self, plans: Sequence[ReadPlan]) -> list[ReadPage]:
        self.query_count += 1
        return [read_plan.read(self._memory, plan) for plan in plans]

    async def linked_keys(
        self, field: RelationshipField, keys: Sequence[str]
    ) -> dict[str, list[str]]:
        self.query_count += 1
        rel = field.relationship
        own_kind = rel.source if field.direction == "out" else rel.target
        walk = self._memory.targets if field.direction == "out" else self._memory.sources
        return {
            key: sorted(ref.key for ref in walk(NodeRef(own_kind, key), rel.type, field.other_kind))
            for key in keys
        }

    async def link_identifiers(
        self, field: RelationshipField, keys: Sequence[str]
    ) -> dict[str, dict[str, str]]:
        self.query_count += 1
        rel = field.relationship
        out = field.direction == "out"
        own_kind = rel.source if out else rel.target
        return {
            key: self._memory.identifiers(NodeRef(own_kind, key), rel.type, field.other_kind, out)
            for key in keys
        }

    async def write(self, ops: Sequence[WriteOp], *, actor: str = SYSTEM) -> WriteResult:
        file = self._require_open()
        async with self._write_lock:
            if len(ops) >= staged.LARGE_WRITE:  # seconds of work: off the event loop
                return await self._staged_write(file, ops, actor)
            tx = MemoryTransaction(self._memory, actor=actor)
            try:
                tx.apply_all(ops)
                log = change_events(tx.result, tx.now)
                tx.result.logged = file.persist(
                    self._memory, tx.touched.nodes, tx.touched.edges, log, actor
                )
            except BaseException:
                tx.rollback()
                raise
            return tx.result

    async def _staged_write(
        self, file: SqliteFile, ops: Sequence[WriteOp], actor: str
    ) -> WriteResult:
        """A large write in a worker thread; the caller holds the write lock.

        A thread cannot be stopped: when the request awaiting it is cancelled (its
        timeout, a client gone), the write still runs to its end, committed or rolled
        back. The lock is held and the graph swapped in until then, so memory always
        follows what the file holds and the next write starts on a settled store; the
        cancellation is passed on after that.
        """
        work = asyncio.ensure_future(
            off_the_loop(staged.staged_write, self._memory, file, ops, actor)
        )
        try:
            self._memory, result = await asyncio.shield(work)
        except asyncio.CancelledError:
            while not work.done():  # however often it is cancelled meanwhile
                with contextlib.suppress(asyncio.CancelledError):
                    await asyncio.wait([work])
            if work.exception() is None:  # committed: memory follows the file
                self._memory = work.result()[0]
            raise
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
        """Check that every node of ``plan`` is new, then write it in one SQLite
        transaction (:mod:`graph_api.store.embedded.bulk`). Never replaces anything:
        a load here always committed whole or not at all."""
        check_batch_size(batch_size)
        await check_new(self, plan)
        if started:
            started()
        await bulk.bulk_create(self, plan, batch_size=batch_size, actor=actor, progress=progress)
        return 0

    async def change_log(self, query: ChangeLogQuery) -> list[ChangeLogEntry]:
        # After any write in progress: a large one persists from a worker thread on the
        # same connection, whose uncommitted rows this read would otherwise see.
        async with self._write_lock:
            return self._require_open().change_log(query)

    async def last_change_seq(self) -> int:
        async with self._write_lock:  # as change_log: never a write's uncommitted entries
            return self._require_open().last_change_seq()

    async def count_nodes(self) -> dict[str, int]:
        return {kind: len(nodes) for kind, nodes in self._memory.nodes.items() if nodes}

    async def traverse(self, traversal: StoreTraversal[QueryT, AnswerT], query: QueryT) -> AnswerT:
        self.query_count += 1
        return traversal.in_memory(self._memory, query)
