"""Prove that graph-api, @neo4j/graphql (6.x and 7.x) and plain Cypher give the same answers.

Starts the GraphQL servers on one Neo4j (graph-api as ``graph-api serve --store neo4j``
with a JWT secret, called with an admin token; @neo4j/graphql as
``node ../server.mjs`` in ``bench/neo4j-graphql/v6`` and ``v7``), picks the parameters
from the data, runs every operation of ``bench/operations/`` on all of them and on the
floor, normalises the answers and compares them; prints a table and exits 1 if any
answer differs (with the difference).

From the repository root, with a model in the database::

    NEO4J_URI=bolt://127.0.0.1:7693 .venv/bin/python -m bench.check_equivalence

``--load-demo-if-empty`` lets graph-api load the demo model into an empty database as
it starts (``GRAPH_API_DEMO_IF_EMPTY``); otherwise an empty database is an error.
Needs ``npm ci`` in ``bench/neo4j-graphql/v6`` and ``v7`` once. Exit status: 0 when every answer
agrees, 1 when one differs or fails (a GraphQL error), 2 when the check could not run.
"""

import argparse
import difflib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any

import httpx
import jwt
from neo4j import Driver, GraphDatabase, NotificationMinimumSeverity, RoutingControl

from bench.neo4j_graphql_typedefs import OUTPUTS, REFERENCE_DIR, type_defs
from bench.operations import JSON, Operation, Value, operations, pick_parameters
from bench.targets import REFERENCES

REPO = Path(__file__).resolve().parents[1]


def reference_dir(major: int) -> Path:
    """The directory of @neo4j/graphql ``major``.x: its packages and type definitions;
    the reference server runs from there (``node ../server.mjs``)."""
    return REFERENCE_DIR / f"v{major}"


def bench_driver(uri: str, auth: tuple[str, str] | None) -> Driver:
    """A driver for the benchmark's own Cypher (the floor, the parameters, the checks).

    Without notifications: Neo4j warns about every relationship type or label the
    data lacks (the walks name every type of the metamodel), and the driver logs each
    warning for every call, which flooded the benchmark's output. graph-api's own
    driver turns them off the same way.
    """
    return GraphDatabase.driver(
        uri, auth=auth, notifications_min_severity=NotificationMinimumSeverity.OFF
    )


class CheckError(Exception):
    """Something that stops the check before it can compare (setup, a GraphQL error)."""


@dataclass(frozen=True)
class Server:
    """A server started for the check, and where it listens."""

    name: str
    process: subprocess.Popen[bytes]
    url: str
    log: Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _tail(log: Path, lines: int = 30) -> str:
    text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    return "\n".join(text.splitlines()[-lines:])


@contextmanager
def running(
    name: str,
    command: list[str],
    env: dict[str, str],
    cwd: Path,
    url: str,
    ready: Callable[[httpx.Client], bool],
    log: Path,
    timeout: float,
) -> Iterator[Server]:
    """Start ``command``, wait until ``ready``, yield it; SIGTERM (then SIGKILL) on exit."""
    handle: IO[bytes] = log.open("wb")
    process = subprocess.Popen(command, env=env, cwd=cwd, stdout=handle, stderr=subprocess.STDOUT)
    server = Server(name, process, url, log)
    try:
        deadline = time.monotonic() + timeout
        with httpx.Client(timeout=5) as client:
            while True:
                if process.poll() is not None:
                    raise CheckError(f"{name} exited ({process.returncode}):\n{_tail(log)}")
                try:
                    if ready(client):
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    raise CheckError(f"{name} not ready after {timeout:.0f} s:\n{_tail(log)}")
                time.sleep(0.25)
        yield server
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        handle.close()


