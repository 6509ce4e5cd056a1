"""GraphStore contract: a WriteResult lists the relationships a write added and removed.

Run on every store. The change feed's LINKED/UNLINKED events come from these lists, so
they must hold what the write did: a new link listed, an existing one not, a removal
listed, the relationships a delete takes with it not (DELETED stands for them), and the
``linked``/``unlinked`` counts equal to the lists' lengths.
"""

from graph_api.store.base import (
    DeleteNode,
    GraphStore,
    LinkRef,
    NodeRef,
    RemoveLink,
    WriteResult,
)
from graph_api.store.change_log import ChangeEvent, ChangeType, change_events
from tests.contract.helpers import link, persona, stage, step

PLAN, CHECK, BUY = NodeRef("Stage", "plan"), NodeRef("Step", "check"), NodeRef("Step", "buy")


def consistent(result: WriteResult) -> WriteResult:
    assert result.linked == len(result.links_added)
    assert result.unlinked == len(result.links_removed)
    return result


def kinds_and_keys(events: list[ChangeEvent]) -> list[tuple[ChangeType, str]]:
    return [(e.type, e.node.key) for e in events]


async def test_a_new_link_is_listed_and_an_existing_one_is_not(store: GraphStore) -> None:
    await store.write([stage("plan"), step("check")])
    first = consistent(await store.write([link("HAS_STEP", stage("plan"), step("check"))]))
    assert first.links_added == [LinkRef("HAS_STEP", PLAN, CHECK)]
    again = consistent(await store.write([link("HAS_STEP", stage("plan"), step("check"))]))
    assert again.links_added == [] and change_events(again) == []


async def test_only_the_new_links_of_a_batch_are_listed_in_order(store: GraphStore) -> None:
    ride = NodeRef("Step", "ride")
    await store.write([step("check", 1), step("buy", 2), step("ride", 3)])
    await store.write([link("NEXT", step("buy"), step("ride"))])
    ops = [
        link("NEXT", step("check"), step("buy")),
        link("NEXT", step("buy"), step("ride")),  # exists
        link("NEXT", step("check"), step("ride")),
        link("NEXT", step("check"), step("buy")),  # twice in one write
    ]
    result = consistent(await store.write(ops))
    assert result.links_added == [LinkRef("NEXT", CHECK, BUY), LinkRef("NEXT", CHECK, ride)]


async def test_a_removal_is_listed(store: GraphStore) -> None:
    await store.write([step("check", 1), step("buy", 2), link("NEXT", step("check"), step("buy"))])
    result = consistent(await store.write([RemoveLink("NEXT", CHECK, BUY)]))
    assert (result.links_added, result.links_removed) == ([], [LinkRef("NEXT", CHECK, BUY)])
    assert kinds_and_keys(change_events(result)) == [(ChangeType.UNLINKED, "check")]


async def test_removing_and_adding_in_one_write_lists_both(store: GraphStore) -> None:
    await store.write([step("check", 1), step("buy", 2), link("NEXT", step("check"), step("buy"))])
    result = consistent(
        await store.write(
            [RemoveLink("NEXT", CHECK, BUY), link("NEXT", step("buy"), step("check"))]
        )
    )
    assert result.links_removed == [LinkRef("NEXT", CHECK, BUY)]
    assert result.links_added == [LinkRef("NEXT", BUY, CHECK)]


async def test_links_a_delete_takes_with_it_are_not_listed(store: GraphStore) -> None:
    await store.write(
        [stage("plan"), step("check"), link("HAS_STEP", stage("plan"), step("check"))]
    )
    result = consistent(await store.write([DeleteNode("Step", "check")]))
    assert (result.deleted, result.links_removed) == ([CHECK], [])
    assert kinds_and_keys(change_events(result)) == [(ChangeType.DELETED, "check")]


async def test_an_unchanged_upsert_gives_no_event(store: GraphStore) -> None:
    await store.write([persona("pat", "Pat")])
    result = consistent(await store.write([persona("pat", "Pat")]))
    assert result.unchanged == [NodeRef("Persona", "pat")]
    assert change_events(result) == []


async def test_events_of_node_writes_carry_the_new_version(store: GraphStore) -> None:
    created = await store.write([persona("pat", "Pat")])
    updated = await store.write([persona("pat", "Patricia")])
    events = change_events(created) + change_events(updated)
    assert [(e.type, e.node.key, e.version) for e in events] == [
        (ChangeType.CREATED, "pat", 1),
        (ChangeType.UPDATED, "pat", 2),
    ]
    assert events[1].at == updated.records[NodeRef("Persona", "pat")].updated_at


async def test_a_failed_write_lists_nothing_anywhere(store: GraphStore) -> None:
    """A rolled-back write returns no result: the feed only ever sees committed ones."""
    await store.write([stage("plan"), step("check")])
    try:
        await store.write(
            [link("HAS_STEP", stage("plan"), step("check")), RemoveLink("NEXT", CHECK, BUY)]
        )
    except Exception as exc:  # NOT_FOUND: the NEXT link does not exist
        assert getattr(exc, "code", None) == "NOT_FOUND"
    else:
        raise AssertionError("the write should have failed")
    again = consistent(await store.write([link("HAS_STEP", stage("plan"), step("check"))]))
    assert again.links_added == [LinkRef("HAS_STEP", PLAN, CHECK)]
