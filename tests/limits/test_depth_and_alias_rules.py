"""The depth and alias limits measure as Strawberry's QueryDepthLimiter and
MaxAliasesLimiter do (the rules are the project's own, public graphql-core API only, so
that their refusals carry LIMIT_EXCEEDED and the numbers).

Generated documents (fragments, inline fragments, aliases, introspection fields) are
checked by both: the same documents are refused, at the same places. Where Strawberry's
limiters fail (an empty selection set, a fragment that is not defined) the rules measure
on, and every operation of a document counts, also two of the same name.
"""

import random

import pytest
import strawberry
from graphql import GraphQLError, parse, validate
from strawberry.extensions import MaxAliasesLimiter, QueryDepthLimiter

from graph_api.api.library_seams import graphql_schema
from graph_api.api.limits.coded import alias_rule, depth, depth_rule


@strawberry.type
class Item:
    name: str

    @strawberry.field
    def child(self) -> "Item | None":
        return None

    @strawberry.field
    def children(self) -> list["Item"]:
        return []


@strawberry.type
class Query:
    @strawberry.field
    def item(self) -> Item:
        return Item(name="root")


SCHEMA = graphql_schema(strawberry.Schema(query=Query))
FRAGMENTS = ("A", "B", "C")


def _selections(rng: random.Random, level: int, spreads: tuple[str, ...]) -> str:
    chosen = []
    for _ in range(rng.randint(1, 3)):
        alias = f"a{rng.randint(0, 99)}: " if rng.random() < 0.3 else ""
        roll = rng.random()
        if roll < 0.45 and level < 5:
            field = rng.choice(["child", "children"])
            chosen.append(f"{alias}{field} {{ {_selections(rng, level + 1, spreads)} }}")
        elif roll < 0.55 and level < 5:
            chosen.append(f"... on Item {{ {_selections(rng, level, spreads)} }}")
        elif roll < 0.7 and spreads:
            chosen.append("..." + rng.choice(spreads))
        elif roll < 0.78:
            chosen.append('__type(name: "Item") { name fields { name type { name } } }')
        else:
            chosen.append(alias + rng.choice(["name", "__typename"]))
    return " ".join(chosen)


def _document(seed: int) -> str:
    rng = random.Random(seed)
    defined = FRAGMENTS[: rng.randint(0, 3)]
    parts = [
        f"fragment {name} on Item {{ {_selections(rng, 0, defined[i + 1 :])} }}"
        for i, name in enumerate(defined)
    ]
    for number in range(rng.choice([1, 1, 2])):
        parts.append(f"query Q{number} {{ item {{ {_selections(rng, 0, defined)} }} }}")
    rng.shuffle(parts)
    return "\n".join(parts)


DOCUMENTS = [_document(seed) for seed in range(150)]
PARSED = [(text, parse(text)) for text in DOCUMENTS]


def _places(errors: list[GraphQLError]) -> list[tuple[int, int]]:
    return [(place.line, place.column) for error in errors for place in error.locations or ()]


@pytest.mark.parametrize("limit", [0, 1, 2, 3, 5])
def test_the_same_documents_are_too_deep_at_the_same_places(limit: int) -> None:
    (strawberry_rule,) = QueryDepthLimiter(max_depth=limit).validation_rules
    refused = 0
    for text, document in PARSED:
        theirs = validate(SCHEMA, document, [strawberry_rule], max_errors=10_000)
        ours = validate(SCHEMA, document, [depth_rule(limit)], max_errors=10_000)
        assert _places(ours) == _places(theirs), text
        assert all(e.extensions and e.extensions["code"] == "LIMIT_EXCEEDED" for e in ours)
        refused += bool(ours)
    assert 0 < refused < len(DOCUMENTS) or limit == 0, refused


def test_the_depth_measured_is_strawberry_s() -> None:
    for text, document in PARSED:
        measured: dict[str, int] = {}
        limiter = QueryDepthLimiter(max_depth=1_000, callback=measured.update)
        (strawberry_rule,) = limiter.validation_rules
        validate(SCHEMA, document, [strawberry_rule])
        fragments = {
            d.name.value: d for d in document.definitions if d.kind == "fragment_definition"
        }
        operations = [d for d in document.definitions if d.kind == "operation_definition"]
        assert max(depth(op, fragments) for op in operations) == max(measured.values()), text


@pytest.mark.parametrize("limit", [0, 1, 2, 4])
def test_the_same_documents_have_too_many_aliases(limit: int) -> None:
    (strawberry_rule,) = MaxAliasesLimiter(max_alias_count=limit).validation_rules
    refused = 0
    for text, document in PARSED:
        theirs = validate(SCHEMA, document, [strawberry_rule])
        ours = validate(SCHEMA, document, [alias_rule(limit)])
        assert len(ours) == len(theirs) <= 1, text
        if ours:
            found = int(theirs[0].message.split()[0])  # "{n} aliases found. Allowed: {limit}"
            assert ours[0].extensions == {
                "code": "LIMIT_EXCEEDED",
                "limit": "max_aliases",
                "maximum": limit,
                "measured": found,
            }
        refused += bool(ours)
    assert 0 < refused < len(DOCUMENTS), refused


def _refusals(text: str, max_depth: int = 1, max_aliases: int = 0) -> list[str]:
    errors = validate(SCHEMA, parse(text), [depth_rule(max_depth), alias_rule(max_aliases)])
    return [error.message for error in errors]


def test_an_empty_selection_set_adds_one_level_and_nothing_below() -> None:
    assert _refusals("{ }") == []
    assert _refusals("{ item { } }") == []
    assert _refusals("{ item { child { child { } } } }") == [
        "The operation is 3 levels deep; the limit is 1 (max_query_depth)."
    ]


def test_an_undefined_fragment_counts_as_nothing() -> None:
    assert _refusals("{ item { ...Nope } }") == []
    assert _refusals("{ item { child { child { ...Nope } } } }") == [
        "The operation is 3 levels deep; the limit is 1 (max_query_depth)."
    ]
    assert _refusals("{ item { ...Nope a: name } }") == [
        "The document has 1 alias; the limit is 0 (max_aliases)."
    ]


def test_every_operation_counts_also_two_of_the_same_name() -> None:
    text = "query Q { item { a: name child { child { name } } } } query Q { item { b: name } }"
    assert _refusals(text) == [
        "The operation is 3 levels deep; the limit is 1 (max_query_depth).",
        "The document has 2 aliases; the limit is 0 (max_aliases).",
    ]


def test_a_fragment_spread_within_itself_counts_once() -> None:
    text = "{ item { ...A } } fragment A on Item { child { ...A b: name } }"
    assert _refusals(text, max_depth=2, max_aliases=1) == []
    # Both selections one level past the limit are refused, each where it is.
    assert _refusals(text, max_depth=1, max_aliases=0) == [
        "The operation is 2 levels deep; the limit is 1 (max_query_depth).",
        "The operation is 2 levels deep; the limit is 1 (max_query_depth).",
        "The document has 1 alias; the limit is 0 (max_aliases).",
    ]
