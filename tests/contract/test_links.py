"""GraphStore contract, relationships: link, unlink and the rules on them.

Run on every store. Covers idempotent links, links to a missing node (NOT_FOUND, nothing
written), single-ended relationships (CONFLICT for a step's second stage, a touchpoint's
second channel, also within one write), unlinking (and NOT_FOUND when absent), and
triples the metamodel does not allow (VALIDATION).
"""

import pytest

from graph_api.store.base import AddLink, GraphStore, NodeRef, RemoveLink
from tests.contract.helpers import (
    channel,
    expect_error,
    link,
    neighbour_keys,
    ref,
    stage,
    step,
    touchpoint,
    write_small_graph,
)


async def test_link_is_idempotent(store: GraphStore) -> None:
    await store.write([stage("plan"), step("check")])
    first = await store.write([link("HAS_STEP", stage("plan"), step("check"))])
    again = await store.write([link("HAS_STEP", stage("plan"), step("check"))])
    assert (first.linked, again.linked) == (1, 0)
    assert await neighbour_keys(store, "Stage", "steps", "plan") == ["check"]
    assert await neighbour_keys(store, "Step", "stage", "check") == ["plan"]


async def test_the_same_link_twice_in_one_write_counts_once(store: GraphStore) -> None:
    await store.write([stage("plan"), step("check")])
    op = link("HAS_STEP", stage("plan"), step("check"))
    result = await store.write([op, op])
    assert result.linked == 1
    assert await neighbour_keys(store, "Stage", "steps", "plan") == ["check"]


async def test_linking_does_not_change_versions(store: GraphStore) -> None:
    await store.write([stage("plan"), step("check")])
    await store.write([link("HAS_STEP", stage("plan"), step("check"))])
    found = await store.get_nodes("Step", ["check"])
    assert found["check"].version == 1


@pytest.mark.parametrize("missing_end", ["source", "target"])
async def test_link_to_a_missing_node_is_not_found_and_writes_nothing(
    store: GraphStore, missing_end: str
) -> None:
    await store.write([stage("plan")])
    target = ref("Step", "ghost") if missing_end == "target" else ref("Step", "check")
    source = ref("Stage", "ghost") if missing_end == "source" else ref("Stage", "plan")
    ops = [step("check"), AddLink("HAS_STEP", source, target)]
    error = await expect_error(store, ops, "NOT_FOUND")
    assert error.extensions["key"] == "ghost"
    assert await store.get_nodes("Step", ["check"]) == {}
    assert await neighbour_keys(store, "Stage", "steps", "plan") == []
    assert await store.count_nodes() == {"Stage": 1}


async def test_a_step_has_one_stage(store: GraphStore) -> None:
    await write_small_graph(store)
    error = await expect_error(
        store, [AddLink("HAS_STEP", ref("Stage", "travel"), ref("Step", "check"))], "CONFLICT"
    )
    assert "Step 'check' already has HAS_STEP from Stage 'plan'" in str(error)
    assert await neighbour_keys(store, "Step", "stage", "check") == ["plan"]
    assert await neighbour_keys(store, "Stage", "steps", "travel") == ["ride"]


async def test_a_touchpoint_has_one_channel(store: GraphStore) -> None:
    await write_small_graph(store)
    error = await expect_error(
        store,
        [AddLink("ON_CHANNEL", ref("Touchpoint", "board"), ref("Channel", "app"))],
        "CONFLICT",
    )
    assert "Touchpoint 'board' already has ON_CHANNEL Channel 'station'" in str(error)
    assert await neighbour_keys(store, "Touchpoint", "channel", "board") == ["station"]


async def test_cardinality_is_checked_within_one_write(store: GraphStore) -> None:
    await store.write([touchpoint("tp"), channel("web"), channel("app")])
    ops = [
        link("ON_CHANNEL", touchpoint("tp"), channel("web")),
        link("ON_CHANNEL", touchpoint("tp"), channel("app")),
    ]
    await expect_error(store, ops, "CONFLICT")
    assert await neighbour_keys(store, "Touchpoint", "channel", "tp") == []


async def test_moving_a_step_is_unlink_then_link(store: GraphStore) -> None:
    await write_small_graph(store)
    result = await store.write(
        [
            RemoveLink("HAS_STEP", ref("Stage", "plan"), ref("Step", "buy")),
            AddLink("HAS_STEP", ref("Stage", "travel"), ref("Step", "buy")),
        ]
    )
    assert (result.unlinked, result.linked) == (1, 1)
    assert await neighbour_keys(store, "Step", "stage", "buy") == ["travel"]
    # Steps come by position: ride (order 1) before buy (order 2).
    assert await neighbour_keys(store, "Stage", "steps", "travel") == ["ride", "buy"]


async def test_many_ended_relationships_take_many(store: GraphStore) -> None:
    await write_small_graph(store)
    result = await store.write([link("NEXT", step("check"), step("ride"))])
    assert result.linked == 1
    # By position (order), then key: ride and check are 1, buy is 2.
    assert await neighbour_keys(store, "Step", "next", "check") == ["ride", "buy"]
    assert await neighbour_keys(store, "Step", "previous", "ride") == ["check", "buy"]


async def test_unlink(store: GraphStore) -> None:
    await write_small_graph(store)
    result = await store.write([RemoveLink("NEXT", ref("Step", "check"), ref("Step", "buy"))])
    assert result.unlinked == 1
    assert await neighbour_keys(store, "Step", "next", "check") == []
    assert await neighbour_keys(store, "Step", "next", "buy") == ["ride"]
    assert sorted(await store.get_nodes("Step", ["check", "buy"])) == ["buy", "check"]


async def test_unlink_absent_is_not_found(store: GraphStore) -> None:
    await write_small_graph(store)
    error = await expect_error(
        store, [RemoveLink("NEXT", ref("Step", "ride"), ref("Step", "check"))], "NOT_FOUND"
    )
    assert str(error) == "no NEXT relationship from Step 'ride' to Step 'check'"
    await expect_error(
        store, [RemoveLink("NEXT", ref("Step", "ghost"), ref("Step", "check"))], "NOT_FOUND"
    )


@pytest.mark.parametrize(
    ("type_", "source", "target"),
    [
        ("HAS_STEP", NodeRef("Step", "check"), NodeRef("Stage", "plan")),  # reversed
        ("NEXT", NodeRef("Step", "check"), NodeRef("Stage", "plan")),  # wrong target kind
        ("OWNS", NodeRef("Stage", "plan"), NodeRef("Step", "check")),  # wrong source kind
        ("NO_SUCH_TYPE", NodeRef("Stage", "plan"), NodeRef("Step", "check")),
    ],
)
async def test_disallowed_triples_are_validation_errors(
    store: GraphStore, type_: str, source: NodeRef, target: NodeRef
) -> None:
    await store.write([stage("plan"), step("check")])
    for op in (AddLink(type_, source, target), RemoveLink(type_, source, target)):
        error = await expect_error(store, [op], "VALIDATION")
        assert error.extensions["errors"] == [
            {
                "path": "type",
                "message": f"the metamodel has no ({source.kind})-[{type_}]->({target.kind})",
            }
        ]
    assert await neighbour_keys(store, "Stage", "steps", "plan") == []
