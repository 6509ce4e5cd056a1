"""Every read of the Neo4j store runs in a READ transaction and every write in a WRITE one,
all in the store's one causal chain: what lets a cluster spread the reads over its
members while each read still sees the writes before it (docs/deploy.md).

Two halves. Neo4j itself enforces the mode: a write sent down the read path is refused by
the server (one server refuses it as a cluster's followers would), which proves the READ
mode reaches it. And a recording wrapper around the store's driver shows which mode each
transaction of each GraphQL operation asked for: the documented queries (every traversal,
listings, lookups, exports) only READ; the documented mutations WRITE where they write.
"""

import re
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import pytest
from neo4j import GraphDatabase

from graph_api.store.base import UpsertNode
from graph_api.store.neo4j import Neo4jStore
from graph_api.store.neo4j.sessions import READ, WRITE, WriteInReadTransaction
from tests.api.traversals.graph_docs import doc_examples
from tests.conftest import (
    NEO4J_TEST_DATABASE,
    NEO4J_TEST_PASSWORD,
    NEO4J_TEST_URI,
    NEO4J_TEST_USER,
    ROOT,
    _neo4j_auth,
    app_client,
    neo4j_store,
)
from tests.docs.api_examples import examples, run


@dataclass(frozen=True)
class Transaction:
    how: str
    """The session method that ran it: execute_read, execute_write, run, begin_transaction."""
    mode: str
    """The access mode the driver sends for it."""
    chained: bool
    """Whether its session shares the store's bookmark manager."""


class _RecordingSession:
    def __init__(self, session: Any, config: dict[str, Any], log: "_RecordingDriver") -> None:
        self._session = session
        self._default = config.get("default_access_mode", WRITE)
        self._chained = config.get("bookmark_manager") is log.bookmarks
        self._log = log

    async def __aenter__(self) -> "_RecordingSession":
        await self._session.__aenter__()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._session.__aexit__(*exc)

    def _record(self, how: str, mode: str) -> None:
        self._log.transactions.append(Transaction(how, mode, self._chained))

    async def execute_read(self, work: Callable[..., Awaitable[Any]], *args: Any) -> Any:
        self._record("execute_read", READ)
        return await self._session.execute_read(work, *args)

    async def execute_write(self, work: Callable[..., Awaitable[Any]], *args: Any) -> Any:
        self._record("execute_write", WRITE)
        return await self._session.execute_write(work, *args)

    async def run(self, *args: Any, **kwargs: Any) -> Any:
        self._record("run", self._default)
        return await self._session.run(*args, **kwargs)

    async def begin_transaction(self, *args: Any, **kwargs: Any) -> Any:
        self._record("begin_transaction", self._default)
        return await self._session.begin_transaction(*args, **kwargs)


class _RecordingDriver:
    """The store's driver, recording each transaction its sessions run."""

    def __init__(self, driver: Any, bookmarks: Any) -> None:
        self._driver = driver
        self.bookmarks = bookmarks
        self.transactions: list[Transaction] = []

    def session(self, **config: Any) -> _RecordingSession:
        return _RecordingSession(self._driver.session(**config), config, self)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._driver, name)

    def taken(self) -> list[Transaction]:
        """What was recorded since the last call."""
        found, self.transactions = self.transactions, []
        return found


async def _recording() -> AsyncIterator[tuple[Neo4jStore, _RecordingDriver]]:
    store = neo4j_store()
    assert isinstance(store, Neo4jStore)
    await store.open()
    recorder = _RecordingDriver(store._driver, store.bookmarks)
    store._driver = recorder  # type: ignore[assignment]
    try:
        yield store, recorder
    finally:
        store._driver = recorder._driver
        await store.close()


@pytest.fixture
async def recorded(clean_neo4j: None) -> AsyncIterator[tuple[Neo4jStore, _RecordingDriver]]:
    """An open Neo4j store, its driver recording."""
    async for opened in _recording():
        yield opened


@pytest.fixture
async def recorded_demo(neo4j_demo: None) -> AsyncIterator[tuple[Neo4jStore, _RecordingDriver]]:
    """An open Neo4j store on the demo model, its driver recording."""
    async for opened in _recording():
        yield opened


def _probes() -> int:
    with GraphDatabase.driver(NEO4J_TEST_URI, auth=_neo4j_auth()) as driver:
        records, _, _ = driver.execute_query(
            "MATCH (n:AccessModeProbe) RETURN count(n) AS n", database_=NEO4J_TEST_DATABASE
        )
        return int(records[0]["n"])


