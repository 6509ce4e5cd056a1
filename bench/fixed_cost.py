"""What any request to graph-api costs before it reads anything, beside the floor.

Starts ``graph-api serve`` (production mode, the Neo4j at ``NEO4J_URI``, which must hold a
model: ``make bench`` leaves its scale-100 one) and times, in turns so that noise falls
on all alike, as ``make bench`` calls them (httpx over a socket; the floor through the
Python driver):

- the floor's ``lookup`` (one Cypher statement);
- ``GET /healthz``: HTTP and the middleware alone, no store, no GraphQL;
- ``{ __typename }``: a GraphQL request that reads nothing (the token checked, the
  document found in the cache, the cost limit, execution, the answer written);
- graph-api's ``lookup``.

::

    NEO4J_URI=bolt://127.0.0.1:7790 .venv/bin/python -m bench.fixed_cost --calls 300
"""

import argparse
import asyncio
import os
import secrets
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx
from neo4j import AsyncGraphDatabase

from bench.check_equivalence import REPO, _graph_api_command, admin_token, free_port, running
from bench.profile import _operation


async def _timed(calls: dict[str, Callable[[], Awaitable[None]]], rounds: int) -> None:
    for _ in range(30):  # warm-up: connections, Neo4j's query cache, the document cache
        for call in calls.values():
            await call()
    times: dict[str, list[float]] = {name: [] for name in calls}
    for _ in range(rounds):
        for name, call in calls.items():
            started = time.perf_counter()
            await call()
            times[name].append((time.perf_counter() - started) * 1000)
    floor = statistics.median(times["floor lookup"])
    print(f"{'request':<22} {'p50 ms':>8} {'÷ floor':>8}")
    for name, spent in times.items():
        middle = statistics.median(spent)
        print(f"{name:<22} {middle:>8.2f} {middle / floor:>7.2f}x")


async def _measure(url: str, token: str, uri: str, calls: int) -> None:
    lookup = _operation("lookup", uri, None, os.environ.get("NEO4J_DATABASE", "neo4j"))
    headers = {"Authorization": f"Bearer {token}"}
    async with (
        httpx.AsyncClient(trust_env=False) as client,
        AsyncGraphDatabase.driver(uri, notifications_min_severity="OFF") as driver,
    ):

        async def floor() -> None:
            found = await driver.execute_query(lookup.floor, lookup.floor_parameters)
            [dict(record) for record in found.records]

        async def healthz() -> None:
            (await client.get(url.replace("/graphql", "/healthz"))).raise_for_status()

        async def empty() -> None:
            answer = await client.post(url, json={"query": "{ __typename }"}, headers=headers)
            answer.raise_for_status()
            answer.json()

        async def ours() -> None:
            body = {"query": lookup.ours, "variables": lookup.ours_variables}
            answer = await client.post(url, json=body, headers=headers)
            answer.raise_for_status()
            answer.json()

        await _timed(
            {
                "floor lookup": floor,
                "GET /healthz": healthz,
                "{ __typename }": empty,
                "graph-api lookup": ours,
            },
            calls,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="A request's fixed cost (bench/fixed_cost.py).")
    parser.add_argument("--calls", type=int, default=300, help="timed calls of each")
    args = parser.parse_args(argv)
    uri = os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687")
    secret = secrets.token_hex(32)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as work:
        env = {
            **os.environ,
            "GRAPH_API_STORE": "neo4j",
            "GRAPH_API_NEO4J_URI": uri,
            "GRAPH_API_ENVIRONMENT": "production",
            "GRAPH_API_JWT_SECRET": secret,
            "GRAPH_API_DEMO_IF_EMPTY": "false",
            "GRAPH_API_API_KEYS_PATH": str(Path(work) / "api-keys.db"),
            "GRAPH_API_GRAPHIQL": "false",
        }
        command = [*_graph_api_command(), "serve", "--store", "neo4j", "--port", str(port)]
        with running(
            "graph-api",
            command,
            env,
            REPO,
            f"{base}/graphql",
            lambda c: c.get(f"{base}/readyz").status_code == 200,
            Path(work) / "server.log",
            120.0,
        ) as server:
            asyncio.run(_measure(server.url, admin_token(secret), uri, args.calls))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
