"""One export record, read through the mapping: what the item's properties, parent and
labelled links should be, or why the record cannot be imported (its reasons).

Properties the export has no column or field for are left out (the import leaves them
as they are); a column that is present but empty clears its property.
"""

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from graph_api.metamodel.enums import BacklogStatus
from graph_api.metamodel.keys import is_key
from graph_api.tracker.dates import parse_day
from graph_api.tracker.mapping import TrackerMapping
from graph_api.tracker.records import TrackerRecord

TRACKER = "tracker"
TRACKER_KEY = "trackerKey"
DATES = {"created": "openedAt", "started": "startedAt", "resolved": "resolvedAt"}
"""Mapping field -> the BacklogItem property (camelCase) holding that day."""
OWNED = ("title", "kind", "status", "priority", "estimate", TRACKER, TRACKER_KEY, *DATES.values())
"""The properties an import writes; every other property of an item is left as it is."""

_JIRA_KEY = re.compile(r"([A-Z][A-Z0-9_]*)-\d+")


@dataclass(slots=True)
class ItemRow:
    """What one record says an item is."""

    where: str
    tracker_key: str
    tracker_id: str | None = None
    props: dict[str, Any] = field(default_factory=dict)
    """Properties to set (camelCase, JSON values), checked later with the stored ones."""
    cleared: set[str] = field(default_factory=set)
    """Properties whose column is present and empty: removed."""
    parent: str | None = None
    """The parent's key (or id) in the tracker; None: no parent."""
    parent_given: bool = False
    """Whether the export has a parent column at all; if not, the parent is left as is."""
    targets: dict[str, set[str]] = field(default_factory=dict)
    """Relationship field -> keys its labels name."""
    labels_given: bool = False
    reasons: list[str] = field(default_factory=list)


def read_row(record: TrackerRecord, mapping: TrackerMapping) -> ItemRow:
    """``record`` as an item; ``reasons`` says why it cannot be imported (empty if it can)."""
    key = record.first(mapping.columns("key"))
    row = ItemRow(record.where, key or "", record.first(mapping.columns("id")))
    if not key:
        row.reasons.append(f"no issue key ({_named(mapping.columns('key'))} is empty or missing)")
        return row
    row.props[TRACKER_KEY] = key
    row.props[TRACKER] = _tracker(record, mapping, key)
    title = record.first(mapping.columns("title"))
    if title is None:
        row.reasons.append(f"no title ({_named(mapping.columns('title'))} is empty or missing)")
    else:
        row.props["title"] = title
    _kind(record, mapping, row)
    _status(record, mapping, row)
    _priority(record, mapping, row)
    _estimate(record, mapping, row)
    _dates(record, mapping, row)
    _labels(record, mapping, row)
    row.parent_given = record.has(mapping.columns("parent"))
    row.parent = record.first(mapping.columns("parent"))
    return row


def _named(columns: Iterable[str]) -> str:
    names = list(columns)
    return " / ".join(names) if names else "no column is mapped"


def _tracker(record: TrackerRecord, mapping: TrackerMapping, key: str) -> str:
    if mapping.tracker is not None:
        return mapping.tracker
    project = record.first(mapping.columns("project"))
    if project is None and (jira := _JIRA_KEY.fullmatch(key)):
        project = jira[1]
    return f"{mapping.system}:{project}" if project else mapping.system


def _kind(record: TrackerRecord, mapping: TrackerMapping, row: ItemRow) -> None:
    name = record.first(mapping.columns("type"))
    if name is None:
        return  # a new item is a story, the kind's default; a stored one keeps its kind
    kind = mapping.kinds.get(name.casefold())
    if kind is None:
        row.reasons.append(f"type {name!r} is not mapped: add it to kinds in the mapping")
    else:
        row.props["kind"] = kind.value


def _status(record: TrackerRecord, mapping: TrackerMapping, row: ItemRow) -> None:
    name = record.first(mapping.columns("status"))
    category = record.first(mapping.columns("status_category"))
    status = mapping.statuses.get(name.casefold()) if name else None
    if status is None and category:
        status = mapping.status_categories.get(category.casefold())
    if status is not None:
        row.props["status"] = status.value
    elif name or category:
        row.reasons.append(
            f"status {name!r} is not mapped"
            + (f" (nor its category {category!r})" if category else "")
            + ": add it to statuses in the mapping"
        )


def _priority(record: TrackerRecord, mapping: TrackerMapping, row: ItemRow) -> None:
    columns = mapping.columns("priority")
    name = record.first(columns)
    if name is None:
        if record.has(columns):
            row.cleared.add("priority")
        return
    priority = mapping.priorities.get(name.casefold())
    if priority is None:
        row.reasons.append(f"priority {name!r} is not mapped: add it to priorities in the mapping")
    else:
        row.props["priority"] = priority


def _estimate(record: TrackerRecord, mapping: TrackerMapping, row: ItemRow) -> None:
    columns = mapping.columns("estimate")
    text = record.first(columns)
    if text is None:
        if record.has(columns):
            row.cleared.add("estimate")
        return
    try:
        estimate = float(text)
    except ValueError:
        estimate = math.nan
    if not math.isfinite(estimate):
        row.reasons.append(f"estimate {text[:40]!r} is not a number")
    else:
        row.props["estimate"] = estimate


def _dates(record: TrackerRecord, mapping: TrackerMapping, row: ItemRow) -> None:
    for name, prop in DATES.items():
        columns = mapping.columns(name)
        text = record.first(columns)
        if name == "started" and (moved := _first_started(record, mapping)):
            text = moved
        if text is None:
            if record.has(columns) or (name == "started" and record.status_changes):
                row.cleared.add(prop)
            continue
        try:
            row.props[prop] = parse_day(text, mapping.date_formats).isoformat()
        except ValueError as exc:
            row.reasons.append(f"{name} date: {exc}")


def _first_started(record: TrackerRecord, mapping: TrackerMapping) -> str | None:
    """When the item first moved to a status the mapping reads as doing."""
    for change in record.status_changes:
        if mapping.statuses.get(change.to.casefold()) is BacklogStatus.DOING:
            return change.at
    return None


def _labels(record: TrackerRecord, mapping: TrackerMapping, row: ItemRow) -> None:
    columns = mapping.columns("labels")
    row.labels_given = record.has(columns)
    prefixes = sorted(mapping.links, key=len, reverse=True)  # the longest prefix wins
    for value in record.every(columns):
        parts = value.split(mapping.label_separator) if mapping.label_separator else [value]
        for label in (part.strip() for part in parts):
            prefix = next((p for p in prefixes if label.startswith(p)), None)
            if prefix is None:
                continue  # a label of the team's own, not a link
            target = label[len(prefix) :].strip()
            if not is_key(target):
                row.reasons.append(f"label {label[:80]!r} names no valid key after {prefix!r}")
                continue
            row.targets.setdefault(mapping.links[prefix], set()).add(target)


__all__ = ["DATES", "OWNED", "TRACKER", "TRACKER_KEY", "ItemRow", "read_row"]
