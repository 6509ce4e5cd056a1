"""The DataLoaders of one request: they batch the store reads a query's fields ask for.

A loader exists per node kind and per relationship field; each collects the keys asked
for while a level of the query resolves and reads them in one store call, so a nested
query costs one round trip per relationship field and level, whatever the list sizes.

Traversals preload the nodes their answers name instead: every kind in one store call
(``read_all``) before their objects resolve, so that each node field is a
plain dictionary look-up rather than an awaited load (an await per field costs more in
the GraphQL executor than reading the node did).
"""

import asyncio
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from strawberry.dataloader import DataLoader

from graph_api.metamodel import RelationshipField, relationship_fields
from graph_api.store.base import GraphStore, NodeRecord, NodeRef, key_only_record
from graph_api.store.listing import Filter, SortKey
from graph_api.store.read_plan import (
    EVERY_PROPERTY,
    FieldRead,
    ReadPage,
    ReadPlan,
    RelatedKey,
)

_FieldSlot = tuple[str, str, Filter | None, tuple[SortKey, ...]]


@dataclass
class Loaders:
    """DataLoaders of one request, created on first use."""

    store: GraphStore
    read_plans: bool = True
    """Preload every kind in one store call (``read_all``); else one call per kind."""
    related: dict[NodeRef, dict[RelatedKey, ReadPage]] = field(default_factory=dict)
    """The relationship reads a preload made below the nodes it read."""
    _nodes: dict[str, DataLoader[str, NodeRecord | None]] = field(default_factory=dict)
    _fields: dict[_FieldSlot, DataLoader[str, list[NodeRecord]]] = field(default_factory=dict)
    _key_only: dict[NodeRef, NodeRecord] = field(default_factory=dict)
    """Nodes a preload did not read (only their key was selected); kept apart from the
    loaders, which hand out whole records."""

    def nodes(self, kind: str) -> DataLoader[str, NodeRecord | None]:
        """Nodes of ``kind`` by key (None for a missing key)."""
        if kind not in self._nodes:

            async def load(keys: Sequence[str]) -> list[NodeRecord | None]:
                found = await self.store.get_nodes(kind, list(keys))
                return [found.get(key) for key in keys]

            self._nodes[kind] = DataLoader(load_fn=load)
        return self._nodes[kind]

    async def preload(
        self,
        refs: Iterable[NodeRef],
        below: Mapping[str, tuple[FieldRead, ...]] | None = None,
        *,
        key_only: frozenset[str] = frozenset(),
        known: Mapping[NodeRef, NodeRecord] | None = None,
    ) -> None:
        """Read the nodes of ``refs`` now, every kind in one store call, for
        :meth:`preloaded` to hand out without awaiting; with, per kind, the relationship
        reads ``below`` names (kept in :attr:`related` for the nodes' fields). The nodes
        of the kinds in ``key_only`` (whose answer selects their key, ID or type name
        alone) are not read: what named them is the answer. Nor are those in ``known``
        (whole records the caller read already) where nothing is read below them."""
        by_kind: dict[str, dict[str, None]] = {}
        for ref in refs:
            if ref.kind in key_only:
                self._key_only.setdefault(ref, key_only_record(ref.kind, ref.key))
                continue
            by_kind.setdefault(ref.kind, {})[ref.key] = None
        if not self.read_plans:
            loads = (self.nodes(k).load_many(list(keys)) for k, keys in by_kind.items())
            await asyncio.gather(*loads)
            return
        # The keys not read yet, all kinds in one round trip; primed into the loaders.
        # A key another field's load is reading right now (its future not done yet:
        # fields of one request resolve concurrently) is not read twice but waited for.
        wanted: dict[str, list[str]] = {}
        under_way: list[asyncio.Future[NodeRecord | None]] = []
        for kind, keys in by_kind.items():
            cache = self.nodes(kind).cache_map
            wanted[kind] = []
            for key in keys:
                future = cache.get(key)
                if future is None:
                    wanted[kind].append(key)
                elif not future.done():
                    under_way.append(future)
        below = below or {}
        for kind, asked in wanted.items():
            if not known or below.get(kind):
                continue  # the records are known, what is read below them is not
            unread = []
            for key in asked:
                record = known.get(NodeRef(kind, key))
                if record is None:
                    unread.append(key)
                else:
                    self.nodes(kind).prime(key, record)
            wanted[kind] = unread
        plans = [
            ReadPlan(kind, tuple(keys), None, EVERY_PROPERTY, below.get(kind, ()))
            for kind, keys in wanted.items()
            if keys
        ]
        answers = await self.store.read_all(plans) if plans else []
        for plan, answer in zip(plans, answers, strict=True):
            found = {n.key: n for n in answer.nodes}
            loader = self.nodes(plan.kind)
            for key in plan.keys or ():
                node = found.get(key)
                loader.prime(key, node.record if node else None)
                if node is not None and node.related:
                    self.related[NodeRef(plan.kind, key)] = node.related
        if under_way:
            # Their outcome, error or not, is handed out by preloaded(), not raised here.
            await asyncio.wait(under_way)

    def preloaded(self, ref: NodeRef) -> NodeRecord | None:
        """A node :meth:`preload` read: its record, or None when the store holds no such
        node. A node that was not preloaded is a programming error (LookupError)."""
        future = self.nodes(ref.kind).cache_map.get(ref.key)
        if future is None and ref in self._key_only:
            return self._key_only[ref]
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
