"""docs/api.md's error codes: the table lists exactly the codes the server answers.

Every code a class of ``GraphApiError`` carries (wherever in ``graph_api`` it is
defined) and every code of a refusal before GraphQL runs is in the table, or in the
short list of codes that never reach a client; every code listed is one of them. The
HTTP status the table gives each refusal is the one the server sends, and a request of
each kind is refused with it.
"""

import importlib
import pkgutil
import re
from collections.abc import Awaitable, Callable

import httpx
import pytest

import graph_api
from graph_api.api.refusals import CODES
from graph_api.errors import GraphApiError
from graph_api.store.base import GraphStore
from tests.auth_headers import headers_for
from tests.conftest import app_client
from tests.docs.doc_tables import (
    API_DOC,
    Row,
    assert_documented_extensions,
    code_spans,
    marked_table,
)

TABLE = marked_table(API_DOC, "error-codes")


def _raised_codes() -> set[str]:
    """The code of every GraphApiError class of the package (the base's stands for none)."""
    for module in pkgutil.walk_packages(graph_api.__path__, f"{graph_api.__name__}."):
        importlib.import_module(module.name)
    codes, pending = set(), list(GraphApiError.__subclasses__())
    while pending:
        cls = pending.pop()
        codes.add(cls.code)
        pending += cls.__subclasses__()
    return codes


def _listed() -> dict[str, Row]:
    listed = {}
    for row in TABLE:
        (code,) = code_spans(row["code"])
        assert code not in listed, f"{code} is listed twice"
        listed[code] = row
    return listed


def _never_reaching_clients() -> set[str]:
    text = API_DOC.read_text(encoding="utf-8")
    match = re.search(r"<!-- check:operator-codes -->\n(.*?)\n\n", text, re.DOTALL)
    assert match, "api.md has no check:operator-codes paragraph"
    return {code for code in code_spans(match.group(1)) if re.fullmatch(r"[A-Z_]+", code)}


def test_the_table_lists_every_code_the_server_answers_and_no_other() -> None:
    answered = _raised_codes() | set(CODES.values())
    listed, never = set(_listed()), _never_reaching_clients()
    assert not listed & never, listed & never
    assert sorted(answered - listed - never) == [], "raised or refused with, not in api.md"
    assert sorted((listed | never) - answered) == [], "in api.md, but nothing answers it"


def test_each_refusal_has_the_http_status_the_table_gives() -> None:
    statuses = {code: status for status, code in CODES.items()}
    for code, row in _listed().items():
        cell = row["http"]
        if code in statuses:
            assert cell.startswith(str(statuses[code])), f"{code}: {cell}"
        else:
            assert cell in ("200", "(subscription)"), f"{code}: {cell}"


Refused = Callable[[httpx.AsyncClient], Awaitable[httpx.Response]]
VIEWER = headers_for("viewer")
REFUSALS: dict[str, Refused] = {
    "BAD_REQUEST": lambda c: c.post(
        "/graphql",
        content=b'{"query": ',
        headers={**VIEWER, "Content-Type": "application/json"},
    ),
    "UNSUPPORTED_MEDIA_TYPE": lambda c: c.post(
        "/graphql", content=b"{ __typename }", headers={**VIEWER, "Content-Type": "text/plain"}
    ),
    "NOT_ACCEPTABLE": lambda c: c.post(
        "/graphql", json={"query": "{ __typename }"}, headers={**VIEWER, "Accept": "text/html"}
    ),
    "METHOD_NOT_ALLOWED": lambda c: c.get(
        "/graphql",
        params={"query": 'mutation { deletePersona(id: "x") { key } }'},
        headers={**VIEWER, "Accept": "application/json"},
    ),
    "UNAUTHENTICATED": lambda c: c.post("/graphql", json={"query": "{ __typename }"}),
    "PAYLOAD_TOO_LARGE": lambda c: c.post(
        "/graphql", content=b" " * 3_000_000, headers={**VIEWER, "Content-Type": "application/json"}
    ),
}


def test_every_refusal_code_has_a_request_refused_with_it() -> None:
    assert set(REFUSALS) == set(CODES.values())


@pytest.mark.parametrize("code", sorted(REFUSALS))
async def test_a_request_of_each_kind_is_refused_as_the_table_says(
    store: GraphStore, code: str
) -> None:
    stated = re.match(r"\d{3}", _listed()[code]["http"])
    assert stated, _listed()[code]
    status = int(stated.group())
    async with app_client(store, headers={}) as client:
        response = await REFUSALS[code](client)
    assert response.status_code == status, response.text
    body = response.json()
    assert "data" not in body, body
    (error,) = body["errors"]
    assert error["extensions"]["code"] == code
    assert_documented_extensions(error["extensions"], code)
    if code == "METHOD_NOT_ALLOWED":
        assert response.headers["Allow"] == "POST"
