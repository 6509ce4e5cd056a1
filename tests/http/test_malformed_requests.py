"""Whatever cannot be a request is a 400 ``BAD_REQUEST`` naming what is wrong; never a 500.

Each family of malformed input is sent in several shapes, in a POST body and in GET
parameters where it can travel there: bytes that are not UTF-8, numbers Python's JSON
cannot take (thousands of digits, values no double holds), ``NaN`` and ``Infinity``,
lone surrogates, bad percent-encoding, parameters of the wrong type or given twice. Then
a few hundred seeded random corruptions of a valid body: none may answer 5xx. Each runs
on both stores (the ``client`` fixture).
"""

import random
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from graph_api.api.request_json import (
    MAX_NUMBER_CHARS,
    MalformedJson,
    MalformedQueryString,
    parse_json,
    query_parameters,
)

JSON = {"content-type": "application/json"}
VALID = b'{"query": "query($n: Int) { personas(first: $n) { totalCount } }", "variables": {"n": 5}}'


def assert_bad_request(response: httpx.Response, *words: str) -> str:
    assert response.status_code == 400, response.text
    assert response.headers["content-type"].startswith("application/json")
    (error,) = response.json()["errors"]
    assert error["extensions"] == {"code": "BAD_REQUEST"}
    assert "Traceback" not in response.text
    message: str = error["message"]
    for word in words:
        assert word in message, message
    return message


def body_with(variables: bytes) -> bytes:
    """A valid query with ``variables`` as raw JSON text."""
    return b'{"query": "{ __typename }", "variables": ' + variables + b"}"


# Families of bodies: (raw body, words the message must hold).
NOT_UTF8 = {
    "byte 0xff in a string": (b'{"query": "{ __typename }", "x": "\xff"}', "UTF-8"),
    "byte 0xff in a key": (b'{"query": "{ __typename }", "\xff": 1}', "UTF-8"),
    "overlong slash": (b'{"query": "{ __typename }", "x": "\xc0\xaf"}', "UTF-8"),
    "truncated sequence at the end": (b'{"query": "{ __typename }"}\xe2\x82', "UTF-8"),
    "encoded surrogate": (b'{"query": "{ __typename }", "x": "\xed\xa0\x80"}', "UTF-8"),
    "latin-1 text": ('{"query": "{ __typename }", "x": "caf\u00e9"}'.encode("latin-1"), "UTF-8"),
    "UTF-16 with a BOM": ('{"query": "{ __typename }"}'.encode("utf-16"), "UTF-8"),
    "UTF-32": ('{"query": "{ __typename }"}'.encode("utf-32-le"), "JSON"),
    "UTF-8 BOM": (b'\xef\xbb\xbf{"query": "{ __typename }"}', "BOM"),
}
NUMBERS = {
    "5001-digit integer": (body_with(b'{"n": ' + b"9" * 5001 + b"}"), "number"),
    "negative 5001-digit integer": (body_with(b'{"n": -' + b"9" * 5001 + b"}"), "number"),
    "long integer in a list": (body_with(b'{"n": [1, 2, ' + b"1" * 4400 + b"]}"), "number"),
    "long integer in extensions": (
        b'{"query": "{ __typename }", "extensions": {"x": ' + b"7" * 5000 + b"}}",
        "number",
    ),
    "long fraction": (body_with(b'{"n": 0.' + b"3" * 100_000 + b"}"), "number"),
    "long exponent": (body_with(b'{"n": 1e' + b"9" * 5000 + b"}"), "number"),
    "huge exponent": (body_with(b'{"n": 1e999}'), "too large for a double"),
    "huge negative": (body_with(b'{"n": -1E+400}'), "too large for a double"),
    "just past the double range": (body_with(b'{"n": 1.8e308}'), "too large for a double"),
    "top-level huge number": (b"1e999", "too large"),
}
CONSTANTS = {
    "NaN": (body_with(b'{"n": NaN}'), "NaN"),
    "Infinity": (body_with(b'{"n": Infinity}'), "Infinity"),
    "-Infinity": (body_with(b'{"n": -Infinity}'), "-Infinity"),
    "NaN in extensions": (b'{"query": "{ __typename }", "extensions": {"x": [NaN]}}', "NaN"),
}
SURROGATES = {
    "high alone": (body_with(b'{"s": "\\ud800"}'), "lone surrogate"),
    "low alone": (body_with(b'{"s": "a\\udc00b"}'), "lone surrogate"),
    "pair reversed": (body_with(b'{"s": "\\ude80\\ud83d"}'), "lone surrogate"),
    "high then letter": (body_with(b'{"s": "\\uD83Dx"}'), "lone surrogate"),
    "in a key": (body_with(b'{"\\ud800": 1}'), "lone surrogate"),
    "in the query": (b'{"query": "{ __typename } # \\udfff"}', "lone surrogate"),
    "deep in lists": (body_with(b'{"s": [[[[["\\ud801"]]]]]}'), "lone surrogate"),
}
SHAPES = {
    "variables a list": (b'{"query": "{ __typename }", "variables": [1]}', "variables"),
    "variables a string": (b'{"query": "{ __typename }", "variables": "{}"}', "variables"),
    "variables a number": (b'{"query": "{ __typename }", "variables": 5}', "variables"),
    "variables true": (b'{"query": "{ __typename }", "variables": true}', "variables"),
    "extensions a list": (b'{"query": "{ __typename }", "extensions": []}', "extensions"),
    "extensions a string": (b'{"query": "{ __typename }", "extensions": "x"}', "extensions"),
    "operationName a list": (b'{"query": "{ __typename }", "operationName": ["a"]}', "operation"),
    "query an object": (b'{"query": {"a": 1}}', "query"),
    "query missing": (b'{"variables": {}}', "query"),
    "a bare number": (b"5", "JSON object"),
    "a bare string": (b'"{ __typename }"', "JSON object"),
    "a batch": (b'[{"query": "{ __typename }"}]', "Batching"),
    "truncated": (b'{"query": "{ __typename }"', "not valid JSON"),
    "trailing garbage": (b'{"query": "{ __typename }"} x', "not valid JSON"),
    "single quotes": (b"{'query': '{ __typename }'}", "not valid JSON"),
    "empty": (b"", "not valid JSON"),
    "nested too deeply": (body_with(b"[" * 100_000 + b"]" * 100_000), "nested too deeply"),
}
FAMILIES = {**NOT_UTF8, **NUMBERS, **CONSTANTS, **SURROGATES, **SHAPES}


