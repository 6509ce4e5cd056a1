"""Hierarchies stay acyclic on both stores: a PART_OF link closing a cycle is refused.

Every relationship the metamodel marks acyclic (PART_OF between processes, capabilities,
backlog items) is tried: a node made part of itself, a link closing a chain of two or of
four through stored links, and links closing a cycle among themselves in one write. Each
is VALIDATION naming the cycle, and the write leaves the store as it was. A model file
closing a cycle through stored links is refused at the place in the file; a bulk load's
plan refuses one within the file. Reads that walk PART_OF (impact, paths, traceability,
export) end on a cycle a store may hold from before this rule.
"""

import asyncio
from collections.abc import Awaitable
from itertools import pairwise
from typing import Any

import pytest

from graph_api.bulk import plan_model
from graph_api.errors import ValidationFailed
from graph_api.generate import generate_model
from graph_api.metamodel import RELATIONSHIPS, RelationshipSpec
from graph_api.model_io import FORMAT, export_model, load_model, read_model
from graph_api.services import nodes as node_service
from graph_api.store.base import AddLink, GraphStore, NodeRef, RemoveLink, UpsertNode
from graph_api.store.rules import CycleRefused
from graph_api.traversals import IMPACT, PATHS, TRACEABILITY
from graph_api.traversals.impact.result import ImpactQuery
from graph_api.traversals.paths.result import PathsQuery
from tests.conftest import DEMO_MODEL
from tests.contract.helpers import link_behind_the_rules
from tests.snapshots import take_snapshot

HIERARCHIES = [spec for spec in RELATIONSHIPS if spec.acyclic]
PROPS: dict[str, dict[str, Any]] = {
    "Process": {"name": "A process"},
    "Capability": {"name": "A capability", "level": 1},
    "BacklogItem": {"title": "An item"},
    "System": {"name": "A system"},
    "Team": {"name": "A team"},
}


def by_kind(spec: RelationshipSpec) -> str:
    return spec.source


def node(kind: str, key: str) -> UpsertNode:
    return UpsertNode(kind, key, PROPS[kind])


def part_of(kind: str, part: str, whole: str) -> AddLink:
    return AddLink("PART_OF", NodeRef(kind, part), NodeRef(kind, whole))


async def refused(write: Awaitable[object]) -> CycleRefused:
    with pytest.raises(CycleRefused) as info:
        await write
    assert info.value.code == "VALIDATION"
    return info.value


def test_the_metamodel_s_hierarchies_are_the_part_of_triples() -> None:
    assert [s.triple for s in HIERARCHIES] == [
        ("Process", "PART_OF", "Process"),
        ("Capability", "PART_OF", "Capability"),
        ("BacklogItem", "PART_OF", "BacklogItem"),
        ("System", "PART_OF", "System"),
        ("Team", "PART_OF", "Team"),
    ]
    assert [s.triple for s in RELATIONSHIPS if s.type == "PART_OF" and not s.acyclic] == []


@pytest.mark.parametrize("spec", HIERARCHIES, ids=by_kind)
async def test_a_node_cannot_be_part_of_itself(store: GraphStore, spec: RelationshipSpec) -> None:
    kind = spec.source
    await store.write([node(kind, "p3")])
    before = await take_snapshot(store)
    error = await refused(
        node_service.link(store, "PART_OF", NodeRef(kind, "p3"), NodeRef(kind, "p3"))
    )
    assert error.cycle == (NodeRef(kind, "p3"), NodeRef(kind, "p3"))
    assert [(e.path, e.message) for e in error.errors] == [
        ("", f"{kind} 'p3' PART_OF {kind} 'p3' would make a cycle: p3 → p3")
    ]
    assert await take_snapshot(store) == before


@pytest.mark.parametrize("spec", HIERARCHIES, ids=by_kind)
async def test_a_link_closing_a_cycle_through_stored_links_is_refused(
    store: GraphStore, spec: RelationshipSpec
) -> None:
    kind = spec.source
    keys = ["p1", "p2", "p3", "p4"]
    chain = [part_of(kind, a, b) for a, b in pairwise(keys)]
    await store.write([*(node(kind, k) for k in [*keys, "other"]), *chain])
    before = await take_snapshot(store)

    # p4 is the chain's top (each node has one whole at most): only it can close a cycle.
    two = await refused(store.write([part_of(kind, "p4", "p3")]))
    assert str(two.errors[0]).endswith("would make a cycle: p4 → p3 → p4")
    four = await refused(store.write([part_of(kind, "p4", "p1")]))
    assert four.errors[0].message == (
        f"{kind} 'p4' PART_OF {kind} 'p1' would make a cycle: p4 → p1 → p2 → p3 → p4"
    )
    # Refused in the middle of a write: the node written before it is not kept either.
    await refused(store.write([node(kind, "new"), part_of(kind, "p4", "p2")]))
    assert await take_snapshot(store) == before

    # Not a cycle: a second root, a branch, and moving a part under another whole.
    await store.write([part_of(kind, "other", "p2")])
    await store.write([RemoveLink("PART_OF", NodeRef(kind, "p1"), NodeRef(kind, "p2"))])
    await store.write([part_of(kind, "p1", "other")])
    assert await take_snapshot(store) != before


