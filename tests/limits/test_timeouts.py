"""A request that runs too long is stopped with TIMEOUT, and the server keeps serving.

Two bounds: the request's asyncio timeout (both stores) and, on Neo4j, the transaction
timeout the database enforces itself. What is slow has to be slow on any machine: a
request limit of a microsecond, a Neo4j write waiting for a lock another transaction
holds, and a Cypher query of minutes.
"""

import time

import pytest
from neo4j import AsyncGraphDatabase
from pydantic import SecretStr

from graph_api.config import Settings
from graph_api.errors import Timeout
from graph_api.store.base import GraphStore
from graph_api.store.factory import create_store
from graph_api.store.neo4j import Neo4jStore
from tests.conftest import (
    NEO4J_TEST_DATABASE,
    NEO4J_TEST_PASSWORD,
    NEO4J_TEST_URI,
    NEO4J_TEST_USER,
    app_client,
)
from tests.graphql_client import gql, gql_data
from tests.limits.helpers import SLOW_IMPACT, KeepOpen, settings

COUNT = "{ journeys { totalCount } }"


async def test_the_request_timeout_stops_execution(demo_store: GraphStore) -> None:
    """Both stores: the execution is cancelled at its first wait past the limit.

    On the embedded store that wait is between resolvers (the DataLoader round trips):
    a traversal in progress runs to its end first, which is why its size is bounded by
    the cost limit, checked before anything runs.
    """
    shared = KeepOpen(demo_store)
    async with app_client(shared, settings(request_timeout_seconds=1e-6)) as client:  # type: ignore[arg-type]
        body = await gql(client, SLOW_IMPACT)
    assert "data" not in body
    (error,) = body["errors"]
    assert error["extensions"] == {"code": "TIMEOUT", "timeoutSeconds": 1e-6}
    assert error["message"].startswith("The request ran for ")
    assert error["message"].endswith(
        "; the limit is 1e-06 s (request_timeout_seconds). It was stopped."
    )
    # The same store answers the next request of an app with the default limits.
    async with app_client(shared) as client:  # type: ignore[arg-type]
        assert (await gql_data(client, COUNT))["journeys"]["totalCount"] == 3


def neo4j_settings(timeout: float) -> Settings:
    """Settings naming the test Neo4j, so that the app builds its store (the factory)."""
    return settings(
        store="neo4j",
        neo4j_uri=NEO4J_TEST_URI,
        neo4j_user=NEO4J_TEST_USER,
        neo4j_password=SecretStr(NEO4J_TEST_PASSWORD),
        neo4j_database=NEO4J_TEST_DATABASE,
        request_timeout_seconds=timeout,
    )


RENAME_CRM = 'mutation { updateSystem(id: "crm", input: {name: "CRM 2"}) { version } }'


async def test_a_neo4j_request_held_up_is_cut_and_the_server_keeps_serving(
    neo4j_demo: None,
) -> None:
    """The store comes from the settings: its transactions get the request's timeout.

    Another transaction holds the write lock of the ``crm`` system, so a mutation of it
    waits however fast the machine is. At 0.5 s the client has TIMEOUT, Neo4j ends the
    waiting transaction itself (the lock holder is not disturbed, and the next queries
    are not slowed by it) and the app answers on.
    """
    auth = (NEO4J_TEST_USER, NEO4J_TEST_PASSWORD) if NEO4J_TEST_PASSWORD else None
    async with (
        AsyncGraphDatabase.driver(NEO4J_TEST_URI, auth=auth) as driver,
        driver.session(database=NEO4J_TEST_DATABASE) as session,
    ):
        holder = await session.begin_transaction()
        await holder.run("MATCH (s:System {key: 'crm'}) SET s.lockedBy = 'test'")
        try:
            async with app_client(None, neo4j_settings(0.5)) as client:
                started = time.monotonic()
                body = await gql(client, RENAME_CRM)
                elapsed = time.monotonic() - started
                assert [e["extensions"]["code"] for e in body["errors"]] == ["TIMEOUT"]
                assert elapsed < 3, f"the waiting write was not cut: {elapsed:.1f} s"
                for _ in range(3):
                    assert (await gql_data(client, COUNT))["journeys"]["totalCount"] == 3
        finally:
            await holder.rollback()
        # Nothing of the cut write was kept; with the lock free it goes through.
        async with app_client(None, neo4j_settings(5)) as client:
            crm = await gql_data(client, '{ system(key: "crm") { name version } }')
            assert crm["system"]["version"] == 1
            assert (await gql_data(client, RENAME_CRM))["updateSystem"] == {"version": 2}


LONG_CYPHER = "UNWIND range(1, 1000000000) AS x RETURN sum(x % 7) AS total"
"""Minutes of work for Neo4j, whatever the data: the transaction timeout must cut it.

Neo4j checks transaction timeouts every couple of seconds (its transaction monitor), so
the query must run well past that; a traversal on the demo model may finish first on a
fast machine.
"""


async def test_neo4j_stops_a_transaction_over_its_timeout(clean_neo4j: None) -> None:
    """The database's own bound on a transaction, mapped to TIMEOUT by the store."""
    store = Neo4jStore(
        NEO4J_TEST_URI,
        NEO4J_TEST_USER,
        NEO4J_TEST_PASSWORD,
        NEO4J_TEST_DATABASE,
        transaction_timeout=0.5,
    )
    await store.open()
    try:
        started = time.monotonic()
        with pytest.raises(Timeout) as info:
            await store.run_read(LONG_CYPHER)
        elapsed = time.monotonic() - started
    finally:
        await store.close()
    assert info.value.code == "TIMEOUT"
    assert info.value.message == (
        "Neo4j stopped the transaction: it ran longer than the transaction timeout of 0.5 s."
    )
    assert elapsed < 10, f"Neo4j did not stop the transaction: {elapsed:.1f} s"


def test_the_factory_gives_neo4j_the_request_timeout() -> None:
    store = create_store(neo4j_settings(2.5))
    assert isinstance(store, Neo4jStore)
    assert store._transaction_timeout == 2.5
