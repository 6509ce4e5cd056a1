"""Node keys of items new to the graph, made from their tracker keys.

The key is the mapping's ``key_prefix`` followed by the slug of the tracker key
(``CLAIMS-123`` -> ``claims-123``; Azure's ``4711`` with ``ado-`` -> ``ado-4711``). When a
backlog item already has that key without carrying this tracker key (one typed by hand,
say), or an earlier item of the same export took it, ``-2``, ``-3``, ... is appended:
the first free one, in the export's order. An item typed by hand is never taken over by
its key: give it the tracker key and the import updates it.
"""

from collections.abc import Sequence

from graph_api.metamodel.keys import KEY_MAX_LENGTH, slugify
from graph_api.store.base import GraphStore
from graph_api.tracker.state import ITEM

SUFFIXES_PER_ROUND = 8
"""Numbered keys asked for at once when a key is taken."""


def base_key(tracker_key: str, prefix: str) -> str | None:
    """The key an item with ``tracker_key`` gets when it is free; None when the tracker
    key has no letter or digit to make one of."""
    slug = slugify(tracker_key)
    if not slug:
        return None
    # room for a "-99" suffix; the prefix is checked to start a key (mapping.py)
    return (prefix + slug)[: KEY_MAX_LENGTH - 4].rstrip("-_.") or None


async def assign_keys(
    store: GraphStore, tracker_keys: Sequence[str], prefix: str
) -> dict[str, str | None]:
    """Tracker key -> the node key of its new item (None: none can be made), in order."""
    bases = {tk: base_key(tk, prefix) for tk in tracker_keys}
    wanted = sorted({b for b in bases.values() if b})
    taken = set(await store.get_nodes(ITEM, wanted)) if wanted else set()
    assigned: dict[str, str | None] = {}
    used: set[str] = set()
    for tracker_key, base in bases.items():
        if base is None:
            assigned[tracker_key] = None
            continue
        number = 1
        while True:
            candidate = base if number == 1 else f"{base}-{number}"
            if candidate not in taken and candidate not in used:
                break
            number += 1
            if number % SUFFIXES_PER_ROUND == 2:  # ask the store about the next few at once
                more = [f"{base}-{n}" for n in range(number, number + SUFFIXES_PER_ROUND)]
                taken |= set(await store.get_nodes(ITEM, more))
        used.add(candidate)
        assigned[tracker_key] = candidate
    return assigned


__all__ = ["assign_keys", "base_key"]
