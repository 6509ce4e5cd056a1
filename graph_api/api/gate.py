"""The gate every request passes before the app reads it: an id, a caller, a size.

:class:`RequestGate` is ASGI middleware around the whole app. For each HTTP request it

1. gives the request its id (:mod:`graph_api.api.request_id`), echoed in the
   ``X-Request-ID`` response header;
2. resolves who is calling from the ``Authorization`` header, once and asynchronously:
   the principal (or the reason the token is refused) is kept in the scope, where the
   GraphQL context, the ``/graphql`` route and the ``/ui`` pages read it
   (:mod:`graph_api.security.callers`);
3. bounds what the request may make the server read: the query string and the body may
   not exceed ``max_request_bytes``, or ``max_import_bytes`` for an admin (whole-model
   and ArchiMate imports), for a caller who may ingest sending ``POST /ingest`` and for
   an editor sending ``POST /tracker/import`` (a tracker's export). A
   ``Content-Length`` over the limit is refused before a byte of the body is read; a
   body without one is counted as it arrives and refused as soon as it passes the limit.
   Nothing beyond the limit is ever held in memory. The refusal is a 413 with a
   GraphQL-shaped body, code ``PAYLOAD_TOO_LARGE``. Most HTTP clients
   write their whole body before they read an answer, so the rest of the body is read
   and dropped (up to :data:`DRAIN_BYTES`, for at most :data:`DRAIN_SECONDS`) before the
   connection closes: otherwise it would close under the writing client, which would
   see a reset instead of the 413. A client that asked ``Expect: 100-continue`` sent
   nothing yet and is not waited for.

A body within the limit is read here whole and handed to the app as one message (the
app would read it whole anyway). WebSocket messages are bounded by ``max_request_bytes``
too: a larger one closes the connection with 1009 (message too big). ``graph-api serve``
also tells uvicorn that limit, which then refuses such frames before assembling them.
"""

import asyncio
import contextlib
from collections.abc import Awaitable, Callable

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph_api.api import request_log
from graph_api.api.ingest_endpoint import PATH as INGEST_PATH
from graph_api.api.refusals import refusal_body
from graph_api.api.request_id import HEADER, request_id_from, serving
from graph_api.api.tracker_endpoint import PATH as TRACKER_PATH
from graph_api.api.tracker_endpoint import ROLE as TRACKER_ROLE
from graph_api.config import Settings
from graph_api.security import Authenticator, Principal, Role
from graph_api.security.callers import Resolved, resolve_once

TOO_BIG = 1009
"""WebSocket close code: a message too big to process (RFC 6455, 7.4.1)."""

DRAIN_BYTES = 64 * 1024 * 1024
"""Most of a refused body read (and dropped) so that its client can read the 413."""
DRAIN_SECONDS = 5.0
"""Longest the rest of a refused body is waited for."""


class BodyTooLarge(Exception):
    """The body passed its limit while it was read."""

    def __init__(self, ended: bool) -> None:
        super().__init__("the request body passed its limit")
        self.ended = ended
        """Whether the body's last part had arrived (nothing is left to drain)."""