@pytest.mark.parametrize("spec", HIERARCHIES, ids=by_kind)
async def test_links_closing_a_cycle_among_themselves_in_one_write_are_refused(
    store: GraphStore, spec: RelationshipSpec
) -> None:
    kind = spec.source
    await store.write([node(kind, k) for k in ("a", "b", "c")])
    before = await take_snapshot(store)
    error = await refused(
        store.write([part_of(kind, "a", "b"), part_of(kind, "b", "c"), part_of(kind, "c", "a")])
    )
    assert error.errors[0].message.endswith("would make a cycle: c → a → b → c")
    # Of two cycles, the one closed first in the write's order is named, on both stores.
    await store.write([node(kind, k) for k in ("x1", "x2")])
    before = await take_snapshot(store)
    links = [("x1", "x2"), ("a", "b"), ("b", "a"), ("x2", "x1")]
    error = await refused(store.write([part_of(kind, s, t) for s, t in links]))
    assert error.errors[0].message.endswith("would make a cycle: b → a → b")
    assert await take_snapshot(store) == before


async def test_a_model_file_closing_a_cycle_through_stored_links_is_refused_there(
    store: GraphStore,
) -> None:
    await load_model(
        store,
        {
            "format": FORMAT,
            "capabilities": [
                {"key": "top", "name": "Top", "level": 1},
                {"key": "mid", "name": "Mid", "level": 2, "parent": "top"},
            ],
        },
    )
    before = await take_snapshot(store)
    document = {
        "format": FORMAT,
        "capabilities": [
            {"key": "new", "name": "New", "level": 3},
            {"key": "top", "name": "Top", "level": 1, "parent": "leaf"},
            {"key": "leaf", "name": "Leaf", "level": 3, "parent": "mid"},
        ],
    }
    with pytest.raises(CycleRefused) as info:
        await load_model(store, document)
    assert [(e.path, e.message) for e in info.value.errors] == [
        (  # the link of the cycle the file states last
            "capabilities[2].parent",
            "Capability 'leaf' PART_OF Capability 'mid' would make a cycle: "
            "leaf → mid → top → leaf",
        )
    ]
    assert await take_snapshot(store) == before


async def test_a_model_file_s_own_cycles_are_listed_with_its_other_errors(
    store: GraphStore,
) -> None:
    document = {
        "format": FORMAT,
        "backlogItems": [
            {"key": "epic", "title": "Epic", "kind": "epic", "parent": "story"},
            {"key": "story", "title": "Story", "kind": "saga", "parent": "epic"},
            {"key": "task", "title": "Task", "parent": "task"},
        ],
    }
    with pytest.raises(ValidationFailed) as info:
        await load_model(store, document)
    assert [e.path for e in info.value.errors] == [
        "backlogItems[1].kind",
        "backlogItems[1].parent",
        "backlogItems[2].parent",
    ]
    assert info.value.errors[1].message.endswith("would make a cycle: story → epic → story")
    assert info.value.errors[2].message.endswith("would make a cycle: task → task")
    assert await store.count_nodes() == {}


def test_a_bulk_load_plan_refuses_a_cycle_in_its_file() -> None:
    document = {
        "format": FORMAT,
        "processes": [
            {"key": "a", "name": "A", "parent": "b"},
            {"key": "b", "name": "B", "parent": "a"},
        ],
    }
    with pytest.raises(ValidationFailed) as info:
        plan_model(document)
    assert [(e.path, e.message) for e in info.value.errors] == [
        ("processes[1].parent", "Process 'b' PART_OF Process 'a' would make a cycle: b → a → b")
    ]


@pytest.mark.parametrize("scale_and_seed", [(1, 0), (1, 1), (3, 7)])
def test_generated_models_hold_no_cycle(scale_and_seed: tuple[int, int]) -> None:
    assert read_model(generate_model(*scale_and_seed).document).errors == []


def test_the_demo_model_holds_no_cycle() -> None:
    import yaml

    document = yaml.safe_load(DEMO_MODEL.read_text(encoding="utf-8"))
    assert read_model(document).errors == []


# -- a cycle a store holds from before the rule ---------------------------------------


async def test_reads_and_writes_end_on_a_cycle_stored_before_the_rule(
    store: GraphStore,
) -> None:
    kinds = {"Process": ["p1", "p2", "p3", "p4", "p5", "p6"], "BacklogItem": ["b1", "b2"]}
    await store.write([node(kind, key) for kind, keys in kinds.items() for key in keys])
    await store.write([UpsertNode("System", "crm", {"name": "CRM"})])
    await store.write([AddLink("USES", NodeRef("Process", "p1"), NodeRef("System", "crm"))])
    link_behind_the_rules(
        store,
        [
            part_of("Process", "p1", "p2"),
            part_of("Process", "p2", "p3"),
            part_of("Process", "p3", "p1"),
            part_of("Process", "p5", "p5"),
            part_of("BacklogItem", "b1", "b2"),
            part_of("BacklogItem", "b2", "b1"),
        ],
    )

    async def reads_and_writes() -> None:
        hits = await store.traverse(IMPACT, ImpactQuery(NodeRef("System", "crm"), 10))
        assert {row.node for row in hits} == {NodeRef("Process", k) for k in ("p1", "p2", "p3")}
        found = await store.traverse(
            PATHS, PathsQuery(NodeRef("Process", "p1"), NodeRef("Process", "p3"), 6, 10)
        )
        assert found.length == 1
        trace = await store.traverse(TRACEABILITY, "b1")
        assert trace is not None and (trace.parent_key, trace.child_keys) == ("b2", ["b2"])
        exported = await export_model(store)
        parents = {p["key"]: p.get("parent") for p in exported["processes"]}
        assert parents == {"p1": "p2", "p2": "p3", "p3": "p1", "p4": None, "p5": "p5", "p6": None}
        # A part under the stored cycle is no new cycle; a self-loop still is.
        await store.write([part_of("Process", "p4", "p1")])
        await refused(store.write([part_of("Process", "p6", "p6")]))
        # Writing the stored cycle's own links again changes nothing and is let through.
        await store.write([part_of("Process", "p3", "p1")])

    await asyncio.wait_for(reads_and_writes(), timeout=60)
