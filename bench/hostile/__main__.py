"""Reproduce the hostile-load findings against a real production-mode server and print
a figure for each: ``python -m bench.hostile [--checkout DIR] [--store neo4j]``.

The server is ``graph-api serve`` of the checkout (this repository by default; another
revision's worktree to measure it the same way on the same machine), in production mode
on the demo model, started by this script on a loopback port and stopped at the end.
Findings 1-7, 9, 10 and 12 share one server; 8 (an import of 100,000 elements) has one
of its own; 11 and 12 also run the checkout's CLI. Finding 11 needs an empty Neo4j
(``--neo4j-uri``, or ``NEO4J_URI``); it is skipped without one. Every request has a
bound, so the run ends by itself (5-10 minutes against a release that has the
findings, 2 cores).
"""

import argparse
import asyncio
import os
import subprocess
import sys
from collections.abc import Callable, Coroutine
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from bench.check_equivalence import REPO
from bench.environment import Neo4jConnection
from bench.hostile import commands, requests
from bench.hostile.finding import Finding
from bench.hostile.server import Checkout, RunningServer, checkout_in, imported_from, serving

Measure = Callable[[RunningServer, Checkout], Coroutine[Any, Any, Finding]]

# On the shared server, in this order: the cheap ones first, the ones that load it last.
SHARED: dict[int, Measure] = {
    7: requests.production_defaults,
    5: requests.schema_leaks,
    4: requests.malformed_bodies,
    6: requests.log_flooding,
    9: requests.subject_collision,
    10: requests.exact_thresholds,
    12: commands.control_characters,
    1: requests.validation_cost,
    2: requests.body_size,
    3: requests.filter_cost,
}


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--checkout", type=Path, default=REPO, help="default: this repository")
    parser.add_argument("--store", choices=("embedded", "neo4j"), default="embedded")
    parser.add_argument("--neo4j-uri", default=os.environ.get("NEO4J_URI", ""))
    parser.add_argument("--neo4j-user", default=os.environ.get("NEO4J_USER", "neo4j"))
    parser.add_argument("--neo4j-password", default=os.environ.get("NEO4J_PASSWORD", ""))
    parser.add_argument("--neo4j-database", default=os.environ.get("NEO4J_DATABASE", "neo4j"))
    parser.add_argument(
        "--wipe", action="store_true", help="delete what the Neo4j database holds first"
    )
    parser.add_argument("--only", default="", help="comma-separated finding numbers")
    parser.add_argument("--keep", type=Path, help="keep logs, models and databases here")
    return parser.parse_args(argv)


def _neo4j(args: argparse.Namespace) -> Neo4jConnection | None:
    if not args.neo4j_uri:
        return None
    return Neo4jConnection(
        args.neo4j_uri, args.neo4j_user, args.neo4j_password, args.neo4j_database
    )


def _revision(root: Path) -> str:
    done = subprocess.run(
        ["git", "-C", str(root), "log", "-1", "--format=%h %s"],
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stdout.strip()[:90] or "not a git checkout"


def measure(checkout: Checkout, wanted: set[int]) -> list[Finding]:
    """Every wanted finding, each measured once."""
    found: list[Finding] = []
    shared = [number for number in SHARED if number in wanted]
    if shared:
        with serving(checkout, "shared") as server:
            for number in shared:
                found.append(asyncio.run(SHARED[number](server, checkout)))
                print(f"  {found[-1].number}: {found[-1].seen}", flush=True)
    if checkout.neo4j is not None:
        commands.wipe_neo4j(checkout)
    if 8 in wanted:
        with serving(checkout, "import", GRAPH_API_SQLITE_PATH=str(checkout.work / "i.db")) as s:
            found.append(asyncio.run(requests.long_import(s, checkout)))
            print(f"  {found[-1].number}: {found[-1].seen}", flush=True)
    if checkout.neo4j is not None:
        commands.wipe_neo4j(checkout)
    if 11 in wanted:
        found.append(commands.killed_load(checkout))
        print(f"  {found[-1].number}: {found[-1].seen}", flush=True)
    return sorted(found, key=lambda finding: finding.number)


def report(findings: list[Finding], heading: str) -> None:
    table = Table(title=heading, show_lines=True)
    table.add_column("#", justify="right")
    table.add_column("finding")
    table.add_column("seen")
    for finding in findings:
        table.add_row(str(finding.number), finding.title, finding.seen)
    Console(width=160).print(table)
    print(f"\n{heading}\n\n| # | finding | seen |\n|---|---|---|")
    for finding in findings:
        print(f"| {finding.number} | {finding.title} | {finding.seen.replace('|', '/')} |")


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    wanted = {int(n) for n in args.only.split(",") if n} or set(range(1, 13))
    neo4j = _neo4j(args)
    if args.store == "neo4j" and neo4j is None:
        print("--store neo4j needs --neo4j-uri (or NEO4J_URI)", file=sys.stderr)
        return 2
    with ExitStack() as stack:
        checkout = stack.enter_context(checkout_in(args.checkout, args.store, neo4j, args.keep))
        if neo4j is not None:
            nodes, _ = commands.neo4j_counts(checkout)
            if nodes and not args.wipe:
                print(
                    f"the Neo4j database at {neo4j.uri} holds {nodes:,} nodes: give an empty "
                    "one, or --wipe to delete them",
                    file=sys.stderr,
                )
                return 2
            commands.wipe_neo4j(checkout)
        package = imported_from(checkout)
        heading = (
            f"{checkout.root} ({_revision(checkout.root)}), {args.store} store, "
            f"graph_api from {package}, {os.cpu_count()} cores"
        )
        print(heading, flush=True)
        if not package.is_relative_to(checkout.root):
            print(f"graph_api is imported from {package}, not the checkout", file=sys.stderr)
            return 2
        report(measure(checkout, wanted), heading)
    return 0


if __name__ == "__main__":
    sys.exit(main())
