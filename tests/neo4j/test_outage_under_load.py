"""Neo4j stopped and started again under a concurrent write load.

A real HTTP server (uvicorn, ``tests/live_server.py``) serves the API on Neo4j while four
clients write to it (``createPersona`` and 5-node ``importModel`` documents, see
``tests/embedded/write_load.py``). The test stops the local Neo4j in the middle of the
load, keeps the load going while it is down, starts Neo4j again and keeps going until
writes succeed again: the API recovers by itself, without a restart. It proves:

- no answer is ever a 5xx or an error masked as "Unexpected error.";
- every write sent and answered while Neo4j was down was refused with STORE_UNAVAILABLE
  (and only that); around the outage the only other error is TIMEOUT, for a write that
  waited on the stopping or starting server longer than the request timeout;
- ``/readyz`` answers 503 while Neo4j is down and 200 once it is back;
- every write the API acknowledged is in the database (read with the driver, not the
  API), and no ``importModel`` is there in part: all its nodes and links or none, also
  for the writes that failed or timed out mid-flight.

The store is configured as ``graph-api serve`` configures it (the transaction timeout is
the request timeout), with the short connection and retry timeouts of
``test_outage.py`` so that refusals come within ~3 s.

It stops and starts the local Neo4j that ``scripts/run-tests`` started, through
``scripts/neo4j-local`` with the environment of the test run (``NEO4J_LOCAL_INSTANCE``,
``NEO4J_LOCAL_PORT``; checked to name ``NEO4J_TEST_URI``), so it needs
``NEO4J_TEST_LOCAL_SERVER=1``; under ``CI=true`` it always has it.
"""

import asyncio
import os
import subprocess
from collections import defaultdict
from collections.abc import Iterator

import httpx
import pytest
from neo4j import GraphDatabase

from graph_api.config import Settings
from graph_api.store.neo4j import Neo4jStore
from tests.auth_headers import admin_headers
from tests.conftest import (
    NEO4J_TEST_DATABASE,
    NEO4J_TEST_PASSWORD,
    NEO4J_TEST_URI,
    NEO4J_TEST_USER,
    ROOT,
)
from tests.embedded.write_load import Link, Node, Outcome, Stored, WriteLoad, check_writes
from tests.live_server import live_server

NEO4J_LOCAL = ROOT / "scripts" / "neo4j-local"
# Load with Neo4j up, before the stop: at least this long and this many acknowledged
# writes (counted too, since a busy machine may answer the first write late).
LOAD_BEFORE = 2.0
ACKNOWLEDGED_BEFORE = 8
LOAD_BEFORE_TIMEOUT = 60.0
LOAD_WHILE_DOWN = 6.0  # seconds of load with Neo4j stopped, before starting it again
RECOVERY_TIMEOUT = 40.0  # seconds after the start for writes to succeed again
RECOVERED_WRITES = 4  # acknowledged writes sent after the start that mean "recovered"
ALLOWED_CODES = {"STORE_UNAVAILABLE", "TIMEOUT"}

pytestmark = pytest.mark.neo4j_restart


def _local_server(command: str) -> None:
    subprocess.run([str(NEO4J_LOCAL), command], check=True, timeout=180)


async def _local_server_async(command: str) -> None:
    process = await asyncio.create_subprocess_exec(str(NEO4J_LOCAL), command)
    assert await asyncio.wait_for(process.wait(), timeout=180) == 0, f"neo4j-local {command}"


@pytest.fixture
def local_server(clean_neo4j: None) -> Iterator[None]:
    """The local Neo4j the tests started, checked to be the one NEO4J_TEST_URI names."""
    if os.environ.get("NEO4J_TEST_LOCAL_SERVER") != "1":
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but the tests did not start the local Neo4j (make test)")
        pytest.skip("needs the local Neo4j started by scripts/run-tests")
    uri = subprocess.run(
        [str(NEO4J_LOCAL), "uri"], check=True, capture_output=True, text=True, timeout=30
    ).stdout.strip()
    if uri != NEO4J_TEST_URI:
        pytest.fail(
            f"scripts/neo4j-local would stop {uri}, not the test server {NEO4J_TEST_URI}: "
            "set NEO4J_LOCAL_INSTANCE and NEO4J_LOCAL_PORT as scripts/run-tests does"
        )
    yield
    _local_server("start")  # whatever happened, leave the server running for the others


