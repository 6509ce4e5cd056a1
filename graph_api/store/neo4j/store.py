"""The Neo4j store: the production store, through the official async driver.

One driver per process, opened with the store (the FastAPI lifespan) and closed with
it. Reads and writes run in managed transactions (``execute_read``/``execute_write``),
which the driver retries on transient errors; connection failures become
STORE_UNAVAILABLE, and the driver reconnects by itself once Neo4j is back. Every read
runs in a READ transaction, which a cluster spreads over its members, and every session
shares the store's bookmark manager, so reads see the writes before them
(:mod:`~graph_api.store.neo4j.sessions`).
"""

import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime
from functools import partial
from typing import Any, TypeVar

from neo4j import (
    AsyncDriver,
    AsyncGraphDatabase,
    AsyncManagedTransaction,
    AsyncSession,
    NotificationMinimumSeverity,
    unit_of_work,
)
from neo4j.exceptions import (
    ConstraintError,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
    TransientError,
)

from graph_api.errors import Conflict, StoreUnavailable, Timeout
from graph_api.metamodel import NODE_KINDS, RelationshipField
from graph_api.store.base import SYSTEM, NodeRecord, WriteOp, WriteResult
from graph_api.store.bulk_plan import (
    DEFAULT_BATCH_SIZE,
    BulkPlan,
    Progress,
    Started,
    check_batch_size,
)
from graph_api.store.change_log import ChangeLogEntry, ChangeLogQuery, change_events
from graph_api.store.listing import Filter, ListQuery, Page, SortKey, default_order
from graph_api.store.neo4j import (
    bulk,
    bulk_leftovers,
    change_log,
    cypher,
    listing,
    read_plan,
    sessions,
    upgrades,
)
from graph_api.store.neo4j.records import to_record
from graph_api.store.neo4j.schema import (
    DROP_FULLTEXT,
    FULLTEXT_FIELDS,
    fulltext_is_stale,
    schema_statements,
)
from graph_api.store.neo4j.writes import BatchWriter
from graph_api.store.read_plan import ReadPage, ReadPlan
from graph_api.store.time_budget import transaction_seconds
from graph_api.store.traversal import AnswerT, QueryT, StoreTraversal
from graph_api.store.upgrades.versions import UpgradeReport

log = logging.getLogger("graph_api.neo4j")
T = TypeVar("T")
Work = Callable[[AsyncManagedTransaction], Awaitable[T]]


