"""Naming a node in an argument: one rule for every GraphQL argument and CLI argument.

A node is named in one of three forms, told apart by their characters alone:

- a **global ID**, the ``id`` field of every node: ``base64url("Kind:key")``, opaque to
  clients (it starts with an upper-case letter and holds no colon);
- **Kind:key**, e.g. ``System:crm``: a kind of the metamodel (in any case) and a key;
- a **bare key**, e.g. ``crm`` (lower-case, no colon). Where the argument implies the
  kind (``journeyId``, ``update<Kind>(id)``, the target of ``link``) it names the node of
  that kind; where the argument takes any kind (``impact(nodeId)``, ``node(id)``) it names
  the one node that has the key, looked up in the store: refused, listing the candidates,
  when several kinds have it, and refused when none has.

Every problem is a VALIDATION error located at the argument's path, saying which forms
are accepted.
"""

import base64
import binascii
import difflib
from collections.abc import Sequence
from dataclasses import dataclass

from graph_api.errors import FieldError, ValidationFailed
from graph_api.metamodel import NODE_KINDS, is_key
from graph_api.metamodel.keys import KEY_MAX_LENGTH
from graph_api.store.base import GraphStore, NodeRef

ANY_KIND_FORMS = (
    "its global ID (its `id` field), `Kind:key` (e.g. `System:crm`), or its key alone "
    "when no node of another kind has it"
)
"""How an argument of any kind names its node, for argument descriptions."""

