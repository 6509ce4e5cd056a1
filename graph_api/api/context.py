"""Per-request context: the store, the request's loaders (:mod:`graph_api.graphql.loaders`)
and who the request acts as."""

from strawberry.fastapi import BaseContext

from graph_api.api.gate import resolved_principal
from graph_api.config import Settings
from graph_api.errors import Unauthenticated
from graph_api.graphql.loaders import Loaders
from graph_api.security import Authenticator, Principal
from graph_api.services.changes import ChangeFeed
from graph_api.store.base import GraphStore


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

        Over HTTP the gate resolved it before the request was read
        (:mod:`graph_api.api.gate`): that answer is taken, not worked out again. Over a
        websocket it is read on first use: the token may also come in the
        ``connection_init`` payload (``{"Authorization": "Bearer ..."}``), which arrives
        after the context is made. UNAUTHENTICATED for a token that is not valid.
        """
        if self._principal is None:
            resolved = resolved_principal(self.request.scope) if self.request else None
            if isinstance(resolved, Unauthenticated):
                raise Unauthenticated(resolved.message)
            self._principal = resolved or self._from_headers()
        return self._principal

    def _from_headers(self) -> Principal:
        header = self.request.headers.get("authorization") if self.request else None
        params = self.connection_params
        if not header and isinstance(params, dict):
            header = params.get("Authorization") or params.get("authorization")
        return self._authenticator.principal(header)
