"""GraphStore contract, ``search`` as typed into a search box (both stores).

The last word, when the text ends with it, matches the words it starts (two characters
at least); the other words are whole. Where that finds fewer than ``first`` nodes, a word
of five characters or more may be one edit away; such hits follow the others, marked
corrected. Both stores answer the same nodes in the same order: the word being typed
scores constants exact in both stores' floats, so orders decided by it are the same.
"""

import string

import pytest

from graph_api.store.base import GraphStore, UpsertNode
from graph_api.traversals import SEARCH
from graph_api.traversals.search.query import MAX_QUERY_WORDS, MAX_SPELLINGS
from graph_api.traversals.search.result import SearchRequest
from tests.contract.traversals.graph_queries import name
from tests.contract.traversals.test_search import NODES


async def search(
    store: GraphStore, text: str, kinds: list[str] | None = None, first: int = 20
) -> list[str]:
    return [
        name(hit.node) for hit in await store.traverse(SEARCH, SearchRequest(text, kinds, first))
    ]


async def scored(store: GraphStore, text: str, first: int = 20) -> list[tuple[str, float, bool]]:
    return [
        (name(hit.node), round(hit.score, 4), hit.corrected)
        for hit in await store.traverse(SEARCH, SearchRequest(text, None, first))
    ]


async def test_the_last_word_finds_the_words_it_starts(store: GraphStore) -> None:
    await store.write(NODES)
    # label 0.25 (a word of the label starts with it), description 0.125: exact constants,
    # ties by kind then key
    assert await scored(store, "tick") == [
        ("Process:ticketing", 0.375, False),  # label "Ticketing" and description "ticket"
        ("PainPoint:queue", 0.25, False),
        ("Step:buy-ticket", 0.25, False),
        ("Touchpoint:ticket-app", 0.25, False),
    ]
    assert await search(store, "TiCk") == await search(store, "tick")
    assert await search(store, "ti") == await search(store, "tick")
    # "ticketi" starts only "ticketing"; "ticket", one edit away, follows as corrected
    assert await scored(store, "ticketi") == [
        ("Process:ticketing", 0.25, False),
        ("PainPoint:queue", 0.0, True),
        ("Step:buy-ticket", 0.0, True),
        ("Touchpoint:ticket-app", 0.0, True),
    ]


async def test_only_the_last_word_is_a_prefix(store: GraphStore) -> None:
    await store.write(NODES)
    assert await search(store, "train tick") == ["Step:buy-ticket"]
    assert await search(store, "tick train") == []  # "tick" is whole: no node has it
    # "the" in a label (five words) ranks above "the" in descriptions
    assert await search(store, "the tick") == [
        "PainPoint:queue",
        "Process:ticketing",
        "Step:buy-ticket",
    ]
    assert await search(store, "queue off") == ["PainPoint:queue"]
    assert await search(store, "tick tick") == []  # the last word repeats a whole one


@pytest.mark.parametrize("text", ["tick ", "tick\n", "tick.", "tick-", "tick*", "tick~", '"tick"'])
async def test_a_word_followed_by_anything_is_whole(store: GraphStore, text: str) -> None:
    await store.write(NODES)
    assert await search(store, text) == []


async def test_the_whole_word_typed_ranks_as_a_whole_word_search(store: GraphStore) -> None:
    await store.write(NODES)
    typing = await search(store, "ticket")
    # the nodes holding the word itself rank by BM25 as before; "Ticketing" holds it only
    # in a long description, below the labels
    assert typing[:2] == ["Touchpoint:ticket-app", "Step:buy-ticket"]
    assert sorted(typing) == sorted(await search(store, "ticket "))
    assert typing.index("Process:ticketing") > 1


async def test_one_character_is_a_whole_word(store: GraphStore) -> None:
    await store.write(
        [
            *NODES,
            UpsertNode("Channel", "plan-b", {"name": "Plan B", "kind": "digital"}),
            UpsertNode("Channel", "bus", {"name": "Bus", "kind": "physical"}),
        ]
    )
    assert await search(store, "b") == ["Channel:plan-b"]  # not "bus", "buy"
    assert await search(store, "plan b") == ["Channel:plan-b"]
    assert await search(store, "bu") == ["Channel:bus", "Step:buy-ticket"]


WORLDLY = [
    UpsertNode("Channel", "cafe", {"name": "Café crème", "kind": "physical"}),
    UpsertNode("Channel", "obrien", {"name": "O'Brien's desk", "kind": "physical"}),
    UpsertNode("Channel", "v2", {"name": "Kiosk v2.1 build_42", "kind": "digital"}),
    UpsertNode("Channel", "strasse", {"name": "Hauptstraße", "kind": "physical"}),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("caf", ["Channel:cafe"]),
        ("CAFÉ CRÈ", ["Channel:cafe"]),  # case folded as words are
        ("cafe", []),  # accents are letters: no word starts with "cafe" (and 4 letters)
        ("o'br", ["Channel:obrien"]),  # a word across an apostrophe
        ("o'brien's", ["Channel:obrien"]),
        ("v2.", []),  # "v2" is whole (the text goes on); the word is "v2.1"
        ("v2", ["Channel:v2"]),
        ("build_4", ["Channel:v2"]),
        ("hauptstr", ["Channel:strasse"]),
    ],
)
async def test_words_are_cut_and_folded_as_indexed(
    store: GraphStore, text: str, expected: list[str]
) -> None:
    await store.write([*NODES, *WORLDLY])
    assert await search(store, text) == expected


