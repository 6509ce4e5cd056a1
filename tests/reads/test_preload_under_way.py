"""A preload that finds a node already being read by another field of the same request
(fields resolve concurrently) waits for that read instead of handing out a node that is
not there yet: several diagrams of one query name the same step."""

import asyncio
from collections.abc import Sequence
from typing import Any, cast

from graph_api.graphql.loaders import Loaders
from graph_api.model_io import load_model
from graph_api.store.base import GraphStore, NodeRecord, NodeRef
from graph_api.store.read_plan import ReadPlan

MODEL = {
    "format": "graph-api/v1",
    "journeys": [
        {
            "key": "journey",
            "name": "Claim",
            "stages": [
                {
                    "key": "stage",
                    "name": "Report",
                    "order": 1,
                    "steps": [
                        {"key": "step-1", "name": "Call", "order": 1},
                        {"key": "step-2", "name": "Upload photos", "order": 2},
                    ],
                }
            ],
        }
    ],
}


class SlowSingleReads:
    """The store, except that a field's own load (``get_nodes``) finishes only after the
    preload's round trip (``read_all``) has: the order that lost a node before."""

    def __init__(self, store: GraphStore) -> None:
        self._store = store
        self.preload_done = asyncio.Event()

    async def get_nodes(self, kind: str, keys: Sequence[str]) -> dict[str, NodeRecord]:
        await self.preload_done.wait()
        return await self._store.get_nodes(kind, list(keys))

    async def read_all(self, plans: Sequence[ReadPlan]) -> Any:
        answers = await self._store.read_all(plans)
        self.preload_done.set()
        return answers

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


async def test_a_preload_waits_for_a_load_under_way(store: GraphStore) -> None:
    await load_model(store, MODEL)
    slow = SlowSingleReads(store)
    loaders = Loaders(cast(GraphStore, slow))
    step_1, step_2 = NodeRef("Step", "step-1"), NodeRef("Step", "step-2")
    under_way = loaders.nodes("Step").load("step-1")  # another field's read, pending

    await loaders.preload([step_1, step_2])

    first, second = loaders.preloaded(step_1), loaders.preloaded(step_2)
    assert first is not None and first.props["name"] == "Call"
    assert second is not None and second.props["name"] == "Upload photos"
    assert (await under_way) == first
