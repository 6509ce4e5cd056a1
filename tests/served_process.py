"""`graph-api serve` as a real process, for the tests that need what only a process shows:
its output, its command-line defaults, its WebSocket bound."""

import os
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from tests.live_server import free_port

READY = "Application startup complete"


def serve_command() -> list[str]:
    """The installed ``graph-api serve``, or the same through this Python."""
    script = Path(sys.executable).with_name("graph-api")
    if script.exists():
        return [str(script), "serve"]
    return [sys.executable, "-c", "from graph_api.cli.app import app; app()", "serve"]


def _answers(url: str) -> bool:
    try:
        return httpx.get(url, timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


@dataclass(frozen=True)
class Served:
    base: str
    """``http://127.0.0.1:PORT``."""
    log: Path
    """The process's output (stdout and stderr)."""


@contextmanager
def served_process(
    env: dict[str, str], cwd: Path, start_timeout: float, args: Sequence[str] = ()
) -> Iterator[Served]:
    """``graph-api serve`` with ``args`` and ``env`` over this process's environment, on a
    free port, until it has started and ``/healthz`` answers; stopped (then killed) on
    exit."""
    port = free_port()
    log = cwd / f"serve-{port}.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [*serve_command(), *args],
            cwd=cwd,  # no .env of a developer's checkout is read
            env={**os.environ, **env, "GRAPH_API_PORT": str(port)},
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        # uvicorn binds its socket after the application has started: wait for both.
        deadline = time.monotonic() + start_timeout
        while READY not in log.read_text() or not _answers(f"{base}/healthz"):
            assert process.poll() is None, log.read_text()
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.1)
        yield Served(base, log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
