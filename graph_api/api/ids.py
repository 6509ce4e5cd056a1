"""Relay global IDs: opaque to clients, checked on the way in."""

import base64
import binascii

from graph_api.errors import FieldError, ValidationFailed
from graph_api.metamodel import NODE_KINDS, is_key
from graph_api.store.base import NodeRef


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


def decode_global_id(value: str, path: str = "id") -> NodeRef:
    """The node a global ID names; VALIDATION when it is not one of ours."""
    decoded = b64_decode(value)
    kind, _, key = (decoded or "").partition(":")
    if kind not in NODE_KINDS or not is_key(key):
        raise ValidationFailed([FieldError(path, f"{value!r} is not a valid node ID")])
    return NodeRef(kind, key)


def node_ref(value: str, kind: str, path: str) -> NodeRef:
    """A node of ``kind`` named by its global ID or, failing that, by its key."""
    decoded = b64_decode(value)
    found_kind, _, key = (decoded or "").partition(":")
    if found_kind in NODE_KINDS and is_key(key):
        if found_kind != kind:
            raise ValidationFailed(
                [FieldError(path, f"{value!r} is a {found_kind} ID, not a {kind} ID")]
            )
        return NodeRef(kind, key)
    if is_key(value):
        return NodeRef(kind, value)
    raise ValidationFailed([FieldError(path, f"{value!r} is neither a {kind} ID nor a key")])
