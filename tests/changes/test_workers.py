"""``graph-api serve --workers``: the ``changes`` subscription across worker processes.

A real ``graph-api serve --store neo4j --workers 2``: one WebSocket subscriber, on
whichever worker accepted it, and mutations over fresh HTTP connections until both
workers have made some (each log line names its process). Every change reaches the
subscriber once, in seq order, whichever worker made it; a subscriber that reconnects
with the last seq it got gets exactly what it missed. The embedded store, which keeps
the graph in one process's memory, refuses more than one worker.
"""

import asyncio
import json
import re
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import websockets
from typer.testing import CliRunner
from websockets.typing import Subprotocol

from graph_api.cli.app import app as cli
from graph_api.cli.serve import worker_count
from graph_api.config import Settings, get_settings
from tests.auth_headers import SERVER_ENV, admin_headers
from tests.conftest import NEO4J_TEST_DATABASE, NEO4J_TEST_URI
from tests.served_process import READY, Served, served_process

TIMEOUT = 20.0
START_TIMEOUT = 180.0
"""Three processes import the package and start: slow on a busy machine."""
MOST_MUTATIONS = 60
"""Fresh connections tried before giving up on the second worker ever taking one."""
ACCESS = re.compile(r"\[(\d+)\] [\d.]+:\d+ - \"POST /graphql HTTP/1.1\" 200")
SUBSCRIPTION = "subscription($after: Int) { changes(after: $after) { seq kind key } }"
CREATE = "mutation($key: String!) { createPersona(key: $key, input: {name: $key}) { key } }"


# -- the embedded store serves from one process ------------------------------------------


@pytest.fixture
def fresh_settings() -> Iterator[None]:
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.mark.usefixtures("fresh_settings")
def test_the_embedded_store_refuses_several_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GRAPH_API_SQLITE_PATH", str(tmp_path / "graph.db"))
    refused = CliRunner().invoke(cli, ["serve", "--store", "embedded", "--workers", "2"])
    assert refused.exit_code == 2, refused.output
    said = " ".join(refused.output.replace("│", " ").split())
    assert "Invalid value for --workers: 2 workers: the embedded store keeps the graph" in said
    assert "use --workers 1, or --store neo4j to serve from several" in said

    monkeypatch.setenv("GRAPH_API_WORKERS", "3")
    get_settings.cache_clear()
    refused = CliRunner().invoke(cli, ["serve", "--store", "embedded"])
    assert refused.exit_code == 2, refused.output
    assert "Invalid value for GRAPH_API_WORKERS: 3 workers" in refused.output
    assert not (tmp_path / "graph.db").exists()  # refused before opening anything


def test_the_number_of_workers_by_default_and_as_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("graph_api.cli.serve.usable_cores", lambda: 6)
    assert worker_count(Settings(store="neo4j"), None) == 6
    assert worker_count(Settings(store="embedded"), None) == 1
    assert worker_count(Settings(store="neo4j", workers=3), None) == 3
    assert worker_count(Settings(store="neo4j", workers=3), 2) == 2
    assert worker_count(Settings(store="embedded", workers=4), 1) == 1


# -- two workers on Neo4j ------------------------------------------------------------------


@pytest.fixture
def two_workers(clean_neo4j: None, tmp_path: Path) -> Iterator[Served]:
    env = {
        **SERVER_ENV,
        "NEO4J_URI": NEO4J_TEST_URI,
        "NEO4J_DATABASE": NEO4J_TEST_DATABASE,
        "GRAPH_API_DEMO_IF_EMPTY": "false",
        "GRAPH_API_ENVIRONMENT": "production",
        "GRAPH_API_CHANGES_POLL_SECONDS": "0.1",
        "GRAPH_API_API_KEYS_PATH": str(tmp_path / "api-keys.db"),
    }
    args = ["--store", "neo4j", "--workers", "2"]
    with served_process(env, tmp_path, START_TIMEOUT, args) as served:
        deadline = time.monotonic() + START_TIMEOUT
        while served.log.read_text().count(READY) < 2:  # each worker says it
            assert time.monotonic() < deadline, served.log.read_text()
            time.sleep(0.1)
        yield served