def _stored(outcomes: list[Outcome]) -> Stored:
    """The nodes and links of the load's writes that are in Neo4j, read with the driver."""
    keys: dict[str, set[str]] = defaultdict(set)
    links_by_type: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for outcome in outcomes:
        for label, key in outcome.write.nodes:
            keys[label].add(key)
        for source_label, source_key, rel_type, target_label, _ in outcome.write.links:
            links_by_type[(source_label, rel_type, target_label)].add(source_key)
    auth = (NEO4J_TEST_USER, NEO4J_TEST_PASSWORD) if NEO4J_TEST_PASSWORD else None
    nodes: set[Node] = set()
    links: set[Link] = set()
    with GraphDatabase.driver(NEO4J_TEST_URI, auth=auth) as driver:
        # Labels and types come from the load's fixed table; keys travel as parameters.
        for label, wanted in keys.items():
            records, _, _ = driver.execute_query(
                f"MATCH (n:{label}) WHERE n.key IN $keys RETURN n.key AS key",
                keys=sorted(wanted),
                database_=NEO4J_TEST_DATABASE,
            )
            nodes.update((label, record["key"]) for record in records)
        for (source, rel_type, target), sources in links_by_type.items():
            records, _, _ = driver.execute_query(
                f"MATCH (a:{source})-[:{rel_type}]->(b:{target}) WHERE a.key IN $keys "
                "RETURN a.key AS source, b.key AS target",
                keys=sorted(sources),
                database_=NEO4J_TEST_DATABASE,
            )
            links.update((source, r["source"], rel_type, target, r["target"]) for r in records)
    return Stored(frozenset(nodes), frozenset(links))


async def test_writes_under_load_survive_an_outage_and_the_api_recovers_alone(
    local_server: None,
) -> None:
    """Stops Neo4j mid-load: STORE_UNAVAILABLE while down, no acknowledged write lost."""
    settings = Settings(demo_if_empty=False)
    store = Neo4jStore(
        NEO4J_TEST_URI,
        user=NEO4J_TEST_USER,
        password=NEO4J_TEST_PASSWORD,
        database=NEO4J_TEST_DATABASE,
        connection_timeout=2.0,
        max_retry_time=2.0,
        transaction_timeout=settings.request_timeout_seconds,
    )
    with live_server(store, settings) as server:
        async with httpx.AsyncClient(
            base_url=server.base_url, headers=admin_headers(), timeout=30.0
        ) as http:
            assert (await http.get("/readyz")).status_code == 200
            load = WriteLoad(server.base_url, admin_headers(), tag="outage")
            load.start()
            try:
                await asyncio.sleep(LOAD_BEFORE)
                while len(load.acknowledged()) < ACKNOWLEDGED_BEFORE:
                    if load.now() > LOAD_BEFORE_TIMEOUT:
                        break  # asserted below, with what the load saw
                    await asyncio.sleep(0.05)
                acknowledged_before = len(load.acknowledged())
                await _local_server_async("stop")
                stopped_at = load.now()

                ready_while_down = []
                while load.now() < stopped_at + LOAD_WHILE_DOWN:
                    ready_while_down.append(await http.get("/readyz"))
                    await asyncio.sleep(0.5)

                starting_at = load.now()
                await _local_server_async("start")
                started_at = load.now()

                deadline = started_at + RECOVERY_TIMEOUT
                while load.now() < deadline:
                    recovered = [o for o in load.acknowledged() if o.sent_at >= started_at]
                    if len(recovered) >= RECOVERED_WRITES:
                        break
                    await asyncio.sleep(0.2)
                ready_after = await http.get("/readyz")
            finally:
                await load.stop()

    print(
        f"\nstop at {stopped_at:.1f} s, start at {starting_at:.1f}-{started_at:.1f} s, "
        f"end at {load.now():.1f} s: {load.summary()}"
    )
    failures = [o.describe() for o in load.outcomes if o.server_failure or o.transport_error]
    assert not failures, "\n".join(failures[:20])
    other_codes = [o.describe() for o in load.outcomes if set(o.codes) - ALLOWED_CODES]
    assert not other_codes, "\n".join(other_codes[:20])

    assert acknowledged_before >= ACKNOWLEDGED_BEFORE, "too few writes succeeded before the outage"
    down = [o for o in load.outcomes if o.sent_at >= stopped_at and o.received_at <= starting_at]
    assert down, "no write was sent while Neo4j was down"
    not_refused = [o.describe() for o in down if o.codes != ["STORE_UNAVAILABLE"]]
    assert not not_refused, "\n".join(not_refused[:20])
    assert ready_while_down
    assert all(r.status_code == 503 for r in ready_while_down), [
        (r.status_code, r.text) for r in ready_while_down
    ]
    assert ready_while_down[0].json()["code"] == "STORE_UNAVAILABLE"
    recovered = [o for o in load.acknowledged() if o.sent_at >= started_at]
    assert len(recovered) >= RECOVERED_WRITES, "writes did not succeed again after the start"
    assert ready_after.status_code == 200, ready_after.text

    problems = check_writes(load.outcomes, _stored(load.outcomes))
    assert not problems, "\n".join(problems[:20])
