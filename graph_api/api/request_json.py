"""Reading what a client sent (a JSON body, GET parameters) strictly, before GraphQL.

Python's ``json`` accepts more than a request should carry, and fails on some input with
errors that are not ``JSONDecodeError`` (which Strawberry would answer with a 500):

- bytes that are not UTF-8 (``json.loads`` guesses UTF-16 or UTF-32, or raises
  ``UnicodeDecodeError``);
- numbers of thousands of digits (``int`` raises ``ValueError`` past Python's digit limit,
  and costs quadratic time below it), and numbers no double can hold (``1e999`` becomes
  infinity, which no JSON answer can carry back);
- ``NaN``, ``Infinity`` and ``-Infinity``, which are not JSON at all;
- lone surrogates written as escapes (``"\\ud800"``): valid JSON grammar, but not a
  character, so no store, log or export can hold them;
- nesting deeper than Python's recursion limit (``RecursionError``).

:func:`parse_json` refuses all of these with :class:`MalformedJson` naming what is
wrong; it is a ``JSONDecodeError``, so Strawberry's WebSocket handlers treat it as the
message that is not JSON it is. :func:`query_parameters` decodes a GET query string,
refusing bad percent-encoding, text that is not UTF-8 and repeated GraphQL parameters,
where Starlette would silently substitute U+FFFD or keep the last value.
"""

import json
import re
from typing import Any

MAX_NUMBER_CHARS = 400
"""Longest number (in characters) a request's JSON may hold: far more than any value a
GraphQL scalar takes (an Int has 10 digits, a Float 17 significant ones)."""

GRAPHQL_PARAMETERS = ("query", "operationName", "variables", "extensions")
"""The GET parameters of the GraphQL over HTTP spec; each may appear once."""

# An escaped UTF-16 surrogate; only where one occurs can the parsed value hold a lone one
# (raw UTF-8 cannot encode surrogates, and valid pairs are joined by the parser).
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_PERCENT = re.compile(rb"%(?![0-9A-Fa-f]{2})")


class MalformedJson(json.JSONDecodeError):
    """Text that is not a JSON value a request may carry; the message says why."""

    def __init__(self, reason: str) -> None:
        ValueError.__init__(self, reason)
        self.msg = reason
        self.doc = ""
        self.pos = self.lineno = self.colno = 0

    def __str__(self) -> str:
        return self.msg


class MalformedQueryString(ValueError):
    """A GET query string that cannot be read as the request it claims to be."""


def _number_text(text: str) -> None:
    if len(text) > MAX_NUMBER_CHARS:
        raise MalformedJson(
            f"holds a number of {len(text)} characters; at most {MAX_NUMBER_CHARS} are read"
        )


def _int(text: str) -> int:
    _number_text(text)
    try:
        return int(text)
    except ValueError:  # below MAX_NUMBER_CHARS only if Python's digit limit was lowered
        raise MalformedJson(f"holds an integer too long to read ({len(text)} digits)") from None


def _float(text: str) -> float:
    _number_text(text)
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise MalformedJson(f"holds a number too large for a double: {text}")
    return value


def _constant(name: str) -> Any:
    raise MalformedJson(f"holds {name}, which is not a JSON number")


def _lone_surrogate(value: object) -> str | None:
    """The first lone surrogate in a string (or key) of ``value``, walked without
    recursion (the value may be nested as deep as the parser allowed)."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            found = _SURROGATE.search(item)
            if found:
                return found.group()
        elif isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return None


def parse_json(data: str | bytes) -> object:
    """The JSON value of ``data`` (UTF-8 when bytes), or MalformedJson saying why not."""
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise MalformedJson(
                f"is not valid UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start}"
            ) from None
    else:
        text = data
    try:
        value = json.loads(text, parse_int=_int, parse_float=_float, parse_constant=_constant)
    except MalformedJson:
        raise
    except json.JSONDecodeError as exc:
        raise MalformedJson(f"is not valid JSON: {exc}") from None
    except RecursionError:
        raise MalformedJson("is nested too deeply") from None
    if _SURROGATE_ESCAPE.search(text):
        surrogate = _lone_surrogate(value)
        if surrogate is not None:
            raise MalformedJson(
                f"holds a lone surrogate (\\u{ord(surrogate):04x}), which is not a character"
            )
    return value


def _unquote(part: bytes, where: str) -> str:
    """``part`` of a query string, percent-decoded and read as UTF-8 (``+`` is a space)."""
    bad = _PERCENT.search(part)
    if bad:
        raise MalformedQueryString(
            f"The query string's {where} has a '%' not followed by two hex digits "
            f"(at offset {bad.start()})."
        )
    decoded = bytearray()
    pieces = part.replace(b"+", b" ").split(b"%")
    decoded += pieces[0]
    for piece in pieces[1:]:
        decoded.append(int(piece[:2], 16))
        decoded += piece[2:]
    try:
        return decoded.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MalformedQueryString(
            f"The query string's {where} is not UTF-8 once percent-decoded "
            f"(byte 0x{decoded[exc.start]:02x})."
        ) from None


def query_parameters(raw: bytes) -> dict[str, str]:
    """The parameters of a GET query string; a GraphQL parameter given twice is refused
    (which one was meant?), other parameters keep their last value."""
    parameters: dict[str, str] = {}
    for field in raw.split(b"&"):
        if not field:
            continue
        raw_name, _, raw_value = field.partition(b"=")
        name = _unquote(raw_name, "parameter name")
        value = _unquote(raw_value, f"parameter {name!r}")
        if name in GRAPHQL_PARAMETERS and name in parameters:
            raise MalformedQueryString(f"The query string gives {name!r} more than once.")
        parameters[name] = value
    return parameters


__all__ = [
    "GRAPHQL_PARAMETERS",
    "MAX_NUMBER_CHARS",
    "MalformedJson",
    "MalformedQueryString",
    "parse_json",
    "query_parameters",
]
