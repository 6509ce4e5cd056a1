"""GraphStore contract, reads: neighbours, listings with pagination and search.

Run on every store. Covers ``neighbours`` in both directions for many keys in one call
(by position for kinds with an ``order``, else by key), ``list_nodes`` pages by key with
``after`` (including a key that does not exist), ``totalCount`` and ``hasNextPage``, and
a text search and a property filter.
"""

from graph_api.metamodel import relationship_fields
from graph_api.store.base import GraphStore
from graph_api.store.listing import ListQuery, PropertyTest, Window
from tests.contract.helpers import persona, write_small_graph


async def test_neighbours_outgoing_for_many_keys(store: GraphStore) -> None:
    await write_small_graph(store)
    found = await store.neighbours(relationship_fields("Stage")["steps"], ["travel", "plan"])
    # Steps by position: check (order 1) before buy (order 2), although "buy" < "check".
    assert {k: [r.key for r in v] for k, v in found.items()} == {
        "plan": ["check", "buy"],
        "travel": ["ride"],
    }
    record = found["plan"][1]
    assert (record.kind, record.props["name"], record.version) == ("Step", "Buy", 1)


async def test_neighbours_incoming_for_many_keys(store: GraphStore) -> None:
    await write_small_graph(store)
    field = relationship_fields("Step")["stage"]
    found = await store.neighbours(field, ["check", "buy", "ride"])
    assert {k: [r.key for r in v] for k, v in found.items()} == {
        "check": ["plan"],
        "buy": ["plan"],
        "ride": ["travel"],
    }
    assert all(r.kind == "Stage" for v in found.values() for r in v)


async def test_neighbours_of_keys_without_any(store: GraphStore) -> None:
    await write_small_graph(store)
    field = relationship_fields("Step")["touchpoints"]
    found = await store.neighbours(field, ["check", "ride", "ghost"])
    assert [r.key for r in found["check"]] == ["board"]
    assert found.get("ride", []) == []
    assert found.get("ghost", []) == []


async def test_neighbours_of_a_self_relationship_both_ways(store: GraphStore) -> None:
    await write_small_graph(store)
    fields = relationship_fields("Step")
    following = await store.neighbours(fields["next"], ["check", "buy", "ride"])
    preceding = await store.neighbours(fields["previous"], ["check", "buy", "ride"])
    assert {k: [r.key for r in following.get(k, [])] for k in ("check", "buy", "ride")} == {
        "check": ["buy"],
        "buy": ["ride"],
        "ride": [],
    }
    assert {k: [r.key for r in preceding.get(k, [])] for k in ("check", "buy", "ride")} == {
        "check": [],
        "buy": ["check"],
        "ride": ["buy"],
    }


async def test_neighbours_keep_kinds_apart(store: GraphStore) -> None:
    await write_small_graph(store)
    # Channel.touchpoints walks ON_CHANNEL backwards
    found = await store.neighbours(
        relationship_fields("Channel")["touchpoints"], ["app", "station"]
    )
    assert {k: [r.key for r in v] for k, v in found.items()} == {
        "app": ["ticket-app"],
        "station": ["board"],
    }


PERSONAS = [f"p{n:02d}" for n in range(1, 8)]  # p01 .. p07


async def _write_personas(store: GraphStore) -> None:
    await store.write([persona(key, f"Persona {key}") for key in reversed(PERSONAS)])


async def test_list_nodes_pages_by_key(store: GraphStore) -> None:
    await _write_personas(store)
    pages: list[list[str]] = []
    after: str | None = None
    while True:
        page = await store.list_nodes("Persona", ListQuery.by_key(3, after))
        assert page.total_count == 7
        pages.append([r.key for r in page.records])
        if not page.has_next_page:
            break
        after = page.records[-1].key
    assert pages == [["p01", "p02", "p03"], ["p04", "p05", "p06"], ["p07"]]


async def test_list_nodes_exact_last_page_has_no_next(store: GraphStore) -> None:
    await _write_personas(store)
    page = await store.list_nodes("Persona", ListQuery.by_key(7))
    assert ([r.key for r in page.records], page.has_next_page) == (PERSONAS, False)
    page = await store.list_nodes("Persona", ListQuery.by_key(6))
    assert (len(page.records), page.has_next_page) == (6, True)


async def test_list_nodes_after_a_key_not_in_the_store(store: GraphStore) -> None:
    await _write_personas(store)
    page = await store.list_nodes("Persona", ListQuery.by_key(10, "p03a"))
    assert [r.key for r in page.records] == ["p04", "p05", "p06", "p07"]
    assert (page.total_count, page.has_next_page) == (7, False)
    page = await store.list_nodes("Persona", ListQuery.by_key(10, "p07"))
    assert (page.records, page.total_count, page.has_next_page) == ([], 7, False)


async def test_list_nodes_first_zero(store: GraphStore) -> None:
    await _write_personas(store)
    page = await store.list_nodes("Persona", ListQuery.by_key(0))
    assert (page.records, page.total_count, page.has_next_page) == ([], 7, True)


async def test_list_nodes_of_an_empty_kind(store: GraphStore) -> None:
    page = await store.list_nodes("Opportunity", ListQuery.by_key(5))
    assert (page.records, page.total_count, page.has_next_page) == ([], 0, False)


def _text(first: int, text: str, after: str | None = None) -> ListQuery:
    return ListQuery(text=text, window=Window(first=first, after=(after,) if after else None))


async def _write_searchable(store: GraphStore) -> None:
    await store.write(
        [
            persona("commuter", "Busy Commuter"),
            persona("family", "Budget family", "Watches every line of the BILL"),
            persona("student", "Student", "Commutes by bike"),
            persona("retiree", "Retiree"),
        ]
    )


async def test_search_matches_label_or_description_ignoring_case(store: GraphStore) -> None:
    await _write_searchable(store)
    page = await store.list_nodes("Persona", _text(10, "COMMUT"))
    assert ([r.key for r in page.records], page.total_count) == (["commuter", "student"], 2)
    page = await store.list_nodes("Persona", _text(10, "bill"))
    assert [r.key for r in page.records] == ["family"]
    page = await store.list_nodes("Persona", _text(10, "nothing"))
    assert (page.records, page.total_count) == ([], 0)


async def test_search_pages_and_counts_the_matches(store: GraphStore) -> None:
    await _write_searchable(store)
    # "e": all four match in their name
    page = await store.list_nodes("Persona", _text(2, "e"))
    assert ([r.key for r in page.records], page.total_count, page.has_next_page) == (
        ["commuter", "family"],
        4,
        True,
    )
    page = await store.list_nodes("Persona", _text(2, "e", after="family"))
    assert ([r.key for r in page.records], page.has_next_page) == (["retiree", "student"], False)


async def test_filter_by_property_equality(store: GraphStore) -> None:
    await write_small_graph(store)
    where = PropertyTest("kind", "eq", "physical")
    page = await store.list_nodes("Channel", ListQuery(where=where))
    assert ([r.key for r in page.records], page.total_count) == (["station"], 1)
    query = ListQuery(where=PropertyTest("order", "eq", 2), text="b")
    page = await store.list_nodes("Step", query)
    assert [r.key for r in page.records] == ["buy"]
