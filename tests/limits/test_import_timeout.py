"""Imports run under their own, longer timeout: the request timeout would cut any large one.

``importModel`` and ``importArchimate`` write whole models; the request timeout
(``request_timeout_seconds``, 10 s by default) is for questions. An import's operation is
bounded by ``import_timeout_seconds`` instead, and so are its Neo4j transactions, which
the store otherwise stops at the request timeout. What is slow has to be slow on any
machine: on Neo4j an import that must wait for a lock another transaction holds; on the
embedded store an import of 20,000 systems against a request timeout of 0.2 s (reading
the document alone takes longer), which parsing and validating a small query meet.
"""

import asyncio
import time

from neo4j import AsyncGraphDatabase
from pydantic import SecretStr

from graph_api.store.embedded import EmbeddedStore
from graph_api.store.time_budget import transaction_seconds, transactions_may_run
from tests.conftest import (
    NEO4J_TEST_DATABASE,
    NEO4J_TEST_PASSWORD,
    NEO4J_TEST_URI,
    NEO4J_TEST_USER,
    app_client,
)
from tests.graphql_client import gql
from tests.limits.helpers import settings

LARGE = 20_000
IMPORT = "mutation($doc: String!) { importModel(document: $doc) { created updated } }"
RENAME_CRM = "format: graph-api/v1\nsystems:\n  - {key: crm, name: CRM renamed by an import}\n"


def _systems(count: int) -> str:
    rows = "".join(f"  - {{key: sys-{i}, name: System {i}}}\n" for i in range(count))
    return f"format: graph-api/v1\nsystems:\n{rows}"


def _neo4j(request_seconds: float, import_seconds: float) -> object:
    return settings(
        store="neo4j",
        neo4j_uri=NEO4J_TEST_URI,
        neo4j_user=NEO4J_TEST_USER,
        neo4j_password=SecretStr(NEO4J_TEST_PASSWORD),
        neo4j_database=NEO4J_TEST_DATABASE,
        request_timeout_seconds=request_seconds,
        import_timeout_seconds=import_seconds,
    )


def test_the_longer_bound_applies_inside_the_block_only() -> None:
    assert transaction_seconds(10.0) == 10.0
    assert transaction_seconds(None) is None  # an unbounded store stays unbounded
    with transactions_may_run(600.0):
        assert transaction_seconds(10.0) == 600.0
        assert transaction_seconds(None) is None
        with transactions_may_run(1.0):
            assert transaction_seconds(10.0) == 10.0  # never shorter than the store's
    assert transaction_seconds(10.0) == 10.0


async def _rename_crm_while_locked(
    request_seconds: float, import_seconds: float, hold_seconds: float
) -> tuple[dict[str, object], float]:
    """importModel renaming ``crm`` while another transaction holds its lock for
    ``hold_seconds``: the answer, and how long it took."""
    auth = (NEO4J_TEST_USER, NEO4J_TEST_PASSWORD) if NEO4J_TEST_PASSWORD else None
    async with (
        AsyncGraphDatabase.driver(NEO4J_TEST_URI, auth=auth) as driver,
        driver.session(database=NEO4J_TEST_DATABASE) as session,
    ):
        holder = await session.begin_transaction()
        await holder.run("MATCH (s:System {key: 'crm'}) SET s.lockedBy = 'test'")

        async def release() -> None:
            await asyncio.sleep(hold_seconds)
            await holder.rollback()

        releasing = asyncio.create_task(release())
        try:
            async with app_client(None, _neo4j(request_seconds, import_seconds)) as client:  # type: ignore[arg-type]
                started = time.monotonic()
                body = await gql(client, IMPORT, doc=RENAME_CRM)
                return body, time.monotonic() - started
        finally:
            await releasing


async def test_a_neo4j_import_may_wait_past_the_request_timeout(neo4j_demo: None) -> None:
    body, elapsed = await _rename_crm_while_locked(0.5, 60.0, hold_seconds=2.0)
    assert body.get("errors") is None, body
    assert body["data"] == {"importModel": {"created": 0, "updated": 1}}
    assert elapsed >= 1.5  # it waited for the lock, well past the request timeout


async def test_a_neo4j_import_is_cut_at_the_import_timeout(neo4j_demo: None) -> None:
    body, elapsed = await _rename_crm_while_locked(0.5, 1.0, hold_seconds=6.0)
    errors = body["errors"]
    assert isinstance(errors, list)
    assert [e["extensions"]["code"] for e in errors] == ["TIMEOUT"]
    assert elapsed < 6, f"the waiting import was not cut: {elapsed:.1f} s"


async def test_an_embedded_import_is_bounded_by_the_import_timeout() -> None:
    store = EmbeddedStore()
    generous = settings(request_timeout_seconds=0.2, import_timeout_seconds=60.0)
    async with app_client(store, generous) as client:
        body = await gql(client, IMPORT, doc=_systems(LARGE))
        assert body.get("errors") is None, body
        assert body["data"] == {"importModel": {"created": LARGE, "updated": 0}}
        asked = await gql(client, "{ systems { totalCount } }")
        assert asked["data"] == {"systems": {"totalCount": LARGE}}


async def test_an_embedded_import_past_its_timeout_leaves_a_settled_store() -> None:
    store = EmbeddedStore()
    tight = settings(request_timeout_seconds=0.2, import_timeout_seconds=0.2)
    async with app_client(store, tight) as client:
        body = await gql(client, IMPORT, doc=_systems(LARGE))
        (error,) = body["errors"]
        assert error["extensions"]["code"] == "TIMEOUT"
        assert "(import_timeout_seconds)" in error["message"]
    # Whatever the cut import did, it did whole: the next write finds the store settled.
    async with app_client(store, settings()) as client:
        again = await gql(client, IMPORT, doc=_systems(LARGE))
        assert again.get("errors") is None, again
        counted = await gql(client, "{ systems { totalCount } }")
        assert counted["data"] == {"systems": {"totalCount": LARGE}}
