"""GraphStore contract, link identifiers: another tool's name for a relationship, kept.

Run on every store. An AddLink with an identifier creates the link with it, or gives an
existing link it (``links_identified`` lists the change; the same one again changes
nothing); an AddLink without one leaves the identifier as it is. ``link_identifiers``
reads them from either end. Unlinking or deleting an end drops it; a failed write puts
back the identifier each link had; bulk loads and large (staged) writes keep them; an
identifier that may not be kept is refused with nothing of the write kept.
"""

from pathlib import Path
from typing import Any

import pytest

from graph_api.errors import ValidationFailed
from graph_api.metamodel import find_relationship, relationship_fields
from graph_api.services.changes import ChangeFeed
from graph_api.services.observed import ObservedStore
from graph_api.store.base import AddLink, DeleteNode, GraphStore, LinkRef, RemoveLink, UpsertNode
from graph_api.store.bulk_plan import BulkPlan, BulkRefused
from graph_api.store.embedded import EmbeddedStore, staged
from graph_api.store.neo4j.store import Neo4jStore
from graph_api.store.rules import MAX_IDENTIFIER_LENGTH
from tests.conftest import neo4j_store
from tests.contract.helpers import expect_error, ref, stage, step

STEPS = relationship_fields("Stage")["steps"]
"""Stage -[HAS_STEP]-> Step, read from the stage."""
STAGE = relationship_fields("Step")["stage"]
"""The same links read from the step."""
HAS_STEP = find_relationship("Stage", "HAS_STEP", "Step")
assert HAS_STEP is not None


def has_step(stage_key: str, step_key: str, identifier: Any = None) -> AddLink:
    return AddLink("HAS_STEP", ref("Stage", stage_key), ref("Step", step_key), identifier)


def link_ref(stage_key: str, step_key: str) -> LinkRef:
    return LinkRef("HAS_STEP", ref("Stage", stage_key), ref("Step", step_key))


async def identifiers_of(store: GraphStore, stage_key: str = "plan") -> dict[str, str]:
    return (await store.link_identifiers(STEPS, [stage_key]))[stage_key]


async def test_a_link_is_created_with_its_identifier_and_read_from_both_ends(
    store: GraphStore,
) -> None:
    await store.write([stage("plan"), step("check"), step("buy", 2), step("pay", 3)])
    result = await store.write(
        [has_step("plan", "check", "rel-1"), has_step("plan", "buy"), has_step("plan", "pay", "r2")]
    )
    assert result.links_added == [link_ref("plan", k) for k in ("check", "buy", "pay")]
    assert result.links_identified == []
    assert await identifiers_of(store) == {"check": "rel-1", "pay": "r2"}  # buy has none
    from_steps = await store.link_identifiers(STAGE, ["check", "buy", "pay", "ghost"])
    assert from_steps == {"check": {"plan": "rel-1"}, "buy": {}, "pay": {"plan": "r2"}, "ghost": {}}


async def test_one_read_answers_many_keys(store: GraphStore) -> None:
    stages = [stage(f"s{i}", i) for i in range(30)]
    await store.write([*stages, *(step(f"t{i}", i) for i in range(30))])
    await store.write([has_step(f"s{i}", f"t{i}", f"id-{i}") for i in range(30)])
    before = store.query_count if isinstance(store, Neo4jStore) else 0
    found = await store.link_identifiers(STEPS, [f"s{i}" for i in range(30)])
    assert found == {f"s{i}": {f"t{i}": f"id-{i}"} for i in range(30)}
    if isinstance(store, Neo4jStore):
        assert store.query_count == before + 1  # one round trip


async def test_the_identifier_is_changed_and_the_change_reported_once(store: GraphStore) -> None:
    await store.write([stage("plan"), step("check"), has_step("plan", "check", "old")])
    changed = await store.write([has_step("plan", "check", "new")])
    assert (changed.links_identified, changed.links_added, changed.linked) == (
        [link_ref("plan", "check")],
        [],
        0,
    )
    assert await identifiers_of(store) == {"check": "new"}
    again = await store.write([has_step("plan", "check", "new")])
    assert (again.links_identified, again.links_added) == ([], [])
    kept = await store.write([has_step("plan", "check")])
    assert (kept.links_identified, kept.links_added) == ([], [])
    assert await identifiers_of(store) == {"check": "new"}


