"""Roles and the principal a request acts as, and the subjects that name callers.

A subject is what the stores record as ``createdBy``/``updatedBy`` and as the change
log's actor. Each way in has its own prefix, so two callers can never be recorded alike:
``key:<id>`` for an API key, ``jwt:<sub>`` for a JWT (whatever its ``sub`` reads, even
``key:5``), ``anonymous`` for a caller without a token, and ``system`` (SYSTEM in
:mod:`graph_api.store.base`) for the writes no caller asked for (the command line, the
demo load).
"""

from dataclasses import dataclass
from enum import IntEnum


class Role(IntEnum):
    """What a caller may do; each role includes the ones below it."""

    VIEWER = 1
    """Read: queries, traversals, exports, the change feed."""
    EDITOR = 2
    """Write: create, update, link and unlink nodes."""
    ADMIN = 3
    """Everything: delete nodes, import whole models, manage API keys."""

    @classmethod
    def parse(cls, name: str) -> "Role":
        """``"editor"`` -> ``Role.EDITOR``; ValueError names the roles that exist."""
        try:
            return cls[name.strip().upper()]
        except KeyError:
            known = ", ".join(r.name.lower() for r in cls)
            raise ValueError(f"unknown role {name!r}: use one of {known}") from None

    @property
    def label(self) -> str:
        return self.name.lower()


API_KEY_PREFIX = "key:"
JWT_PREFIX = "jwt:"
ANONYMOUS = "anonymous"


def api_key_subject(key_id: str) -> str:
    """``key:3dd80d793e19``: the subject of the API key with that id."""
    return f"{API_KEY_PREFIX}{key_id}"


def jwt_subject(sub: str) -> str:
    """``jwt:ed@example.org``: the subject of a JWT whose ``sub`` claim is ``sub``."""
    return f"{JWT_PREFIX}{sub}"


@dataclass(frozen=True, slots=True)
class Principal:
    """Who a request acts as: recorded as ``createdBy``/``updatedBy`` on what it writes."""

    subject: str
    """``key:<id>`` for an API key, ``jwt:<sub>`` for a JWT, or ``anonymous``."""
    role: Role | None
    """None for an anonymous caller when anonymous reading is off: it may do nothing."""
    method: str
    """``api-key``, ``jwt`` or ``anonymous``."""

    def may(self, needed: Role) -> bool:
        return self.role is not None and self.role >= needed


ANONYMOUS_READER = Principal(ANONYMOUS, Role.VIEWER, "anonymous")
ANONYMOUS_NOBODY = Principal(ANONYMOUS, None, "anonymous")
