"""What the operations share: the answers' types, :class:`Operation`, :class:`Parameters`,
and the helpers that normalise answers.
"""

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

JSON = dict[str, Any]
"""A GraphQL ``data`` object, or variables."""
Rows = list[dict[str, Any]]
"""The floor's records, as dicts."""
Value = Any
"""A normalised answer: lists, dicts, strings, numbers, None."""

IMPACT_DEPTH = 6
"""The depth of ``impact``; the reference's ``Query.impact`` is generated for this depth."""


@dataclass(frozen=True)
class Operation:
    """One question asked three ways, with what makes the answers comparable."""

    name: str
    question: str
    ours: str
    ours_variables: JSON
    reference: str | None
    reference_variables: JSON
    floor: str
    floor_parameters: JSON
    from_ours: Callable[[JSON], Value]
    from_reference: Callable[[JSON], Value] | None
    from_floor: Callable[[Rows], Value]
    reference_note: str
    """How @neo4j/graphql answers it (or why it cannot)."""
    reference_by_major: Mapping[int, "ReferenceForm"] = field(default_factory=dict)
    """The document of a major version of @neo4j/graphql whose schema differs from
    6.x's for this operation (7.x's full-text queries answer connections); the others
    take ``reference``."""

    def reference_for(self, major: int) -> "ReferenceForm | None":
        """What @neo4j/graphql ``major``.x is sent, and how its answer is read; None
        when it cannot express the operation."""
        if major in self.reference_by_major:
            return self.reference_by_major[major]
        if self.reference is None or self.from_reference is None:
            return None
        return ReferenceForm(self.reference, self.reference_variables, self.from_reference)


@dataclass(frozen=True)
class ReferenceForm:
    """An operation as one version of @neo4j/graphql is asked it."""

    document: str
    variables: JSON
    normalise: Callable[[JSON], Value]


@dataclass(frozen=True)
class Parameters:
    """What the operations are about, chosen from the data by :func:`pick_parameters`."""

    journey: str
    """The journey with the most steps (painfulSteps, serviceBlueprint)."""
    system: str
    """The system the most processes use (impact)."""
    step: str
    """The step of ``journey`` with the most touchpoints (lookup)."""
    search_text: str
    """The most frequent word (4+ letters) in step names (search)."""
    min_severity: int = 4
    """painfulSteps' threshold and the filtered list's severity."""
    search_first: int = 20
    filter_first: int = 100
    nested_journeys: int = 1
    nested_stages: int = 1
    nested_steps: int = 1
    nested_touchpoints: int = 1
    nested_leaves: int = 0
    """How many touchpoints the nested query returns with these page sizes."""


# --- normalising helpers ----------------------------------------------------------------


def keys(items: Iterable[Mapping[str, Any]]) -> list[str]:
    return [str(item["key"]) for item in items]


def key_of(item: Mapping[str, Any] | Sequence[Mapping[str, Any]] | None) -> str | None:
    """The key of a single end: our object (or null), or @neo4j/graphql's list of <= 1."""
    if item is None:
        return None
    if isinstance(item, Mapping):
        return str(item["key"])
    if len(item) > 1:
        raise ValueError(f"a single end holds {len(item)} nodes")
    return str(item[0]["key"]) if item else None


_ISO = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)$")


def instant(value: object) -> str | None:
    """A timestamp as UTC ISO text to the microsecond, whatever form it came in.

    Ours are ISO text with an offset, @neo4j/graphql's (``Instant``) Neo4j's own text
    with nanoseconds, the floor's a driver ``DateTime``.
    """
    if value is None:
        return None
    to_native = getattr(value, "to_native", None)
    if to_native is not None:
        value = to_native()
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    match = _ISO.match(str(value))
    if not match:
        raise ValueError(f"not an ISO timestamp: {value!r}")
    whole, fraction, zone = match.groups()
    micros = (fraction or "").ljust(6, "0")[:6]
    parsed = datetime.fromisoformat(f"{whole}.{micros}{'+00:00' if zone == 'Z' else zone}")
    return parsed.astimezone(UTC).isoformat(timespec="microseconds")
