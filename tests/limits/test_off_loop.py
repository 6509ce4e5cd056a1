"""Parsing and validation run off the event loop, under the request timeout.

While one request's document is parsed or validated in a worker thread, other callers
are served; past ``request_timeout_seconds`` the request is answered TIMEOUT, whether
it was parsing, validating or executing. Slowness is made two ways: a parse or a check
that sleeps (slow on any machine), and real validation work let through by raising the
shape limits (what the limits exist to refuse).
"""

import asyncio
import inspect
import statistics
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Iterator
from typing import Any

import httpx
import pytest
from graphql import DocumentNode

from graph_api.api import document_cache
from graph_api.cli.serve import SWITCH_INTERVAL_SECONDS
from graph_api.store.base import GraphStore
from tests.conftest import app_client
from tests.graphql_client import gql, gql_data
from tests.limits.helpers import KeepOpen, settings

SMALL = "{ journeys { totalCount } }"
SLOW = "{ slow: journeys { totalCount } }"
"""A text the patched parse or check below sleeps on."""
REPEATED = "{ " + " ".join(["personas { totalCount }"] * 1000) + " }"
"""Seconds of validation when the shape limits let it through."""
UNLIMITED_SHAPE = {"max_selections": 1_000_000, "max_repeated_fields": 1_000_000}


def sleeping_parse(monkeypatch: pytest.MonkeyPatch, seconds: float, text: str = SLOW) -> None:
    """Parsing ``text`` (in the worker thread) sleeps ``seconds`` first."""
    real = document_cache.parse

    def parse(source: str, **options: Any) -> DocumentNode:
        if source == text:
            time.sleep(seconds)
        return real(source, **options)

    monkeypatch.setattr(document_cache, "parse", parse)


def sleeping_check(monkeypatch: pytest.MonkeyPatch, seconds: float, text: str = SLOW) -> None:
    """Validating ``text`` (in the worker thread) sleeps ``seconds`` first."""
    real = document_cache._check_new

    def check(schema: Any, document: DocumentNode, *rest: Any) -> Any:
        if document.loc is not None and document.loc.source.body == text:
            time.sleep(seconds)
        return real(schema, document, *rest)

    monkeypatch.setattr(document_cache, "_check_new", check)


class Delayed(KeepOpen):
    """Once armed, the next awaited store call waits ``seconds`` first: an execution slow
    on any machine, whatever number of calls each store makes."""

    def __init__(self, store: GraphStore, seconds: float) -> None:
        super().__init__(store)
        self.seconds = seconds
        self.armed = False

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._store, name)
        if not inspect.iscoroutinefunction(attribute):
            return attribute

        async def delayed(*args: Any, **kwargs: Any) -> Any:
            if self.armed:
                self.armed = False
                await asyncio.sleep(self.seconds)
            return await attribute(*args, **kwargs)

        return delayed


async def latencies_meanwhile(
    client: httpx.AsyncClient, slow: Awaitable[dict[str, Any]]
) -> tuple[dict[str, Any], list[float]]:
    """The slow request's answer, and the latency of each small one sent while it ran."""
    await gql_data(client, SMALL)  # parsed and validated once: the rest hit the caches
    task = asyncio.ensure_future(slow)
    latencies: list[float] = []
    await asyncio.sleep(0.05)
    while not task.done():
        started = time.monotonic()
        assert (await gql_data(client, SMALL))["journeys"]["totalCount"] == 3
        latencies.append(time.monotonic() - started)
        await asyncio.sleep(0.02)
    return await task, latencies


