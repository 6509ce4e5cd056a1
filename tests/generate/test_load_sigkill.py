"""SIGKILL of a bulk load at several points: the store holds none of the model or all of it.

The loader runs as a process of its own (``load_and_report.py``: ``graph-api load``'s
code, reporting each batch) on a generated model, and is killed with SIGKILL early in
the nodes, late in the nodes, half-way through the links and right after the last batch
(racing the commit). After each kill, on each store:

- the database holds nothing of the model, or (only possible for the last kill point)
  all of it: no node or link of a half-written model, with no clean-up having run;
- a store opened on it (a start) shows the same;
- loading the model again leaves exactly the model: it loads whole, or is refused
  (every node already stored) when the killed load had committed.
"""

import asyncio
import os
import signal
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from neo4j import Driver, GraphDatabase

from graph_api.bulk import plan_model
from graph_api.generate import generate_model
from graph_api.generate.output import write_document
from graph_api.model_io import ModelFormat
from graph_api.store.base import GraphStore
from graph_api.store.embedded import EmbeddedStore
from tests.conftest import (
    NEO4J_TEST_DATABASE,
    NEO4J_TEST_PASSWORD,
    NEO4J_TEST_URI,
    NEO4J_TEST_USER,
    STORES,
    neo4j_model_node_count,
    neo4j_store,
    wipe_neo4j,
)

SCALE = 2
BATCH = 100
ROOT = Path(__file__).resolve().parents[2]
SETTLE_SECONDS = 30.0
Counts = tuple[int, int]
"""Nodes and links of the model in the store."""


@dataclass(frozen=True)
class KillPoint:
    name: str
    reached: Callable[[int, int], bool]
    """Given the nodes and links sent so far."""
    before_commit: bool
    """Whether the load certainly had not committed when it was killed."""


@pytest.fixture(scope="module")
def model_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("model") / "model.json"
    with path.open("w", encoding="utf-8") as out:
        write_document(generate_model(SCALE, 3).document, out, ModelFormat.JSON)
    return path


def kill_points(nodes: int, links: int) -> list[KillPoint]:
    return [
        KillPoint("early in the nodes", lambda n, _: n >= 2 * BATCH, True),
        KillPoint("late in the nodes", lambda n, _: n >= nodes - 2 * BATCH, True),
        KillPoint("half-way through the links", lambda _, k: k >= links // 2, True),
        KillPoint("after the last batch, racing the commit", lambda _, k: k >= links, False),
    ]


class Target:
    """One store as the loader process sees it (its environment) and as the test counts it."""

    def __init__(self, kind: str, workdir: Path) -> None:
        self.kind = kind
        self.database = workdir / "graph.db"

    def env(self) -> dict[str, str]:
        env = {**os.environ, "GRAPH_API_STORE": self.kind}
        if self.kind == "neo4j":
            env.update(
                GRAPH_API_NEO4J_URI=NEO4J_TEST_URI,
                GRAPH_API_NEO4J_USER=NEO4J_TEST_USER,
                GRAPH_API_NEO4J_PASSWORD=NEO4J_TEST_PASSWORD,
                GRAPH_API_NEO4J_DATABASE=NEO4J_TEST_DATABASE,
            )
        else:
            env["GRAPH_API_SQLITE_PATH"] = str(self.database)
        return env

    def counts(self) -> Counts:
        """What the database holds, read beside the store (nothing opened on it).

        On Neo4j, once the killed loader's transaction is over: a commit sent just
        before the kill may still land, and two reads on either side of it would
        see the nodes without the links (Neo4j reads are read-committed).
        """
        if self.kind == "neo4j":
            auth = (NEO4J_TEST_USER, NEO4J_TEST_PASSWORD) if NEO4J_TEST_PASSWORD else None
            with GraphDatabase.driver(NEO4J_TEST_URI, auth=auth) as driver:
                _settle(driver)
                records, _, _ = driver.execute_query(
                    "MATCH ()-[r]->() RETURN count(r) AS n", database_=NEO4J_TEST_DATABASE
                )
            return neo4j_model_node_count(), int(records[0]["n"])
        if not self.database.exists():
            return 0, 0
        connection = sqlite3.connect(self.database)
        try:
            (nodes,) = connection.execute("SELECT count(*) FROM nodes").fetchone()
            (links,) = connection.execute("SELECT count(*) FROM edges").fetchone()
        finally:
            connection.close()
        return int(nodes), int(links)

    def store(self) -> GraphStore:
        return neo4j_store() if self.kind == "neo4j" else EmbeddedStore(str(self.database))

    def wipe(self) -> None:
        if self.kind == "neo4j":
            wipe_neo4j()
        else:
            for path in self.database.parent.glob(self.database.name + "*"):
                path.unlink()


def _settle(driver: Driver) -> None:
    """Wait until no transaction but this query's own runs on the server."""
    deadline = time.monotonic() + SETTLE_SECONDS
    while True:
        records, _, _ = driver.execute_query(
            "SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW' "
            "RETURN count(*) AS n"
        )
        if not records[0]["n"]:
            return
        assert time.monotonic() < deadline, "the killed load's transaction is still open"
        time.sleep(0.1)


@pytest.fixture(params=STORES)
def target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Target]:
    if request.param == "neo4j":
        request.getfixturevalue("neo4j_ready")
    chosen = Target(request.param, tmp_path)
    yield chosen
    chosen.wipe()


async def load(target: Target, file: Path, until: KillPoint | None = None) -> tuple[int, str]:
    """Run the loader; SIGKILL it once ``until`` is reached. Its exit code and last line."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.generate.load_and_report",
        str(file),
        str(BATCH),
        cwd=ROOT,
        env=target.env(),
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    assert process.stdout is not None
    last = ""
    try:
        while line := (await asyncio.wait_for(process.stdout.readline(), 120)).decode():
            last = line.strip()
            if until is not None and last.startswith("sent "):
                nodes, links = map(int, last.split()[1:])
                if until.reached(nodes, links):
                    os.kill(process.pid, signal.SIGKILL)
                    break
        _, errors = await process.communicate()
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert process.returncode is not None
    if process.returncode not in (0, 1, -signal.SIGKILL):
        raise AssertionError(f"the loader failed ({process.returncode}):\n{errors.decode()}")
    return process.returncode, last


async def counted_on_start(target: Target) -> Counts:
    """Open the store as a start would; the model's nodes it holds, and the links."""
    store = target.store()
    await store.open()
    try:
        nodes = sum((await store.count_nodes()).values())
    finally:
        await store.close()
    return nodes, target.counts()[1]


async def test_a_killed_load_leaves_none_of_the_model_or_all_of_it(
    target: Target, model_file: Path
) -> None:
    plan = plan_model(generate_model(SCALE, 3).document)
    whole = (plan.node_count, plan.link_count)
    for point in kill_points(*whole):
        code, last = await load(target, model_file, until=point)
        if point.before_commit:
            assert code == -signal.SIGKILL, f"{point.name}: not killed ({last})"
        after_kill = target.counts()
        expected = {(0, 0)} if point.before_commit else {(0, 0), whole}
        assert after_kill in expected, f"{point.name}: {after_kill} of {whole}"
        assert await counted_on_start(target) == after_kill, point.name

        code, last = await load(target, model_file)
        if after_kill == whole:
            assert (code, last.split(" ")[0]) == (1, "refused"), point.name
            assert last.endswith(
                f"only creates nodes: use `graph-api seed` to update ({plan.node_count} errors)"
            ), last
        else:
            assert (code, last) == (0, "committed"), point.name
        assert target.counts() == whole, point.name
        target.wipe()
