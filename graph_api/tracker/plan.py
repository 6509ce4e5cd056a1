"""From the rows of an export and the graph as it is, the one write an import makes and
the report of what it does.

Every check that could make the write fail is made here first, per row, so a bad row
refuses only itself: properties checked with the stored ones they join, parents resolved
and cycles refused, labels naming nodes that do not exist refused. A row whose parent is a
refused row new to the graph is refused with it. Unchanged items get no operation at all
(no write, no version, no change-log entry).
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from graph_api.metamodel import relationship_fields
from graph_api.metamodel.validation import property_errors
from graph_api.store.base import AddLink, NodeRef, RemoveLink, UpsertNode, WriteOp
from graph_api.tracker.parents import cycle_from, resolve_parent
from graph_api.tracker.report import ImportReport, ItemOutcome, LinkOutcome, Missing, Refused
from graph_api.tracker.rows import TRACKER, ItemRow
from graph_api.tracker.state import ITEM, StoredState


@dataclass(slots=True)
class _Item:
    """An accepted row with what it resolved to."""

    row: ItemRow
    key: str
    props: dict[str, object]
    parent: str | None = None
    """The parent's tracker key (when the row gives a parent)."""


def plan_import(
    rows: Sequence[ItemRow],
    unreadable: Sequence[tuple[str, str]],
    state: StoredState,
    new_keys: Mapping[str, str | None],
    linked_fields: Sequence[str],
    report: ImportReport,
) -> list[WriteOp]:
    """The operations of the import, in the order they must run; fills ``report``."""
    report.refused.extend(Refused(where, None, (why,)) for where, why in unreadable)
    _refuse_duplicates(rows)
    in_export = {r.tracker_key: r for r in rows if r.tracker_key}
    by_id = {r.tracker_id: r.tracker_key for r in rows if r.tracker_id and r.tracker_key}
    items: dict[str, _Item] = {}
    for row in rows:
        item = None if row.reasons else _resolved(row, state, new_keys, in_export, by_id)
        if item is not None and not row.reasons:
            items[row.tracker_key] = item
    _refuse_broken_hierarchy(items, state)
    ops = _operations(items, state, linked_fields, report)
    report.refused.extend(
        Refused(r.where, r.tracker_key or None, tuple(r.reasons)) for r in rows if r.reasons
    )
    trackers = {r.props[TRACKER] for r in rows if TRACKER in r.props}
    report.missing_from_export.extend(
        Missing(tracker_key, record.key)
        for tracker_key, record in sorted(state.tracked.items(), key=lambda kv: kv[1].key)
        if record.props.get(TRACKER) in trackers and tracker_key not in in_export
    )
    return ops


def _refuse_duplicates(rows: Sequence[ItemRow]) -> None:
    """Every record of a key that several records carry: which one holds is unknown."""
    places: dict[str, list[str]] = {}
    for row in rows:
        if row.tracker_key:
            places.setdefault(row.tracker_key, []).append(row.where)
    for row in rows:
        where = places.get(row.tracker_key, [])
        if len(where) > 1:
            row.reasons.append(
                f"issue key {row.tracker_key!r} is on {len(where)} records "
                f"({', '.join(where[:5])}): which one holds is unclear"
            )


def _resolved(
    row: ItemRow,
    state: StoredState,
    new_keys: Mapping[str, str | None],
    in_export: Mapping[str, ItemRow],
    by_id: Mapping[str, str],
) -> _Item | None:
    stored = state.tracked.get(row.tracker_key)
    key = stored.key if stored is not None else new_keys.get(row.tracker_key)
    if key is None:
        row.reasons.append(f"issue key {row.tracker_key!r} has no letter or digit to make a key of")
        return None
    merged = {**(stored.props if stored is not None else {}), **row.props}
    for name in row.cleared:
        merged.pop(name, None)
    props, errors = property_errors(ITEM, merged)
    row.reasons.extend(str(error) for error in errors)
    parent, why = resolve_parent(row, in_export, by_id, state.tracked)
    if why is not None:
        row.reasons.append(why)
    fields = relationship_fields(ITEM)
    for name, targets in sorted(row.targets.items()):
        kind = fields[name].other_kind
        for target in sorted(targets - state.existing.get(kind, set())):
            row.reasons.append(f"a label names {kind} {target!r}, which does not exist")
    return _Item(row, key, props, parent)


