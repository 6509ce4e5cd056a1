"""The node key an external id names: the same id always the same key, two ids never one.

An id that is already a well-formed key (``nps-2026-11``) is the key, so what a source
system calls a record is what the graph calls it. Any other id (``NPS 2026/11``,
``7F3E-A1``, ``Umfrage Q4``) gets a derived key: its slug, a dot and the first
:data:`HASH_DIGITS` hex digits of the SHA-256 of the exact id (``nps-2026-11.fddf20c06aa2``).
The slug keeps the key readable, the hash keeps apart ids that slug alike (``NPS 2026/11``
and ``nps 2026 11``).

Derived keys always end in a dot and :data:`HASH_DIGITS` hex digits; an id of that shape is
therefore never taken as is but derived too, so an id cannot read like another id's derived
key: different ids share a key only if their hashes collide (48 bits).
"""

import hashlib
import re

from graph_api.metamodel.keys import KEY_MAX_LENGTH, is_key, slugify

HASH_DIGITS = 12
"""Hex digits of the id's hash in a derived key."""

_DERIVED_TAIL = re.compile(rf"\.[0-9a-f]{{{HASH_DIGITS}}}$")
_SLUG_ROOM = KEY_MAX_LENGTH - HASH_DIGITS - 1


def node_key(external_id: str) -> str:
    """The key of the node that the record with ``external_id`` writes."""
    if is_key(external_id) and not _DERIVED_TAIL.search(external_id):
        return external_id
    digest = hashlib.sha256(external_id.encode("utf-8", "surrogatepass")).hexdigest()
    slug = slugify(external_id)[:_SLUG_ROOM].strip("-_.") or "id"
    return f"{slug}.{digest[:HASH_DIGITS]}"


__all__ = ["HASH_DIGITS", "node_key"]