@pytest.mark.parametrize(("body", "word"), list(FAMILIES.values()), ids=list(FAMILIES))
async def test_malformed_post_bodies(client: httpx.AsyncClient, body: bytes, word: str) -> None:
    response = await client.post("/graphql", content=body, headers=JSON)
    assert_bad_request(response, word)


# GET: raw query strings (sent as they are), and values that travel percent-encoded.
RAW_QUERY_STRINGS = {
    "a lone percent": (b"query=%7B__typename%7D&x=%", "'%'"),
    "percent and one digit": (b"query=%7B__typename%7", "'%'"),
    "percent and non-hex": (b"query=%ZZ", "'%'"),
    "percent in a name": (b"qu%ery=1", "'%'"),
    "0xff encoded": (b"query=%ff", "UTF-8"),
    "overlong encoded": (b"query=%C0%AF", "UTF-8"),
    "surrogate encoded": (b"query=%ED%A0%80", "UTF-8"),
    "truncated sequence encoded": (b"query=%E2%82", "UTF-8"),
    "query twice": (b"query=%7B__typename%7D&query=%7B__typename%7D", "more than once"),
    "variables twice": (b"query=%7B__typename%7D&variables=%7B%7D&variables=%7B%7D", "once"),
    "operationName twice": (b"query=%7B__typename%7D&operationName=a&operationName=b", "once"),
}
GET_VARIABLES = {
    "not JSON": ("{nope", "not valid JSON"),
    "a list": ("[1]", "variables"),
    "a string": ('"x"', "variables"),
    "long integer": ('{"n": ' + "1" * 5001 + "}", "number"),
    "huge exponent": ('{"n": 1e999}', "too large for a double"),
    "NaN": ('{"n": NaN}', "NaN"),
    "lone surrogate": ('{"s": "\\ud800"}', "lone surrogate"),
}


async def raw_get(client: httpx.AsyncClient, query_string: bytes) -> httpx.Response:
    """GET /graphql with ``query_string`` exactly as given (httpx would re-encode it)."""
    request = client.build_request("GET", "/graphql", headers={"accept": "application/json"})
    request.url = request.url.copy_with(raw_path=b"/graphql?" + query_string)
    return await client.send(request)


