"""Profile one benchmark operation inside the API process, with pyinstrument.

Serves graph-api in process (the FastAPI app through httpx's ASGI transport, so no
socket and no other process is in the profile) on a Neo4j that holds a model, calls one
operation of ``bench/operations/`` a number of times and prints where the time went::

    NEO4J_URI=bolt://127.0.0.1:7687 .venv/bin/python -m bench.profile impact --calls 20

``--store embedded --sqlite PATH`` profiles the embedded store instead (the file must
hold the same model, e.g. written by ``graph-api load``); the parameters are still
chosen from the Neo4j at ``NEO4J_URI``. ``--html FILE`` writes pyinstrument's page too.
"""

import argparse
import asyncio
import os
import re
import secrets
import time
from pathlib import Path

import httpx
from pyinstrument import Profiler
from pyinstrument.frame import Frame

from bench.check_equivalence import admin_token, bench_driver
from bench.operations import Operation, operations, pick_parameters
from graph_api.app import create_app
from graph_api.config import Settings


def _operation(name: str, uri: str, auth: tuple[str, str] | None, database: str) -> Operation:
    with bench_driver(uri, auth) as driver:
        parameters = pick_parameters(driver, database)
    found = {op.name: op for op in operations(parameters)}
    if name not in found:
        raise SystemExit(f"unknown operation {name!r}; one of {', '.join(found)}")
    return found[name]


async def _profile(
    operation: Operation, settings: Settings, calls: int, warmup: int, profile: bool
) -> Profiler:
    app = create_app(settings)
    token = admin_token(settings.jwt_secret.get_secret_value())
    headers = {"Authorization": f"Bearer {token}"}
    body = {"query": operation.ours, "variables": operation.ours_variables}
    transport = httpx.ASGITransport(app=app)
    profiler = Profiler(async_mode="enabled", interval=0.0005)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url="http://bench") as client,
    ):
        for _ in range(warmup):
            (await client.post("/graphql", json=body, headers=headers)).raise_for_status()
        started = time.perf_counter()
        if profile:
            profiler.start()
        for _ in range(calls):
            response = await client.post("/graphql", json=body, headers=headers)
            if response.status_code != 200 or "errors" in response.json():
                raise SystemExit(f"{operation.name} failed: {response.text[:500]}")
        if profile:
            profiler.stop()
        seconds = time.perf_counter() - started
    print(f"{operation.name}: {calls} calls, {seconds / calls * 1000:.1f} ms a call in process")
    return profiler


_PACKAGE = re.compile(r"(?:site-packages|dist-packages)/([A-Za-z0-9_]+)|/(graph_api|bench)/")


def _package(frame: Frame) -> str:
    """The library a frame's code belongs to (``graph_api``, ``graphql``, ``neo4j``, ...)."""
    if frame.is_synthetic:  # [await]: waiting (for Neo4j); [self]: the parent's own code
        return "waiting" if frame.function == "[await]" else _package_of_path(frame)
    return _package_of_path(frame)


def _package_of_path(frame: Frame) -> str:
    path = frame.file_path or (frame.parent.file_path if frame.parent else "") or ""
    found = _PACKAGE.search(path)
    if "/asyncio/" in path:
        return "asyncio"
    if found:
        return found.group(1) or found.group(2)
    return "python" if path.startswith("/") or path.startswith("<") else "other"


def by_package(profiler: Profiler) -> list[tuple[str, float]]:
    """Seconds of the profile spent in each library's own code (self time), largest first."""
    totals: dict[str, float] = {}
    session = profiler.last_session
    root = session.root_frame() if session else None
    stack = [root] if root else []
    while stack:
        frame = stack.pop()
        package = _package(frame)
        totals[package] = totals.get(package, 0.0) + frame.total_self_time
        stack.extend(frame.children)
    return sorted(totals.items(), key=lambda item: -item[1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Profile one operation (bench/profile.py).")
    parser.add_argument("operation")
    parser.add_argument("--calls", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--store", choices=("neo4j", "embedded"), default="neo4j")
    parser.add_argument("--sqlite", type=Path, help="the embedded store's file")
    parser.add_argument("--html", type=Path, help="also write pyinstrument's HTML page here")
    parser.add_argument("--show-all", action="store_true", help="library frames too")
    parser.add_argument("--time-only", action="store_true", help="time the calls, no profile")
    args = parser.parse_args(argv)
    uri = os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687")
    password = os.environ.get("NEO4J_PASSWORD", "")
    auth = (os.environ.get("NEO4J_USER", "neo4j"), password) if password else None
    database = os.environ.get("NEO4J_DATABASE", "neo4j")
    operation = _operation(args.operation, uri, auth, database)
    settings = Settings(
        store=args.store,
        sqlite_path=str(args.sqlite or ":memory:"),
        environment="production",
        jwt_secret=secrets.token_hex(32),
        api_keys_path=":memory:",
        demo_if_empty=False,
        graphiql=False,
        request_timeout_seconds=300,
    )
    profile = not args.time_only
    profiler = asyncio.run(_profile(operation, settings, args.calls, args.warmup, profile))
    if not profile:
        return 0
    print(profiler.output_text(unicode=True, color=False, show_all=args.show_all))
    spent = by_package(profiler)
    total = sum(seconds for _, seconds in spent) or 1.0
    print("self time by library:")
    for package, seconds in spent:
        print(f"  {package:<16} {seconds:8.3f} s  {seconds / total:6.1%}")
    if args.html:
        args.html.write_text(profiler.output_html(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
