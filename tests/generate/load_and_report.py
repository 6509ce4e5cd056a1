"""A bulk load (``graph-api load``'s code) that reports each batch on stdout, to be killed.

Run as ``python -m tests.generate.load_and_report FILE BATCH_SIZE`` with the store chosen
by the environment (``GRAPH_API_STORE``, ``GRAPH_API_SQLITE_PATH``, ``GRAPH_API_NEO4J_URI``),
as ``graph-api load`` would. After each batch is written it prints ``sent NODES LINKS``
(the totals so far) and flushes, so that a test can SIGKILL it at a chosen point; then
``committed`` once the load returned. A refused load prints ``refused`` and exits 1.
"""

import asyncio
import sys
from pathlib import Path

from graph_api.bulk import BulkRefused, bulk_load, plan_model
from graph_api.config import Settings
from graph_api.generate.output import read_document
from graph_api.store.factory import create_store


async def main(file: Path, batch_size: int) -> int:
    plan = plan_model(read_document(file))
    store = create_store(Settings(), request_bound=False)
    await store.open()
    totals = [0, 0]

    def report(nodes: int, links: int) -> None:
        totals[0] += nodes
        totals[1] += links
        print(f"sent {totals[0]} {totals[1]}", flush=True)

    try:
        await bulk_load(store, plan, batch_size=batch_size, progress=report)
    except BulkRefused as exc:
        print(f"refused {exc.summary}", flush=True)
        return 1
    finally:
        await store.close()
    print("committed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main(Path(sys.argv[1]), int(sys.argv[2]))))