def _refuse_broken_hierarchy(items: dict[str, _Item], state: StoredState) -> None:
    """Refuse, until none is left, the items whose parent is a refused item new to the
    graph, and those whose new parent closes a cycle with the parents the graph keeps."""
    changed = True
    while changed:
        changed = False
        for tracker_key, item in list(items.items()):
            if item.parent and item.parent not in items and item.parent not in state.tracked:
                item.row.reasons.append(f"its parent {item.parent!r} is refused")
                del items[tracker_key]
                changed = True
        parents = _parents_after(items, state)
        tracker_keys = {item.key: tk for tk, item in items.items()}
        tracker_keys.update({r.key: tk for tk, r in state.tracked.items() if tk not in items})
        for tracker_key, item in list(items.items()):
            cycle = cycle_from(item.key, parents)
            if cycle is None or parents.get(item.key) == state.parents.get(item.key):
                continue  # the graph's own parents: the import does not make this cycle
            names = [tracker_keys.get(key, key) for key in [*cycle, cycle[0]]]
            item.row.reasons.append(f"its parents go round in a circle: {' -> '.join(names)}")
            del items[tracker_key]
            changed = True


def _parents_after(items: Mapping[str, _Item], state: StoredState) -> dict[str, str]:
    """Item key -> parent key, as the graph would be after writing ``items``."""
    parents = dict(state.parents)
    for item in items.values():
        if item.row.parent_given:
            parent = _parent_key(item, items, state)
            if parent is None:
                parents.pop(item.key, None)
            else:
                parents[item.key] = parent
    return parents


def _parent_key(item: _Item, items: Mapping[str, _Item], state: StoredState) -> str | None:
    if item.parent is None:
        return None
    if item.parent in items:
        return items[item.parent].key
    return state.tracked[item.parent].key


def _operations(
    items: Mapping[str, _Item],
    state: StoredState,
    linked_fields: Sequence[str],
    report: ImportReport,
) -> list[WriteOp]:
    # Grouped by sort (parents, then each labelled field): a store writes each run of
    # operations of one sort as one batch.
    upserts: list[WriteOp] = []
    unlinks: list[WriteOp] = []
    parents: list[WriteOp] = []
    links: dict[str, list[WriteOp]] = {name: [] for name in linked_fields}
    fields = relationship_fields(ITEM)
    for tracker_key, item in items.items():
        ref = NodeRef(ITEM, item.key)
        stored = state.tracked.get(tracker_key)
        changes = _changed(item.props, stored.props if stored is not None else None)
        if stored is None:
            upserts.append(UpsertNode(ITEM, item.key, item.props, create_only=True))
        elif changes:
            upserts.append(
                UpsertNode(
                    ITEM, item.key, item.props, must_exist=True, expected_version=stored.version
                )
            )
        before = state.parents.get(item.key)
        after = _parent_key(item, items, state) if item.row.parent_given else before
        if after != before:
            changes.append("parent")
            if before is not None:
                unlinks.append(RemoveLink("PART_OF", ref, NodeRef(ITEM, before)))
            if after is not None:
                parents.append(AddLink("PART_OF", ref, NodeRef(ITEM, after)))
        if stored is None:
            report.created.append(ItemOutcome(tracker_key, item.key))
        elif changes:
            report.updated.append(ItemOutcome(tracker_key, item.key, tuple(changes)))
        else:
            report.unchanged.append(ItemOutcome(tracker_key, item.key))
        linked = state.targets.get(item.key, {})
        for name in linked_fields:
            spec = fields[name]
            labelled = item.row.targets.get(name, set())
            for target in sorted(labelled - linked.get(name, set())):
                links[name].append(
                    AddLink(spec.relationship.type, ref, NodeRef(spec.other_kind, target))
                )
                report.links_added.append(LinkOutcome(tracker_key, item.key, name, target))
            if item.row.labels_given:
                report.links_no_longer_labelled.extend(
                    LinkOutcome(tracker_key, item.key, name, target)
                    for target in sorted(linked.get(name, set()) - labelled)
                )
    return [*upserts, *unlinks, *parents, *(op for ops in links.values() for op in ops)]


def _changed(props: Mapping[str, object], stored: Mapping[str, object] | None) -> list[str]:
    """The properties that differ from the stored ones (all of them for a new item)."""
    if stored is None:
        return sorted(props)
    return sorted(name for name in {*props, *stored} if props.get(name) != stored.get(name))


__all__ = ["plan_import"]
