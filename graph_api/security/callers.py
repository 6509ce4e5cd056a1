"""Who a request acts as, resolved once per request and shared by every way in.

The caller of a request is the principal its ``Authorization`` header names, or the
refusal of its token (:data:`Resolved`). It is worked out once, asynchronously
(:meth:`~graph_api.security.Authenticator.principal`: an API key is looked up off the
event loop), and kept in the request's ASGI scope, where everything after reads it:

- over HTTP the request gate resolves it before the body is read (an admin's body may be
  larger), and GraphQL over HTTP and the ``/ui`` pages (:func:`request_caller`, a FastAPI
  dependency) take that answer;
- over a WebSocket the token may come in the ``connection_init`` payload, after the
  connection opened: the GraphQL context resolves it when the first operation starts
  (:meth:`graph_api.api.context.Context.resolve_principal`), once per connection.

Whether a caller may do what needs a role, and which refusal it gets if not, is decided
in :mod:`graph_api.security.access`.
"""

from collections.abc import MutableMapping
from typing import Any

from starlette.requests import HTTPConnection

from graph_api.errors import Unauthenticated
from graph_api.security.authenticator import Authenticator
from graph_api.security.roles import Principal

Resolved = Principal | Unauthenticated
"""Who a request acts as, or why its token was refused."""

SCOPE_KEY = "graph_api.principal"
"""Where a request's ASGI scope keeps its resolved caller."""


def resolved_in(scope: MutableMapping[str, Any]) -> Resolved | None:
    """The caller already resolved for this request, or None where nothing resolved it yet."""
    resolved = scope.get(SCOPE_KEY)
    return resolved if isinstance(resolved, Principal | Unauthenticated) else None


async def resolve_once(
    scope: MutableMapping[str, Any], authenticator: Authenticator, authorization: str | None
) -> Resolved:
    """The caller ``authorization`` names, resolved the first time this request asks and
    kept in ``scope`` for every later ask."""
    resolved = resolved_in(scope)
    if resolved is None:
        try:
            resolved = await authenticator.principal(authorization)
        except Unauthenticated as refusal:
            resolved = refusal
        scope[SCOPE_KEY] = resolved
    return resolved


async def request_caller(connection: HTTPConnection) -> Resolved:
    """FastAPI dependency: the caller of an HTTP request, as the request gate resolved it
    (resolved here only for an app without the gate)."""
    authenticator: Authenticator = connection.app.state.authenticator
    return await resolve_once(
        connection.scope, authenticator, connection.headers.get("authorization")
    )


__all__ = ["SCOPE_KEY", "Resolved", "request_caller", "resolve_once", "resolved_in"]
