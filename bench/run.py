"""The benchmark: graph-api against plain Cypher and @neo4j/graphql 6.x and 7.x, at several
scales.

For each scale: generate the model (``graph-api generate``, a fixed seed), empty Neo4j,
bulk-load the model into it and into an embedded store (timing the loads), start
graph-api on both stores and both versions of @neo4j/graphql, check that every
implementation gives the floor's answer to every operation of ``bench/operations/``
(those that do not are not timed), then time each operation at each concurrency on all
implementations, interleaved (``bench/measure.py``). Prints Rich tables and a Markdown
block for docs/benchmarks.md, and writes everything to
``bench/results/<timestamp>.json``.

``make bench`` (``scripts/run-bench``) does the set-up and runs this with
``--manage-neo4j``: it then restarts the local Neo4j instance of the environment
(``NEO4J_LOCAL_INSTANCE``, which must be named bench...) on an empty database per scale.
Without it, it uses the Neo4j at ``--neo4j-uri``, which must be empty (or pass
``--wipe`` to delete everything in it). Quick run: ``--scales 1 --calls-c1 5
--calls-per-worker 2``. Exit status: 0 all equal and timed, 1 an answer differed or a
timed call failed, 2 the benchmark could not run.
"""

import argparse
import asyncio
import json
import os
import secrets
import sys
import tempfile
import time
from contextlib import ExitStack
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from neo4j import AsyncGraphDatabase
from rich.console import Console

from bench import environment as env
from bench.check_equivalence import REPO, CheckError, _preflight, admin_token, bench_driver
from bench.measure import Plan, measure
from bench.operations import Operation, operations, pick_parameters
from bench.report import Run, Scale, markdown, print_tables, problems
from bench.servers import ServerSet
from bench.targets import (
    FLOOR,
    OURS_EMBEDDED,
    OURS_NEO4J,
    REFERENCES,
    FloorTarget,
    GraphQLTarget,
    Target,
)
from bench.verify import Check, verify

RESULTS = REPO / "bench" / "results"
console = Console(width=int(os.environ.get("COLUMNS", "200")))


def _ints(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(",") if part.strip())


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Benchmark graph-api (see bench/run.py).")
    get = os.environ.get
    add = parser.add_argument
    add("--scales", type=_ints, default=(10, 100), help="comma-separated (default 10,100)")
    add("--seed", type=int, default=1, help="the generator's seed (default 1)")
    add("--operations", default="", help="comma-separated names (default: all)")
    add("--concurrency", type=_ints, default=(1, 8), help="comma-separated (default 1,8)")
    add("--warmup", type=int, default=3, help="untimed calls per implementation first")
    add("--calls-c1", type=int, default=30, help="timed calls at concurrency 1")
    add("--calls-per-worker", type=int, default=15, help="timed calls per worker above 1")
    add("--rounds", type=int, default=5, help="rounds that interleave the implementations")
    add("--cell-budget", type=float, default=60.0, help="seconds per cell before it stops")
    add("--manage-neo4j", action="store_true", help="restart scripts/neo4j-local per scale")
    add("--wipe", action="store_true", help="delete everything in --neo4j-uri first")
    add("--neo4j-uri", default=get("NEO4J_URI", "bolt://127.0.0.1:7687"))
    add("--neo4j-user", default=get("NEO4J_USER", "neo4j"))
    add("--neo4j-password", default=get("NEO4J_PASSWORD", ""))
    add("--neo4j-database", default=get("NEO4J_DATABASE", "neo4j"))
    add("--node", default=get("NODE", "node"), help="the Node.js binary")
    add("--start-timeout", type=float, default=300.0, help="seconds to wait for a server")
    add("--target-leaves", type=int, default=1000, help="touchpoints for the nested query")
    add("--results", type=Path, default=RESULTS, help="where the JSON goes")
    return parser.parse_args(argv)


def _connection(args: argparse.Namespace) -> env.Neo4jConnection:
    uri = env.neo4j_local("uri").strip() if args.manage_neo4j else args.neo4j_uri
    return env.Neo4jConnection(uri, args.neo4j_user, args.neo4j_password, args.neo4j_database)


