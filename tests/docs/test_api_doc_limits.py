"""docs/api.md's limits table: a request over each limit gets the answer the table states.

Each row's request is built from the limit the table states as the default (one over it),
and sent to an app with the shipped settings, on both stores; the refusal must carry the
stated code, and a LIMIT_EXCEEDED or PAYLOAD_TOO_LARGE must name the row's setting and the
stated maximum. Where waiting out the default is too slow (the timeouts) the setting is
lowered for the request. A row without a code states a behaviour, checked as well.
"""

import asyncio
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from graph_api.services.changes import ChangeFeed, SubscriberLagged
from graph_api.store.base import GraphStore, NodeRef
from graph_api.store.change_log import ChangeEvent, ChangeLogEntry, ChangeType
from tests.auth_headers import headers_for
from tests.conftest import app_client
from tests.docs.doc_tables import (
    API_DOC,
    Row,
    assert_documented_extensions,
    code_spans,
    marked_tables,
    setting_field,
)
from tests.limits.helpers import CRM, SLOW_IMPACT, parents, settings

Send = Callable[[httpx.AsyncClient, int], Awaitable[httpx.Response]]


def _limits_table() -> list[Row]:
    (table,) = [t for t in marked_tables(API_DOC, "settings") if "over it" in t[0]]
    return table


def _setting(row: Row) -> str:
    (variable,) = code_spans(row["setting"]) or ["fixed"]
    return "fixed" if variable == "fixed" else setting_field(variable)


def _default(row: Row) -> int:
    number = re.match(r"[\d,]+", row["default"])
    assert number, row
    return int(number.group().replace(",", ""))


async def _post(
    client: httpx.AsyncClient, query: str, role: str = "viewer", **variables: Any
) -> httpx.Response:
    body = {"query": query, "variables": variables}
    return await client.post("/graphql", json=body, headers=headers_for(role))


async def _body_of(client: httpx.AsyncClient, size: int, role: str) -> httpx.Response:
    """A POST whose JSON body is ``size`` bytes: a valid query, padded with spaces."""
    start, end = b'{"query": "{ __typename }', b'"}'
    body = start + b" " * (size - len(start) - len(end)) + end
    headers = {**headers_for(role), "Content-Type": "application/json"}
    return await client.post("/graphql", content=body, headers=headers)


@dataclass(frozen=True)
class Over:
    """How to go over one limit: the request, given the limit in force."""

    send: Send
    lowered: dict[str, Any] = field(default_factory=dict)
    """Settings lowered for the request, where waiting out the default is too slow."""


def _where_nots(depth: int) -> str:
    return (
        "{ personas(where: "
        + "{NOT: " * depth
        + '{key: {eq: "x"}}'
        + "}" * depth
        + ") { totalCount } }"
    )


def _where_terms(elements: int) -> str:
    keys = ", ".join(f'{{key: {{eq: "k{i}"}}}}' for i in range(elements))
    return "{ personas(where: {OR: [" + keys + "]}) { totalCount } }"


def _fragments(levels: int) -> str:
    """Fragments each spreading the next twice: about 2^levels selections."""
    chain = [
        f"fragment F{i} on Query {{ __typename ...F{i + 1} ...F{i + 1} }}" for i in range(levels)
    ]
    return "{ ...F0 }\n" + "\n".join([*chain, f"fragment F{levels} on Query {{ __typename }}"])


MODEL = "format: graph-api/v1\n"
IMPORT = "mutation($doc: String!) { importModel(document: $doc) { created } }"
SYSTEMS = (
    MODEL + "systems:\n" + "".join(f"  - {{key: sys-{i}, name: System {i}}}\n" for i in range(200))
)

