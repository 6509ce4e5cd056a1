"""The DataLoaders of one request: they batch the store reads a query's fields ask for.

A loader exists per node kind and per relationship field; each collects the keys asked
for while a level of the query resolves and reads them in one store call, so a nested
query costs one round trip per relationship field and level, whatever the list sizes.

Traversals that name thousands of nodes (``impact``, ``paths``, ``search``) preload them
instead: one batch per kind before their objects resolve, so that each node field is a
plain dictionary look-up rather than an awaited load (an await per field costs more in
the GraphQL executor than reading the node did).
"""

import asyncio
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from strawberry.dataloader import DataLoader

from graph_api.metamodel import RelationshipField, relationship_fields
from graph_api.store.base import GraphStore, NodeRecord, NodeRef
from graph_api.store.listing import Filter, SortKey

_FieldSlot = tuple[str, str, Filter | None, tuple[SortKey, ...]]


@dataclass
class Loaders:
    """DataLoaders of one request, created on first use."""

    store: GraphStore
    _nodes: dict[str, DataLoader[str, NodeRecord | None]] = field(default_factory=dict)
    _fields: dict[_FieldSlot, DataLoader[str, list[NodeRecord]]] = field(default_factory=dict)

    def nodes(self, kind: str) -> DataLoader[str, NodeRecord | None]:
        """Nodes of ``kind`` by key (None for a missing key)."""
        if kind not in self._nodes:

            async def load(keys: Sequence[str]) -> list[NodeRecord | None]:
                found = await self.store.get_nodes(kind, list(keys))
                return [found.get(key) for key in keys]

            self._nodes[kind] = DataLoader(load_fn=load)
        return self._nodes[kind]

    async def preload(self, refs: Iterable[NodeRef]) -> None:
        """Read the nodes of ``refs`` now, one store call per kind, all kinds at once,
        for :meth:`preloaded` to hand out without awaiting."""
        by_kind: dict[str, dict[str, None]] = {}
        for ref in refs:
            by_kind.setdefault(ref.kind, {})[ref.key] = None
        await asyncio.gather(*(self.nodes(k).load_many(list(keys)) for k, keys in by_kind.items()))

    def preloaded(self, ref: NodeRef) -> NodeRecord | None:
        """A node :meth:`preload` read: its record, or None when the store holds no such
        node. A node that was not preloaded is a programming error (LookupError)."""
        future = self.nodes(ref.kind).cache_map.get(ref.key)
        if future is None or not future.done():
            raise LookupError(f"{ref.kind} {ref.key!r} was not preloaded")
        return future.result()

    def neighbours(
        self,
        kind: str,
        field_name: str,
        where: Filter | None = None,
        order: tuple[SortKey, ...] = (),
    ) -> DataLoader[str, list[NodeRecord]]:
        """For a node of ``kind`` by key, the nodes its relationship field leads to.

        One loader per field and arguments: the owners a level of the query asks for
        with the same ``where`` and ``order`` are read in one store call.
        """
        slot = (kind, field_name, where, order)
        if slot not in self._fields:
            spec: RelationshipField = relationship_fields(kind)[field_name]

            async def load(keys: Sequence[str]) -> list[list[NodeRecord]]:
                found = await self.store.neighbours(spec, list(keys), where=where, order=order)
                return [found.get(key, []) for key in keys]

            self._fields[slot] = DataLoader(load_fn=load)
        return self._fields[slot]


__all__ = ["Loaders"]