_KEY_RULE = "lower-case letters and digits, joined by single -, _ or ."
_SHOWN_CHARS = 60
_KINDS_BY_LOWER_NAME = {kind.lower(): kind for kind in NODE_KINDS}
_LONGEST_NAME = len(max(NODE_KINDS, key=len)) + 1 + KEY_MAX_LENGTH
LONGEST_NODE_ARGUMENT = -(-4 * _LONGEST_NAME // 3)
"""The longest value any form can take: the global ID (unpadded base64, four characters
per three bytes) of a node of the longest kind name with a key of the longest length."""


def of_kind_forms(kind: str) -> str:
    """How an argument of one kind names its node, for argument descriptions."""
    return f"its key, `{kind}:key` or its global ID (its `id` field)"


def b64_encode(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def b64_decode(text: str) -> str | None:
    # validate=True: a character outside the alphabet is an error, not silently dropped.
    try:
        padded = text + "=" * (-len(text) % 4)
        return base64.b64decode(padded, altchars=b"-_", validate=True).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None


def global_id(ref: NodeRef) -> str:
    """The global ID of a node: ``base64url("Kind:key")``."""
    return b64_encode(f"{ref.kind}:{ref.key}")


@dataclass(frozen=True, slots=True)
class NodeName:
    """What an argument says about its node: the key, and the kind unless a bare key in
    an argument of any kind leaves it open."""

    kind: str | None
    key: str


def _shown(value: str) -> str:
    """``value`` quoted for a message, cut when long (the rest is never useful)."""
    if len(value) <= _SHOWN_CHARS:
        return repr(value)
    return f"{value[:_SHOWN_CHARS]!r}... ({len(value)} characters)"


def _forms(kind: str | None) -> str:
    if kind is None:
        return (
            "write a global ID (the `id` field of a node), Kind:key (e.g. `System:crm`) "
            f"or a key (e.g. `crm`; {_KEY_RULE})"
        )
    return (
        f"write a global ID (the `id` field of a {kind}), `{kind}:key` or a {kind}'s key "
        f"({_KEY_RULE})"
    )


def _kind_named(text: str) -> str | None:
    # ASCII only: some other letters lower-case to ASCII ones (the Kelvin sign to k).
    return _KINDS_BY_LOWER_NAME.get(text.lower()) if text.isascii() else None


def _unknown_kind(text: str) -> str:
    close = difflib.get_close_matches(text.lower(), _KINDS_BY_LOWER_NAME, n=1, cutoff=0.6)
    if close:
        return f"{_shown(text)} is not a kind: did you mean {_KINDS_BY_LOWER_NAME[close[0]]}?"
    return f"{_shown(text)} is not a kind; the kinds are {', '.join(NODE_KINDS)}"


def _kind_and_key(text: str) -> NodeName | str:
    """``Kind:key`` read, or what is wrong with it (a phrase to follow the text quoted)."""
    kind_text, _, key = text.partition(":")
    if not kind_text:
        return "has no kind before the colon: write Kind:key, e.g. `System:crm`"
    found = _kind_named(kind_text)
    if found is None:
        return f"names no kind: {_unknown_kind(kind_text)}"
    if not key:
        return f"has no key after the colon: write `{found}:key`"
    if not is_key(key):
        return f"has an invalid key {_shown(key)} (a key is {_KEY_RULE})"
    return NodeName(found, key)


def _from_global_id(value: str) -> NodeName | str | None:
    """The node a global ID names, or what is wrong with the ``Kind:key`` text it is the
    base64url of; None when ``value`` is not base64url of such text."""
    decoded = b64_decode(value)
    if decoded is None or ":" not in decoded or not decoded.isprintable():
        return None
    read = _kind_and_key(decoded)
    if isinstance(read, NodeName):
        return read
    return f"{_shown(value)} is the global ID of {_shown(decoded)}, which {read}"


def _read(value: str, kind: str | None) -> NodeName | str:
    """The node ``value`` names, or what is wrong with it (without looking at the store)."""
    if not value:
        return f"'' names no node: {_forms(kind)}"
    if len(value) > LONGEST_NODE_ARGUMENT:
        return (
            f"{_shown(value)} is longer than any node ID ({LONGEST_NODE_ARGUMENT} "
            f"characters): {_forms(kind)}"
        )
    if ":" in value:  # never in a global ID nor in a key
        read = _kind_and_key(value)
        return f"{_shown(value)} {read}" if isinstance(read, str) else read
    # Before base64: a global ID starts with an upper-case letter (its kind's), a key
    # never does, and some keys happen to be base64 of other text.
    if is_key(value):
        return NodeName(kind, value)
    from_id = _from_global_id(value)
    if from_id is not None:
        return from_id
    return f"{_shown(value)} is not a node ID: {_forms(kind)}"


def parse_node_name(
    value: str, path: str, kind: str | None = None, *, kind_because: str = ""
) -> NodeName:
    """What ``value``, the argument at ``path``, names. ``kind``: the kind the argument
    implies (a bare key is then of that kind), None for an argument of any kind;
    ``kind_because`` says why, when the argument's name does not. VALIDATION when the
    value is malformed or names a node of another kind."""
    read = _read(value, kind)
    if isinstance(read, str):
        raise ValidationFailed([FieldError(path, read)])
    if kind is not None and read.kind != kind:
        because = f" ({kind_because})" if kind_because else ""
        raise ValidationFailed(
            [FieldError(path, f"{_shown(value)} names a {read.kind}, not a {kind}{because}")]
        )
    return read


def node_ref(value: str, kind: str, path: str) -> NodeRef:
    """The node of ``kind`` that ``value`` names: global ID, ``Kind:key`` or a bare key."""
    name = parse_node_name(value, path, kind)
    return NodeRef(kind, name.key)


def _one_node(key: str, kinds: list[str]) -> NodeRef | str:
    if len(kinds) == 1:
        return NodeRef(kinds[0], key)
    if not kinds:
        return f"no node has the key {key!r}: check it, or write Kind:key (e.g. `System:{key}`)"
    candidates = ", ".join(f"{kind}:{key}" for kind in kinds)
    return f"{len(kinds)} nodes have the key {key!r}: write one of {candidates}"


async def resolve_nodes(
    store: GraphStore,
    named: Sequence[tuple[str, str]],
    kind: str | None = None,
    *,
    kind_because: str = "",
) -> list[NodeRef]:
    """The nodes that the ``(value, path)`` arguments name; ``kind`` and ``kind_because``
    as for :func:`parse_node_name`. A bare key in an argument of any kind is looked up in
    ``store``, all of them in one read. One VALIDATION error lists every problem."""
    names: list[NodeName | list[FieldError]] = []
    for value, path in named:
        try:
            names.append(parse_node_name(value, path, kind, kind_because=kind_because))
        except ValidationFailed as exc:
            names.append(exc.errors)
    bare = [name.key for name in names if isinstance(name, NodeName) and name.kind is None]
    kinds = await store.kinds_with_keys(sorted(set(bare))) if bare else {}
    errors: list[FieldError] = []  # in the order of the arguments
    refs: list[NodeRef] = []
    for name, (_, path) in zip(names, named, strict=True):
        if not isinstance(name, NodeName):
            errors.extend(name)
            continue
        found = NodeRef(name.kind, name.key) if name.kind else _one_node(name.key, kinds[name.key])
        if isinstance(found, str):
            errors.append(FieldError(path, found))
        else:
            refs.append(found)
    if errors:
        raise ValidationFailed(errors)
    return refs


async def resolve_node(
    store: GraphStore, value: str, path: str, kind: str | None = None, *, kind_because: str = ""
) -> NodeRef:
    """The node that ``value``, the argument at ``path``, names (see :func:`resolve_nodes`)."""
    (ref,) = await resolve_nodes(store, [(value, path)], kind, kind_because=kind_because)
    return ref
