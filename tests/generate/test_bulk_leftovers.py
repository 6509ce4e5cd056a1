"""Leftovers of an interrupted batched bulk load, replaced when the model is loaded again.

Earlier releases committed a Neo4j bulk load batch by batch, so a killed load left part
of the model: its nodes (and maybe some links) with the load's stamp. A part loaded
with today's loader carries the same stamp, so it stands in for such leftovers here.
Loading the whole model again deletes them in its own transaction and writes the model
whole, unless they may be something else: a node edited since, a node that is not the
model's, a complete earlier load. The embedded store never committed part of a load,
so it refuses the same second load as it always did.
"""

from collections.abc import Callable
from typing import Any

import pytest

from graph_api.bulk import BulkPlan, bulk_load, plan_model
from graph_api.errors import ValidationFailed
from graph_api.generate import generate_model
from graph_api.metamodel import RelationshipSpec
from graph_api.store.base import GraphStore, UpsertNode
from graph_api.store.embedded import EmbeddedStore
from tests.snapshots import EdgeState, GraphSnapshot, take_snapshot

SEED = 13


def whole_model() -> BulkPlan:
    return plan_model(generate_model(1, SEED).document)


def interrupted_in_the_nodes(plan: BulkPlan) -> BulkPlan:
    """About the first 60% of the nodes (the loader wrote kind by kind), no links."""
    wanted = plan.node_count * 6 // 10
    nodes: dict[str, list[UpsertNode]] = {}
    for kind, ops in plan.nodes.items():
        if wanted <= 0:
            break
        nodes[kind] = ops[:wanted]
        wanted -= len(nodes[kind])
    return BulkPlan(nodes)


def interrupted_in_the_links(plan: BulkPlan) -> BulkPlan:
    """Every node and the first half of the links."""
    half = plan.link_count // 2
    links: dict[RelationshipSpec, list[tuple[str, str]]] = {}
    for spec, pairs in plan.links.items():
        if half <= 0:
            break
        links[spec] = pairs[:half]
        half -= len(links[spec])
    return BulkPlan(plan.nodes, links)


Content = tuple[dict[Any, dict[str, Any]], frozenset[EdgeState]]


async def loaded_whole(plan: BulkPlan) -> Content:
    """The model loaded whole into an empty embedded store: properties and links."""
    store = EmbeddedStore(":memory:")
    await store.open()
    try:
        await bulk_load(store, plan)
        return _without_audit(await take_snapshot(store))
    finally:
        await store.close()


def _without_audit(snapshot: GraphSnapshot) -> Content:
    return {ref: props for ref, (props, *_) in snapshot.nodes.items()}, snapshot.edges


@pytest.mark.parametrize("part", [interrupted_in_the_nodes, interrupted_in_the_links])
async def test_a_load_completes_what_an_interrupted_load_of_it_left(
    store: GraphStore, part: Callable[[BulkPlan], BulkPlan]
) -> None:
    plan = whole_model()
    left = part(plan)
    await bulk_load(store, left)
    if store.name == "embedded":
        before = await take_snapshot(store)
        with pytest.raises(ValidationFailed, match="only creates nodes"):
            await bulk_load(store, plan)
        assert await take_snapshot(store) == before
        return
    report = await bulk_load(store, plan)
    assert report.replaced == left.node_count
    assert await store.count_nodes() == {kind: len(ops) for kind, ops in plan.nodes.items()}
    assert _without_audit(await take_snapshot(store)) == await loaded_whole(plan)
    # Now complete, the model is refused as any stored model is.
    with pytest.raises(ValidationFailed, match="only creates nodes"):
        await bulk_load(store, plan)


async def test_leftovers_edited_since_are_kept_and_the_load_refused(store: GraphStore) -> None:
    plan = whole_model()
    left = interrupted_in_the_nodes(plan)
    await bulk_load(store, left)
    kind, ops = next(iter(left.nodes.items()))
    edited = ops[0]
    await store.write([UpsertNode(kind, edited.key, {**edited.props, "name": "Edited since"})])
    before = await take_snapshot(store)
    with pytest.raises(ValidationFailed, match="only creates nodes"):
        await bulk_load(store, plan)
    assert await take_snapshot(store) == before


async def test_a_stamped_group_with_a_node_not_in_the_model_is_kept(store: GraphStore) -> None:
    plan = whole_model()
    left = interrupted_in_the_nodes(plan)
    kind, ops = next(iter(left.nodes.items()))
    stranger = UpsertNode(kind, "not-in-the-model", dict(ops[0].props))
    await bulk_load(store, BulkPlan({**left.nodes, kind: [*ops, stranger]}))
    before = await take_snapshot(store)
    with pytest.raises(ValidationFailed, match="only creates nodes"):
        await bulk_load(store, plan)
    assert await take_snapshot(store) == before
