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
    """What a caller may do.

    Two kinds of role share this enum. VIEWER < EDITOR < ADMIN is a ladder: each
    includes the ones below it. INGEST stands outside the ladder: the role of a machine
    client that feeds measurements and evidence in (``ingest``) and may do nothing else,
    not even read. Its value sits below the ladder so that the ladder's comparison
    (``role >= needed``) is false for it against every rung; what it does grant, and who
    else holds it, is :meth:`grants`, the one rule every check asks. (No role is 0: a
    role is never falsy. Only the names are stored: API keys and JWTs hold labels.)
    """

    INGEST = 1
    """Machine clients: write measurements and evidence (``POST /ingest``, the ``ingest``
    mutation) and nothing else. Editors and admins may ingest too; viewers may not."""
    VIEWER = 2
    """Read: queries, traversals, exports, the change feed."""
    EDITOR = 3
    """Write: create, update, link and unlink nodes."""
    ADMIN = 4
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

    def grants(self, needed: "Role") -> bool:
        """Whether a caller with this role may do what needs ``needed``."""
        if needed is Role.INGEST:
            return self is Role.INGEST or self >= Role.EDITOR
        return self >= needed  # INGEST, below the ladder, reaches no rung of it

    @property
    def holders(self) -> str:
        """The roles that grant this one, as a message names them."""
        return ", ".join(role.label for role in Role if role.grants(self))


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
        return self.role is not None and self.role.grants(needed)


ANONYMOUS_READER = Principal(ANONYMOUS, Role.VIEWER, "anonymous")
ANONYMOUS_NOBODY = Principal(ANONYMOUS, None, "anonymous")
