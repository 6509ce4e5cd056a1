"""GraphStore contract, nodes: upsert (create / update / unchanged) and delete.

Run on every store. Covers versions and ``updatedAt`` changing only when properties
change, ``create_only`` CONFLICT, ``must_exist`` NOT_FOUND, ``expected_version``
CONFLICT on upsert and delete, delete NOT_FOUND, delete removing the node's
relationships, and what ``WriteResult`` reports.
"""

from graph_api.store.base import DeleteNode, GraphStore, NodeRef, UpsertNode
from tests.contract.helpers import (
    expect_error,
    get_one,
    link,
    neighbour_keys,
    persona,
    stage,
    step,
    touchpoint,
    write_small_graph,
)

P1 = NodeRef("Persona", "p1")


async def test_create_then_unchanged_then_update(store: GraphStore) -> None:
    created = await store.write([persona("p1", "Priya")])
    assert (created.created, created.updated, created.unchanged) == ([P1], [], [])
    first = created.records[P1]
    assert (first.kind, first.key, dict(first.props), first.version) == (
        "Persona",
        "p1",
        {"name": "Priya"},
        1,
    )
    assert first.created_at == first.updated_at

    same = await store.write([persona("p1", "Priya")])
    assert (same.created, same.updated, same.unchanged) == ([], [], [P1])
    assert same.records[P1].version == 1
    assert same.records[P1].updated_at == first.updated_at

    changed = await store.write([persona("p1", "Priya", "Works from home")])
    assert (changed.created, changed.updated, changed.unchanged) == ([], [P1], [])
    second = changed.records[P1]
    assert second.version == 2
    assert dict(second.props) == {"name": "Priya", "description": "Works from home"}
    assert second.created_at == first.created_at
    assert second.updated_at >= first.updated_at

    stored = await get_one(store, "Persona", "p1")
    assert stored is not None
    assert (dict(stored.props), stored.version, stored.updated_at) == (
        dict(second.props),
        2,
        second.updated_at,
    )


async def test_upsert_replaces_properties_it_does_not_merge(store: GraphStore) -> None:
    await store.write([persona("p1", "Priya", "Works from home")])
    result = await store.write([persona("p1", "Priya")])
    assert dict(result.records[P1].props) == {"name": "Priya"}
    stored = await get_one(store, "Persona", "p1")
    assert stored is not None and dict(stored.props) == {"name": "Priya"}


async def test_create_only_refuses_an_existing_key(store: GraphStore) -> None:
    await store.write([persona("p1", "Priya")])
    op = UpsertNode("Persona", "p1", {"name": "Other"}, create_only=True)
    error = await expect_error(store, [op], "CONFLICT")
    assert str(error) == "Persona 'p1' already exists"
    stored = await get_one(store, "Persona", "p1")
    assert stored is not None and (dict(stored.props), stored.version) == ({"name": "Priya"}, 1)


async def test_create_only_creates_a_new_key(store: GraphStore) -> None:
    result = await store.write([UpsertNode("Persona", "p1", {"name": "P"}, create_only=True)])
    assert result.created == [P1]


async def test_must_exist_refuses_a_missing_key(store: GraphStore) -> None:
    op = UpsertNode("Persona", "p1", {"name": "Priya"}, must_exist=True)
    error = await expect_error(store, [op], "NOT_FOUND")
    assert error.extensions == {"code": "NOT_FOUND", "kind": "Persona", "key": "p1"}
    assert await store.get_nodes("Persona", ["p1"]) == {}


async def test_expected_version(store: GraphStore) -> None:
    await store.write([persona("p1", "Priya")])
    await store.write([persona("p1", "Priya B")])  # now at version 2
    stale = UpsertNode("Persona", "p1", {"name": "Stale"}, expected_version=1)
    error = await expect_error(store, [stale], "CONFLICT")
    assert str(error) == ("Persona 'p1' is at version 2, not 1: it changed since it was read")
    stored = await get_one(store, "Persona", "p1")
    assert stored is not None and (stored.props["name"], stored.version) == ("Priya B", 2)

    fresh = UpsertNode("Persona", "p1", {"name": "Fresh"}, expected_version=2)
    result = await store.write([fresh])
    assert (result.updated, result.records[P1].version) == ([P1], 3)


async def test_get_nodes_leaves_out_missing_keys(store: GraphStore) -> None:
    await store.write([persona("p1", "A"), persona("p2", "B")])
    found = await store.get_nodes("Persona", ["p2", "nope", "p1"])
    assert sorted(found) == ["p1", "p2"]
    assert found["p2"].props["name"] == "B"
    assert await store.get_nodes("Channel", ["p1"]) == {}


async def test_delete(store: GraphStore) -> None:
    await store.write([persona("p1", "A"), persona("p2", "B")])
    result = await store.write([DeleteNode("Persona", "p1")])
    assert result.deleted == [P1]
    assert sorted(await store.get_nodes("Persona", ["p1", "p2"])) == ["p2"]
    assert await store.count_nodes() == {"Persona": 1}


async def test_delete_missing_is_not_found(store: GraphStore) -> None:
    error = await expect_error(store, [DeleteNode("Persona", "ghost")], "NOT_FOUND")
    assert str(error) == "Persona 'ghost' does not exist"


async def test_delete_with_stale_version_is_conflict(store: GraphStore) -> None:
    await store.write([persona("p1", "A")])
    await store.write([persona("p1", "B")])
    await expect_error(store, [DeleteNode("Persona", "p1", expected_version=1)], "CONFLICT")
    assert sorted(await store.get_nodes("Persona", ["p1"])) == ["p1"]
    result = await store.write([DeleteNode("Persona", "p1", expected_version=2)])
    assert result.deleted == [P1]


async def test_delete_removes_the_relationships(store: GraphStore) -> None:
    await write_small_graph(store)
    await store.write([DeleteNode("Step", "buy")])
    assert await neighbour_keys(store, "Stage", "steps", "plan") == ["check"]
    assert await neighbour_keys(store, "Step", "next", "check") == []
    assert await neighbour_keys(store, "Step", "previous", "ride") == []
    assert await neighbour_keys(store, "Touchpoint", "step", "ticket-app") == []
    # a new node with the same key starts without the old relationships
    await store.write([step("buy", 2)])
    assert await neighbour_keys(store, "Step", "stage", "buy") == []
    assert await neighbour_keys(store, "Step", "touchpoints", "buy") == []
    assert await neighbour_keys(store, "Step", "next", "buy") == []


async def test_delete_then_recreate_in_one_write(store: GraphStore) -> None:
    await store.write(
        [stage("plan"), step("check"), link("HAS_STEP", stage("plan"), step("check"))]
    )
    result = await store.write([DeleteNode("Step", "check"), step("check", 3)])
    assert result.deleted == [NodeRef("Step", "check")]
    assert result.created == [NodeRef("Step", "check")]
    record = await get_one(store, "Step", "check")
    assert record is not None and (record.version, record.props["order"]) == (1, 3)
    assert await neighbour_keys(store, "Stage", "steps", "plan") == []


async def test_count_nodes(store: GraphStore) -> None:
    assert await store.count_nodes() == {}
    await write_small_graph(store)
    await store.write([touchpoint("kiosk")])
    assert await store.count_nodes() == {"Stage": 2, "Step": 3, "Touchpoint": 3, "Channel": 2}
