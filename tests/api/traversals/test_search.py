"""The ``search`` query over HTTP on the demo model, on every store.

The doc's example answers exactly what ``docs/queries/search.md`` shows; ``kinds`` as
the ``NodeKind`` enum; Lucene's special characters are plain text; scores come best
first; VALIDATION for a blank or overlong text and for ``first`` out of range.
"""

import httpx
import pytest

from graph_api.graphql.types.node_kind import enum_name
from graph_api.metamodel import NODE_KINDS
from tests.api.helpers import validation_paths
from tests.api.traversals.graph_docs import doc_example
from tests.graphql_client import gql, gql_data

SEARCH = """
query($text: String!, $kinds: [NodeKind!], $first: Int) {
  search(text: $text, kinds: $kinds, first: $first) { kind score node { __typename key } }
}
"""


async def hits(client: httpx.AsyncClient, text: str, **variables: object) -> list[str]:
    data = await gql_data(client, SEARCH, text=text, **variables)
    return [f"{h['node']['__typename']}:{h['node']['key']}" for h in data["search"]]


async def test_doc_example_is_real(demo_client: httpx.AsyncClient) -> None:
    query, shown = doc_example("search.md")
    assert await gql(demo_client, query) == shown


async def test_best_first_and_kinds(demo_client: httpx.AsyncClient) -> None:
    data = await gql_data(demo_client, SEARCH, text="contact centre")
    found = data["search"]
    assert [(h["kind"], h["node"]["key"]) for h in found] == [
        ("CHANNEL", "contact-centre"),
        ("SYSTEM", "telephony-ivr"),
        ("TEAM", "customer-operations"),
    ]
    scores = [h["score"] for h in found]
    assert scores == sorted(scores, reverse=True) and scores[0] > scores[1]
    assert await hits(demo_client, "contact centre", kinds=["TEAM", "SYSTEM"]) == [
        "System:telephony-ivr",
        "Team:customer-operations",
    ]
    assert await hits(demo_client, "contact centre", first=1) == ["Channel:contact-centre"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('+-&|!(){}[]^"~*?:\\/', []),
        (
            "contact-centre!",
            ["Channel:contact-centre", "System:telephony-ivr", "Team:customer-operations"],
        ),
        ('"leeds" AND (contact*)', []),  # "and" is a word, and no node has it with leeds
        ("LEEDS ~contact~ centre^", ["Channel:contact-centre", "Team:customer-operations"]),
    ],
)
async def test_special_characters_are_plain_text(
    demo_client: httpx.AsyncClient, text: str, expected: list[str]
) -> None:
    assert await hits(demo_client, text) == expected


TYPED = """
query($text: String!, $first: Int) {
  search(text: $text, first: $first) { corrected node { __typename key } }
}
"""


async def typed(client: httpx.AsyncClient, text: str, first: int = 20) -> list[tuple[str, bool]]:
    data = await gql_data(client, TYPED, text=text, first=first)
    return [
        (f"{h['node']['__typename']}:{h['node']['key']}", h["corrected"]) for h in data["search"]
    ]


async def test_typing_finds_as_the_words_grow(demo_client: httpx.AsyncClient) -> None:
    whole = await typed(demo_client, "contact centre ")
    assert [hit for hit, _ in whole] == [
        "Channel:contact-centre",
        "System:telephony-ivr",
        "Team:customer-operations",
    ]
    for partial in ("contact ce", "contact cen", "contact centr", "contact centre"):
        assert await typed(demo_client, partial) == whole
    assert await typed(demo_client, "contact c") == []  # one letter: a whole word


async def test_a_typo_is_corrected_and_said_so(demo_client: httpx.AsyncClient) -> None:
    assert await typed(demo_client, "kestrel enginer") == [("Channel:field-engineer", True)]
    exact = await typed(demo_client, "engineer visit ")
    corrected = await typed(demo_client, "enginer visit ")
    assert all(c for _, c in corrected) and not any(c for _, c in exact)
    assert {hit for hit, _ in corrected} == {hit for hit, _ in exact}


def test_node_kind_has_every_kind() -> None:
    assert [enum_name(k) for k in NODE_KINDS][:3] == ["PERSONA", "JOB", "OUTCOME"]
    assert enum_name("ValueStreamStage") == "VALUE_STREAM_STAGE"
    assert enum_name("KPI") == "KPI"


@pytest.mark.parametrize(
    ("variables", "paths"),
    [
        ({"text": "  "}, ["text"]),
        ({"text": "x" * 501}, ["text"]),
        ({"text": "fault", "first": 0}, ["first"]),
        ({"text": "", "first": 101}, ["text", "first"]),
    ],
)
async def test_bad_arguments_are_validation(
    demo_client: httpx.AsyncClient, variables: dict[str, object], paths: list[str]
) -> None:
    assert validation_paths(await gql(demo_client, SEARCH, **variables)) == paths
