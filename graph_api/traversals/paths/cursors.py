"""The cursors of ``paths``: where a path sorts among the shortest paths, written down.

A cursor holds a path's order key (:func:`~graph_api.traversals.paths.result.path_order`:
its nodes as (kind, key) pairs, its hops as (type, walked backwards) pairs), not its
position: the next page starts after that place even when paths were added or removed
before it since. It is opaque to clients (base64url of ``path:`` and JSON), like the
listings' cursors, and is read strictly: anything else is a VALIDATION error at the
argument, as is a cursor of paths between two other nodes.
"""

import json

from graph_api.errors import FieldError, ValidationFailed
from graph_api.graphql.ids import b64_decode, b64_encode
from graph_api.store.base import NodeRef
from graph_api.traversals.paths.result import GraphPath, PathOrder, path_order

_PREFIX = "path:"
_SHOWN_CHARS = 60


def path_cursor(path: GraphPath) -> str:
    """The cursor of ``path``: pass it as ``after`` for the paths that follow it."""
    nodes, hops = path_order(path)
    return b64_encode(_PREFIX + json.dumps([nodes, hops], separators=(",", ":")))


def _pairs(value: object, second: type) -> tuple[tuple[str, object], ...] | None:
    """``value`` as [str, ``second``] pairs, or None when it is not a list of them."""
    if not isinstance(value, list):
        return None
    pairs = []
    for item in value:
        if not (
            isinstance(item, list)
            and len(item) == 2
            and isinstance(item[0], str)
            and type(item[1]) is second  # exact: JSON's true is not a str, 1 not a bool
        ):
            return None
        pairs.append((item[0], item[1]))
    return tuple(pairs)


def _order(text: str) -> PathOrder | None:
    """The order key a cursor's text holds, or None when it holds none."""
    if not text.startswith(_PREFIX):
        return None
    try:
        content = json.loads(text.removeprefix(_PREFIX))
    except ValueError:
        return None
    if not isinstance(content, list) or len(content) != 2:
        return None
    nodes, hops = _pairs(content[0], str), _pairs(content[1], bool)
    if not nodes or hops is None or len(hops) != len(nodes) - 1:
        return None
    return (
        tuple((kind, str(key)) for kind, key in nodes),
        tuple((type_, bool(backward)) for type_, backward in hops),
    )


def decode_path_cursor(value: str, start: NodeRef, end: NodeRef, path: str) -> PathOrder:
    """The order key ``value``, the argument at ``path``, holds; VALIDATION when it is not
    a cursor of the paths from ``start`` to ``end``."""
    order = _order(b64_decode(value) or "")
    if order is None:
        shown = value if len(value) <= _SHOWN_CHARS else value[:_SHOWN_CHARS] + "..."
        message = f"{shown!r} is not a cursor of paths: pass a pageInfo.endCursor of paths"
        raise ValidationFailed([FieldError(path, message)])
    nodes = order[0]
    if nodes[0] != (start.kind, start.key) or nodes[-1] != (end.kind, end.key):
        first, last = (f"{kind}:{key}" for kind, key in (nodes[0], nodes[-1]))
        wanted = f"{start.kind}:{start.key} to {end.kind}:{end.key}"
        message = f"this cursor comes from the paths from {first} to {last}, not {wanted}"
        raise ValidationFailed([FieldError(path, message)])
    return order


__all__ = ["decode_path_cursor", "path_cursor"]
