"""A full snapshot of a store, taken only through the GraphStore protocol.

Used to prove that a failed write (or a rejected model file) left a store exactly as it
was, and that a reopened embedded store holds what was written. Every node of every kind
(properties and audit fields) and every relationship, seen from both of its ends.
"""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from graph_api.metamodel import NODE_KINDS, relationship_fields
from graph_api.store.base import GraphStore, NodeRecord, NodeRef
from graph_api.store.listing import ListQuery

NodeState = tuple[dict[str, Any], int, datetime, datetime]
"""A node's properties, version, createdAt and updatedAt."""
EdgeState = tuple[str, NodeRef, NodeRef]
"""A relationship: (type, source, target)."""


@dataclass(frozen=True)
class GraphSnapshot:
    """Everything a store holds."""

    nodes: dict[NodeRef, NodeState]
    edges_from_source: frozenset[EdgeState]
    """Relationships found by walking every outgoing field."""
    edges_from_target: frozenset[EdgeState]
    """The same relationships found by walking every incoming field."""

    @property
    def edges(self) -> frozenset[EdgeState]:
        return self.edges_from_source


async def all_records(store: GraphStore, kind: str, page_size: int = 100) -> list[NodeRecord]:
    """Every node of ``kind``, walking ``list_nodes`` page by page."""
    records: list[NodeRecord] = []
    after: str | None = None
    while True:
        page = await store.list_nodes(kind, ListQuery.by_key(page_size, after))
        records.extend(page.records)
        if not page.has_next_page or not page.records:
            return records
        after = page.records[-1].key


async def take_snapshot(store: GraphStore) -> GraphSnapshot:
    """The state of every node and relationship in ``store``."""
    nodes: dict[NodeRef, NodeState] = {}
    keys_by_kind: dict[str, list[str]] = {}
    for kind in NODE_KINDS:
        records = await all_records(store, kind)
        keys_by_kind[kind] = [r.key for r in records]
        for r in records:
            nodes[r.ref] = (dict(r.props), r.version, r.created_at, r.updated_at)
    from_source: set[EdgeState] = set()
    from_target: set[EdgeState] = set()
    for kind, keys in keys_by_kind.items():
        if not keys:
            continue
        for field in relationship_fields(kind).values():
            found = await store.neighbours(field, keys)
            rel_type = field.relationship.type
            for key in keys:
                here = NodeRef(kind, key)
                for other in found.get(key, []):
                    if field.direction == "out":
                        from_source.add((rel_type, here, other.ref))
                    else:
                        from_target.add((rel_type, other.ref, here))
    return GraphSnapshot(nodes, frozenset(from_source), frozenset(from_target))