async def test_a_link_without_identifier_gets_one(store: GraphStore) -> None:
    await store.write([stage("plan"), step("check"), has_step("plan", "check")])
    result = await store.write([has_step("plan", "check", "late")])
    assert result.links_identified == [link_ref("plan", "check")]
    assert await identifiers_of(store) == {"check": "late"}


async def test_a_link_added_and_identified_in_one_write_is_only_added(store: GraphStore) -> None:
    await store.write([stage("plan"), step("check")])
    result = await store.write([has_step("plan", "check"), has_step("plan", "check", "x")])
    assert (result.links_added, result.links_identified) == ([link_ref("plan", "check")], [])
    assert await identifiers_of(store) == {"check": "x"}


async def test_identifiers_need_not_be_unique(store: GraphStore) -> None:
    await store.write([stage("plan"), step("check"), step("buy", 2)])
    await store.write([has_step("plan", "check", "same"), has_step("plan", "buy", "same")])
    assert await identifiers_of(store) == {"check": "same", "buy": "same"}


async def test_unlinking_drops_the_identifier(store: GraphStore) -> None:
    await store.write([stage("plan"), step("check"), has_step("plan", "check", "rel-1")])
    await store.write([RemoveLink("HAS_STEP", ref("Stage", "plan"), ref("Step", "check"))])
    assert await identifiers_of(store) == {}
    await store.write([has_step("plan", "check")])
    assert await identifiers_of(store) == {}


async def test_deleting_an_end_drops_the_identifier(store: GraphStore) -> None:
    await store.write([stage("plan"), step("check"), has_step("plan", "check", "rel-1")])
    await store.write([DeleteNode("Step", "check")])
    assert await identifiers_of(store) == {}
    await store.write([step("check"), has_step("plan", "check")])
    assert await identifiers_of(store) == {}


async def test_a_failed_write_puts_every_identifier_back(store: GraphStore) -> None:
    await store.write([stage("plan"), step("check"), step("buy", 2), step("pay", 3)])
    await store.write(
        [has_step("plan", "check", "a"), has_step("plan", "buy", "b"), has_step("plan", "pay", "c")]
    )
    ops = [
        has_step("plan", "check", "changed"),  # renamed
        RemoveLink("HAS_STEP", ref("Stage", "plan"), ref("Step", "buy")),  # unlinked
        DeleteNode("Step", "pay"),  # gone with its end
        has_step("plan", "ghost", "never"),  # NOT_FOUND: the whole write is undone
    ]
    await expect_error(store, ops, "NOT_FOUND")
    assert await identifiers_of(store) == {"check": "a", "buy": "b", "pay": "c"}
    # The undone changes left nothing to persist: writing again starts from the same links.
    result = await store.write([has_step("plan", "check", "a")])
    assert (result.links_identified, result.links_added) == ([], [])


async def test_an_identifier_at_the_length_limit_and_of_any_script_is_kept(
    store: GraphStore,
) -> None:
    longest = "x" * MAX_IDENTIFIER_LENGTH
    await store.write([stage("plan"), step("check"), step("buy", 2)])
    await store.write([has_step("plan", "check", longest), has_step("plan", "buy", " id-é 漢 🙂 ")])
    # Kept as given: not trimmed (the other tool names it so).
    assert await identifiers_of(store) == {"check": longest, "buy": " id-é 漢 🙂 "}