class Subscription:
    """One graphql-transport-ws connection with one ``changes`` operation."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws

    async def next(self, within: float = TIMEOUT) -> dict[str, Any]:
        message = json.loads(await asyncio.wait_for(self.ws.recv(), timeout=within))
        assert message["type"] == "next" and "errors" not in message["payload"], message
        change: dict[str, Any] = message["payload"]["data"]["changes"]
        return change

    async def nothing_more(self) -> None:
        """No message within a few polls of every worker."""
        with pytest.raises(TimeoutError):
            await self.next(within=1.0)


@asynccontextmanager
async def subscribed(served: Served, after: int | None = None) -> AsyncIterator[Subscription]:
    url = served.base.replace("http://", "ws://") + "/graphql"
    async with websockets.connect(
        url, subprotocols=[Subprotocol("graphql-transport-ws")], open_timeout=TIMEOUT
    ) as ws:
        await ws.send(json.dumps({"type": "connection_init", "payload": admin_headers()}))
        ack = json.loads(await asyncio.wait_for(ws.recv(), timeout=TIMEOUT))
        assert ack["type"] == "connection_ack", ack
        payload = {"query": SUBSCRIPTION, "variables": {"after": after}}
        await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": payload}))
        yield Subscription(ws)


def workers_that_served(served: Served) -> set[str]:
    """The processes whose access log shows a mutation answered."""
    return set(ACCESS.findall(served.log.read_text()))


async def create(served: Served, key: str) -> None:
    """One mutation on a connection of its own (uvicorn's workers share the socket: each
    new connection goes to whichever accepts it)."""
    async with httpx.AsyncClient(
        base_url=served.base, headers=admin_headers(), timeout=TIMEOUT
    ) as client:
        response = await client.post("/graphql", json={"query": CREATE, "variables": {"key": key}})
        assert response.json() == {"data": {"createPersona": {"key": key}}}, response.text


async def test_changes_reach_a_subscriber_from_every_worker_once_in_order_and_resume(
    two_workers: Served,
) -> None:
    served = two_workers
    output = served.log.read_text()
    # The start-up lines once, from the first process, which loaded nothing twice.
    assert output.count("graph-api in production mode") == 1, output
    assert output.count("demo model: not loaded (GRAPH_API_DEMO_IF_EMPTY=false)") == 1, output
    assert "serving from 2 worker processes (--workers, GRAPH_API_WORKERS)" in output
    async with subscribed(served) as subscription:
        await asyncio.sleep(0.5)  # subscribing has no acknowledgement in the protocol
        keys: list[str] = []
        while len(workers_that_served(served)) < 2:
            assert len(keys) < MOST_MUTATIONS, f"one worker took every connection: {served.log}"
            keys.append(f"p{len(keys)}")
            await create(served, keys[-1])
            await asyncio.sleep(0.05)  # the access line is written after the answer
        got = [await subscription.next() for _ in keys]
        assert [(c["kind"], c["key"]) for c in got] == [("CREATED", key) for key in keys]
        first = got[0]["seq"]
        assert [c["seq"] for c in got] == list(range(first, first + len(keys)))
        await subscription.nothing_more()

    # Missed while disconnected, made through whichever workers take the connections.
    missed = ["m0", "m1", "m2"]
    for key in missed:
        await create(served, key)
    last = got[-1]["seq"]
    async with subscribed(served, after=last) as subscription:
        resumed = [await subscription.next() for _ in missed]
        assert [(c["seq"], c["key"]) for c in resumed] == [
            (last + 1 + n, key) for n, key in enumerate(missed)
        ]
        await subscription.nothing_more()