async def test_a_typo_is_corrected_where_nothing_else_is_found(store: GraphStore) -> None:
    await store.write(NODES)
    every_ticket = [
        ("PainPoint:queue", 0.0, True),
        ("Process:ticketing", 0.0, True),
        ("Step:buy-ticket", 0.0, True),
        ("Touchpoint:ticket-app", 0.0, True),
    ]
    assert await scored(store, "ticet") == every_ticket  # a letter left out
    assert await scored(store, "tikcet ") == every_ticket  # two letters swapped
    assert await scored(store, "tocket") == every_ticket  # one replaced
    assert await search(store, "kiossk") == ["Channel:kiosk"]  # one too many
    # "train" for "trian" in both; "ride" whole in one description, starting "rider" in
    # the other's label
    assert await search(store, "trian ride") == ["Step:buy-ticket", "Persona:rider"]
    # four letters: no correction; two edits: none either
    assert await search(store, "kiok") == []
    assert await search(store, "tickte app") == ["Touchpoint:ticket-app"]
    assert await search(store, "tcikte") == []


CORRECTED_BELOW = [
    UpsertNode(
        "Touchpoint",
        "display",
        {
            "name": "Display",
            "description": "A screen near the kiosk in the station hall where the departures "
            "and the platforms of every train are shown all day long",
        },
    ),
    UpsertNode("Touchpoint", "kiosks-screen", {"name": "Kiosks screen"}),
]


async def test_corrected_hits_come_after_the_others_whatever_their_score(
    store: GraphStore,
) -> None:
    await store.write([*NODES, *CORRECTED_BELOW])
    hits = await scored(store, "screen kiosk ")
    assert [(h[0], h[2]) for h in hits] == [
        ("Touchpoint:display", False),  # both words, in a long description
        ("Touchpoint:kiosks-screen", True),  # "kiosks" for "kiosk", a short label
    ]
    assert hits[1][1] > hits[0][1]
    # enough hits as typed: no correction
    assert await search(store, "screen kiosk ", first=1) == ["Touchpoint:display"]
    assert await search(store, "kiosk ", first=1) == ["Channel:kiosk"]
    assert await search(store, "kiosk ", first=3) == [
        "Channel:kiosk",
        "Touchpoint:display",
        "Touchpoint:kiosks-screen",
    ]
    assert await search(store, "kiosk ", ["Touchpoint"], first=1) == ["Touchpoint:display"]


async def test_more_spellings_than_count(store: GraphStore) -> None:
    """Many words one edit from the typed one: the nearest, then the first in code-point
    order, count (at most MAX_SPELLINGS per field, as Lucene's fuzzy query)."""
    endings = string.digits + string.ascii_lowercase
    near = [f"abcd{c}" for c in endings if c != "x"] + [f"abcdx{c}" for c in endings]
    assert len(near) > MAX_SPELLINGS
    await store.write(
        [
            UpsertNode("Channel", f"c-{i}", {"name": word, "kind": "digital"})
            for i, word in enumerate(near)
        ]
    )
    found = await store.traverse(SEARCH, SearchRequest("abcdx ", None, 100))
    kept = sorted(near)[:MAX_SPELLINGS]  # one edit weighs alike in all of them
    assert sorted(name(h.node) for h in found) == sorted(f"Channel:c-{near.index(w)}" for w in kept)
    assert all(h.corrected for h in found)


HOSTILE = [
    "x" * 500,  # one word as long as a text may be
    "ab " * 166,  # one word many times, then a space
    " ".join(f"word{i:03d}" for i in range(100)),  # many distinct words, each correctable
    "é" * 250 + " " + "ß" * 249,
    "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z" * 9,
    "tick" + "*" * 496,
    "'" * 500,
    "ticket" + "\u2019s" * 247,
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
async def test_hostile_texts_answer_like_on_both_stores(store: GraphStore, text: str) -> None:
    await store.write([*NODES, *WORLDLY])
    assert await search(store, text) == []


async def test_words_beyond_the_limit_are_ignored_the_last_too(store: GraphStore) -> None:
    listed = [f"w{i:02d}" for i in range(MAX_QUERY_WORDS + 5)]
    await store.write(
        [
            *NODES,
            UpsertNode(
                "Channel", "long", {"name": " ".join([*listed, "ticket"]), "kind": "digital"}
            ),
        ]
    )
    counted = " ".join(listed[: MAX_QUERY_WORDS - 1])
    assert await search(store, f"{counted} tic") == ["Channel:long"]
    assert await search(store, f"{counted} tix") == []  # the 20th word, the prefix
    counted = " ".join(listed[:MAX_QUERY_WORDS])
    assert await search(store, f"{counted} tix") == ["Channel:long"]  # the 21st: ignored
    assert await search(store, f"{counted} zzz ") == ["Channel:long"]
    assert await search(store, f"{counted} {counted} w0") == ["Channel:long"]  # repeated


async def test_typing_and_correcting_is_one_query_on_neo4j(store: GraphStore) -> None:
    await store.write(NODES)
    before = getattr(store, "query_count", 0)
    assert await search(store, "kiossk") == ["Channel:kiosk"]
    if store.name == "neo4j":
        assert store.query_count - before == 1  # type: ignore[attr-defined]
