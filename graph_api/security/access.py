"""Whether a caller may do what needs a role, and if not, the refusal: the one place that
decides between 401 (no usable token) and 403 (a token without the role).

GraphQL over HTTP (a request nobody may read, before it is parsed), the role check of each
operation (:mod:`graph_api.security.authorization`) and the ``/ui`` pages all ask
:func:`refusal`; each only words the answer for its own way of saying it.
"""

from dataclasses import dataclass
from enum import Enum

from graph_api.errors import Unauthenticated
from graph_api.security.callers import Resolved
from graph_api.security.roles import Role


class Why(Enum):
    """Why a caller is refused."""

    BAD_TOKEN = "bad-token"
    """A token was sent and refused (malformed, expired, badly signed, unknown, revoked):
    refused in every mode, so a client learns at once that its token is wrong."""
    NO_TOKEN = "no-token"
    """No token, where callers without one may do nothing (anonymous reading off)."""
    TOKEN_NEEDED = "token-needed"
    """No token: callers without one may only read, and this needs more."""
    ROLE_TOO_LOW = "role-too-low"
    """A valid token whose role is below the one needed."""


@dataclass(frozen=True, slots=True)
class Refusal:
    """A caller refused something that needs ``needed``."""

    why: Why
    needed: Role
    token_problem: str = ""
    """What is wrong with the token (BAD_TOKEN only)."""

    @property
    def status(self) -> int:
        """401 until the caller has a valid token, 403 once it has one without the role."""
        return 403 if self.why is Why.ROLE_TOO_LOW else 401


def refusal(caller: Resolved, needed: Role) -> Refusal | None:
    """Why ``caller`` may not do what needs ``needed``, or None when it may."""
    if isinstance(caller, Unauthenticated):
        return Refusal(Why.BAD_TOKEN, needed, caller.message)
    if caller.may(needed):
        return None
    if caller.role is None:
        return Refusal(Why.NO_TOKEN, needed)
    if caller.method == "anonymous":
        return Refusal(Why.TOKEN_NEEDED, needed)
    return Refusal(Why.ROLE_TOO_LOW, needed)


__all__ = ["Refusal", "Why", "refusal"]
