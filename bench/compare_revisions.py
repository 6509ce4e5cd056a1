"""Time the benchmark's operations in process on two revisions of graph-api, interleaved.

For each operation, rounds alternate between the revisions (``bench/profile.py
--time-only`` in a subprocess, on the same Neo4j or embedded file), so that noise from
the machine falls on both alike; prints each revision's median time per call and the
ratio. The benchmark's own code (``bench/``) is this checkout's for both: only the
``graph_api`` package differs. Make the other revision a worktree first::

    git worktree add /tmp/before f9398e4
    NEO4J_URI=bolt://127.0.0.1:7699 .venv/bin/python -m bench.compare_revisions /tmp/before

``--store embedded --sqlite FILE`` compares on the embedded store. Both revisions run with
the packages of this checkout's virtualenv.
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.check_equivalence import REPO
from bench.operations import OPERATIONS

_TIMING = re.compile(r"(\d+) calls, ([\d.]+) ms a call in process")


def _call_ms(root: Path, operation: str, calls: int, extra: list[str]) -> float:
    """Mean ms per call of ``operation`` with the graph_api package found under ``root``."""
    command = [sys.executable, "-m", "bench.profile", operation, "--time-only"]
    done = subprocess.run(
        [*command, "--calls", str(calls), *extra],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        check=False,
    )
    found = _TIMING.search(done.stdout)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"{operation} failed under {root}:\n{done.stdout}\n{done.stderr}")
    return float(found.group(2))


def _importable(checkout: Path, into: Path) -> Path:
    """A folder where ``graph_api`` is ``checkout``'s and ``bench`` is this one's."""
    (into / "graph_api").symlink_to(checkout.resolve() / "graph_api")
    (into / "bench").symlink_to(REPO / "bench")
    return into


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="graph-api at two revisions, side by side.")
    parser.add_argument("before", type=Path, help="a checkout of the earlier revision")
    parser.add_argument("--after", type=Path, default=REPO, help="default: this checkout")
    parser.add_argument("--operations", default="", help="comma-separated (default: all)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--calls", type=int, default=5, help="calls per round")
    parser.add_argument("--store", choices=("neo4j", "embedded"), default="neo4j")
    parser.add_argument("--sqlite", type=Path, help="the embedded store's file")
    args = parser.parse_args(argv)
    extra = ["--store", args.store] + (
        ["--sqlite", str(args.sqlite.resolve())] if args.sqlite else []
    )
    names = [f.__name__ for f in OPERATIONS]
    wanted = [n for n in args.operations.split(",") if n] or None
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        roots = {
            "before": _importable(args.before, Path(a)),
            "after": _importable(args.after, Path(b)),
        }
        print(f"{'operation':<17} {'before ms':>10} {'after ms':>10} {'after/before':>13}")
        for op in _graphql_names(names):
            if wanted and op not in wanted:
                continue
            times: dict[str, list[float]] = {"before": [], "after": []}
            for number in range(args.rounds):
                order = ("before", "after") if number % 2 == 0 else ("after", "before")
                for which in order:
                    times[which].append(_call_ms(roots[which], op, args.calls, extra))
            before, after = (statistics.median(times[w]) for w in ("before", "after"))
            print(f"{op:<17} {before:>10.1f} {after:>10.1f} {after / before:>12.2f}x")
    return 0


def _graphql_names(factories: list[str]) -> list[str]:
    """The operations' names as the benchmark prints them (``painfulSteps``, ...)."""
    return [re.sub(r"_(\w)", lambda m: m.group(1).upper(), name) for name in factories]


if __name__ == "__main__":
    raise SystemExit(main())
