"""A capability's level: its depth in the capability map, derived from the hierarchy.

A capability that is part of no other (``PART_OF``) is at level 1, a part one level
below its whole, with no cap: a map is as deep as its hierarchy, which every write keeps
free of cycles. The level is stored, so that lists filter and sort on it like on any
property, but it is never the caller's to set: an upsert keeps the level already stored
(model files of earlier releases carry one, which is read and left aside), and a write
that touches a capability or the capability hierarchy derives the levels again in its
own transaction, on both stores. A bulk load derives them from its plan.
"""

from collections.abc import Mapping, Sequence, Set
from dataclasses import replace
from datetime import datetime
from typing import Any

from graph_api.store.base import (
    AddLink,
    DeleteNode,
    NodeRecord,
    RemoveLink,
    UpsertNode,
    WriteOp,
    WriteResult,
)

KIND = "Capability"
LEVEL = "level"
HIERARCHY = "PART_OF"
TOP_LEVEL = 1


def keep_stored_level(kind: str, props: dict[str, Any], stored: Mapping[str, Any] | None) -> None:
    """Give an upserted capability's ``props`` the level already stored (the top level
    for a new one), whatever the write said: the write then derives it again."""
    if kind == KIND:
        props[LEVEL] = stored.get(LEVEL, TOP_LEVEL) if stored is not None else TOP_LEVEL


def touches_levels(ops: Sequence[WriteOp]) -> bool:
    """Whether ``ops`` may change a capability's level: they write or delete a
    capability, or link or unlink two in the hierarchy."""
    for op in ops:
        if isinstance(op, UpsertNode | DeleteNode) and op.kind == KIND:
            return True
        if isinstance(op, AddLink | RemoveLink) and op.type == HIERARCHY and op.source.kind == KIND:
            return True
    return False


def derived_levels(parents: Mapping[str, str | None]) -> dict[str, int]:
    """The level of every capability in ``parents`` (its key: its whole's key, or None
    for one at the top). A whole missing from ``parents`` counts as absent."""
    levels: dict[str, int] = {}
    for key in parents:
        chain: list[str] = []
        current: str | None = key
        while current is not None and current not in levels:
            if len(chain) > len(parents):
                raise ValueError(f"the capability hierarchy holds a cycle through {key!r}")
            chain.append(current)
            current = parents.get(current)
        level = levels[current] if current is not None else 0
        for part in reversed(chain):
            level += 1
            levels[part] = level
    return levels


def relevelled(
    record: NodeRecord,
    level: int,
    result: WriteResult,
    written: Set[object],
    now: datetime,
    actor: str,
) -> NodeRecord:
    """``record`` at ``level``, as the write whose ``result`` it is stores it: a capability
    the write created or changed (``written``) keeps the version it has; any other gets
    a new version and counts as updated, no longer unchanged. ``result.records`` holds
    the record returned."""
    props = {**record.props, LEVEL: level}
    if record.ref in written:
        derived = replace(record, props=props)
    else:
        derived = replace(
            record, props=props, updated_at=now, version=record.version + 1, updated_by=actor
        )
        if record.ref in result.unchanged:
            result.unchanged.remove(record.ref)
        result.updated.append(record.ref)
    result.records[record.ref] = derived
    return derived


def levels_to_change(stored: Mapping[str, object], wholes: Mapping[str, str]) -> dict[str, int]:
    """The capabilities (by key: the level stored) whose level differs from the one
    the hierarchy gives (``wholes``: a part's key to its whole's), with that level."""
    derived = derived_levels({key: wholes.get(key) for key in stored})
    return {key: level for key, level in sorted(derived.items()) if stored[key] != level}


def describe_change(key: str, stored: object, level: int) -> str:
    """One line of an upgrade's report."""
    return f"{KIND} {key!r}: level {stored} -> {level}"
