"""Bulk-load a model file into a store and print how long each phase took, as JSON.

The benchmark runs this in a process of its own (so the loader's memory is not the
benchmark's), with the store's settings in the environment, like ``graph-api load``::

    NEO4J_URI=bolt://127.0.0.1:7687 .venv/bin/python -m bench.load_model FILE --store neo4j

It uses the same functions as ``graph-api load`` (:func:`graph_api.bulk.plan_model`,
:func:`graph_api.bulk.bulk_load`) and prints one JSON object on its last line: nodes,
links and seconds for reading, checking, opening the store (its schema), writing nodes
and links, and all of it.
"""

import argparse
import asyncio
import json
import time
from pathlib import Path
from typing import Any, Literal

from graph_api.bulk import DEFAULT_BATCH_SIZE, BulkReport, bulk_load, plan_model
from graph_api.config import Settings
from graph_api.generate.output import read_document
from graph_api.store.factory import create_store


async def _write(settings: Settings, path: Path, batch_size: int) -> dict[str, Any]:
    started = time.perf_counter()
    document = read_document(path)
    parsed = time.perf_counter()
    plan = plan_model(document)
    checked = time.perf_counter()
    store = create_store(settings, request_bound=False)
    await store.open()
    opened = time.perf_counter()
    try:
        report: BulkReport = await bulk_load(store, plan, batch_size=batch_size)
    finally:
        await store.close()
    ended = time.perf_counter()
    return {
        "store": settings.store,
        "nodes": report.nodes,
        "links": report.links,
        "batch_size": batch_size,
        "read_seconds": round(parsed - started, 3),
        "check_seconds": round(checked - parsed, 3),
        "open_seconds": round(opened - checked, 3),
        "write_seconds": round(report.seconds, 3),
        "node_seconds": round(report.node_seconds, 3),
        "link_seconds": round(report.link_seconds, 3),
        "nodes_per_second": round(report.nodes_per_second, 1),
        "links_per_second": round(report.links_per_second, 1),
        "items_per_second": round((report.nodes + report.links) / report.seconds, 1)
        if report.seconds
        else None,
        "total_seconds": round(ended - started, 3),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Bulk-load a model; print the timings.")
    parser.add_argument("file", type=Path)
    parser.add_argument("--store", choices=("neo4j", "embedded"), required=True)
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    args = parser.parse_args(argv)
    store: Literal["neo4j", "embedded"] = "neo4j" if args.store == "neo4j" else "embedded"
    settings = Settings(store=store)
    print(json.dumps(asyncio.run(_write(settings, args.file, args.batch_size))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
