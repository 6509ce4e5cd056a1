"""Which relationship types carry impact, and in which direction: derived from the metamodel.

Every :class:`~graph_api.metamodel.relationships.RelationshipSpec` states its
:class:`~graph_api.metamodel.relationships.Propagation`. The impact traversal walks a
relationship *forward* (from its stored source to its target) when a change to the source
hits the target, and *backward* when a change to the target hits the source. Both stores
need only two lists of relationship types, which requires every triple of a type to
propagate the same way; :func:`propagation_by_type` checks that.
"""

from functools import cache

from graph_api.metamodel.relationships import RELATIONSHIPS, Propagation


@cache
def propagation_by_type() -> dict[str, Propagation]:
    """The propagation of each relationship type; ValueError if its triples disagree."""
    found: dict[str, Propagation] = {}
    for rel in RELATIONSHIPS:
        seen = found.setdefault(rel.type, rel.propagation)
        if seen != rel.propagation:
            raise ValueError(
                f"{rel.type} propagates {seen.value} on one triple and "
                f"{rel.propagation.value} on {rel.triple}: impact needs one direction per type"
            )
    return found


def _types(propagation: Propagation) -> tuple[str, ...]:
    return tuple(sorted(t for t, p in propagation_by_type().items() if p == propagation))


FORWARD_TYPES: tuple[str, ...] = _types(Propagation.TO_TARGET)
"""Types walked from source to target: a change to the source hits the target."""

BACKWARD_TYPES: tuple[str, ...] = _types(Propagation.TO_SOURCE)
"""Types walked from target to source: a change to the target hits the source."""