async def test_neo4j_refuses_a_write_sent_down_the_read_path(
    recorded: tuple[Neo4jStore, _RecordingDriver],
) -> None:
    store, recorder = recorded
    with pytest.raises(WriteInReadTransaction) as refused:
        await store.run_read("CREATE (n:AccessModeProbe) RETURN n.key AS key")
    message = str(refused.value)
    assert message.startswith(f"a read of the Neo4j store at {NEO4J_TEST_URI} tried to write")
    assert "Writing in read access mode not allowed" in message
    assert "reads run in READ transactions" in message
    assert _probes() == 0
    # The driver sent it as a READ transaction; the same query as a write would pass.
    assert recorder.taken() == [Transaction("execute_read", READ, chained=True)]
    assert await store.run_read("MATCH (n:AccessModeProbe) RETURN count(n) AS n") == [{"n": 0}]


async def test_the_store_reads_and_writes_through_a_routing_uri(clean_neo4j: None) -> None:
    """neo4j://, what a cluster needs: the driver asks the server for its routing table,
    then sends each transaction where its mode goes (one server routes both to itself)."""
    routing = re.sub(r"^bolt(\+s|\+ssc)?://", r"neo4j\1://", NEO4J_TEST_URI)
    assert routing.startswith("neo4j"), NEO4J_TEST_URI
    store = Neo4jStore(routing, NEO4J_TEST_USER, NEO4J_TEST_PASSWORD, NEO4J_TEST_DATABASE)
    await store.open()
    try:
        await store.write([UpsertNode("Persona", "routed", {"name": "Routed"})])
        found = await store.get_nodes("Persona", ["routed"])
        assert found["routed"].props["name"] == "Routed"
        with pytest.raises(WriteInReadTransaction):
            await store.run_read("CREATE (n:AccessModeProbe) RETURN n.key AS key")
    finally:
        await store.close()
    assert _probes() == 0


def _graph_examples() -> list[str]:
    """The query of every example in docs/queries: each traversal, as documented."""
    docs = sorted((ROOT / "docs" / "queries").glob("*.md"))
    return [query for doc in docs for query, _ in doc_examples(doc.name)]


QUERIES = {
    "listing": "{ steps(first: 5) { totalCount nodes { key painPoints { key } } } }",
    "lookup": '{ persona(key: "remote-worker") { name jobs { key } } }',
    "node": '{ node(id: "UGVyc29uYTpyZW1vdGUtd29ya2Vy") { id } }',
    "export": "{ exportModel(format: JSON) }",
    "archimate export": "{ exportArchimate }",
}


async def test_every_read_runs_in_a_read_transaction(
    recorded_demo: tuple[Neo4jStore, _RecordingDriver],
) -> None:
    store, recorder = recorded_demo
    queries = {f"docs/queries #{i}": q for i, q in enumerate(_graph_examples())} | QUERIES
    assert len(queries) > 20
    async with app_client(store) as client:
        recorder.taken()  # the app's start
        for name, query in queries.items():
            response = await client.post("/graphql", json={"query": query})
            answer = response.json()
            assert "errors" not in answer, (name, answer)
            transactions = recorder.taken()
            assert transactions, name
            assert set(transactions) == {Transaction("execute_read", READ, chained=True)}, name


async def test_writes_run_in_write_transactions_and_reads_in_read_ones(
    recorded_demo: tuple[Neo4jStore, _RecordingDriver],
) -> None:
    """The documented operations of docs/api.md, in order: the queries only read, each
    mutation that changes the graph writes in a WRITE transaction, and the answers that
    follow read what it wrote."""
    store, recorder = recorded_demo
    writes = 0
    async with app_client(store) as client:
        recorder.taken()
        for example in examples():
            answer = await run(client, example)
            transactions = recorder.taken()
            assert all(t.chained for t in transactions), example.name
            written = [t for t in transactions if t.mode == WRITE]
            assert all(t.how in ("execute_write", "begin_transaction") for t in written)
            reads = [t for t in transactions if t.mode == READ]
            assert all(t.how == "execute_read" for t in reads), example.name
            if example.query.lstrip().startswith("mutation") and "errors" not in answer:
                assert written, f"{example.name} changed the graph without a WRITE transaction"
                writes += 1
            elif not example.query.lstrip().startswith("mutation"):
                assert not written, f"the query {example.name} wrote"
    assert writes >= 4
    # The write's bookmarks are the chain's: the next transaction starts from them.
    assert await store.bookmarks.get_bookmarks()
