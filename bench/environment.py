"""Setting up one scale of the benchmark: the model, the databases, the servers.

- :func:`generate`: ``graph-api generate`` writes the model (deterministic by its seed);
- :func:`fresh_neo4j`: an empty Neo4j, by ``scripts/neo4j-local`` (stop, reset, start)
  when the benchmark manages its own instance, else by deleting everything;
- :func:`load`: ``bench.load_model`` bulk-loads the file into a store, in a process of
  its own, and gives its timings;
- :func:`memory` and :func:`machine`: what the processes and the machine look like.

The servers are in :mod:`bench.servers`.
"""

import json
import os
import platform
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from neo4j import GraphDatabase

from bench.check_equivalence import REPO, CheckError, _graph_api_command

NEO4J_LOCAL = REPO / "scripts" / "neo4j-local"


@dataclass(frozen=True)
class Neo4jConnection:
    uri: str
    user: str
    password: str
    database: str

    def env(self) -> dict[str, str]:
        return {
            "NEO4J_URI": self.uri,
            "NEO4J_USER": self.user,
            "NEO4J_PASSWORD": self.password,
            "NEO4J_DATABASE": self.database,
        }

    def auth(self) -> tuple[str, str] | None:
        return (self.user, self.password) if self.password else None


def _run(command: list[str], env: dict[str, str] | None = None) -> str:
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise CheckError(
            f"{' '.join(command)} failed ({done.returncode}):\n"
            f"{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
        )
    return done.stdout


def generate(scale: int, seed: int, path: Path) -> float:
    """Write the model of ``scale`` and ``seed`` to ``path``; the seconds it took."""
    started = time.perf_counter()
    command = [*_graph_api_command(), "generate", "--scale", str(scale), "--seed", str(seed)]
    _run([*command, "--output", str(path), "--format", "json"])
    return time.perf_counter() - started


def neo4j_local(command: str) -> str:
    """``scripts/neo4j-local COMMAND`` with the instance and port of the environment."""
    return _run([str(NEO4J_LOCAL), command], {**os.environ})


def neo4j_local_pid() -> int | None:
    """The process of the managed Neo4j, if it runs."""
    done = subprocess.run(
        [str(NEO4J_LOCAL), "status"], cwd=REPO, capture_output=True, text=True, check=False
    )
    found = re.search(r"running \(pid (\d+)\)", done.stdout)
    return int(found.group(1)) if found else None


def fresh_neo4j(connection: Neo4jConnection, managed: bool) -> float:
    """An empty Neo4j; the seconds it took (a restart when ``managed``)."""
    started = time.perf_counter()
    if managed:
        for command in ("stop", "reset", "start"):
            neo4j_local(command)
    else:
        # CALL ... IN TRANSACTIONS runs only in an auto-commit transaction (session.run).
        with (
            GraphDatabase.driver(connection.uri, auth=connection.auth()) as driver,
            driver.session(database=connection.database) as session,
        ):
            session.run(
                "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS"
            ).consume()
    return time.perf_counter() - started


def load(path: Path, store: str, env: dict[str, str]) -> dict[str, Any]:
    """Bulk-load ``path`` into ``store`` in a subprocess; its timings (bench.load_model)."""
    output = _run(
        [sys.executable, "-m", "bench.load_model", str(path), "--store", store],
        {**os.environ, **env},
    )
    report: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    return report


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (/proc/PID/stat's fourth field)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text(encoding="utf-8")
        except OSError:
            continue  # exited meanwhile
        # The command name, in parentheses, may hold spaces: the fields follow its ")".
        fields = text[text.rfind(")") + 2 :].split()
        if len(fields) > 1 and int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def memory(pid: int | None) -> dict[str, int] | None:
    """Resident and peak resident memory in KiB (/proc) of a process and of every process
    under it (a server with several workers), summed; None if it is gone."""
    if pid is None:
        return None
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="utf-8")
    except OSError:
        return None
    found = dict(re.findall(r"^(VmRSS|VmHWM):\s+(\d+) kB", status, flags=re.MULTILINE))
    total = {"rss_kib": int(found.get("VmRSS", 0)), "peak_rss_kib": int(found.get("VmHWM", 0))}
    for child in _children(pid):
        below = memory(child)
        if below is not None:
            total = {k: total[k] + below[k] for k in total}
    return total


def machine(node: str = "node") -> dict[str, Any]:
    """What the numbers were measured on (for the JSON and docs/benchmarks.md)."""
    cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    model = next(
        (ln.split(":", 1)[1].strip() for ln in cpuinfo.splitlines() if ln.startswith("model name")),
        platform.processor(),
    )
    meminfo = Path("/proc/meminfo").read_text(encoding="utf-8").splitlines()
    total_kib = int(next(ln.split()[1] for ln in meminfo if ln.startswith("MemTotal")))
    version = subprocess.run([node, "--version"], capture_output=True, text=True, check=False)
    return {
        "cpus": os.cpu_count(),
        "cpu_model": model,
        "memory_gib": round(total_kib / 1024 / 1024, 1),
        "python": platform.python_version(),
        "node": version.stdout.strip(),
        "kernel": platform.release(),
        "loadavg_at_start": [round(x, 2) for x in os.getloadavg()],
    }
