"""What the HTTP endpoints beside GraphQL (``POST /ingest``, ``POST /tracker/import``,
``GET /impact.ndjson``) share: JSON answers, refusals in the API's shape (the body of
:func:`graph_api.api.refusals.refusal_body`, logged), the refusal of a caller whose role
does not grant the endpoint's, ``true``/``false`` query flags, and running the work
under a time limit (the import timeout, or the request timeout for a read) with its
errors answered as refusals."""

import asyncio
import json
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, TypeVar

from fastapi import Response

from graph_api.api import request_log
from graph_api.api.refusals import refusal_body
from graph_api.errors import GraphApiError
from graph_api.security import Principal, Role
from graph_api.security.access import Why, refusal
from graph_api.security.authorization import READ_ROLE
from graph_api.security.callers import Resolved
from graph_api.security.token_advice import field_needs_token, write_needs_token
from graph_api.store.time_budget import transactions_may_run

T = TypeVar("T")


def json_answer(status: int, body: bytes, headers: dict[str, str] | None = None) -> Response:
    """``body`` (JSON) with ``status``."""
    return Response(body, status, headers, media_type="application/json; charset=utf-8")


def report_answer(status: int, report: Any) -> Response:
    """A report (JSON-ready values) with ``status``, as compact UTF-8 JSON."""
    body = json.dumps(report, ensure_ascii=False, separators=(",", ":")).encode()
    return json_answer(status, body)


def refused(status: int, code: str, message: str, **extensions: Any) -> Response:
    """A refusal, logged; a 401 says how to authenticate (``WWW-Authenticate``)."""
    request_log.refused(status, code, message)
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return json_answer(status, refusal_body(message, code, **extensions), headers)


def caller_refused(caller: Resolved, needed: Role, endpoint: str) -> Response | None:
    """401 or 403 for a caller whose role does not grant ``needed``, else None."""
    why = refusal(caller, needed)
    if why is None:
        return None
    if why.why is Why.BAD_TOKEN:
        return refused(401, "UNAUTHENTICATED", why.token_problem)
    if why.status == 401 and needed is READ_ROLE:
        # Only where anonymous reading is off: the advice GraphQL reads get.
        return refused(401, "UNAUTHENTICATED", field_needs_token(endpoint))
    if why.status == 401:
        return refused(401, "UNAUTHENTICATED", write_needs_token(endpoint, needed))
    assert isinstance(caller, Principal) and caller.role is not None
    message = (
        f"{endpoint} needs a role of {needed.holders}; {caller.subject} has {caller.role.label}"
    )
    return refused(403, "FORBIDDEN", message)


def flag(name: str, value: str) -> bool | str:
    """A query flag's value (``true`` or ``false``, any case), or what is wrong with it."""
    if value.lower() not in ("true", "false"):
        return f"{name} is true or false, not {value!r}"
    return value.lower() == "true"


async def within_time(
    seconds: float,
    setting: str,
    work: Callable[[], Awaitable[T]],
    what: str,
    statuses: Mapping[str, int],
) -> T | Response:
    """``work()``'s result, run with the store's transactions allowed ``seconds`` and
    stopped after them (504 TIMEOUT, saying ``what`` ran past ``seconds``, the value of
    ``setting``); an error of the API answered as its refusal, with the status
    ``statuses`` gives its code (else 500)."""
    try:
        with transactions_may_run(seconds):
            async with asyncio.timeout(seconds):
                return await work()
    except TimeoutError:
        return refused(504, "TIMEOUT", f"{what} ran past {seconds:g} s ({setting}); stopped")
    except GraphApiError as exc:
        extensions = {k: v for k, v in exc.extensions.items() if k != "code"}
        return refused(statuses.get(exc.code, 500), exc.code, exc.message, **extensions)


__all__ = [
    "caller_refused",
    "flag",
    "json_answer",
    "refused",
    "report_answer",
    "within_time",
]
