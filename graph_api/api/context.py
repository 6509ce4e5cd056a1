"""Per-request context: the store, the request's loaders (:mod:`graph_api.graphql.loaders`)
and who the request acts as."""

from strawberry.fastapi import BaseContext

from graph_api.config import Settings
from graph_api.errors import Unauthenticated
from graph_api.graphql.loaders import Loaders
from graph_api.graphql.reads.execution import PlannedExecution
from graph_api.security import Authenticator, Principal
from graph_api.security.callers import Resolved, resolve_once, resolved_in
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
        self.loaders = Loaders(store, settings.read_plans)
        self.executor: PlannedExecution | None = None
        """The execution running the request (set by it): read plans collect fields
        with its fragments and variables (:mod:`graph_api.graphql.reads`)."""
        self._authenticator = authenticator
        self._resolved: Resolved | None = None

    @property
    def caller(self) -> Resolved:
        """Who the request acts as, or why its token was refused, as already resolved.

        Over HTTP the request gate resolved it before the request was read
        (:mod:`graph_api.security.callers`); every operation has it once
        :meth:`resolve_principal` ran, which the role check does before anything executes.
        """
        if self._resolved is None:
            self._resolved = resolved_in(self.request.scope) if self.request else None
        if self._resolved is None:
            raise RuntimeError("the caller is read before it was resolved")
        return self._resolved

    @property
    def principal(self) -> Principal:
        """Who the request acts as (UNAUTHENTICATED for a token that is not valid)."""
        caller = self.caller
        if isinstance(caller, Unauthenticated):
            raise Unauthenticated(caller.message)
        return caller

    async def resolve_principal(self) -> Principal:
        """Who the request acts as, resolved once; UNAUTHENTICATED for a bad token.

        Over HTTP this is the gate's answer. Over a WebSocket it is resolved when the
        first operation starts: the token may come in the ``connection_init`` payload
        (``{"Authorization": "Bearer ..."}``), which arrives after the context is made.
        """
        if self._resolved is None:
            scope = self.request.scope if self.request else {}
            self._resolved = await resolve_once(scope, self._authenticator, self._authorization())
        return self.principal

    def _authorization(self) -> str | None:
        """The ``Authorization`` header, else (WebSocket) the one ``connection_init`` gave."""
        header: object = self.request.headers.get("authorization") if self.request else None
        params = self.connection_params
        if not header and isinstance(params, dict):
            header = params.get("Authorization") or params.get("authorization")
        # A payload value that is not text is refused as a malformed header would be.
        return header if header is None or isinstance(header, str) else str(header)