class RequestGate:
    """ASGI middleware: request ids, the caller resolved once, size limits while reading."""

    def __init__(self, app: ASGIApp, settings: Settings, authenticator: Authenticator) -> None:
        self.app = app
        self.settings = settings
        self.authenticator = authenticator

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            await self._http(scope, receive, send)
        elif scope["type"] == "websocket":
            await self._websocket(scope, receive, send)
        else:
            await self.app(scope, receive, send)

    def _limit(self, resolved: Resolved, path: str) -> tuple[int, str]:
        """The byte limit for this caller of ``path``, and the setting that sets it."""
        if isinstance(resolved, Principal) and (
            resolved.may(Role.ADMIN)
            or (path == INGEST_PATH and resolved.may(Role.INGEST))
            or (path == TRACKER_PATH and resolved.may(TRACKER_ROLE))
        ):
            return self.settings.max_import_bytes, "max_import_bytes"
        return self.settings.max_request_bytes, "max_request_bytes"

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = Headers(scope=scope)
        request_id = request_id_from(headers.get(HEADER))
        send = _echoing(send, request_id)
        with serving(request_id):
            resolved = await resolve_once(scope, self.authenticator, headers.get("authorization"))
            limit, setting = self._limit(resolved, scope.get("path", ""))
            query_string: bytes = scope.get("query_string", b"")
            if len(query_string) > limit:
                size = len(query_string)
                await _refuse_size(
                    send, "query string", size, limit, setting, _draining(receive, None)
                )
                return
            declared = _content_length(headers)
            if declared is not None and declared > limit:
                waits = headers.get("expect", "").lower() == "100-continue"
                drain = _draining(receive, None if waits else declared)
                await _refuse_size(send, "request body", declared, limit, setting, drain)
                return
            try:
                first = await _read_body(receive, limit)
            except BodyTooLarge as passed:
                drain = _draining(receive, None if passed.ended else DRAIN_BYTES)
                await _refuse_size(send, "request body", None, limit, setting, drain)
                return
            await self.app(scope, _replaying(first, receive), send)

    async def _websocket(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = Headers(scope=scope)
        request_id = request_id_from(headers.get(HEADER))
        limit = self.settings.max_request_bytes
        closed = False

        async def bounded_receive() -> Message:
            nonlocal closed
            message = await receive()
            if message["type"] == "websocket.receive" and _over(message, limit):
                reason = f"message over {limit} bytes (max_request_bytes)"
                request_log.refused(TOO_BIG, "PAYLOAD_TOO_LARGE", f"WebSocket {reason}")
                closed = True
                await send({"type": "websocket.close", "code": TOO_BIG, "reason": reason})
                return {"type": "websocket.disconnect", "code": TOO_BIG, "reason": reason}
            return message

        async def guarded_send(message: Message) -> None:
            if closed:  # the app learns of the close only from its next receive
                return
            if message["type"] == "websocket.accept":
                message = {
                    **message,
                    "headers": [
                        *message.get("headers", []),
                        (b"x-request-id", request_id.encode()),
                    ],
                }
            await send(message)

        with serving(request_id):
            await self.app(scope, bounded_receive, guarded_send)


def _over(message: Message, limit: int) -> bool:
    """Whether a WebSocket message holds more than ``limit`` bytes."""
    data = message.get("bytes")
    if data is not None:
        return len(data) > limit
    text: str = message.get("text") or ""
    # A character takes 1 to 4 bytes in UTF-8: only a text in between needs encoding.
    if len(text) > limit or len(text) * 4 <= limit:
        return len(text) > limit
    return len(text.encode("utf-8", "surrogatepass")) > limit


def _content_length(headers: Headers) -> int | None:
    value = headers.get("content-length")
    if value is None or not value.strip().isdigit():
        return None  # the server refuses a malformed one before the app sees it
    return int(value)


async def _read_body(receive: Receive, limit: int) -> Message:
    """The whole body as one ``http.request`` message; BodyTooLarge once it passes
    ``limit`` (what was read so far is dropped). A disconnect is handed on as it is."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return message
        chunk: bytes = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(ended=not message.get("more_body", False))
        chunks.append(chunk)
        if not message.get("more_body", False):
            return {"type": "http.request", "body": b"".join(chunks), "more_body": False}


def _replaying(first: Message, receive: Receive) -> Receive:
    """``receive`` that answers ``first`` once, then what the server sends next."""
    pending: list[Message] = [first]

    async def replay() -> Message:
        return pending.pop() if pending else await receive()

    return replay


def _echoing(send: Send, request_id: str) -> Send:
    """``send`` that adds the request id to the response headers."""

    async def echo(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = [*message.get("headers", []), (b"x-request-id", request_id.encode())]
            message = {**message, "headers": headers}
        await send(message)

    return echo


def _draining(receive: Receive, up_to: int | None) -> Callable[[], Awaitable[None]]:
    """What reads and drops the rest of a refused body: up to ``up_to`` bytes (nothing
    when None or more than :data:`DRAIN_BYTES`), for at most :data:`DRAIN_SECONDS`."""

    async def drain() -> None:
        if up_to is None or up_to > DRAIN_BYTES:
            return
        read = 0
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(DRAIN_SECONDS):
                while read < up_to:
                    message = await receive()
                    if message["type"] != "http.request":
                        return
                    read += len(message.get("body", b""))
                    if not message.get("more_body", False):
                        return

    return drain


async def _refuse_size(
    send: Send,
    what: str,
    size: int | None,
    limit: int,
    setting: str,
    drain: Callable[[], Awaitable[None]],
) -> None:
    """Answer 413, drain what is left of the body, and close the connection.

    The answer goes out first (a client reading while it writes sees it at once); the
    response ends only after the drain, since the server stops passing on the body once
    a response is complete.
    """
    measured = f"is {size} bytes" if size is not None else "passed the limit while read"
    message = (
        f"The {what} {measured}; the limit is {limit} bytes "
        f"({setting}, GRAPH_API_{setting.upper()})."
    )
    request_log.refused(413, "PAYLOAD_TOO_LARGE", message)
    body = refusal_body(message, "PAYLOAD_TOO_LARGE", limit=setting, maximum=limit, measured=size)
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body, "more_body": True})
    await drain()
    await send({"type": "http.response.body", "body": b"", "more_body": False})


__all__ = ["RequestGate"]