class Neo4jStore:
    """A :class:`~graph_api.store.base.GraphStore` on a Neo4j database."""

    name = "neo4j"

    def __init__(
        self,
        uri: str,
        user: str = "neo4j",
        password: str = "",
        database: str = "neo4j",
        *,
        connection_timeout: float = 5.0,
        max_retry_time: float = 5.0,
        transaction_timeout: float | None = None,
    ) -> None:
        """``transaction_timeout``: seconds Neo4j lets each read or write transaction run
        before it stops it (TIMEOUT); None leaves the server's own setting."""
        self.uri = uri
        self.database = database
        self._auth = (user, password) if password else None
        self._connection_timeout = connection_timeout
        self._max_retry_time = max_retry_time
        self._transaction_timeout = transaction_timeout
        self._driver: AsyncDriver | None = None
        self.bookmarks = AsyncGraphDatabase.bookmark_manager()
        """Where the sessions of the store (one per process) chain their transactions:
        each starts from the bookmarks of those committed before it."""
        self._schema_ready = False
        self.upgrade_on_open = True
        """Run the upgrades the database lacks with the schema (``graph-api upgrade`` turns
        it off to run them itself); a database newer than the code is refused either way."""
        self.last_upgrade: UpgradeReport | None = None
        """What opening the store upgraded."""
        self.query_count = 0
        """How many read queries ran (each one round trip); tests read it."""

    async def open(self) -> None:
        if self._driver is None:
            # Short timeouts: when Neo4j is down, answer STORE_UNAVAILABLE quickly.
            self._driver = AsyncGraphDatabase.driver(
                self.uri,
                auth=self._auth,
                connection_timeout=self._connection_timeout,
                connection_acquisition_timeout=self._connection_timeout,
                max_transaction_retry_time=self._max_retry_time,
                # The server's notifications (a property key no node has yet, as on an
                # empty database) are hints for query authors, which the driver logs as
                # warnings: noise to users. Errors are exceptions, not notifications.
                notifications_min_severity=NotificationMinimumSeverity.OFF,
            )
        try:
            await self._ensure_schema()
        except StoreUnavailable as exc:
            # Start anyway: /readyz reports not ready and the schema is made on recovery.
            log.warning("Neo4j at %s is not reachable yet: %s", self.uri, exc.message)

    async def close(self) -> None:
        if self._driver is not None:
            await self._driver.close()
            self._driver = None

    async def _ensure_schema(self) -> None:
        if self._schema_ready:
            return

        # Unbounded (no transaction timeout): setting up the schema is not a request, and
        # waiting for a large index to fill may take long.
        found = await self._guard(self._session_read(partial(_rows, query=FULLTEXT_FIELDS)))
        if fulltext_is_stale(found):
            work = partial(_run_statement, statement=DROP_FULLTEXT)
            await self._guard(self._session_write(work, bounded=False))
        for statement in schema_statements():
            work = partial(_run_statement, statement=statement)
            await self._guard(self._session_write(work, bounded=False))
        # A new full-text index over existing data fills in the background: wait for it,
        # so that search is complete from the first request.
        work = partial(_run_statement, statement=AWAIT_INDEXES)
        await self._guard(self._session_read(work, bounded=False))
        # With the schema, before any request: the data brought to this code's version.
        if self.upgrade_on_open:
            self.last_upgrade = await self._guard(upgrades.upgrade_neo4j(self.session))
        else:
            await self._guard(upgrades.check_neo4j_version(self.session))
        self._schema_ready = True

    async def upgrade(self, *, dry_run: bool = False) -> UpgradeReport:
        """Run the upgrades the database lacks (see :mod:`graph_api.store.upgrades`)."""
        await self._ensure_schema()
        return await self._guard(upgrades.upgrade_neo4j(self.session, dry_run=dry_run))

    def _require_driver(self) -> AsyncDriver:
        if self._driver is None:
            raise RuntimeError("the Neo4j store is not open")
        return self._driver

    def _bounded(self, work: Work[T], bounded: bool) -> Work[T]:
        """``work`` with the transaction timeout, which Neo4j enforces on the server.

        The request's asyncio timeout only stops waiting for an answer; this stops the
        Cypher query itself, so an abandoned query does not keep the database busy.
        """
        seconds = transaction_seconds(self._transaction_timeout) if bounded else None
        if seconds is None:
            return work
        return unit_of_work(timeout=seconds)(work)

    def session(self, access_mode: str) -> AsyncSession:
        """A session on the store's database, in the store's causal chain; its ``run`` and
        ``begin_transaction`` take ``access_mode`` (``sessions.READ`` or ``WRITE``)."""
        return sessions.open_session(
            self._require_driver(), self.database, access_mode, self.bookmarks
        )

    async def _session_write(self, work: Work[T], *, bounded: bool = True) -> T:
        async with self.session(sessions.WRITE) as session:
            return await session.execute_write(self._bounded(work, bounded))

    async def _session_read(self, work: Work[T], *, bounded: bool = True) -> T:
        async with self.session(sessions.READ) as session:
            return await session.execute_read(self._bounded(work, bounded))

    async def _guard(self, call: Awaitable[T]) -> T:
        """Await ``call`` with driver failures turned into the API's errors."""
        try:
            return await call
        except ConstraintError as exc:
            raise Conflict(f"a concurrent write took the same key: {exc.message}") from exc
        except Neo4jError as exc:
            if sessions.is_write_in_read(exc):
                raise sessions.WriteInReadTransaction(self.uri, exc) from exc
            # Not retried by the driver (a client error): the query is too slow to retry.
            if "TransactionTimedOut" in (exc.code or ""):
                seconds = transaction_seconds(self._transaction_timeout) or 0.0
                raise Timeout(
                    "Neo4j stopped the transaction: it ran longer than the transaction "
                    f"timeout of {seconds:g} s.",
                    seconds=seconds,
                ) from exc
            if isinstance(exc, TransientError):
                raise StoreUnavailable(f"Neo4j at {self.uri} is unavailable: {exc}") from exc
            raise
        except (ServiceUnavailable, SessionExpired, DriverError, OSError) as exc:
            raise StoreUnavailable(f"Neo4j at {self.uri} is unavailable: {exc}") from exc

    async def _read(self, work: Work[T]) -> T:
        await self._ensure_schema()
        return await self._guard(self._session_read(work))

    async def run_read(self, query: str, **params: Any) -> list[dict[str, Any]]:
        """Run one read query in a managed transaction; its rows as dicts.

        The one way reads reach Neo4j; ``query_count`` counts the calls (round trips).
        """

        async def work(tx: AsyncManagedTransaction) -> list[dict[str, Any]]:
            result = await tx.run(query, **params)
            # Not ``result.data()``: it walks every nested value looking for graph
            # objects to convert, and the reads return only maps, lists and scalars.
            return [
                dict(zip(record.keys(), record.values(), strict=True)) async for record in result
            ]

        self.query_count += 1
        return await self._read(work)

    async def ping(self) -> None:
        await self._guard(self._require_driver().verify_connectivity())
        await self._ensure_schema()

    async def get_nodes(self, kind: str, keys: Sequence[str]) -> dict[str, NodeRecord]:
        (row,) = await self.run_read(cypher.get_nodes(kind), keys=list(keys))
        records = [to_record(kind, props) for props in row["nodes"]]
        return {r.key: r for r in records}

    async def kinds_with_keys(self, keys: Sequence[str]) -> dict[str, list[str]]:
        rows = await self.run_read(cypher.kinds_with_keys(), keys=list(keys))
        found = {(row["kind"], row["key"]) for row in rows}
        return {key: [kind for kind in NODE_KINDS if (kind, key) in found] for key in keys}

    async def list_nodes(self, kind: str, query: ListQuery) -> Page:
        text, params = listing.list_query(kind, query)
        (row,) = await self.run_read(text, **params)
        records = [to_record(kind, props) for props in row["page"]]
        page, has_next, has_previous = listing.cut_page(records, row, query.window)
        return Page(page, int(row["total"]), has_next, has_previous)

    async def read(self, plan: ReadPlan) -> ReadPage:
        text, params = read_plan.plan_query(plan)
        return read_plan.plan_answer(plan, await self.run_read(text, **params))

    async def read_all(self, plans: Sequence[ReadPlan]) -> list[ReadPage]:
        if not plans:
            return []
        text, params = read_plan.plans_query(plans)
        return read_plan.plans_answers(plans, await self.run_read(text, **params))

    async def neighbours(
        self,
        field: RelationshipField,
        keys: Sequence[str],
        *,
        where: Filter | None = None,
        order: Sequence[SortKey] = (),
    ) -> dict[str, list[NodeRecord]]:
        kind = field.other_kind
        order = order or default_order(kind, positional=True)
        text, params = listing.neighbours_query(cypher.neighbour_pattern(field), kind, where, order)
        found: dict[str, list[NodeRecord]] = {key: [] for key in keys}
        for row in await self.run_read(text, keys=list(keys), **params):
            found[row["owner"]] = [to_record(kind, props) for props in row["nodes"]]
        return found

    async def linked_keys(
        self, field: RelationshipField, keys: Sequence[str]
    ) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {key: [] for key in keys}
        for row in await self.run_read(cypher.linked_keys(field), keys=list(keys)):
            found[row["owner"]] = sorted(row["others"])
        return found

    async def link_identifiers(
        self, field: RelationshipField, keys: Sequence[str]
    ) -> dict[str, dict[str, str]]:
        found: dict[str, dict[str, str]] = {key: {} for key in keys}
        for row in await self.run_read(cypher.link_identifiers(field), keys=list(keys)):
            found[row["owner"]][row["other"]] = row["identifier"]
        return found

    async def write(self, ops: Sequence[WriteOp], *, actor: str = SYSTEM) -> WriteResult:
        await self._ensure_schema()
        now = datetime.now(UTC)

        async def work(tx: AsyncManagedTransaction) -> WriteResult:
            result = await BatchWriter(tx, now, actor).apply(ops)
            # The log entries commit (or roll back) with the write they describe.
            result.logged = await change_log.append(tx, change_events(result, now), actor)
            return result

        return await self._guard(self._session_write(work))

    async def bulk_create(
        self,
        plan: BulkPlan,
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        actor: str = SYSTEM,
        progress: Progress | None = None,
        started: Started | None = None,
    ) -> int:
        """Check that every node of ``plan`` is new, or left over by an interrupted
        earlier load of it (:mod:`~graph_api.store.neo4j.bulk_leftovers`), then write it
        in one transaction sent in batches (:mod:`graph_api.store.neo4j.bulk`), deleting
        those leftovers first; returns how many they were."""
        check_batch_size(batch_size)
        leftovers = await bulk_leftovers.check_new_but_leftovers(self, plan)
        if started:
            started()
        await bulk.bulk_create(
            self,
            plan,
            batch_size=batch_size,
            actor=actor,
            progress=progress,
            leftovers=leftovers,
        )
        return leftovers.count if leftovers else 0

    async def change_log(self, query: ChangeLogQuery) -> list[ChangeLogEntry]:
        rows = await self.run_read(change_log.READ, **change_log.read_parameters(query))
        return [change_log.to_entry(row["entry"]) for row in rows]

    async def last_change_seq(self) -> int:
        rows = await self.run_read(change_log.LAST_SEQ)
        return int(rows[0]["last"]) if rows else 0

    async def count_nodes(self) -> dict[str, int]:
        async def work(tx: AsyncManagedTransaction) -> dict[str, int]:
            result = await tx.run(
                "MATCH (n) WITH labels(n) AS kinds UNWIND kinds AS kind RETURN kind, count(*) AS n"
            )
            return {row["kind"]: row["n"] async for row in result if row["kind"] in NODE_KINDS}

        return await self._read(work)

    async def traverse(self, traversal: StoreTraversal[QueryT, AnswerT], query: QueryT) -> AnswerT:
        return await traversal.cypher(self.run_read, query)


AWAIT_INDEXES = "CALL db.awaitIndexes(300)"


async def _run_statement(tx: AsyncManagedTransaction, statement: str) -> None:
    await tx.run(statement)


async def _rows(tx: AsyncManagedTransaction, query: str) -> list[dict[str, Any]]:
    return [record.data() async for record in await tx.run(query)]