def _empty_or_wiped(connection: env.Neo4jConnection, args: argparse.Namespace) -> float:
    if args.manage_neo4j:
        return env.fresh_neo4j(connection, managed=True)
    with bench_driver(connection.uri, connection.auth()) as driver:
        records, _, _ = driver.execute_query(
            "MATCH (n) RETURN count(n) AS n", database_=connection.database
        )
    if records[0]["n"] and not args.wipe:
        raise CheckError(f"{connection.uri} holds {records[0]['n']} nodes: pass --wipe")
    return env.fresh_neo4j(connection, managed=False)


def _selected(all_ops: list[Operation], names: str) -> list[Operation]:
    wanted = [n.strip() for n in names.split(",") if n.strip()]
    unknown = set(wanted) - {op.name for op in all_ops}
    if unknown:
        raise CheckError(f"unknown operations: {', '.join(sorted(unknown))}")
    return [op for op in all_ops if not wanted or op.name in wanted]


async def _time_all(
    ops: list[Operation],
    checks: dict[str, Check],
    servers: ServerSet,
    headers: dict[str, str],
    connection: env.Neo4jConnection,
    plan: Plan,
) -> dict[str, dict[str, dict[str, Any]]]:
    limits = httpx.Limits(max_connections=100, max_keepalive_connections=100)
    cells: dict[str, dict[str, dict[str, Any]]] = {}
    async with (
        httpx.AsyncClient(timeout=600, limits=limits, trust_env=False) as client,
        # As graph-api's own driver: no server notifications (warnings about labels no
        # node has, which the driver would log for every call of the floor).
        AsyncGraphDatabase.driver(
            connection.uri, auth=connection.auth(), notifications_min_severity="OFF"
        ) as driver,
    ):
        graphql = {
            OURS_NEO4J: GraphQLTarget(OURS_NEO4J, "", client, headers=headers),
            OURS_EMBEDDED: GraphQLTarget(OURS_EMBEDDED, "", client, headers=headers),
            **{
                name: GraphQLTarget(name, "", client, reference=major)
                for name, major in REFERENCES.items()
            },
        }
        targets: list[Target] = [
            graphql[OURS_NEO4J],
            graphql[OURS_EMBEDDED],
            FloorTarget(driver, connection.database),
            *(graphql[name] for name in REFERENCES),
        ]
        for op in ops:
            for note in servers.revive():
                console.print(f"[red]{note}[/red]", highlight=False)
            for name, target in graphql.items():
                target.url = servers.url(name)
            verdicts = checks[op.name].verdicts
            timed = [t for t in targets if t.name == FLOOR or verdicts[t.name].timed]
            results = await measure(
                op, timed, plan, lambda line: console.print(line, highlight=False)
            )
            cells[op.name] = {
                name: {str(c): cell.summary() for c, cell in by_c.items()}
                for name, by_c in results.items()
            }
    return cells


