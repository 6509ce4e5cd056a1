"""GraphStore contract, atomicity: a write that fails anywhere leaves no trace.

Run on every store. Each failing write first creates, updates and deletes nodes and
adds and removes links, then fails on its last operation (each kind of refusal in
turn); a full snapshot (every node with its audit fields, every relationship from both
ends) must equal the one taken before. Also on the demo model, and for a model file
whose links conflict with the store.
"""

import pytest

from graph_api.errors import GraphApiError
from graph_api.model_io import load_model
from graph_api.store.base import (
    AddLink,
    DeleteNode,
    GraphStore,
    RemoveLink,
    UpsertNode,
    WriteOp,
)
from tests.contract.helpers import expect_error, persona, ref, step, write_small_graph
from tests.expected_demo import DEMO_LINKS, DEMO_NODES
from tests.snapshots import take_snapshot

SUCCEEDING_PREFIX: list[WriteOp] = [
    step("walk", 3),
    step("ride", 5),  # an update: ride was at order 1
    DeleteNode("Step", "buy"),  # takes four relationships with it
    AddLink("HAS_STEP", ref("Stage", "travel"), ref("Step", "walk")),
    RemoveLink("ON_CHANNEL", ref("Touchpoint", "board"), ref("Channel", "station")),
    AddLink("ON_CHANNEL", ref("Touchpoint", "board"), ref("Channel", "app")),
    persona("newcomer", "Newcomer"),
]

FAILING_LAST_OPS: list[tuple[str, WriteOp, str]] = [
    (
        "link-to-missing",
        AddLink("HAS_STEP", ref("Stage", "plan"), ref("Step", "ghost")),
        "NOT_FOUND",
    ),
    ("second-stage", AddLink("HAS_STEP", ref("Stage", "travel"), ref("Step", "check")), "CONFLICT"),
    (
        "create-only",
        UpsertNode("Stage", "plan", {"name": "P", "order": 1}, create_only=True),
        "CONFLICT",
    ),
    (
        "stale-version",
        UpsertNode("Step", "check", {"name": "C", "order": 1}, expected_version=7),
        "CONFLICT",
    ),
    (
        "must-exist",
        UpsertNode("Step", "ghost", {"name": "G", "order": 1}, must_exist=True),
        "NOT_FOUND",
    ),
    ("unlink-absent", RemoveLink("NEXT", ref("Step", "ride"), ref("Step", "check")), "NOT_FOUND"),
    ("delete-deleted", DeleteNode("Step", "buy"), "NOT_FOUND"),
    ("bad-triple", AddLink("OWNS", ref("Stage", "plan"), ref("Step", "check")), "VALIDATION"),
]


@pytest.mark.parametrize(
    ("last_op", "code"),
    [(op, code) for _, op, code in FAILING_LAST_OPS],
    ids=[name for name, _, _ in FAILING_LAST_OPS],
)
async def test_a_write_failing_last_leaves_the_store_as_before(
    store: GraphStore, last_op: WriteOp, code: str
) -> None:
    await write_small_graph(store)
    before = await take_snapshot(store)
    assert len(before.nodes) == 9 and len(before.edges) == 9

    await expect_error(store, [*SUCCEEDING_PREFIX, last_op], code)

    assert await take_snapshot(store) == before
    assert await store.count_nodes() == {"Stage": 2, "Step": 3, "Touchpoint": 2, "Channel": 2}


async def test_the_same_write_without_its_failing_op_succeeds(store: GraphStore) -> None:
    """The prefix used above is valid on its own: the failures come from the last op."""
    await write_small_graph(store)
    result = await store.write(SUCCEEDING_PREFIX)
    assert sorted(result.created) == [ref("Persona", "newcomer"), ref("Step", "walk")]
    assert (result.updated, result.deleted) == ([ref("Step", "ride")], [ref("Step", "buy")])
    assert (result.linked, result.unlinked) == (2, 1)
    after = await take_snapshot(store)
    assert ("ON_CHANNEL", ref("Touchpoint", "board"), ref("Channel", "app")) in after.edges
    assert len(after.edges) == 9 - 4 + 2 - 1


async def test_a_failed_write_on_the_demo_leaves_it_as_before(demo_store: GraphStore) -> None:
    before = await take_snapshot(demo_store)
    assert (len(before.nodes), len(before.edges)) == (DEMO_NODES, DEMO_LINKS)
    ops: list[WriteOp] = [
        DeleteNode("Journey", "fault-repair"),
        DeleteNode("Step", "fr-call-support"),
        UpsertNode("PainPoint", "ivr-queue", {"name": "Renamed", "severity": 1}),
        AddLink("HAS_STEP", ref("Stage", "report-fault"), ref("Step", "fr-book-engineer")),
    ]
    await expect_error(demo_store, ops, "CONFLICT")
    assert await take_snapshot(demo_store) == before


async def test_the_demo_snapshot_is_consistent_from_both_ends(demo_store: GraphStore) -> None:
    snapshot = await take_snapshot(demo_store)
    assert snapshot.edges_from_source == snapshot.edges_from_target
    assert all(props and version == 1 for props, version, _, _ in snapshot.nodes.values())


async def test_a_model_conflicting_with_the_store_writes_nothing(store: GraphStore) -> None:
    await write_small_graph(store)
    before = await take_snapshot(store)
    document = {
        "format": "graph-api/v1",
        "personas": [{"key": "new-persona", "name": "New persona"}],
        "steps": [{"key": "extra", "name": "Extra", "order": 9}],
        "stages": [{"key": "travel", "name": "Travel", "order": 2, "steps": ["check", "extra"]}],
    }
    with pytest.raises(GraphApiError) as info:
        await load_model(store, document)
    assert info.value.code == "CONFLICT"
    assert await take_snapshot(store) == before
