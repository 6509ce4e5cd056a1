"""A capability's level is its depth in the capability map, derived on every write.

On both stores: a new capability is at the top until it is part of another; linking,
unlinking, re-parenting and deleting re-level the parts below, at any depth (no cap at
3); a level a write gives is left aside; a capability re-levelled by a write that did
not otherwise change it gets a new version and a change-log entry; a failed write
leaves every level as it was.
"""

from itertools import pairwise

import pytest

from graph_api.bulk import plan_model
from graph_api.errors import GraphApiError
from graph_api.model_io import FORMAT
from graph_api.store.base import AddLink, DeleteNode, GraphStore, NodeRef, RemoveLink, UpsertNode
from graph_api.store.change_log import ChangeLogQuery

DEPTH = 7


def _cap(key: str, **props: object) -> UpsertNode:
    return UpsertNode("Capability", key, {"name": key.upper(), **props})


def _part_of(part: str, whole: str) -> AddLink:
    return AddLink("PART_OF", NodeRef("Capability", part), NodeRef("Capability", whole))


async def _levels(store: GraphStore, *keys: str) -> dict[str, int]:
    records = await store.get_nodes("Capability", list(keys))
    return {key: records[key].props["level"] for key in keys}


async def test_levels_follow_the_hierarchy_at_any_depth(store: GraphStore) -> None:
    chain = [f"c{i}" for i in range(DEPTH)]
    await store.write(
        [_cap(key, level=1) for key in chain]
        + [_part_of(part, whole) for whole, part in pairwise(chain)]
    )
    assert await _levels(store, *chain) == {key: i + 1 for i, key in enumerate(chain)}


async def test_a_level_given_is_left_aside(store: GraphStore) -> None:
    await store.write([_cap("top"), _cap("part", level=5), _part_of("part", "top")])
    assert await _levels(store, "top", "part") == {"top": 1, "part": 2}
    result = await store.write([_cap("part", level=9)])
    assert result.unchanged == [NodeRef("Capability", "part")]
    assert await _levels(store, "part") == {"part": 2}


async def test_moving_unlinking_and_deleting_relevel_what_is_below(store: GraphStore) -> None:
    await store.write(
        [_cap(k) for k in ("a", "b", "b1", "b2", "x")]
        + [_part_of("b", "a"), _part_of("b1", "b"), _part_of("b2", "b1")]
    )
    assert await _levels(store, "a", "b", "b1", "b2", "x") == {
        "a": 1,
        "b": 2,
        "b1": 3,
        "b2": 4,
        "x": 1,
    }
    before = (await store.get_nodes("Capability", ["b2"]))["b2"]
    moved = await store.write(
        [RemoveLink("PART_OF", NodeRef("Capability", "b1"), NodeRef("Capability", "b"))]
    )
    assert await _levels(store, "b1", "b2") == {"b1": 1, "b2": 2}
    assert set(moved.updated) == {NodeRef("Capability", "b1"), NodeRef("Capability", "b2")}
    after = moved.records[NodeRef("Capability", "b2")]
    assert after.version == before.version + 1
    await store.write([_part_of("b1", "x"), _part_of("x", "a")])
    assert await _levels(store, "x", "b1", "b2") == {"x": 2, "b1": 3, "b2": 4}
    await store.write([DeleteNode("Capability", "x")])
    assert await _levels(store, "b1", "b2") == {"b1": 1, "b2": 2}
    log = await store.change_log(ChangeLogQuery(NodeRef("Capability", "b2")))
    assert [entry.event.type.name for entry in log].count("UPDATED") == 3


async def test_a_failed_write_leaves_every_level_as_it_was(store: GraphStore) -> None:
    await store.write([_cap("a"), _cap("b"), _part_of("b", "a")])
    with pytest.raises(GraphApiError):
        await store.write(
            [
                RemoveLink("PART_OF", NodeRef("Capability", "b"), NodeRef("Capability", "a")),
                DeleteNode("Capability", "missing"),
            ]
        )
    assert await _levels(store, "a", "b") == {"a": 1, "b": 2}


async def test_a_bulk_load_derives_the_levels_of_its_map(store: GraphStore) -> None:
    chain = [f"b{i}" for i in range(DEPTH)]
    document = {
        "format": FORMAT,
        "capabilities": [
            {"key": key, "name": key.upper(), "level": 3, **({"parent": whole} if whole else {})}
            for whole, key in zip([None, *chain], chain, strict=False)
        ],
    }
    await store.bulk_create(plan_model(document))
    assert await _levels(store, *chain) == {key: i + 1 for i, key in enumerate(chain)}
