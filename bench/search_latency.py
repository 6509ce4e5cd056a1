"""Time ``search`` on the store itself, on two revisions of graph-api, interleaved.

What a search box sends as a user types (a prefix, the same word whole, a typo, a
common word) costs differently; this times each text through ``GraphStore.search`` in a
process of its own per revision and round (the graph_api package of that revision, this
checkout's ``bench``), on the same store, and prints each revision's median per text::

    git worktree add /tmp/search-before <revision>
    GRAPH_API_STORE=embedded GRAPH_API_SQLITE_PATH=/tmp/m100.db \\
      .venv/bin/python -m bench.search_latency /tmp/search-before
    GRAPH_API_STORE=neo4j NEO4J_URI=bolt://127.0.0.1:7687 \\
      .venv/bin/python -m bench.search_latency /tmp/search-before

The store comes from the environment, as for ``graph-api serve``. Each process also
reports its first search (on the embedded store: building the index) and its first
search with a typo to correct (the embedded store's index of deletions).
"""

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from graph_api.traversals import SEARCH
from graph_api.traversals.search.result import SearchRequest

REPO = Path(__file__).resolve().parent.parent

TEXTS = (
    "t",
    "cu",
    "cus",
    "customer",
    "customer ",
    "customer ord",
    "custmer ",
    "zzzzzzz",
    "th",
    "the ",
)
"""Default texts: one letter, prefixes, a word typed and whole, a word and a prefix, a
typo, a word nothing holds, a prefix of the commonest word, the commonest word."""
FIRST = "first search"
FIRST_CORRECTED = "first search with a typo to correct"


async def _time(texts: list[str], calls: int) -> dict[str, tuple[float, int]]:
    """Median ms and hits per text in this process (and its first searches), on the
    environment's store."""
    from graph_api.config import Settings  # this revision's graph_api, on PYTHONPATH
    from graph_api.store.factory import create_store

    store = create_store(Settings(), request_bound=False)
    await store.open()
    timings: dict[str, tuple[float, int]] = {}
    try:
        for name, text in ((FIRST, "ab "), (FIRST_CORRECTED, "zzzzzzy")):
            started = time.perf_counter()
            hits = await store.traverse(SEARCH, SearchRequest(text, None, 20))
            timings[name] = ((time.perf_counter() - started) * 1000, len(hits))
        for text in texts:
            each = []
            for _ in range(calls):
                started = time.perf_counter()
                hits = await store.traverse(SEARCH, SearchRequest(text, None, 20))
                each.append((time.perf_counter() - started) * 1000)
            timings[text] = (statistics.median(each), len(hits))
    finally:
        await store.close()
    return timings


def _run(root: Path, texts: list[str], calls: int) -> dict[str, tuple[float, int]]:
    command = [sys.executable, "-m", "bench.search_latency", "--in-process", "--calls"]
    done = subprocess.run(
        [*command, str(calls), "--texts", json.dumps(texts)],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"failed under {root}:\n{done.stdout}\n{done.stderr}")
    timings: dict[str, tuple[float, int]] = json.loads(done.stdout.splitlines()[-1])
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="search latency at two revisions.")
    parser.add_argument("before", type=Path, nargs="?", help="a checkout of the earlier one")
    parser.add_argument("--after", type=Path, default=REPO, help="default: this checkout")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--calls", type=int, default=7, help="calls per text and round")
    parser.add_argument("--texts", default=json.dumps(TEXTS), help="a JSON list of texts")
    parser.add_argument("--in-process", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    texts: list[str] = json.loads(args.texts)
    if args.in_process:
        print(json.dumps(asyncio.run(_time(texts, args.calls))))
        return 0
    if args.before is None:
        parser.error("the earlier checkout is required")
    # Imported here, not above: the timing processes run under the other revision's
    # graph_api, which the benchmark's operations (imported with it) may not match.
    from bench.compare_revisions import _importable

    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        roots = {
            "before": _importable(args.before, Path(a)),
            "after": _importable(args.after, Path(b)),
        }
        runs: dict[str, list[dict[str, tuple[float, int]]]] = {"before": [], "after": []}
        for number in range(args.rounds):
            order = ("before", "after") if number % 2 == 0 else ("after", "before")
            for which in order:
                runs[which].append(_run(roots[which], texts, args.calls))
    print(f"{'text':<38} {'before ms':>10} {'hits':>5} {'after ms':>10} {'hits':>5}")
    for text in (FIRST, FIRST_CORRECTED, *texts):
        before, after = (
            (statistics.median(r[text][0] for r in runs[w]), runs[w][-1][text][1])
            for w in ("before", "after")
        )
        print(f"{text!r:<38} {before[0]:>10.2f} {before[1]:>5} {after[0]:>10.2f} {after[1]:>5}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
