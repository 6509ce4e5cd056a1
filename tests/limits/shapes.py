"""Hostile document shapes, each grown to the token limit: what validation is tried with.

Every maker takes a size and returns a document; :func:`at_token_limit` finds the largest
size whose document the parser still accepts under ``max_tokens``, so that each shape is
as large as a client may send.
"""

from collections.abc import Callable

from graphql import Lexer, Source, TokenKind
from graphql.language.parser import MAX_NESTING_DEPTH

Maker = Callable[[int], str]


def tokens(text: str) -> int:
    """Lexical tokens of ``text``, as the parser's limit counts them (comments too)."""
    lexer = Lexer(Source(text))
    count = 0
    while lexer.advance().kind is not TokenKind.EOF:
        count += 1
    return count


def at_token_limit(make: Maker, max_tokens: int = 5000) -> str:
    """``make(n)`` for the largest ``n`` whose document stays within ``max_tokens``.

    Every maker grows by the same number of tokens per step, so two sizes give the rest.
    """
    base, step = tokens(make(1)), tokens(make(2)) - tokens(make(1))
    n = 1 + (max_tokens - base) // step if step > 0 else 1
    while n > 1 and tokens(make(n)) > max_tokens:
        n -= 1
    return make(n)


def _query(*parts: str) -> str:
    return "{ " + " ".join(parts) + " }"


def _fragments(definitions: list[str], *selection: str) -> str:
    return _query(*selection) + " " + " ".join(definitions)


def fan_out(n: int) -> str:
    """Fragments each spreading the next twice: 2^n copies of the last one's field."""
    chain = [f"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}" for i in range(n)]
    return _fragments([*chain, f"fragment F{n} on Query {{ personas {{ totalCount }} }}"], "...F0")


def fan_out_selections(n: int) -> int:
    """The selections of ``fan_out(n)``: fragment ``F(n-k)`` has ``2^(k+2) - 2`` (2 spreads
    and twice the next one's), all fragments together ``2^(n+3) - 4 - 2(n+1)``, and the
    operation 1 more than ``F0``."""
    fragments = 2 ** (n + 3) - 4 - 2 * (n + 1)
    return fragments + 1 + 2 ** (n + 2) - 2


def lattice(n: int) -> str:
    """Two fragments per level, each spreading both of the next level."""
    levels = [
        f"fragment {a}{i} on Query {{ ...F{i + 1} ...G{i + 1} personas {{ totalCount }} }}"
        for i in range(n)
        for a in "FG"
    ]
    last = [f"fragment {a}{n} on Query {{ personas {{ totalCount }} }}" for a in "FG"]
    return _fragments([*levels, *last], "...F0 ...G0")


def chain(n: int) -> str:
    """Fragments each spreading the next once: a chain longer than recursion allows."""
    links = [f"fragment F{i} on Query {{ ...F{i + 1} }}" for i in range(n)]
    return _fragments([*links, f"fragment F{n} on Query {{ __typename }}"], "...F0")


def nested_chain(n: int) -> str:
    """Fragments each nesting the next two levels deeper."""
    links = [
        f"fragment F{i} on Journey {{ stages {{ journey {{ ...F{i + 1} }} }} }}" for i in range(n)
    ]
    return _fragments(
        [*links, f"fragment F{n} on Journey {{ key }}"], "journeys { nodes { ...F0 } }"
    )


def inline_nesting(n: int) -> str:
    """Inline fragments nested in each other, as deep as the parser accepts."""
    n = min(n, MAX_NESTING_DEPTH - 1)
    return _query("... on Query { " * n + "__typename" + " }" * n)


SHAPES: dict[str, Maker] = {
    "one scalar repeated": lambda n: _query(*["__typename"] * n),
    "one object field repeated": lambda n: _query(*["personas { totalCount }"] * n),
    "nested fields repeated": lambda n: _query(*["journeys { nodes { key } }"] * n),
    "deep path repeated": lambda n: _query(
        *["journeys { nodes { stages { steps { key } } } }"] * n
    ),
    "inner field repeated": lambda n: _query("journeys { nodes { " + "key " * n + "} }"),
    "two fields alternating": lambda n: _query(
        *["personas { totalCount } journeys { totalCount }"] * n
    ),
    "one alias repeated": lambda n: _query(*["a: personas { totalCount }"] * n),
    "introspection repeated": lambda n: _query(
        *["__schema { types { fields { type { name } } } }"] * n
    ),
    "inline fragments": lambda n: _query(*["... on Query { personas { totalCount } }"] * n),
    "inline fragments nested": inline_nesting,
    "distinct fragments, one field": lambda n: _fragments(
        [f"fragment F{i} on Query {{ personas {{ totalCount }} }}" for i in range(n)],
        *[f"...F{i}" for i in range(n)],
    ),
    "one spread repeated": lambda n: _fragments(
        ["fragment F on Query { personas { totalCount } }"], *["...F"] * n
    ),
    "one spread repeated in a list": lambda n: _fragments(
        ["fragment F on Journey { key stages { key } }"],
        "journeys { nodes { " + "...F " * n + "} }",
    ),
    "fragment fan-out": fan_out,
    "fragment lattice": lattice,
    "fragment chain": chain,
    "fragments nesting fragments": nested_chain,
    "unused fragments": lambda n: _fragments(
        [f"fragment F{i} on Query {{ personas {{ totalCount }} }}" for i in range(n)],
        "__typename",
    ),
    "one argument repeated": lambda n: _query("personas(" + "first: 1 " * n + ") { totalCount }"),
    "conflicting arguments": lambda n: _query(
        *[f"personas(first: {i}) {{ totalCount }}" for i in range(n)]
    ),
    "arguments on repeated fields": lambda n: _query(
        *["personas(first: 1, last: 1) { totalCount }"] * n
    ),
    "many variables": lambda n: (
        "query(" + " ".join(f"$v{i}: Int" for i in range(n)) + ") { __typename }"
    ),
    "many variables used": lambda n: (
        "query("
        + " ".join(f"$v{i}: String" for i in range(n))
        + ") { systems(where: {OR: ["
        + " ".join(f"{{name: {{eq: $v{i}}}}}" for i in range(n))
        + "]}) { totalCount } }"
    ),
    "many directives on one field": lambda n: _query("__typename " + "@skip(if: false) " * n),
    "directives on repeated fields": lambda n: _query(
        *["personas @include(if: true) { totalCount }"] * n
    ),
    "many operations, one fragment": lambda n: (
        " ".join(f"query Q{i} {{ ...F }}" for i in range(n))
        + " fragment F on Query { personas { totalCount } }"
    ),
    "many operations over a chain": lambda n: (
        " ".join(f"query Q{i} {{ ...F0 }}" for i in range(n))
        + " "
        + " ".join(f"fragment F{i} on Query {{ ...F{i + 1} }}" for i in range(n))
        + f" fragment F{n} on Query {{ __typename }}"
    ),
    "long list literal": lambda n: _query("nodes(ids: [" + '"x" ' * n + "]) { id }"),
    "wide filter literal": lambda n: _query(
        "systems(where: {OR: [" + '{name: {eq: "x"}} ' * n + "]}) { totalCount }"
    ),
    "unknown fields": lambda n: _query(*["nope { a }"] * n),
    "long variable default": lambda n: (
        "query($ids: [ID!]! = [" + '"x" ' * n + "]) { nodes(ids: $ids) { id } }"
    ),
}
"""Shapes of our own: repetition, fragments, arguments, variables, directives, operations."""