@pytest.mark.parametrize(
    ("query_string", "word"), list(RAW_QUERY_STRINGS.values()), ids=list(RAW_QUERY_STRINGS)
)
async def test_malformed_get_query_strings(
    client: httpx.AsyncClient, query_string: bytes, word: str
) -> None:
    assert_bad_request(await raw_get(client, query_string), word)


@pytest.mark.parametrize(
    ("variables", "word"), list(GET_VARIABLES.values()), ids=list(GET_VARIABLES)
)
@pytest.mark.parametrize("parameter", ["variables", "extensions"])
async def test_malformed_get_parameters(
    client: httpx.AsyncClient, parameter: str, variables: str, word: str
) -> None:
    query_string = f"query={quote('{ __typename }')}&{parameter}={quote(variables)}"
    word = parameter if word == "variables" else word
    message = assert_bad_request(await raw_get(client, query_string.encode()), word)
    assert parameter in message


async def test_well_formed_requests_still_run(client: httpx.AsyncClient) -> None:
    """The strict reading refuses only what is malformed: pairs of surrogates, exact
    numbers of the longest length read, odd but valid JSON and GET encodings run."""
    cases: list[tuple[str, Any]] = [
        ("POST", VALID),
        ("POST", body_with(b'{"s": "\\ud83d\\ude80 \\u00e9 \\u2028"}')),
        ("POST", body_with(b'{"n": ' + b"1" * MAX_NUMBER_CHARS + b"}")),
        ("POST", body_with(b'{"n": 1e-999, "m": -0.0, "k": 1.7976931348623157e308}')),
        ("POST", b' \n\t{"query" : "{ __typename }" , "variables" : null } \n'),
        ("POST", '{"query": "{ __typename } # caf\u00e9 \U0001f680"}'.encode()),
        ("GET", b"query=%7B+__typename+%7D&variables=&extensions="),
        ("GET", b"query=%7b__typename%7d&other=1&other=2"),
        ("GET", b"query=" + quote("{ __typename } # caf\u00e9").encode()),
    ]
    for method, payload in cases:
        if method == "POST":
            response = await client.post("/graphql", content=payload, headers=JSON)
        else:
            response = await raw_get(client, payload)
        assert response.status_code == 200, (payload[:80], response.text)
        assert "errors" not in response.json(), (payload[:80], response.text)


async def test_random_corruptions_of_a_body_never_answer_5xx(client: httpx.AsyncClient) -> None:
    rng = random.Random(14)
    interesting = [b"\xff", b"\\ud800", b"NaN", b"1e999", b"9" * 5000, b"\x00", b'"', b"{", b"%"]
    statuses: dict[int, int] = {}
    for _ in range(300):
        body = bytearray(VALID)
        for _ in range(rng.randint(1, 4)):
            at = rng.randrange(len(body) + 1)
            action = rng.random()
            if action < 0.4:
                body[at:at] = rng.choice(interesting)
            elif action < 0.7:
                body[at : at + rng.randint(1, 5)] = b""
            else:
                body[at:at] = bytes([rng.randrange(256)])
        response = await client.post("/graphql", content=bytes(body), headers=JSON)
        statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
        assert response.status_code < 500, (bytes(body), response.text)
        assert "errors" in response.json() or "data" in response.json()
    assert statuses.get(400, 0) > 100  # most corruptions break the JSON


def test_raw_bytes_that_are_not_utf8_in_a_query_string_are_refused() -> None:
    """(httpx cannot send a raw non-ASCII byte in a URL; servers pass it on as it is.)"""
    with pytest.raises(MalformedQueryString, match="not UTF-8"):
        query_parameters(b"query=\xff")
    assert query_parameters("query=caf\u00e9".encode()) == {"query": "caf\u00e9"}


def test_parse_json_raises_a_json_decode_error() -> None:
    """WebSocket handlers treat a JSONDecodeError as a message that is not JSON (4400)."""
    import json

    for text in ("\\ud800", "NaN", "1e999", "[" * 100_000, "{"):
        with pytest.raises(json.JSONDecodeError):
            parse_json(f'"{text}"' if text == "\\ud800" else text)
    with pytest.raises(MalformedJson, match="not valid UTF-8: byte 0xff at offset 2"):
        parse_json(b'"a\xff"')