BAD_IDENTIFIERS: list[tuple[Any, str]] = [
    ("", "must not be empty or only white space"),
    ("   ", "must not be empty or only white space"),
    ("\u3000\u2003", "must not be empty or only white space"),
    ("x" * (MAX_IDENTIFIER_LENGTH + 1), "has 201 characters; at most 200 are kept"),
    ("y" * 10_000, "has 10000 characters; at most 200 are kept"),
    ("a\tb", "holds U+0009 (a control character) at character 2"),
    ("line\nbreak", "holds U+000A (a control character) at character 5"),
    ("\x00", "holds U+0000 (a control character) at character 1"),
    ("del\x7f", "holds U+007F (a control character) at character 4"),
    ("next\x85line", "holds U+0085 (a control character) at character 5"),
    ("half\ud800", "holds U+D800 (a lone surrogate) at character 5"),
    ("\ufffe", "holds U+FFFE (a non-character) at character 1"),
    (5, "must be text, not int"),
    (b"rel-1", "must be text, not bytes"),
    (["rel-1"], "must be text, not list"),
]


@pytest.mark.parametrize(
    ("identifier", "problem"), BAD_IDENTIFIERS, ids=range(len(BAD_IDENTIFIERS))
)
async def test_a_bad_identifier_is_refused_and_nothing_is_written(
    store: GraphStore, identifier: Any, problem: str
) -> None:
    await store.write([stage("plan"), step("check"), has_step("plan", "check", "kept")])
    # A new link in a write that also creates a node; then a change to an existing link.
    for ops in (
        [step("buy", 2), has_step("plan", "buy", identifier)],
        [step("buy", 2), has_step("plan", "check", identifier)],
    ):
        error = await expect_error(store, ops, "VALIDATION")
        assert isinstance(error, ValidationFailed)
        (field_error,) = error.errors
        target = ops[1].target.key  # type: ignore[union-attr]
        assert field_error.path == "identifier"
        assert field_error.message == (
            f"the identifier of Stage 'plan' HAS_STEP Step {target!r} {problem}"
        )
        assert await store.get_nodes("Step", ["buy"]) == {}
        assert await identifiers_of(store) == {"check": "kept"}


async def _reopened(store: GraphStore, path: Path) -> GraphStore:
    """Another store on the same data: the embedded store's file, the same Neo4j."""
    again: GraphStore = (
        EmbeddedStore(str(path)) if isinstance(store, EmbeddedStore) else neo4j_store()
    )
    await again.open()
    return again


@pytest.fixture
async def file_store(store: GraphStore, tmp_path: Path) -> GraphStore:
    """``store`` for Neo4j; for the embedded store, one on a file (to be reopened)."""
    if not isinstance(store, EmbeddedStore):
        return store
    on_file = EmbeddedStore(str(tmp_path / "graph.db"))
    await on_file.open()
    return on_file


async def test_identifiers_survive_reopening(file_store: GraphStore, tmp_path: Path) -> None:
    store = file_store
    try:
        await store.write([stage("plan"), step("check"), step("buy", 2), step("pay", 3)])
        await store.write([has_step("plan", k, f"id-{k}") for k in ("check", "buy", "pay")])
        await store.write([has_step("plan", "check", "renamed")])
        await store.write([RemoveLink("HAS_STEP", ref("Stage", "plan"), ref("Step", "buy"))])
        await store.write([has_step("plan", "buy")])  # re-added without one
    finally:
        await store.close()
    again = await _reopened(store, tmp_path / "graph.db")
    try:
        assert await identifiers_of(again) == {"check": "renamed", "pay": "id-pay"}
    finally:
        await again.close()


async def test_a_large_write_keeps_identifiers(file_store: GraphStore, tmp_path: Path) -> None:
    """Enough operations for the embedded store to stage the write in a worker thread."""
    store = file_store
    count = staged.LARGE_WRITE // 2 + 1
    try:
        await store.write([stage("plan"), step("s0"), has_step("plan", "s0", "first")])
        ops: list[Any] = [step(f"s{i}", i) for i in range(1, count)]
        ops += [has_step("plan", f"s{i}", f"rel-{i}") for i in range(count)]
        assert len(ops) >= staged.LARGE_WRITE
        result = await store.write(ops)
        assert result.links_identified == [link_ref("plan", "s0")]
        assert await identifiers_of(store) == {f"s{i}": f"rel-{i}" for i in range(count)}
    finally:
        await store.close()
    again = await _reopened(store, tmp_path / "graph.db")
    try:
        assert await identifiers_of(again) == {f"s{i}": f"rel-{i}" for i in range(count)}
    finally:
        await again.close()


