"""The document cache (graph_api/api/document_cache.py) changes how often a text is parsed
and validated, never what a request is answered: the cost still follows each request's
variables, and a bad text gets the same errors every time."""

from typing import Any

import pytest
from graphql import DocumentNode, GraphQLError, ValidationRule, parse

from graph_api.api import document_cache
from graph_api.api.document_cache import DocumentCache
from graph_api.store.base import GraphStore
from tests.conftest import app_client
from tests.graphql_client import gql, gql_data
from tests.limits.test_bombs import PAGES


async def test_the_cost_follows_the_variables_of_each_request(demo_store: GraphStore) -> None:
    async with app_client(demo_store) as client:
        small = await gql_data(client, PAGES, n=2)
        assert len(small["journeys"]["nodes"]) == 2
        (refused,) = (await gql(client, PAGES, n=100))["errors"]
        assert refused["extensions"]["code"] == "LIMIT_EXCEEDED"
        assert refused["extensions"]["measured"] == 1_020_201
        again = await gql_data(client, PAGES, n=3)
        assert len(again["journeys"]["nodes"]) == 3


async def test_a_text_is_validated_once(
    demo_store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    validated: list[DocumentNode] = []
    validate = document_cache.validate_document

    def counting(
        schema: Any, document: DocumentNode, rules: tuple[type[ValidationRule], ...]
    ) -> list[GraphQLError]:
        validated.append(document)
        return validate(schema, document, rules)

    monkeypatch.setattr(document_cache, "validate_document", counting)
    query = "query($n: Int) { journeys(first: $n) { nodes { key } } }"
    async with app_client(demo_store) as client:
        first = await gql_data(client, query, n=1)
        second = await gql_data(client, query, n=2)
    assert len(first["journeys"]["nodes"]) == 1
    assert len(second["journeys"]["nodes"]) == 2
    assert len(validated) == 1


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("{ journeys { nodes { nope } } }", "Cannot query field 'nope' on type 'Journey'."),
        ("{ journeys { nodes { key }", "Syntax Error: Expected Name, found <EOF>."),
    ],
    ids=["invalid", "unparsable"],
)
async def test_a_bad_text_gets_the_same_errors_every_time(
    demo_store: GraphStore, query: str, message: str
) -> None:
    async with app_client(demo_store) as client:
        answers = [await gql(client, query) for _ in range(3)]
    assert answers[0] == answers[1] == answers[2]
    assert [e["message"] for e in answers[0]["errors"]] == [message]
    assert "data" not in answers[0]


def test_the_caches_are_bounded() -> None:
    cache = DocumentCache(maxsize=2)
    for text in ("{ a }", "{ b }", "{ c }"):
        cache.remember_valid(text)
        cache.remember_parsed(text, {}, parse(text))
    assert not cache.is_valid("{ a }")
    assert cache.parsed_before("{ a }", {}) is None
    assert cache.is_valid("{ b }")
    assert cache.is_valid("{ c }")
    assert cache.parsed_before("{ b }", {}) == parse("{ b }")
    assert cache.parsed_before("{ c }", {}) == parse("{ c }")
    cache.remember_valid("{ d }")  # "{ b }" was used less recently than "{ c }"
    cache.remember_parsed("{ d }", {}, parse("{ d }"))
    assert not cache.is_valid("{ b }")
    assert cache.parsed_before("{ b }", {}) is None
    assert cache.is_valid("{ c }")
    assert cache.parsed_before("{ c }", {}) == parse("{ c }")


def test_the_parse_options_are_part_of_the_key() -> None:
    cache = DocumentCache()
    cache.remember_parsed("{ a }", {"max_tokens": 10}, parse("{ a }"))
    assert cache.parsed_before("{ a }", {"max_tokens": 10}) == parse("{ a }")
    assert cache.parsed_before("{ a }", {"max_tokens": 11}) is None


async def test_a_text_is_parsed_once_unless_it_does_not_parse(
    demo_store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed: list[str] = []
    real_parse = document_cache.parse

    def counting(text: str, **options: Any) -> DocumentNode:
        parsed.append(text)
        return real_parse(text, **options)

    monkeypatch.setattr(document_cache, "parse", counting)
    good, bad = "{ journeys { totalCount } }", "{ journeys { totalCount }"
    async with app_client(demo_store) as client:
        for _ in range(3):
            assert (await gql_data(client, good))["journeys"]["totalCount"] == 3
            (error,) = (await gql(client, bad))["errors"]
            assert error["message"] == "Syntax Error: Expected Name, found <EOF>."
    assert parsed == [good, bad, bad, bad]
