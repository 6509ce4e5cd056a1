"""GraphStore contract, the search traversal (both stores).

Both stores match the same nodes (every word, whole words, in the label, the
description or their translations, case ignored; the word being typed, last in the
text, is tested in test_search_typing) and rank with BM25, labels weighing
double; their scores may differ slightly (Lucene stores field lengths lossily), so the
order is checked only where it is unambiguous: exact and short label matches above
longer ones, above matches in a long description. Lucene's special characters are plain
separators. One query on Neo4j. On the demo model: the contact-centre channel found
first by its name.
"""

import pytest

from graph_api.store.base import DeleteNode, GraphStore, UpsertNode
from graph_api.traversals import SEARCH
from graph_api.traversals.search.result import SearchRequest
from tests.contract.traversals.graph_queries import name

NODES = [
    UpsertNode("Persona", "rider", {"name": "Daily rider", "description": "Takes the train"}),
    UpsertNode(
        "Step",
        "buy-ticket",
        {"name": "Buy a ticket", "order": 1, "description": "Pays for the train ride"},
    ),
    UpsertNode("Touchpoint", "ticket-app", {"name": "Ticket app", "differentiating": True}),
    UpsertNode("PainPoint", "queue", {"name": "Queue at the ticket office", "severity": 3}),
    UpsertNode(
        "Process",
        "ticketing",
        {"name": "Ticketing", "description": "Sells every kind of ticket for the network"},
    ),
    UpsertNode("Channel", "kiosk", {"name": "Kiosk", "kind": "physical"}),
    UpsertNode("Measurement", "m1", {"value": 3.5, "at": "2024-01-31"}),
]


async def search(
    store: GraphStore, text: str, kinds: list[str] | None = None, first: int = 20
) -> list[str]:
    return [
        name(hit.node) for hit in await store.traverse(SEARCH, SearchRequest(text, kinds, first))
    ]


async def test_short_label_matches_rank_first(store: GraphStore) -> None:
    await store.write(NODES)
    assert await search(store, "ticket ") == [
        "Touchpoint:ticket-app",  # two words, one is "ticket"
        "Step:buy-ticket",  # three words
        "PainPoint:queue",  # five words
        "Process:ticketing",  # only in a long description ("ticketing" is another word)
    ]


async def test_every_word_must_match_case_ignored(store: GraphStore) -> None:
    await store.write(NODES)
    assert await search(store, "TICKET Queue") == ["PainPoint:queue"]
    assert sorted(await search(store, "train")) == ["Persona:rider", "Step:buy-ticket"]
    assert await search(store, "train ticket") == ["Step:buy-ticket"]
    assert await search(store, "tick ") == []  # whole words (but the one being typed)
    assert await search(store, "bus") == []


async def test_kinds_and_first_limit_the_hits(store: GraphStore) -> None:
    await store.write(NODES)
    assert await search(store, "ticket ", ["Step", "Process"]) == [
        "Step:buy-ticket",
        "Process:ticketing",
    ]
    assert await search(store, "ticket ", first=2) == ["Touchpoint:ticket-app", "Step:buy-ticket"]
    assert await search(store, "ticket ", ["Journey"]) == []


@pytest.mark.parametrize(
    "text",
    ['+-&|!(){}[]^"~*?:\\/', "ticket~ app*", "(ticket) && app!", 'app^ "ticket', "ticket:app"],
)
async def test_lucene_syntax_is_plain_text(store: GraphStore, text: str) -> None:
    await store.write(NODES)
    expected = [] if text.startswith("+") else ["Touchpoint:ticket-app"]
    assert await search(store, text) == expected


async def test_operator_words_are_words(store: GraphStore) -> None:
    await store.write(NODES)
    assert await search(store, "ticket AND app") == []  # "and" is a word no node has
    assert await search(store, "at the ticket OFFICE") == ["PainPoint:queue"]


async def test_search_is_one_query_on_neo4j(store: GraphStore) -> None:
    await store.write(NODES)
    before = getattr(store, "query_count", 0)
    assert await search(store, "kiosk") == ["Channel:kiosk"]
    if store.name == "neo4j":
        assert store.query_count - before == 1  # type: ignore[attr-defined]


TRANSLATED = [
    UpsertNode(
        "System",
        "oms",
        {
            "name": "Order management",
            "translations": [
                {"language": "de", "label": "Auftragsverwaltung"},
                {"language": "fr", "description": "Gère les commandes des clients"},
            ],
        },
    ),
    UpsertNode(
        "Process",
        "orders",
        {
            "name": "Handle orders",
            "translations": [{"language": "de", "description": "Jede Auftragsverwaltung"}],
        },
    ),
]


async def test_translations_are_searched(store: GraphStore) -> None:
    await store.write([*NODES, *TRANSLATED])
    # the German label of the system, and a German description of the process (ranked by
    # BM25 with per-field statistics, as Lucene does: too few nodes here to order them)
    assert sorted(await search(store, "auftragsverwaltung")) == ["Process:orders", "System:oms"]
    assert await search(store, "commandes clients") == ["System:oms"]
    assert await search(store, "order management") == ["System:oms"]
    # the texts the Neo4j store keeps for its index are never read back as properties
    (oms,) = (await store.get_nodes("System", ["oms"])).values()
    assert set(oms.props) == {"name", "translations"}


async def test_a_translation_removed_is_no_longer_found(store: GraphStore) -> None:
    await store.write([*NODES, *TRANSLATED])
    await store.write([UpsertNode("System", "oms", {"name": "Order management"})])
    assert await search(store, "auftragsverwaltung") == ["Process:orders"]
    assert await search(store, "commandes") == []


DEMO_CONTACT_CENTRE = {
    "Channel:contact-centre",
    "System:telephony-ivr",
    "Team:customer-operations",
}


async def test_demo_contact_centre(demo_store: GraphStore) -> None:
    hits = await search(demo_store, "contact centre")
    assert hits[0] == "Channel:contact-centre"  # the exact name
    assert set(hits) == DEMO_CONTACT_CENTRE


async def test_demo_legacy_oms_by_its_german_name(demo_store: GraphStore) -> None:
    assert await search(demo_store, "auftragsverwaltungssystem") == ["System:legacy-oms"]


async def test_writes_between_searches_are_found(store: GraphStore) -> None:
    """Search answers the graph as it is now (the embedded store keeps an index between
    searches until a node changes)."""
    await store.write(NODES)
    assert await search(store, "kiosk") == ["Channel:kiosk"]
    await store.write([UpsertNode("Touchpoint", "kiosk-screen", {"name": "Kiosk screen"})])
    assert await search(store, "kiosk") == ["Channel:kiosk", "Touchpoint:kiosk-screen"]
    await store.write([DeleteNode("Channel", "kiosk")])
    assert await search(store, "kiosk") == ["Touchpoint:kiosk-screen"]
    await store.write([UpsertNode("Touchpoint", "kiosk-screen", {"name": "Screen"})])
    assert await search(store, "kiosk") == []
