"""A POST that asks before sending its body (``Expect: 100-continue``), as curl does for
large bodies: the server can refuse it on its headers, and the client reads the refusal.

httpx has no such mode: it writes the whole body before reading, so when a server
refuses early and closes, httpx sees a reset connection instead of the answer.
"""

import asyncio
import json
from urllib.parse import urlsplit

from bench.hostile.load import Answer, Hostile


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, dict[str, str], bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in lines:
        name, _, value = line.partition(":")
        if name:
            headers[name.strip().lower()] = value.strip()
    status = int(status_line.split()[1])
    if status == 100:
        return status, headers, b""
    length = int(headers.get("content-length", "0"))
    return status, headers, await reader.readexactly(length)


async def post_expecting_continue(url: str, request: Hostile, bound: float) -> Answer:
    """POST ``request`` with ``Expect: 100-continue``: the body only after a 100."""
    parts = urlsplit(url)
    body = request.body or b""
    loop = asyncio.get_running_loop()
    started = loop.time()
    reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
    try:
        fields = {
            "Host": parts.netloc,
            "Content-Type": "application/json",
            "Content-Length": str(len(body)),
            "Expect": "100-continue",
            **(request.headers or {}),
        }
        head = f"POST {parts.path} HTTP/1.1\r\n" + "".join(
            f"{k}: {v}\r\n" for k, v in fields.items()
        )
        writer.write(head.encode("latin-1") + b"\r\n")
        await writer.drain()
        status, _, content = await asyncio.wait_for(_read_response(reader), bound)
        if status == 100:
            writer.write(body)
            await writer.drain()
            status, _, content = await asyncio.wait_for(_read_response(reader), bound)
    except (OSError, asyncio.IncompleteReadError, TimeoutError) as exc:
        return Answer(None, loop.time() - started, message=type(exc).__name__)
    finally:
        writer.close()
    seconds = loop.time() - started
    try:
        parsed = json.loads(content)
    except ValueError:
        return Answer(status, seconds, message=content[:200].decode("utf-8", "replace"))
    error = (parsed.get("errors") or [{}])[0] if isinstance(parsed, dict) else {}
    code = str((error.get("extensions") or {}).get("code", ""))
    return Answer(status, seconds, code, str(error.get("message", "")), parsed)
