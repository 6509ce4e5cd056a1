"""What the graph holds that an import needs, read in a few batched calls whatever the
export's size: the items carrying a tracker key, their parents (up to the roots, for the
cycle check), their labelled links, and which link targets exist."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from graph_api.metamodel import relationship_fields
from graph_api.store.base import GraphStore, NodeRecord
from graph_api.store.listing import ListQuery, PropertyTest, Window
from graph_api.tracker.rows import TRACKER_KEY, ItemRow

ITEM = "BacklogItem"
PARENT = relationship_fields(ITEM)["parent"]


@dataclass(slots=True)
class StoredState:
    """The graph as an import finds it."""

    tracked: dict[str, NodeRecord] = field(default_factory=dict)
    """Tracker key -> the item carrying it (every item with one, of any tracker)."""
    parents: dict[str, str] = field(default_factory=dict)
    """Item key -> its parent's key, for the items read and their ancestors."""
    targets: dict[str, dict[str, set[str]]] = field(default_factory=dict)
    """Item key -> relationship field -> keys it links, for the labelled fields."""
    existing: dict[str, set[str]] = field(default_factory=dict)
    """Kind -> the keys named by labels that exist."""


async def read_state(
    store: GraphStore, rows: Sequence[ItemRow], linked_fields: Iterable[str]
) -> StoredState:
    state = StoredState()
    everything = ListQuery(where=PropertyTest(TRACKER_KEY, "isNull", False), window=Window())
    for record in (await store.list_nodes(ITEM, everything)).records:
        state.tracked[str(record.props[TRACKER_KEY])] = record
    matched = [state.tracked[r.tracker_key].key for r in rows if r.tracker_key in state.tracked]
    named = [state.tracked[r.parent].key for r in rows if r.parent in state.tracked]
    await _read_parents(store, state, [*matched, *named])
    fields = relationship_fields(ITEM)
    for name in sorted(set(linked_fields)):
        found = await store.linked_keys(fields[name], matched) if matched else {}
        for key, others in found.items():
            state.targets.setdefault(key, {})[name] = set(others)
    wanted: dict[str, set[str]] = {}
    for row in rows:
        for name, keys in row.targets.items():
            wanted.setdefault(fields[name].other_kind, set()).update(keys)
    for kind, keys in wanted.items():
        state.existing[kind] = set(await store.get_nodes(kind, sorted(keys)))
    return state


async def _read_parents(store: GraphStore, state: StoredState, keys: list[str]) -> None:
    """Parents of ``keys`` (the export's stored items and the stored items it names as
    parents), up to the roots: what a new parent could close a cycle with. One call per
    level of the deepest chain."""
    frontier = set(keys)
    seen: set[str] = set()
    while frontier:
        seen |= frontier
        found = await store.linked_keys(PARENT, sorted(frontier))
        frontier = set()
        for key, parents in found.items():
            if parents:
                parent = parents[0]
                state.parents[key] = parent
                if parent not in seen:
                    frontier.add(parent)


__all__ = ["ITEM", "PARENT", "StoredState", "read_state"]
