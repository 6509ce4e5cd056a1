"""A well-behaved reader's waits while hostile requests are in flight.

:func:`under_load` sends the hostile requests at once, then has a viewer ask a small
question again and again until every hostile request has been answered (or the bound
``deadline`` passed); what counts is the reader's worst wait.
"""

import asyncio
import json
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx

from bench.hostile.payloads import READER_QUERY


@dataclass(frozen=True)
class Hostile:
    """One hostile request: method, body or query string, headers."""

    name: str
    body: bytes | None = None
    headers: dict[str, str] | None = None
    params: dict[str, str] | None = None  # a GET when set
    streamed: bool = False  # the body sent in chunks, without a Content-Length

    def describe(self) -> str:
        size = len(self.body) if self.body is not None else len(str(self.params or ""))
        return f"{self.name} ({size:,} bytes)"


@dataclass(frozen=True)
class Answer:
    """How a request was answered: status (None: no answer), seconds, first error."""

    status: int | None
    seconds: float
    code: str = ""
    message: str = ""
    body: Any = None

    @property
    def server_fault(self) -> bool:
        """A 5xx, or a GraphQL error for the server's own fault (masked as "Unexpected
        error." or coded INTERNAL): what a caller must never get for bad input."""
        if self.status is not None and self.status >= 500:
            return True
        errors = self.body.get("errors") if isinstance(self.body, dict) else None
        return any(
            isinstance(error, dict)
            and (
                error.get("message") == "Unexpected error."
                or (error.get("extensions") or {}).get("code") == "INTERNAL"
            )
            for error in errors or ()
        )

    @property
    def closed(self) -> bool:
        """The server closed the connection instead of answering (as a server may when it
        stops reading a body over its limit: a client still writing sees a reset)."""
        return self.status is None and self.message in _CLOSED

    def short(self) -> str:
        status = f"HTTP {self.status}" if self.status is not None else "no answer"
        said = self.code or self.message[:80]
        return f"{status} in {self.seconds:.1f} s" + (f" ({said})" if said else "")


_CLOSED = {"ReadError", "WriteError", "RemoteProtocolError"}


@dataclass(frozen=True)
class LoadResult:
    reader_worst: float
    reader_calls: int
    reader_failures: int
    hostile: list[Answer]

    def worst_hostile(self) -> float:
        return max((a.seconds for a in self.hostile), default=0.0)


def _first_error(body: Any) -> tuple[str, str]:
    if isinstance(body, dict) and isinstance(body.get("errors"), list) and body["errors"]:
        error = body["errors"][0]
        if isinstance(error, dict):
            code = (error.get("extensions") or {}).get("code", "")
            return str(code or ""), str(error.get("message", ""))
    return "", ""


async def send(url: str, request: Hostile, bound: float = 300) -> Answer:
    """Send ``request`` on a connection of its own; its answer, timed (no answer within
    ``bound`` seconds, or a dropped connection, is an answer too)."""
    async with httpx.AsyncClient() as client:
        return await _send_on(client, url, request, bound)


async def _send_on(
    client: httpx.AsyncClient, url: str, request: Hostile, bound: float = 300
) -> Answer:
    headers = {"Content-Type": "application/json", **(request.headers or {})}
    started = time.perf_counter()
    try:
        if request.params is not None:
            response = await client.get(
                url, params=request.params, headers=request.headers, timeout=bound
            )
        else:
            content = _chunks(request.body or b"") if request.streamed else request.body
            response = await client.post(url, content=content, headers=headers, timeout=bound)
    except httpx.HTTPError as exc:
        return Answer(None, time.perf_counter() - started, message=type(exc).__name__)
    seconds = time.perf_counter() - started
    try:
        body = response.json()
    except ValueError:
        body = response.text[:200]
    code, message = _first_error(body)
    if not message and isinstance(body, str):
        message = body
    return Answer(response.status_code, seconds, code, message, body)


async def _chunks(body: bytes, size: int = 65_536) -> AsyncIterator[bytes]:
    for start in range(0, len(body), size):
        yield body[start : start + size]


async def ask(
    client: httpx.AsyncClient,
    url: str,
    document: str,
    headers: dict[str, str],
    *,
    bound: float = 300,
    **variables: Any,
) -> Answer:
    """A GraphQL request of ``document`` (with ``variables``) as a JSON POST."""
    payload: dict[str, Any] = {"query": document}
    if variables:
        payload["variables"] = variables
    request = Hostile("ask", json.dumps(payload).encode(), headers)
    return await _send_on(client, url, request, bound)


async def under_load(
    url: str,
    reader_headers: dict[str, str],
    hostile: list[Hostile],
    *,
    in_flight: int | None = None,
    deadline: float = 300,
    reader_delay: float = 0.3,
    reader_calls: int = 3,
) -> LoadResult:
    """Send the hostile requests, ``in_flight`` at a time (default: all at once), and keep
    a reader asking (at least ``reader_calls`` times) until every one is answered.

    ``deadline`` bounds the whole: a hostile request not answered by then is given up
    (an answer with no status), and so is a reader's call.
    """
    gate = asyncio.Semaphore(in_flight or max(len(hostile), 1))
    stop_at = time.monotonic() + deadline

    async def hostile_send(request: Hostile) -> Answer:
        async with gate:
            return await send(url, request, max(stop_at - time.monotonic(), 0.1))

    async with httpx.AsyncClient() as reader:
        tasks = [asyncio.create_task(hostile_send(h)) for h in hostile]
        await asyncio.sleep(reader_delay)  # the hostile requests reach the server first
        waits: list[float] = []
        failures = 0
        while (
            not all(task.done() for task in tasks) or len(waits) < reader_calls
        ) and time.monotonic() < stop_at:
            remaining = max(stop_at - time.monotonic(), 0.1)
            answer = await ask(reader, url, READER_QUERY, reader_headers, bound=remaining)
            waits.append(answer.seconds)
            if answer.status != 200 or "errors" in (answer.body or {}):
                failures += 1
        await asyncio.wait(tasks, timeout=max(stop_at - time.monotonic(), 0.1))
        answers = []
        for task in tasks:
            if task.done():
                answers.append(task.result())
            else:
                task.cancel()
                answers.append(Answer(None, deadline, message="not answered by the deadline"))
    return LoadResult(max(waits, default=0.0), len(waits), failures, answers)
