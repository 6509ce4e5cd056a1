"""Values made once per object within one answer, found again by the object's identity."""

from typing import Any, Generic, TypeVar

Made = TypeVar("Made")


class ByIdentity(Generic[Made]):
    """What was made for each object, by identity: an object named again in an answer
    (impact's nodes and hops, thousands of times over) is made for once, and what was
    made is shared. Each object is kept beside it, so that its id cannot be reused by
    another object while this lives (one answer)."""

    __slots__ = ("_made",)

    def __init__(self) -> None:
        self._made: dict[int, tuple[Any, Made]] = {}

    def get(self, value: Any) -> Made | None:
        """What was made for ``value``, or None."""
        known = self._made.get(id(value))
        return known[1] if known is not None and known[0] is value else None

    def put(self, value: Any, made: Made) -> Made:
        """Keep ``made`` for ``value``, and return it."""
        self._made[id(value)] = (value, made)
        return made