OVER: dict[str, Over] = {
    "max_page_size": Over(
        lambda c, n: _post(c, f"{{ personas(first: {n + 1}) {{ totalCount }} }}")
    ),
    "max_request_bytes": Over(lambda c, n: _body_of(c, n + 1, "viewer")),
    "max_import_bytes": Over(lambda c, n: _body_of(c, n + 1, "admin")),
    "max_tokens": Over(lambda c, n: _post(c, "#\n" * (n + 1) + "{ __typename }")),
    "max_selections": Over(lambda c, n: _post(c, _fragments(n.bit_length()))),
    "max_repeated_fields": Over(
        lambda c, n: _post(c, "{ " + "personas { totalCount } " * (n + 1) + "}")
    ),
    "max_selection_nesting": Over(
        lambda c, n: _post(c, "{ " + "... on Query { " * n + "__typename" + " }" * n + " }")
    ),
    "max_query_depth": Over(lambda c, n: _post(c, parents(n))),
    "max_aliases": Over(
        lambda c, n: _post(c, "{ " + " ".join(f"a{i}: __typename" for i in range(n + 1)) + " }")
    ),
    # impact costs 1000 per level of maxDepth (docs/security.md): ten levels, 10,001 each.
    "max_query_cost": Over(
        lambda c, n: _post(
            c,
            "{ "
            + " ".join(
                f'i{i}: impact(nodeId: "{CRM}", maxDepth: 10) {{ total }}'
                for i in range(n // 10_001 + 1)
            )
            + " }",
        )
    ),
    "max_filter_depth": Over(lambda c, n: _post(c, _where_nots(n + 1))),
    "max_filter_terms": Over(lambda c, n: _post(c, _where_terms(n))),
    "request_timeout_seconds": Over(
        lambda c, n: _post(c, SLOW_IMPACT), {"request_timeout_seconds": 1e-6}
    ),
    # Only the import's own bound is lowered (below the request's, which `check()` refuses
    # in a deployment): the refusal must name import_timeout_seconds, not the request's.
    "import_timeout_seconds": Over(
        lambda c, n: _post(c, IMPORT, "admin", doc=SYSTEMS),
        {"import_timeout_seconds": 1e-6},
    ),
    "introspection": Over(
        lambda c, n: _post(c, "{ __schema { queryType { name } } }"), {"introspection": False}
    ),
}
"""Every setting of the table with an answer in "over it"; "fixed" rows are tested apart."""


def _answer(row: Row) -> tuple[int, str | None]:
    """The HTTP status and code the row states; code None for an error without one."""
    cell = row["over it"]
    status = re.match(r"(\d{3}) ", cell)
    codes = code_spans(cell)
    assert len(codes) <= 1, row
    return (int(status.group(1)) if status else 200), (codes[0] if codes else None)


REFUSING = [row for row in _limits_table() if row["over it"] and _setting(row) != "fixed"]


def test_every_limit_with_an_answer_has_a_request_over_it() -> None:
    assert {_setting(row) for row in REFUSING} == set(OVER)


@pytest.mark.parametrize("row", REFUSING, ids=_setting)
async def test_a_request_over_the_limit_gets_the_stated_answer(store: GraphStore, row: Row) -> None:
    setting = _setting(row)
    over = OVER[setting]
    limit = over.lowered[setting] if setting in over.lowered else _default(row)
    status, code = _answer(row)
    async with app_client(store, settings(**over.lowered), headers={}) as client:
        response = await over.send(client, limit)
    assert response.status_code == status, response.text
    body = response.json()
    assert "data" not in body or body["data"] is None, body
    errors = body["errors"]
    # A coded refusal is the request's only error; GraphQL's own come one per fault.
    assert len(errors) == 1 or code is None, errors
    assert {e.get("extensions", {}).get("code") for e in errors} == {code}, (row["limit"], errors)
    error = errors[0]
    extensions = error.get("extensions", {})
    if code is not None:
        assert_documented_extensions(extensions, code)
    if code in ("LIMIT_EXCEEDED", "PAYLOAD_TOO_LARGE", "TIMEOUT"):
        assert setting in error["message"], error
    if code in ("LIMIT_EXCEEDED", "PAYLOAD_TOO_LARGE"):
        assert (extensions["limit"], extensions["maximum"]) == (setting, limit), error
        measured = extensions["measured"]
        assert measured is None or measured > limit, error
    if code == "TIMEOUT":
        assert extensions["timeoutSeconds"] == limit
        assert f"({setting})" in error["message"], error
    if code == "VALIDATION":
        assert f"between 0 and {limit}" in error["message"], error


async def test_a_page_without_first_or_last_holds_the_default_page_size(
    store: GraphStore,
) -> None:
    (row,) = [r for r in _limits_table() if _setting(r) == "default_page_size"]
    size = _default(row)
    personas = "".join(f"  - {{key: p-{i:03}, name: Persona {i}}}\n" for i in range(size + 3))
    async with app_client(store) as client:
        imported = await _post(client, IMPORT, "admin", doc=f"{MODEL}personas:\n{personas}")
        assert imported.json() == {"data": {"importModel": {"created": size + 3}}}
        response = await _post(client, "{ personas { totalCount nodes { key } } }")
    page = response.json()["data"]["personas"]
    assert page["totalCount"] == size + 3
    assert [node["key"] for node in page["nodes"]] == [f"p-{i:03}" for i in range(size)]


def _event(i: int) -> ChangeLogEntry:
    event = ChangeEvent(ChangeType.CREATED, NodeRef("Persona", f"p{i}"), 1, datetime.now(UTC))
    return ChangeLogEntry(i + 1, "system", event)


async def test_a_subscriber_behind_by_more_than_the_fixed_limit_is_dropped() -> None:
    (row,) = [r for r in _limits_table() if _setting(r) == "fixed"]
    lag, (_, code) = _default(row), _answer(row)
    feed = ChangeFeed()  # as the app makes it
    keeping_up, falling_behind = feed.subscribe(), feed.subscribe()
    feed.publish(_event(i) for i in range(lag))
    assert (await asyncio.wait_for(anext(keeping_up), 1)).event.node.key == "p0"
    feed.publish([_event(lag)])
    with pytest.raises(SubscriberLagged) as dropped:
        await asyncio.wait_for(anext(falling_behind), 1)
    assert dropped.value.extensions == {"code": code, "limit": lag}
