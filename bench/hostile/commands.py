"""Findings 11 and 12, made through the checkout's CLI.

11: ``graph-api load`` of a generated scale-20 model into an empty Neo4j, killed with
SIGKILL at several points of a full load's time: what the database holds then, what
the checkout's own store counts when it next opens, and how many lines of the full
load's output were driver notifications (Neo4j notes a property key it has never seen:
a database that never held a model, as after ``scripts/neo4j-local reset``, shows them
all); and the same kill on the embedded store.
12: a system named with NUL and other C0 controls, through ``graph-api seed`` (and
GraphQL), then ``graph-api export-archimate`` and the project's own import of that file.
"""

import json
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import httpx
from neo4j import GraphDatabase

from bench.hostile.finding import Finding
from bench.hostile.load import ask
from bench.hostile.server import Checkout, RunningServer, kill_after

NOTIFICATION = re.compile(r"notification|does not exist|GqlStatusObject", re.IGNORECASE)

_COUNT_NODES = """
import asyncio
from graph_api.config import Settings
from graph_api.store.factory import create_store

async def count() -> int:
    store = create_store(Settings(), request_bound=False)
    await store.open()
    try:
        return sum((await store.count_nodes()).values())
    finally:
        await store.close()

print(asyncio.run(count()))
"""