@pytest.mark.parametrize("step", ["parse", "validation"])
async def test_a_slow_parse_or_validation_does_not_hold_others(
    demo_client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    (sleeping_parse if step == "parse" else sleeping_check)(monkeypatch, 1.5)
    started = time.monotonic()
    body, latencies = await latencies_meanwhile(demo_client, gql(demo_client, SLOW))
    assert body == {"data": {"slow": {"totalCount": 3}}}
    assert time.monotonic() - started >= 1.5
    assert len(latencies) >= 10, latencies  # each a few milliseconds
    assert max(latencies) < 0.5, latencies


@pytest.fixture
async def settled_workers() -> AsyncIterator[None]:
    """Waits, after the test, until the worker threads are idle again.

    A thread cannot be stopped: real validation let through (seconds of it) goes on after
    its request was answered, sharing the interpreter lock with every later test's event
    loop, which it slows many times over (a fixture's demo load on Neo4j took 13 s
    instead of 1). One job per worker, queued behind what is left, returns when all of it
    is done.
    """
    yield
    loop = asyncio.get_running_loop()
    idle = [
        loop.run_in_executor(document_cache._PREPARING, time.sleep, 0)
        for _ in range(document_cache.WORKERS)
    ]
    await asyncio.gather(*idle)


@pytest.fixture
def served_switch_interval() -> Iterator[None]:
    """The interpreter's switch interval as ``graph-api serve`` sets it for the server."""
    default = sys.getswitchinterval()
    sys.setswitchinterval(SWITCH_INTERVAL_SECONDS)
    yield
    sys.setswitchinterval(default)


@pytest.mark.usefixtures("settled_workers", "served_switch_interval")
async def test_real_validation_work_does_not_hold_others(demo_store: GraphStore) -> None:
    """What slips through the shape limits is validated in a thread: others are served
    meanwhile (sharing the interpreter with it, so more slowly than alone)."""
    async with app_client(demo_store, settings(**UNLIMITED_SHAPE)) as client:
        started = time.monotonic()
        slow = asyncio.gather(*(gql(client, REPEATED + f" #{n}") for n in range(2)))
        answers, latencies = await latencies_meanwhile(client, slow)
        slow_seconds = time.monotonic() - started
    assert all(a["errors"][0]["message"] == "Validation aborted." for a in answers)
    # Validated on the loop, they would wait for the slow ones, all of them (a median of
    # about half the slow time). In a thread they share the interpreter lock with it: each
    # of the reader's awaits may wait a switch interval for the lock, which on Neo4j (a
    # round trip per await) adds up to a tenth of the slow time on a 2-core machine; a
    # busy machine can stall any request now and then, not most of them.
    assert len(latencies) >= 5, (slow_seconds, latencies)
    assert statistics.median(latencies) < slow_seconds / 4, (slow_seconds, latencies)


@pytest.mark.parametrize("step", ["parse", "validation"])
async def test_the_request_timeout_covers_parse_and_validation(
    demo_store: GraphStore, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    (sleeping_parse if step == "parse" else sleeping_check)(monkeypatch, 1.0)
    shared = KeepOpen(demo_store)
    async with app_client(shared, settings(request_timeout_seconds=0.3)) as client:  # type: ignore[arg-type]
        started = time.monotonic()
        body = await gql(client, SLOW)
        answered = time.monotonic() - started
        assert (await gql_data(client, SMALL))["journeys"]["totalCount"] == 3
    assert answered < 0.9  # answered at the deadline, not when the thread was done
    assert "data" not in body
    (error,) = body["errors"]
    assert error["extensions"] == {"code": "TIMEOUT", "timeoutSeconds": 0.3}
    assert error["message"].startswith("The request ran for 0.3")
    assert error["message"].endswith(
        "; the limit is 0.3 s (request_timeout_seconds). It was stopped."
    )


@pytest.mark.usefixtures("settled_workers")
async def test_real_validation_work_is_stopped_at_the_timeout(demo_store: GraphStore) -> None:
    lenient = settings(request_timeout_seconds=0.2, **UNLIMITED_SHAPE)
    async with app_client(demo_store, lenient) as client:
        started = time.monotonic()
        body = await gql(client, REPEATED)
        answered = time.monotonic() - started
    (error,) = body["errors"]
    assert error["extensions"]["code"] == "TIMEOUT"
    assert answered < 0.8


async def test_the_timeout_counts_from_the_start_of_the_operation(
    demo_store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Time spent validating is not given again to the execution: the execution alone
    (0.5 s) fits in the limit (1 s), after 0.7 s of validation it does not."""
    sleeping_check(monkeypatch, 0.7)
    delayed = Delayed(demo_store, 0.5)
    async with app_client(delayed, settings(request_timeout_seconds=1.0)) as client:  # type: ignore[arg-type]
        delayed.armed = True
        alone = await gql_data(client, SMALL)
        delayed.armed = True
        body = await gql(client, SLOW)
    assert alone == {"journeys": {"totalCount": 3}}
    (error,) = body["errors"]
    assert error["extensions"] == {"code": "TIMEOUT", "timeoutSeconds": 1.0}
