"""What the HTTP endpoints that take a file (``POST /ingest``, ``POST /tracker/import``)
answer besides their reports: JSON bodies, refusals in the API's shape (the body of
:func:`graph_api.api.refusals.refusal_body`, logged), and the refusal of a caller whose
role does not grant the endpoint's."""

from typing import Any

from fastapi import Response

from graph_api.api import request_log
from graph_api.api.refusals import refusal_body
from graph_api.security import Principal, Role
from graph_api.security.access import Why, refusal
from graph_api.security.callers import Resolved
from graph_api.security.token_advice import write_needs_token


def json_answer(status: int, body: bytes, headers: dict[str, str] | None = None) -> Response:
    """``body`` (JSON) with ``status``."""
    return Response(body, status, headers, media_type="application/json; charset=utf-8")


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
    if why.status == 401:
        return refused(401, "UNAUTHENTICATED", write_needs_token(endpoint, needed))
    assert isinstance(caller, Principal) and caller.role is not None
    message = (
        f"{endpoint} needs a role of {needed.holders}; {caller.subject} has {caller.role.label}"
    )
    return refused(403, "FORBIDDEN", message)


__all__ = ["caller_refused", "json_answer", "refused"]
