"""One log line per bad request, at INFO, starting with the request's id.

A caller's mistakes (a malformed body, a missing token, a request over a limit, a query
that does not parse or validate, a variable of the wrong type) are logged once each, on
one line of at most a few hundred characters, so that a flood of bad requests cannot
flood the log with more than one short line apiece. ERROR is kept for the server's own
faults (``graph_api.api.errors``), which keep their traceback.
"""

import logging
import re
from collections.abc import Sequence

from graphql import GraphQLError

from graph_api.api.request_id import current_request_id

log = logging.getLogger("graph_api.requests")

MESSAGE_CHARS = 300
"""Longest message quoted in a log line; the rest is cut."""

# Everything that could end a log line or disguise one: C0/C1 controls, line and
# paragraph separators, and lone surrogates (which no log file can encode).
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def one_line(text: str, limit: int = MESSAGE_CHARS) -> str:
    """``text`` fit for one log line: control characters escaped, cut after ``limit``."""
    escaped = _UNPRINTABLE.sub(_escaped, text[:limit])
    return escaped + ("..." if len(text) > limit else "")


def refused(status: int, code: str, message: str) -> None:
    """A request refused before GraphQL ran (HTTP ``status``, ``extensions.code``)."""
    log.info("request %s: refused %d %s: %s", current_request_id(), status, code, one_line(message))


def graphql_errors(errors: Sequence[GraphQLError]) -> None:
    """The errors a caller's operation ended with (syntax, validation, coercion,
    refusals, expected errors of the API), all in one line."""
    if not errors:
        return
    codes = sorted({str((e.extensions or {}).get("code") or "GRAPHQL") for e in errors})
    when = "before execution" if all(e.path is None for e in errors) else "during execution"
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    log.info(
        "request %s: %d GraphQL error%s %s [%s]: %s%s",
        current_request_id(),
        len(errors),
        "" if len(errors) == 1 else "s",
        when,
        ", ".join(codes),
        one_line(errors[0].message),
        more,
    )


__all__ = ["MESSAGE_CHARS", "graphql_errors", "log", "one_line", "refused"]
