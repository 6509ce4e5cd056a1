"""The id that ties a request's log lines to its answer.

A caller (or the proxy in front of the API) may name its request with ``X-Request-ID``;
the API keeps that id when it is short and plain, and makes one otherwise. The id is
echoed in the response's ``X-Request-ID`` header and starts every log line the request
causes, so an operator can find what a client reports.
"""

import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

HEADER = "x-request-id"

# Letters, digits and the punctuation of UUIDs, trace ids and base64: nothing that could
# break a log line or a header (no spaces, quotes, control characters).
_SANE = re.compile(r"[A-Za-z0-9._~:+/=-]{1,128}")

_current: ContextVar[str] = ContextVar("graph_api_request_id", default="-")


def request_id_from(header: str | None) -> str:
    """The caller's id when it is sane, else a new one."""
    if header is not None and _SANE.fullmatch(header):
        return header
    return uuid.uuid4().hex


def current_request_id() -> str:
    """The id of the request being served (``-`` outside of one)."""
    return _current.get()


@contextmanager
def serving(request_id: str) -> Iterator[None]:
    """``request_id`` is the current one inside the block (the gate wraps the app in it)."""
    token = _current.set(request_id)
    try:
        yield
    finally:
        _current.reset(token)


__all__ = ["HEADER", "current_request_id", "request_id_from", "serving"]
