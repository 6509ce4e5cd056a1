"""Expected errors, each with a stable code that GraphQL clients can branch on.

Every error the API means to report derives from :class:`GraphApiError`; its ``code``
and ``extensions`` reach the client in the GraphQL error's ``extensions``. Anything
else is unexpected and masked.
"""

from dataclasses import dataclass
from typing import Any

from graph_api.plural import counted


@dataclass(frozen=True, slots=True)
class FieldError:
    """One problem with one input value, located by a dotted path."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class GraphApiError(Exception):
    """Base of the errors the API reports to clients with a stable code."""

    code = "INTERNAL"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    @property
    def extensions(self) -> dict[str, Any]:
        return {"code": self.code}


MAX_LISTED_ERRORS = 50
"""A VALIDATION answer lists at most this many errors, then how many more there are: a
document with an error on each of a million nodes is refused in an answer of a few KB."""


class ValidationFailed(GraphApiError):
    """Input that breaks the metamodel; lists every problem found.

    ``errors`` holds them all (in the order of the input); the answer to a client, and
    what the command line prints, is :attr:`listed`."""

    code = "VALIDATION"

    def __init__(self, errors: list[FieldError], summary: str = "invalid input") -> None:
        shown = "; ".join(str(e) for e in errors[:5])
        more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
        super().__init__(f"{summary}: {shown}{more}" if errors else summary)
        self.errors = errors

    @property
    def listed(self) -> list[FieldError]:
        """The first :data:`MAX_LISTED_ERRORS` errors, then one saying how many more."""
        if len(self.errors) <= MAX_LISTED_ERRORS:
            return self.errors
        more = counted(len(self.errors) - MAX_LISTED_ERRORS, "more error")
        return [*self.errors[:MAX_LISTED_ERRORS], FieldError("", f"... and {more}")]

    @property
    def extensions(self) -> dict[str, Any]:
        listed: dict[str, Any] = {
            "code": self.code,
            "errors": [{"path": e.path, "message": e.message} for e in self.listed],
        }
        if len(self.errors) > MAX_LISTED_ERRORS:
            listed["errorCount"] = len(self.errors)
        return listed


class NotFound(GraphApiError):
    """A node named by the client does not exist."""

    code = "NOT_FOUND"

    def __init__(self, kind: str, key: str) -> None:
        super().__init__(f"{kind} {key!r} does not exist")
        self.kind = kind
        self.key = key

    @property
    def extensions(self) -> dict[str, Any]:
        return {"code": self.code, "kind": self.kind, "key": self.key}


class Conflict(GraphApiError):
    """The write contradicts the current state (duplicate key, stale version, cardinality)."""

    code = "CONFLICT"


class StoreUnavailable(GraphApiError):
    """The store cannot be reached; the request may be retried later."""

    code = "STORE_UNAVAILABLE"


class LinkNotFound(GraphApiError):
    """An unlink named a relationship that does not exist."""

    code = "NOT_FOUND"


class Unauthenticated(GraphApiError):
    """The request's credentials are missing where needed, malformed, expired or unknown."""

    code = "UNAUTHENTICATED"


class Forbidden(GraphApiError):
    """The caller is known but their role does not allow the operation."""

    code = "FORBIDDEN"


class LimitExceeded(GraphApiError):
    """An operation over one of the configured limits, refused before it ran."""

    code = "LIMIT_EXCEEDED"

    def __init__(self, message: str, *, limit: str, maximum: int, measured: int | None) -> None:
        super().__init__(message)
        self.limit = limit
        self.maximum = maximum
        self.measured = measured

    @property
    def extensions(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "limit": self.limit,
            "maximum": self.maximum,
            "measured": self.measured,
        }


class Timeout(GraphApiError):
    """The request, or one of its store transactions, ran longer than allowed and was stopped."""

    code = "TIMEOUT"

    def __init__(self, message: str, *, seconds: float) -> None:
        super().__init__(message)
        self.seconds = seconds

    @property
    def extensions(self) -> dict[str, Any]:
        return {"code": self.code, "timeoutSeconds": self.seconds}