@contextmanager
def reference_server(
    name: str,
    major: int,
    node: str,
    neo4j_env: dict[str, str],
    log: Path,
    timeout: float,
) -> Iterator[Server]:
    """@neo4j/graphql ``major``.x on a free port, from its directory, until closed."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/graphql"
    with running(
        name,
        [node, "../server.mjs", str(port)],
        {**os.environ, **neo4j_env, "PORT": str(port)},
        reference_dir(major),
        url,
        lambda c: c.post(url, json={"query": "{__typename}"}).status_code == 200,
        log,
        timeout,
    ) as server:
        yield server


def admin_token(secret: str) -> str:
    """A JWT graph-api accepts as an admin (claims sub, role, exp; HS256)."""
    claims = {"sub": "bench", "role": "admin", "exp": datetime.now(UTC) + timedelta(hours=2)}
    return jwt.encode(claims, secret, algorithm="HS256")


def graphql(
    client: httpx.Client,
    url: str,
    document: str,
    variables: JSON,
    headers: dict[str, str] | None = None,
) -> JSON:
    """The ``data`` of one GraphQL request; CheckError on any error."""
    response = client.post(
        url, json={"query": document, "variables": variables}, headers=headers or {}
    )
    try:
        body = response.json()
    except ValueError:
        raise CheckError(f"{url}: HTTP {response.status_code}: {response.text[:500]}") from None
    if body.get("errors") or body.get("data") is None:
        raise CheckError(f"{url}: {json.dumps(body.get('errors'), indent=1)[:2000]}")
    data: JSON = body["data"]
    return data


def floor(driver: Driver, database: str, operation: Operation) -> list[dict[str, Any]]:
    records, _, _ = driver.execute_query(
        operation.floor,
        operation.floor_parameters,
        database_=database,
        routing_=RoutingControl.READ,
    )
    return [record.data() for record in records]


def size(value: Value) -> str:
    """A short description of how big a normalised answer is."""
    if value is None:
        return "null"
    if isinstance(value, dict) and "nodes" in value:
        return f"{len(value['nodes'])} of {value.get('totalCount', '?')}"
    if isinstance(value, dict) and "pages" in value:  # pagedImpact's summary and pages
        shown = sum(len(page["items"]) for page in value["pages"])
        return f"{shown} of {value['total']}"
    if isinstance(value, list):
        return f"{len(value)} items"
    return "1 node" if isinstance(value, dict) else "1 value"


def leaf_count(value: Value) -> int:
    """How many scalars a normalised answer holds (how much was compared)."""
    if isinstance(value, dict):
        return sum(leaf_count(v) for v in value.values())
    if isinstance(value, list):
        return sum(leaf_count(v) for v in value)
    return 1


def difference(expected: Value, found: Value, limit: int = 60) -> str:
    a = json.dumps(expected, indent=1, sort_keys=True, default=str).splitlines()
    b = json.dumps(found, indent=1, sort_keys=True, default=str).splitlines()
    diff = list(difflib.unified_diff(a, b, "floor", "answer", lineterm="", n=2))
    return "\n".join(diff[:limit]) + ("\n..." if len(diff) > limit else "")


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Check that the three implementations agree.")
    env = os.environ.get
    parser.add_argument("--neo4j-uri", default=env("NEO4J_URI", "bolt://127.0.0.1:7687"))
    parser.add_argument("--neo4j-user", default=env("NEO4J_USER", "neo4j"))
    parser.add_argument("--neo4j-password", default=env("NEO4J_PASSWORD", ""))
    parser.add_argument("--neo4j-database", default=env("NEO4J_DATABASE", "neo4j"))
    parser.add_argument(
        "--load-demo-if-empty",
        action="store_true",
        help="let graph-api load the demo model into an empty database",
    )
    parser.add_argument("--node", default=env("NODE", "node"), help="the Node.js binary")
    parser.add_argument(
        "--start-timeout", type=float, default=180.0, help="seconds to wait for each server"
    )
    parser.add_argument(
        "--target-leaves", type=int, default=1000, help="touchpoints for the nested query"
    )
    return parser.parse_args(argv)


def _preflight(node: str) -> None:
    for major, path in OUTPUTS.items():
        if not path.exists() or path.read_text(encoding="utf-8") != type_defs(major):
            raise CheckError(
                f"{path.relative_to(REPO)} is stale: "
                "run .venv/bin/python -m bench.neo4j_graphql_typedefs"
            )
        directory = reference_dir(major)
        if not (directory / "node_modules" / "@neo4j" / "graphql").is_dir():
            raise CheckError(
                f"@neo4j/graphql {major}.x is not installed: run `npm ci` in "
                f"{directory.relative_to(REPO)}"
            )
    if shutil.which(node) is None:
        raise CheckError(f"no Node.js binary {node!r}")


def _graph_api_command() -> list[str]:
    script = Path(sys.executable).parent / "graph-api"
    if script.exists():
        return [str(script)]
    found = shutil.which("graph-api")
    if found is None:
        raise CheckError("no graph-api command: pip install -e . first")
    return [found]


def check(args: argparse.Namespace) -> int:
    _preflight(args.node)
    auth = (args.neo4j_user, args.neo4j_password) if args.neo4j_password else None
    database: str = args.neo4j_database
    with ExitStack() as stack:
        driver = stack.enter_context(bench_driver(args.neo4j_uri, auth))
        driver.verify_connectivity()
        records, _, _ = driver.execute_query(
            "MATCH (n) WHERE NOT n:ChangeLogEntry AND NOT n:ChangeLogSequence "
            "AND NOT n:StoreVersion RETURN count(n) AS nodes",
            database_=database,
            routing_=RoutingControl.READ,
        )
        if records[0]["nodes"] == 0 and not args.load_demo_if_empty:
            raise CheckError(
                "the database is empty: load a model (graph-api seed seeds/demo.yaml "
                "--store neo4j) or pass --load-demo-if-empty"
            )

        logs = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-check-")))
        neo4j_env = {
            "NEO4J_URI": args.neo4j_uri,
            "NEO4J_USER": args.neo4j_user,
            "NEO4J_PASSWORD": args.neo4j_password,
            "NEO4J_DATABASE": database,
        }
        secret = secrets.token_hex(32)
        ours_port = free_port()
        ours_env = {
            **os.environ,
            **neo4j_env,
            "GRAPH_API_STORE": "neo4j",
            "GRAPH_API_ENVIRONMENT": "production",
            "GRAPH_API_JWT_SECRET": secret,
            "GRAPH_API_DEMO_IF_EMPTY": "true" if args.load_demo_if_empty else "false",
            "GRAPH_API_API_KEYS_PATH": str(logs / "api-keys.db"),
            "GRAPH_API_GRAPHIQL": "false",
            # A cold Neo4j can take longer than the default 10 s to load the demo.
            "GRAPH_API_REQUEST_TIMEOUT_SECONDS": "120",
        }
        ours = stack.enter_context(
            running(
                "graph-api",
                [*_graph_api_command(), "serve", "--store", "neo4j", "--port", str(ours_port)],
                ours_env,
                REPO,
                f"http://127.0.0.1:{ours_port}/graphql",
                lambda c: c.get(f"http://127.0.0.1:{ours_port}/readyz").status_code == 200,
                logs / "graph-api.log",
                args.start_timeout,
            )
        )
        references = {
            name: stack.enter_context(
                reference_server(
                    name,
                    major,
                    args.node,
                    neo4j_env,
                    logs / f"neo4j-graphql-{major}.log",
                    args.start_timeout,
                )
            )
            for name, major in REFERENCES.items()
        }

        parameters = pick_parameters(driver, database, target_leaves=args.target_leaves)
        print("parameters:", json.dumps(asdict(parameters)))
        headers = {"Authorization": f"Bearer {admin_token(secret)}"}
        client = stack.enter_context(httpx.Client(timeout=120))

        rows: list[tuple[str, ...]] = []
        failures: list[str] = []
        for operation in operations(parameters):
            expected = operation.from_floor(floor(driver, database, operation))
            asked = [
                (
                    "graph-api",
                    ours.url,
                    operation.ours,
                    operation.ours_variables,
                    headers,
                    operation.from_ours,
                )
            ]
            for name, reference in references.items():
                form = operation.reference_for(REFERENCES[name])
                if form is not None:
                    asked.append(
                        (name, reference.url, form.document, form.variables, {}, form.normalise)
                    )
            verdicts = {name: "n/a" for name in ("graph-api", *REFERENCES)}
            for name, url, document, variables, sent_headers, normalise in asked:
                try:
                    value = normalise(graphql(client, url, document, variables, sent_headers))
                except CheckError as exc:  # a GraphQL error: this one cannot answer
                    verdicts[name] = "FAILED"
                    failures.append(f"{operation.name}, {name} failed:\n{exc}"[:3000])
                    continue
                verdicts[name] = "=" if value == expected else "DIFFERS"
                if value != expected:
                    failures.append(f"{operation.name}, {name}:\n{difference(expected, value)}")
            rows.append(
                (operation.name, size(expected), str(leaf_count(expected)), *verdicts.values())
            )

    _table(rows)
    print("\nhow @neo4j/graphql answers:")
    for operation in operations(parameters):
        print(f"  {operation.name}: {operation.reference_note}")
    for failure in failures:
        print(f"\n{failure}")
    if failures:
        print(f"\n{len(failures)} answers differ from the floor or failed")
        return 1
    print("\nall answers equal: graph-api = @neo4j/graphql 6.x and 7.x = Cypher floor")
    return 0


def _table(rows: list[tuple[str, ...]]) -> None:
    header = ("operation", "answer", "values", "graph-api", *REFERENCES)
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    print()
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
    print(
        "\n'=': the normalised answer equals the Cypher floor's; 'values': how many "
        "scalars were compared"
    )


def main(argv: list[str] | None = None) -> int:
    try:
        return check(_parse_args(argv))
    except CheckError as exc:
        print(f"check_equivalence: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