def _one_scale(scale: int, args: argparse.Namespace, plan: Plan, logs: Path) -> Scale:
    with ExitStack() as stack:
        work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix=f"bench-{scale}-")))
        model = work / "model.json"
        console.rule(f"scale {scale}")
        generated = env.generate(scale, args.seed, model)
        connection = _connection(args)
        reset = _empty_or_wiped(connection, args)
        console.print(f"model generated in {generated:.1f} s; Neo4j emptied in {reset:.1f} s")
        loads = {
            "neo4j": env.load(model, "neo4j", connection.env()),
            "embedded": env.load(
                model, "embedded", {"GRAPH_API_SQLITE_PATH": str(work / "embedded.db")}
            ),
        }
        for store, report in loads.items():
            console.print(f"loaded into {store}: {json.dumps(report)}", highlight=False)
        secret = secrets.token_hex(32)
        logs.mkdir(parents=True, exist_ok=True)
        servers = ServerSet(stack, connection, secret, work, logs, args.node, args.start_timeout)
        headers = {"Authorization": f"Bearer {admin_token(secret)}"}
        driver = stack.enter_context(bench_driver(connection.uri, connection.auth()))
        parameters = pick_parameters(driver, connection.database, target_leaves=args.target_leaves)
        console.print(f"parameters: {json.dumps(asdict(parameters))}", highlight=False)
        ops = _selected(operations(parameters), args.operations)
        client = stack.enter_context(httpx.Client(timeout=600, trust_env=False))
        checks: dict[str, Check] = {}
        for op in ops:
            servers.revive()
            urls = {name: servers.url(name) for name in servers.servers}
            checks[op.name] = verify(op, driver, connection.database, client, urls, headers)
            verdicts = {n: v.status for n, v in checks[op.name].verdicts.items()}
            console.print(f"check {op.name}: {verdicts}", highlight=False)
            for name, verdict in checks[op.name].verdicts.items():
                if verdict.status in ("differs", "failed"):
                    console.print(f"[red]{op.name}, {name}:[/red]\n{verdict.detail}")
        before = os.getloadavg()
        started = time.perf_counter()
        cells = asyncio.run(_time_all(ops, checks, servers, headers, connection, plan))
        measured = time.perf_counter() - started
        after = os.getloadavg()
        restarts = [*servers.restarts]
        for name, server in servers.servers.items():
            if server.process.poll() is not None:
                restarts.append(f"{name} exited ({server.process.returncode}); log {server.log}")
        memory = {name: env.memory(servers.pid(name)) for name in servers.servers}
        memory["neo4j"] = env.memory(env.neo4j_local_pid()) if args.manage_neo4j else None
        return {
            "scale": scale,
            "seed": args.seed,
            "nodes": loads["neo4j"]["nodes"],
            "links": loads["neo4j"]["links"],
            "generate_seconds": round(generated, 3),
            "neo4j_reset_seconds": round(reset, 3),
            "load": loads,
            "parameters": asdict(parameters),
            "questions": {op.name: op.question for op in ops},
            "reference_notes": {op.name: op.reference_note for op in ops},
            "checks": {
                name: {
                    "answer": check.answer,
                    "values": check.values,
                    "verdicts": {n: asdict(v) for n, v in check.verdicts.items()},
                }
                for name, check in checks.items()
            },
            "cells": cells,
            "memory": {name: m for name, m in memory.items() if m is not None},
            "loadavg": {
                "before": [round(x, 2) for x in before],
                "after": [round(x, 2) for x in after],
            },
            "measure_seconds": round(measured, 1),
            "restarts": restarts,
            "logs": str(logs),
        }


def bench(args: argparse.Namespace) -> int:
    _preflight(args.node)
    if args.manage_neo4j and not os.environ.get("NEO4J_LOCAL_INSTANCE", "").startswith("bench"):
        raise CheckError("--manage-neo4j needs NEO4J_LOCAL_INSTANCE=bench (scripts/run-bench)")
    plan = Plan(
        warmup=args.warmup,
        calls_c1=args.calls_c1,
        calls_per_worker=args.calls_per_worker,
        concurrency=args.concurrency,
        rounds=args.rounds,
        cell_budget=args.cell_budget,
    )
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    run: Run = {
        "started": stamp,
        "command": " ".join(sys.argv),
        "machine": env.machine(args.node),
        "plan": asdict(plan),
        "scales": [],
    }
    args.results.mkdir(parents=True, exist_ok=True)
    path = args.results / f"{stamp}.json"
    for scale in args.scales:
        logs = args.results / f"{stamp}-logs" / f"scale-{scale}"
        run["scales"].append(_one_scale(scale, args, plan, logs))
        run["finished"] = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        path.write_text(json.dumps(run, indent=1), encoding="utf-8")  # after each scale
        print_tables(run, console, run["scales"][-1:])
    console.rule("results")
    print("<!-- bench:results -->")
    print(markdown(run))
    print("<!-- /bench:results -->")
    console.print(f"results: {path}")
    failed = problems(run)
    for line in failed:
        console.print(f"[red]{line}[/red]")
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    try:
        return bench(_parse_args(argv))
    except CheckError as exc:
        print(f"bench: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