def store_count(checkout: Checkout, env: dict[str, str]) -> str:
    """The nodes the checkout's store counts when it opens (its start-up work done)."""
    done = subprocess.run(
        [sys.executable, "-c", _COUNT_NODES],
        cwd=checkout.root,
        env=checkout.env(**env),
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    lines = done.stdout.strip().splitlines()
    return f"{int(lines[-1]):,}" if done.returncode == 0 and lines else "failed to open"


def neo4j_counts(checkout: Checkout) -> tuple[int, int]:
    """(nodes, relationships) in the checkout's Neo4j database, by plain Cypher."""
    assert checkout.neo4j is not None
    with GraphDatabase.driver(checkout.neo4j.uri, auth=checkout.neo4j.auth()) as driver:
        database = checkout.neo4j.database
        # The model's nodes: the change log's and the store's version node left out.
        nodes, _, _ = driver.execute_query(
            "MATCH (n) WHERE NOT n:ChangeLogEntry AND NOT n:ChangeLogSequence "
            "AND NOT n:StoreVersion RETURN count(n) AS n",
            database_=database,
        )
        links, _, _ = driver.execute_query(
            "MATCH ()-[r]->() RETURN count(r) AS n", database_=database
        )
        return int(nodes[0]["n"]), int(links[0]["n"])


def wipe_neo4j(checkout: Checkout) -> None:
    assert checkout.neo4j is not None
    with (
        GraphDatabase.driver(checkout.neo4j.uri, auth=checkout.neo4j.auth()) as driver,
        driver.session(database=checkout.neo4j.database) as session,
    ):
        # Batched in transactions of its own (an auto-commit query): a big model at once
        # would need more heap than a test instance has.
        session.run(
            "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
        ).consume()


def killed_load(checkout: Checkout) -> Finding:
    """A full load timed first, then loads killed at shares of that time (a fixed delay
    would fall before the writing starts on a slower machine)."""
    title = "`graph-api load` of scale 20 killed with SIGKILL"
    if checkout.neo4j is None:
        return Finding(11, title, "not measured: give --neo4j-uri (an empty database)")
    model = checkout.work / "scale-20.json"
    if not model.exists():
        generated = checkout.cli("generate", "--scale", "20", "--output", str(model))
        if generated.returncode != 0:
            return Finding(11, title, f"generate failed: {generated.stderr[-200:]}")
    wipe_neo4j(checkout)
    full = checkout.cli("load", str(model), "--store", "neo4j", timeout=900)
    nodes, links = neo4j_counts(checkout)
    output = full.stdout + full.stderr
    noise = sum(1 for line in output.splitlines() if NOTIFICATION.search(line))
    # Timed again, warm: the first load into a fresh server is much slower.
    wipe_neo4j(checkout)
    started = time.perf_counter()
    checkout.cli("load", str(model), "--store", "neo4j", timeout=900)
    full_seconds = time.perf_counter() - started
    seen = [
        f"Neo4j: a full load (exit {full.returncode}) {nodes:,} nodes, {links:,} "
        f"relationships, {noise:,} notification lines in its output, {full_seconds:.0f} s warm"
    ]
    for fraction in KILL_AT:
        wipe_neo4j(checkout)
        at = full_seconds * fraction
        killed = checkout.start_cli(
            "load", str(model), "--store", "neo4j", output=checkout.work / "load-neo4j.out"
        )
        ended = kill_after(killed, at)
        nodes, links = neo4j_counts(checkout)
        how = f"killed at {at:.0f} s" if ended is None else f"ended by itself ({ended})"
        next_time = store_count(checkout, {"GRAPH_API_STORE": "neo4j"})
        seen.append(
            f"{how}: {nodes:,} nodes and {links:,} relationships left, {next_time} nodes "
            "when the store next opens"
        )
    wipe_neo4j(checkout)
    seen.append(f"embedded: {_killed_embedded_load(checkout, model)}")
    return Finding(11, title, "; ".join(seen))


KILL_AT = (0.5, 0.75, 0.9)
"""When the killed loads are killed, as shares of a full load's time: reading and
checking the file take the first part of it, the writes the rest."""


def _killed_embedded_load(checkout: Checkout, model: Path) -> str:
    database = checkout.work / "killed-load.db"
    env = {"GRAPH_API_STORE": "embedded", "GRAPH_API_SQLITE_PATH": str(database)}
    started = time.perf_counter()
    checkout.cli("load", str(model), env=env, timeout=900)
    full_seconds = time.perf_counter() - started
    database.unlink()
    output = checkout.work / "load-embedded.out"
    killed = checkout.start_cli("load", str(model), output=output, env=env)
    at = full_seconds / 2
    ended = kill_after(killed, at)
    how = f"killed at {at:.0f} s of {full_seconds:.0f} s" if ended is None else "ended by itself"
    return f"{how}, {store_count(checkout, env)} nodes when the store next opens"


BAD_NAME = "Bad\x00name\x01ctl"
CREATE_SYSTEM = "mutation($name: String!) { createSystem(input: {name: $name}) { key } }"


async def control_characters(server: RunningServer, checkout: Checkout) -> Finding:
    model = checkout.work / "control-characters.json"
    document = {"format": "graph-api/v1", "systems": [{"key": "bad-name", "name": BAD_NAME}]}
    model.write_text(json.dumps(document), encoding="utf-8")
    first, second = checkout.work / "controls.db", checkout.work / "controls-again.db"
    embedded = {"GRAPH_API_STORE": "embedded", "GRAPH_API_SQLITE_PATH": str(first)}
    seeded = checkout.cli("seed", str(model), env=embedded)
    exported_file = checkout.work / "controls.xml"
    exported = checkout.cli("export-archimate", "--output", str(exported_file), env=embedded)
    parsed = _parse(exported_file) if exported.returncode == 0 else "no file"
    again = checkout.cli(
        "import-archimate",
        str(exported_file),
        env={"GRAPH_API_STORE": "embedded", "GRAPH_API_SQLITE_PATH": str(second)},
    )
    async with httpx.AsyncClient() as client:
        created = await ask(
            client, server.graphql, CREATE_SYSTEM, checkout.headers("admin"), name=BAD_NAME
        )
    graphql = "accepted" if created.status == 200 and not created.code else created.short()
    return Finding(
        12,
        r"system named 'Bad\0name\x01ctl'",
        (
            f"seed {_exit(seeded)}; GraphQL {graphql}; export-archimate {_exit(exported)}, "
            f"the file: {parsed}; re-import {_exit(again)}"
        ).replace(f"{checkout.work}/", ""),
    )


def _exit(done: subprocess.CompletedProcess[str]) -> str:
    if done.returncode == 0:
        return "exit 0"
    said = (done.stderr.strip() or done.stdout.strip()).splitlines()
    message = " / ".join(line.strip() for line in said[:2])[:140]
    return f"exit {done.returncode} ({message})"


def _parse(path: Path) -> str:
    try:
        ElementTree.parse(path)
    except ElementTree.ParseError as exc:
        return f"not well-formed ({exc})"
    return "well-formed XML"
