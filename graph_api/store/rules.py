"""Write rules both stores enforce, with the one wording both report."""

from collections.abc import Sequence

from graph_api.errors import Conflict, FieldError, ValidationFailed
from graph_api.metamodel import RelationshipSpec, find_relationship
from graph_api.store.base import NodeRef


def require_relationship(type_: str, source: NodeRef, target: NodeRef) -> RelationshipSpec:
    """The spec of an allowed triple; VALIDATION when the metamodel does not allow it."""
    spec = find_relationship(source.kind, type_, target.kind)
    if spec is None:
        raise ValidationFailed(
            [FieldError("type", f"the metamodel has no ({source.kind})-[{type_}]->({target.kind})")]
        )
    return spec


def check_version(ref: NodeRef, current: int, expected: int | None) -> None:
    """CONFLICT when the client read an older version than the stored one."""
    if expected is not None and expected != current:
        raise Conflict(
            f"{ref} is at version {current}, not {expected}: it changed since it was read"
        )


def already_exists(ref: NodeRef) -> Conflict:
    return Conflict(f"{ref} already exists")


def second_target(spec: RelationshipSpec, source: NodeRef, other: NodeRef) -> Conflict:
    """A source that may have one target through ``spec`` already has ``other``."""
    return Conflict(f"{source} already has {spec.type} {other}; a {spec.source} has at most one")


def second_source(spec: RelationshipSpec, target: NodeRef, other: NodeRef) -> Conflict:
    """A target that may have one source through ``spec`` already has ``other``."""
    return Conflict(
        f"{target} already has {spec.type} from {other}; a {spec.target} has at most one"
    )


class CycleRefused(ValidationFailed):
    """VALIDATION: a link of a hierarchy (``RelationshipSpec.acyclic``) that would close a
    cycle, a process part of itself or of one of its own parts.

    ``cycle`` is the chain the link would make, from the link's source back to it:
    ``p3 → p1 → p3`` for ``p3 PART_OF p1`` when ``p1`` is already part of ``p3``."""

    def __init__(self, type_: str, cycle: Sequence[NodeRef], path: str = "") -> None:
        self.type = type_
        self.cycle = tuple(cycle)
        super().__init__([FieldError(path, cycle_message(type_, cycle))], "invalid relationship")

    def at(self, path: str) -> "CycleRefused":
        """The same refusal located at ``path`` (the argument or the place in a file)."""
        return CycleRefused(self.type, self.cycle, path)


def cycle_message(type_: str, cycle: Sequence[NodeRef]) -> str:
    """``Process 'p3' PART_OF Process 'p1' would make a cycle: p3 → p1 → p3``."""
    chain = " → ".join(ref.key for ref in cycle)
    return f"{cycle[0]} {type_} {cycle[1]} would make a cycle: {chain}"
