"""A checkout's graph-api, run as production runs it: its server and its CLI.

Both run with this virtualenv's packages but the ``graph_api`` package of the checkout
(``PYTHONPATH`` and the working directory are the checkout), so the same measurement
can be made of two revisions on one machine. :func:`imported_from` says which package a
checkout really gets.
"""

import os
import secrets
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import jwt

from bench.check_equivalence import free_port, running
from bench.environment import Neo4jConnection, memory

# `python -c` keeps the checkout (the working directory) first on sys.path. The app is
# in graph_api/cli/app.py, or in graph_api/cli.py in a checkout of an earlier revision.
_RUN_CLI = """
try:
    from graph_api.cli.app import app
except ModuleNotFoundError:
    from graph_api.cli import app
app()
"""
CLI = [sys.executable, "-c", _RUN_CLI]


@dataclass(frozen=True)
class Checkout:
    """Where a revision's code is, and the store its processes use."""

    root: Path
    store: str  # embedded or neo4j
    neo4j: Neo4jConnection | None
    work: Path  # temporary files: databases, keys, logs, models
    secret: str = field(default_factory=lambda: secrets.token_hex(32))

    def env(self, **changes: str) -> dict[str, str]:
        """The environment of a production process of this checkout."""
        env = {
            **os.environ,
            "PYTHONPATH": str(self.root),
            "GRAPH_API_ENVIRONMENT": "production",
            "GRAPH_API_STORE": self.store,
            "GRAPH_API_SQLITE_PATH": str(self.work / "graph.db"),
            "GRAPH_API_API_KEYS_PATH": str(self.work / "api-keys.db"),
            "GRAPH_API_JWT_SECRET": self.secret,
            "COLUMNS": "200",  # rich wraps CLI output at 80 columns without a terminal
        }
        for name in [n for n in env if n.startswith("GRAPH_API_") and n not in changes]:
            if name not in _OWN:
                del env[name]  # the caller's own settings would change what is measured
        if self.neo4j is not None:
            env.update(self.neo4j.env())
        env.update(changes)
        return env

    def token(self, role: str, subject: str = "bench") -> str:
        """A JWT this checkout's servers accept (HS256, the claims graph-api requires)."""
        claims = {"sub": subject, "role": role, "exp": datetime.now(UTC) + timedelta(hours=2)}
        return jwt.encode(claims, self.secret, algorithm="HS256")

    def headers(self, role: str, subject: str = "bench") -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token(role, subject)}"}

    def cli(
        self, *args: str, env: dict[str, str] | None = None, timeout: float = 300
    ) -> subprocess.CompletedProcess[str]:
        """``graph-api ARGS`` of this checkout, to completion (bounded by ``timeout``)."""
        return subprocess.run(
            [*CLI, *args],
            cwd=self.root,
            env=self.env(**(env or {})),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def start_cli(
        self, *args: str, output: Path, env: dict[str, str] | None = None
    ) -> subprocess.Popen[bytes]:
        """``graph-api ARGS`` of this checkout, started: the caller waits for or kills it."""
        handle = output.open("wb")
        try:
            return subprocess.Popen(
                [*CLI, *args],
                cwd=self.root,
                env=self.env(**(env or {})),
                stdout=handle,
                stderr=subprocess.STDOUT,
            )
        finally:
            handle.close()


_OWN = {
    "GRAPH_API_ENVIRONMENT",
    "GRAPH_API_STORE",
    "GRAPH_API_SQLITE_PATH",
    "GRAPH_API_API_KEYS_PATH",
    "GRAPH_API_JWT_SECRET",
}


def imported_from(checkout: Checkout) -> Path:
    """The folder of the ``graph_api`` package a process of ``checkout`` imports."""
    done = subprocess.run(
        [sys.executable, "-c", "import graph_api; print(graph_api.__file__)"],
        cwd=checkout.root,
        env=checkout.env(),
        capture_output=True,
        text=True,
        check=True,
    )
    return Path(done.stdout.strip()).parent


@dataclass
class RunningServer:
    """A production-mode server of a checkout: where it listens, its process, its log."""

    url: str
    pid: int
    log: Path

    @property
    def graphql(self) -> str:
        return f"{self.url}/graphql"

    def log_mark(self) -> int:
        """The log's size now, to read what is written after it (:meth:`log_since`)."""
        return self.log.stat().st_size

    def log_since(self, mark: int) -> bytes:
        with self.log.open("rb") as handle:
            handle.seek(mark)
            return handle.read()

    def reset_peak_memory(self) -> None:
        """Start measuring the peak resident memory again (Linux: clear_refs 5)."""
        # Without it (not Linux) the peak includes what came before.
        with suppress(OSError):
            Path(f"/proc/{self.pid}/clear_refs").write_text("5", encoding="ascii")

    def memory_mib(self) -> tuple[float, float]:
        """(resident, peak resident since the last reset) in MiB."""
        found = memory(self.pid) or {"rss_kib": 0, "peak_rss_kib": 0}
        return found["rss_kib"] / 1024, found["peak_rss_kib"] / 1024


@contextmanager
def serving(checkout: Checkout, name: str, **env: str) -> Iterator[RunningServer]:
    """``graph-api serve`` of ``checkout`` in production mode on the demo model."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = checkout.work / f"server-{name}.log"
    with running(
        name,
        [*CLI, "serve", "--host", "127.0.0.1", "--port", str(port)],
        checkout.env(**env),
        checkout.root,
        f"{base}/graphql",
        lambda c: c.get(f"{base}/readyz").status_code == 200,
        log,
        180,
    ) as server:
        yield RunningServer(base, server.process.pid, log)


@contextmanager
def checkout_in(
    root: Path, store: str, neo4j: Neo4jConnection | None, keep: Path | None
) -> Iterator[Checkout]:
    """A :class:`Checkout` with a temporary folder of its own (kept in ``keep`` if given)."""
    with ExitStack() as stack:
        if keep is None:
            work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="hostile-")))
        else:
            keep.mkdir(parents=True, exist_ok=True)
            work = keep
        yield Checkout(root.resolve(), store, neo4j, work)


def kill_after(process: subprocess.Popen[bytes], seconds: float) -> int | None:
    """SIGKILL ``process`` after ``seconds`` unless it ended before; its exit code if so."""
    try:
        return process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        return None
