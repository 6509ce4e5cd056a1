"""SIGKILL of `graph-api serve` on the embedded store in the middle of a write load.

The server runs as a real process (``graph-api serve``, settings from the environment)
on a SQLite file of the test's own. Four clients write to it (``createPersona`` and
5-node ``importModel`` documents, see ``write_load.py``) and the process is killed
with SIGKILL while they do, three times, after a different length of load each time
(counted in acknowledged writes, not in seconds: a busy machine may take longer than a
fixed time to answer the first write).
After each kill:

- the file is a sound SQLite database (``PRAGMA integrity_check`` says ``ok``);
- a server started again on the same file serves it;
- every write any server acknowledged, in this round or an earlier one, is there in
  full, and no ``importModel`` is there in part (all 5 nodes and 5 links, or none).
"""

import asyncio
import json
import os
import signal
import sqlite3
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from tests import auth_headers
from tests.embedded.write_load import Outcome, Stored, WriteLoad, check_writes
from tests.live_server import free_port

# Acknowledged writes before each SIGKILL: early, when the first write was answered, and
# later. The other clients still have writes in flight when the kill comes.
KILL_AFTER = (1, 12, 40)
START_TIMEOUT = 30.0
LOAD_TIMEOUT = 60.0
EXPORT = "{ exportModel(format: JSON) }"


def _serve_command() -> list[str]:
    """`graph-api serve`, the console script next to this interpreter when installed."""
    script = Path(sys.executable).with_name("graph-api")
    if script.exists():
        return [str(script), "serve"]
    return [sys.executable, "-c", "from graph_api.cli.app import app; app()", "serve"]


@dataclass
class Server:
    """A `graph-api serve` process and where it listens."""

    process: asyncio.subprocess.Process
    base_url: str
    log: Path

    def log_tail(self) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-40:])


@asynccontextmanager
async def serve(workdir: Path, database: Path, name: str) -> AsyncIterator[Server]:
    """Start `graph-api serve` on ``database``; SIGKILL it on exit if it still runs."""
    port = free_port()
    env = {
        **os.environ,
        **getattr(auth_headers, "SERVER_ENV", {}),
        "GRAPH_API_STORE": "embedded",
        "GRAPH_API_SQLITE_PATH": str(database),
        "GRAPH_API_HOST": "127.0.0.1",
        "GRAPH_API_PORT": str(port),
        "GRAPH_API_DEMO_IF_EMPTY": "false",
        "GRAPH_API_API_KEYS_PATH": str(workdir / "api-keys.db"),
    }
    log = workdir / f"{name}.log"
    with log.open("wb") as output:
        process = await asyncio.create_subprocess_exec(
            *_serve_command(),
            cwd=workdir,  # no .env of a developer's checkout is read
            env=env,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=output,
            stderr=asyncio.subprocess.STDOUT,
        )
    server = Server(process, f"http://127.0.0.1:{port}", log)
    try:
        await _wait_ready(server)
        yield server
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


async def _wait_ready(server: Server) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + START_TIMEOUT
    async with httpx.AsyncClient(
        base_url=server.base_url, headers=auth_headers.admin_headers(), timeout=2.0
    ) as http:
        while True:
            if server.process.returncode is not None:
                raise AssertionError(f"graph-api serve exited:\n{server.log_tail()}")
            try:
                if (await http.get("/readyz")).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            if loop.time() > deadline:
                raise AssertionError(f"graph-api serve not ready:\n{server.log_tail()}")
            await asyncio.sleep(0.1)


async def _until_acknowledged(load: WriteLoad, server: Server, count: int) -> None:
    """Waits until ``load`` has ``count`` acknowledged writes."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + LOAD_TIMEOUT
    while len(load.acknowledged()) < count:
        if loop.time() > deadline:
            raise AssertionError(
                f"{load.summary()} after {LOAD_TIMEOUT} s, waiting for {count} "
                f"acknowledged:\n{server.log_tail()}"
            )
        await asyncio.sleep(0.005)


async def _stored(server: Server) -> Stored:
    """Everything the server holds, read through the API (``exportModel``)."""
    async with httpx.AsyncClient(
        base_url=server.base_url, headers=auth_headers.admin_headers(), timeout=60.0
    ) as http:
        response = await http.post("/graphql", json={"query": EXPORT})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    assert "errors" not in body, body["errors"]
    return Stored.from_export(_json_object(body["data"]["exportModel"]))


def _json_object(text: str) -> dict[str, Any]:
    document = json.loads(text)
    assert isinstance(document, dict)
    return document


def _integrity(database: Path) -> list[str]:
    connection = sqlite3.connect(database)
    try:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")]
    finally:
        connection.close()


async def test_acknowledged_writes_survive_sigkill_and_no_import_is_half_there(
    tmp_path: Path,
) -> None:
    """Kills the server mid-load three times; the file and every acknowledged write survive."""
    database = tmp_path / "graph.db"
    outcomes: list[Outcome] = []
    report = []
    for round_number, kill_after in enumerate(KILL_AFTER, start=1):
        async with serve(tmp_path, database, f"server-{round_number}") as server:
            if outcomes:  # the server restarted on the file of the killed one
                problems = check_writes(outcomes, await _stored(server))
                assert not problems, "\n".join(problems[:20])
            load = WriteLoad(
                server.base_url, auth_headers.admin_headers(), tag=f"kill{round_number}"
            )
            load.start()
            await _until_acknowledged(load, server, kill_after)
            os.kill(server.process.pid, signal.SIGKILL)
            await server.process.wait()
            await load.stop()
        assert server.process.returncode == -signal.SIGKILL
        failures = [o.describe() for o in load.outcomes if o.server_failure]
        assert not failures, "\n".join(failures[:20])
        assert len(load.acknowledged()) >= kill_after, load.summary()
        outcomes += load.outcomes
        report.append(
            f"round {round_number} (kill after {kill_after} acknowledged): {load.summary()}"
        )
        assert _integrity(database) == ["ok"]

    async with serve(tmp_path, database, "server-final") as server:
        stored = await _stored(server)
        problems = check_writes(outcomes, stored)
        assert not problems, "\n".join(problems[:20])
        server.process.terminate()
        await server.process.wait()
    assert _integrity(database) == ["ok"]
    print("\n".join(report))
