"""Per-request context: the store and the DataLoaders that batch its reads.

A loader exists per node kind and per relationship field; each collects the keys asked
for while a level of the query resolves and reads them in one store call, so a nested
query costs one round trip per relationship field and level, whatever the list sizes.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field

from strawberry.dataloader import DataLoader
from strawberry.fastapi import BaseContext

from graph_api.config import Settings
from graph_api.metamodel import RelationshipField, relationship_fields
from graph_api.security import Authenticator, Principal
from graph_api.services.changes import ChangeFeed
from graph_api.store.base import GraphStore, NodeRecord
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


class Context(BaseContext):
    """What every resolver can reach through ``info.context``."""

    def __init__(
        self,
        store: GraphStore,
        settings: Settings,
        changes: ChangeFeed,
        authenticator: Authenticator,
    ) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.changes = changes
        """The feed the ``changes`` subscription reads; the store's writes publish to it."""
        self.loaders = Loaders(store)
        self._authenticator = authenticator
        self._principal: Principal | None = None

    @property
    def principal(self) -> Principal:
        """Who the request acts as, from its ``Authorization`` header.

        Read on first use: over a websocket the token may also come in the
        ``connection_init`` payload (``{"Authorization": "Bearer ..."}``), which arrives
        after the context is made. UNAUTHENTICATED for a token that is not valid.
        """
        if self._principal is None:
            header = self.request.headers.get("authorization") if self.request else None
            params = self.connection_params
            if not header and isinstance(params, dict):
                header = params.get("Authorization") or params.get("authorization")
            self._principal = self._authenticator.principal(header)
        return self._principal