async def test_a_large_failed_write_leaves_every_identifier_as_it_was(store: GraphStore) -> None:
    """The embedded store stages it on a copy of the graph: the copy's identifiers are
    its own, and the graph read meanwhile and afterwards keeps the old ones."""
    count = staged.LARGE_WRITE // 2 + 1
    await store.write([stage("plan"), *(step(f"s{i}", i) for i in range(count))])
    await store.write([has_step("plan", f"s{i}", f"old-{i}") for i in range(count)])
    ops: list[Any] = [has_step("plan", f"s{i}", f"new-{i}") for i in range(count)]
    ops += [step(f"extra{i}", i) for i in range(count - 1)]
    ops.append(has_step("plan", "ghost", "never"))  # NOT_FOUND, after all the others
    assert len(ops) >= staged.LARGE_WRITE
    await expect_error(store, ops, "NOT_FOUND")
    assert await identifiers_of(store) == {f"s{i}": f"old-{i}" for i in range(count)}
    assert await store.get_nodes("Step", ["extra0"]) == {}


def identified_plan(identifiers: dict[tuple[str, str], Any]) -> BulkPlan:
    """A stage with three steps, linked; ``identifiers`` for some of the links."""
    nodes: dict[str, list[UpsertNode]] = {
        "Stage": [stage("plan")],
        "Step": [step(k, i) for i, k in enumerate(("check", "buy", "pay"), 1)],
    }
    assert HAS_STEP is not None
    pairs = [("plan", "check"), ("plan", "buy"), ("plan", "pay")]
    return BulkPlan(nodes, {HAS_STEP: pairs}, {HAS_STEP: identifiers})


@pytest.mark.parametrize("observed", [False, True], ids=["store", "observed"])
async def test_a_bulk_load_keeps_identifiers(store: GraphStore, observed: bool) -> None:
    loader: GraphStore = ObservedStore(store, ChangeFeed()) if observed else store
    plan = identified_plan({("plan", "check"): "rel-c", ("plan", "pay"): "rel-p"})
    await loader.bulk_create(plan, batch_size=2)
    assert await identifiers_of(store) == {"check": "rel-c", "pay": "rel-p"}
    assert sorted(r.key for r in (await store.neighbours(STEPS, ["plan"]))["plan"]) == [
        "buy",
        "check",
        "pay",
    ]


@pytest.mark.parametrize("observed", [False, True], ids=["store", "observed"])
async def test_a_bulk_load_with_a_bad_identifier_writes_nothing(
    store: GraphStore, observed: bool
) -> None:
    loader: GraphStore = ObservedStore(store, ChangeFeed()) if observed else store
    plan = identified_plan({("plan", "check"): "ok", ("plan", "pay"): "bad\x00"})
    with pytest.raises(BulkRefused) as refused:
        await loader.bulk_create(plan, batch_size=2)
    assert [str(e) for e in refused.value.errors] == [
        "identifier: the identifier of Stage 'plan' HAS_STEP Step 'pay' holds U+0000 "
        "(a control character) at character 4"
    ]
    assert await store.count_nodes() == {}


async def test_a_bulk_loads_identifiers_survive_reopening(
    file_store: GraphStore, tmp_path: Path
) -> None:
    store = file_store
    try:
        await store.bulk_create(identified_plan({("plan", "buy"): "rel-b"}), batch_size=2)
    finally:
        await store.close()
    again = await _reopened(store, tmp_path / "graph.db")
    try:
        assert await identifiers_of(again) == {"buy": "rel-b"}
        # A link of the load changes as any other.
        result = await again.write([has_step("plan", "check", "rel-c")])
        assert result.links_identified == [link_ref("plan", "check")]
    finally:
        await again.close()
