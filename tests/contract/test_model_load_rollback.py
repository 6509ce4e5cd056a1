"""A model file that the store refuses part-way leaves the store exactly as it was.

The reader cannot see this one coming: the file is valid on its own, but it puts a
step that the store already holds in one stage into a second stage. The store refuses
the link after it has already upserted the file's nodes, and must undo all of it.
"""

import pytest

from graph_api.errors import Conflict
from graph_api.model_io import load_model
from graph_api.store.base import GraphStore
from tests.snapshots import take_snapshot

LATE_CONFLICT = {
    "format": "graph-api/v1",
    "personas": [{"key": "new-persona", "name": "A persona the load must not leave behind"}],
    "steps": [{"key": "fr-book-engineer", "name": "Renamed by the refused load", "order": 9}],
    "stages": [
        {
            "key": "a-second-home",
            "name": "A second stage for a step that already has one",
            "order": 1,
            "steps": ["fr-book-engineer"],
        }
    ],
}


async def test_a_load_refused_by_the_store_writes_nothing(demo_store: GraphStore) -> None:
    before = await take_snapshot(demo_store)
    with pytest.raises(Conflict, match="fr-book-engineer"):
        await load_model(demo_store, LATE_CONFLICT)
    assert await take_snapshot(demo_store) == before
    assert await demo_store.get_nodes("Persona", ["new-persona"]) == {}
