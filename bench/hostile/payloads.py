"""Hostile request bodies and documents, built to a size: what an attacker would send.

Shared by ``bench/hostile`` (which measures them against a release) and the hostile-load
test (``tests/limits/test_hostile_load.py``), which adds shapes of its own.
"""

import json
from typing import Any

READER_QUERY = "{ personas(first: 1) { totalCount } }"
"""The well-behaved reader's small question."""


def variant(document: str, number: int) -> str:
    """``document`` made distinct by a leading comment: a server's cache of parsed
    documents must not make copies of one hostile request cheaper than the first."""
    return f"# variant {number}\n{document}" if number else document


def repeated_fields(count: int, field: str = "personas { totalCount }") -> str:
    """``{ field field ... }`` without aliases: cheap to parse, quadratic to validate
    (every pair of same-named fields is checked for a conflict)."""
    return "{ " + " ".join([field] * count) + " }"


def long_comment_body(size: int, number: int = 0) -> bytes:
    """A JSON request body of about ``size`` bytes that is one long comment and a
    trivial query: nothing in it is costly but its length (``number`` makes it distinct)."""
    tag = str(number).encode()
    filler = size - 40 - len(tag)
    return b'{"query": "#' + tag + b"x" * filler + b'\\n{ __typename }"}'


def nested_some_filters(count: int, relations: tuple[str, str]) -> dict[str, Any]:
    """``{OR: [{r1: {some: {r2: {some: {name: {eq: "n0"}}}}}}, ...]}``: ``count`` OR-ed
    filters, each two relationship hops deep (every one a walk over the related nodes)."""
    outer, inner = relations
    return {
        "OR": [
            {outer: {"some": {inner: {"some": {"name": {"eq": f"no such name {i}"}}}}}}
            for i in range(count)
        ]
    }


def where_query(listing: str, where_type: str) -> str:
    """A count of ``listing`` filtered by the ``$where`` variable."""
    return f"query($where: {where_type}) {{ {listing}(where: $where) {{ totalCount }} }}"


def json_body(document: str, variables: dict[str, Any] | None = None) -> bytes:
    payload: dict[str, Any] = {"query": document}
    if variables is not None:
        payload["variables"] = variables
    return json.dumps(payload).encode()


def invalid_utf8_body() -> bytes:
    """A JSON body whose query string holds a byte that is not UTF-8."""
    return b'{"query": "{ personas { totalCount } }", "variables": {"x": "\xff\xfe"}}'


def long_number_body(digits: int = 5001) -> bytes:
    """A JSON body with an integer of ``digits`` digits (Python refuses to convert more
    than 4,300 digits of an int to or from text)."""
    return b'{"query": "{ __typename }", "variables": {"n": ' + b"9" * digits + b"}}"


def deep_json_body(depth: int = 100_000) -> bytes:
    """A JSON body whose variables nest ``depth`` arrays."""
    return b'{"query": "{ __typename }", "variables": {"v": ' + b"[" * depth + b"]" * depth + b"}}"


def many_errors_document(size: int) -> str:
    """A document of about ``size`` bytes naming fields that do not exist: one
    validation error per field."""
    fields = []
    total = 0
    index = 0
    while total < size:
        name = f"noSuchField{index}"
        fields.append(name)
        total += len(name) + 1
        index += 1
    return "{ personas { " + " ".join(fields) + " } }"


def archimate_elements(count: int, series: str = "") -> str:
    """An ArchiMate exchange file of ``count`` application components (systems); files of
    different ``series`` share no identifier."""
    elements = "".join(
        f'<element identifier="id-{series}{i:08d}" xsi:type="ApplicationComponent">'
        f'<name xml:lang="en">Generated system {series}{i}</name></element>'
        for i in range(count)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="id-model">'
        '<name xml:lang="en">Many systems</name>'
        f"<elements>{elements}</elements></model>"
    )
