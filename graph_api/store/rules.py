"""Write rules both stores enforce, with the one wording both report."""

import unicodedata
from collections.abc import Sequence

from graph_api.errors import Conflict, FieldError, ValidationFailed
from graph_api.metamodel import RelationshipSpec, find_relationship
from graph_api.metamodel.text import UNREPRESENTABLE, character_name
from graph_api.store.base import AddLink, NodeRef

MAX_IDENTIFIER_LENGTH = 200
"""The longest link identifier kept (ArchiMate tools write ids of a few dozen characters)."""


def require_relationship(type_: str, source: NodeRef, target: NodeRef) -> RelationshipSpec:
    """The spec of an allowed triple; VALIDATION when the metamodel does not allow it."""
    spec = find_relationship(source.kind, type_, target.kind)
    if spec is None:
        raise ValidationFailed(
            [FieldError("type", f"the metamodel has no ({source.kind})-[{type_}]->({target.kind})")]
        )
    return spec


def link_identifier_problem(identifier: object) -> str | None:
    """What is wrong with ``identifier`` as a link's identifier, or None when it may be kept.

    An identifier is text of 1 to :data:`MAX_IDENTIFIER_LENGTH` characters, not only
    white space, without control characters (tab and line breaks included: it is a name,
    on one line) or characters no export can carry. It is kept as given, not trimmed."""
    if not isinstance(identifier, str):
        return f"must be text, not {type(identifier).__name__}"
    if not identifier.strip():
        return "must not be empty or only white space"
    if len(identifier) > MAX_IDENTIFIER_LENGTH:
        return f"has {len(identifier)} characters; at most {MAX_IDENTIFIER_LENGTH} are kept"
    for position, char in enumerate(identifier, start=1):
        if unicodedata.category(char) == "Cc" or UNREPRESENTABLE.match(char):
            return f"holds {character_name(char)} at character {position}"
    return None


def require_link_identifier(op: AddLink, path: str = "identifier") -> None:
    """VALIDATION naming the link when ``op`` gives an identifier that may not be kept."""
    if op.identifier is None:
        return
    problem = link_identifier_problem(op.identifier)
    if problem is not None:
        message = f"the identifier of {op.source} {op.type} {op.target} {problem}"
        raise ValidationFailed([FieldError(path, message)], "invalid link identifier")


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
