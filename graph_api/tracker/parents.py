"""Parents as the tracker names them, checked against the graph: each row's parent
resolved to a node key, rows whose parent cannot be had refused, and rows that would close
a cycle (an item its own ancestor) refused, so the write never fails on the hierarchy."""

from collections.abc import Collection, Mapping

from graph_api.tracker.rows import ItemRow


def resolve_parent(
    row: ItemRow,
    in_export: Mapping[str, ItemRow],
    by_id: Mapping[str, str],
    stored: Collection[str],
) -> tuple[str | None, str | None]:
    """The tracker key of ``row``'s parent, and why it cannot be had (None if it can).

    The parent column holds a key (``CLAIMS-1``) or, in some exports, the tracker's
    internal id (Jira CSV's ``Parent``): both are looked up, keys first."""
    named = row.parent
    if named is None:
        return None, None
    tracker_key = named if named in in_export or named in stored else by_id.get(named)
    if tracker_key is None:
        return None, f"parent {named!r} is neither in the export nor in the graph"
    if tracker_key == row.tracker_key:
        return None, "is its own parent"
    return tracker_key, None


def cycle_from(start: str, parents: Mapping[str, str]) -> list[str] | None:
    """The keys of the cycle ``start``'s parent chain runs into, if it comes back to ``start``."""
    chain = [start]
    seen = {start}
    current = parents.get(start)
    while current is not None:
        if current == start:
            return chain
        if current in seen:
            return None  # a cycle above start, not through it: found from its own members
        seen.add(current)
        chain.append(current)
        current = parents.get(current)
    return None


__all__ = ["cycle_from", "resolve_parent"]
