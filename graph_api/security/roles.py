"""Roles and the principal a request acts as."""

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


@dataclass(frozen=True, slots=True)
class Principal:
    """Who a request acts as: recorded as ``createdBy``/``updatedBy`` on what it writes."""

    subject: str
    """``key:<id>`` for an API key, the JWT's ``sub``, or ``anonymous``."""
    role: Role | None
    """None for an anonymous caller when anonymous reading is off: it may do nothing."""
    method: str
    """``api-key``, ``jwt`` or ``anonymous``."""

    def may(self, needed: Role) -> bool:
        return self.role is not None and self.role >= needed


ANONYMOUS_READER = Principal("anonymous", Role.VIEWER, "anonymous")
ANONYMOUS_NOBODY = Principal("anonymous", None, "anonymous")
