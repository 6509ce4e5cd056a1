"""The pages at ``/ui``: the journeys, a journey map with its blueprint, an impact answer.

**Who may see them**: the same rule as GraphQL reads. Each page takes the caller the
request gate resolved from the ``Authorization`` header (the :data:`Caller` dependency,
:mod:`graph_api.security.callers`), and :func:`graph_api.security.access.refusal` decides,
as for GraphQL: with anonymous reading on (``GRAPH_API_ANONYMOUS_READ``, on in
development) anyone may read the pages; without it a caller needs a bearer token of any
role (viewer and up), else the page answers 401 saying so. A token that is present but
wrong answers 401 even where anonymous reading is on, as GraphQL does. The pages only
read: there is no form and no write.

**Errors**: an unknown journey, kind or node answers a 404 page naming it; a store that
does not answer, a 503 page (``Retry-After``); a refused parameter, an unknown path or
method, the same error page (:mod:`graph_api.ui.request_errors`). Every page is sent with a
Content-Security-Policy that allows nothing but its own inline CSS and inline SVG.
"""

from collections.abc import Awaitable, Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BeforeValidator

from graph_api.errors import NotFound, StoreUnavailable
from graph_api.metamodel import NODE_KINDS, is_key
from graph_api.security import Principal, Role, access
from graph_api.security.authorization import READ_ROLE
from graph_api.security.callers import Resolved, request_caller
from graph_api.security.token_advice import SEND, keys_create
from graph_api.store.base import GraphStore, NodeRef
from graph_api.traversals.evidence_age import EvidenceAge
from graph_api.traversals.evidence_window import today
from graph_api.ui.health_strip import health_strip
from graph_api.ui.impact_view import DEFAULT_DEPTH, MAX_DEPTH, impact_view
from graph_api.ui.journey_map import journey_map
from graph_api.ui.journeys import journey_list
from graph_api.ui.pages import error_page, not_found, render
from graph_api.ui.parameters import digits_only, one_known_value_each

NEEDS_TOKEN = (
    "The browser view reads the graph as GraphQL reads do, and anonymous reading is off "
    f"here. {SEND[0].upper()}{SEND[1:]}, with an API key from `{keys_create(Role.VIEWER)}`, "
    "run where the server runs; or run the server with GRAPH_API_ANONYMOUS_READ=true (on by "
    "default with GRAPH_API_ENVIRONMENT=development, as make run sets it)."
)

# Each page refuses query parameters it does not take and any given twice
# (graph_api.ui.parameters); graph_api.ui.request_errors answers every refusal with the
# HTML error page.
router = APIRouter(prefix="/ui", tags=["ui"], dependencies=[Depends(one_known_value_each)])

Page = Callable[..., Awaitable[HTMLResponse]]

Caller = Annotated[Resolved, Depends(request_caller)]
"""Who asks for a page: the caller the request gate resolved, taken by every page."""


def page(path: str, summary: str | None = None) -> Callable[[Page], Page]:
    """Registers a page at ``path``: GET (in the OpenAPI document when it has a
    ``summary``), and HEAD (the same answer, whose body the server does not send), which
    HTTP asks of every GET."""

    def register(endpoint: Page) -> Page:
        for methods, summary_shown in ((["GET"], summary), (["HEAD"], None)):
            router.add_api_route(
                path,
                endpoint,
                methods=methods,
                response_class=HTMLResponse,
                summary=summary_shown,
                include_in_schema=summary_shown is not None,
            )
        return endpoint

    return register


def _refusal(caller: Resolved) -> HTMLResponse | None:
    """The 401/403 page when the caller may not read, else None."""
    refused = access.refusal(caller, READ_ROLE)
    if refused is None:
        return None
    if refused.why is access.Why.BAD_TOKEN:
        message = f"The token was refused: {refused.token_problem}."
        return error_page(refused.status, "Not authenticated", message)
    if refused.status == 401:
        return error_page(refused.status, "Not authenticated", NEEDS_TOKEN)
    assert isinstance(caller, Principal)  # a 403 answers a caller whose token is valid
    return error_page(refused.status, "Forbidden", f"{caller.subject} may not read the graph.")


async def _page(
    request: Request,
    caller: Resolved,
    template: str,
    build: Callable[[GraphStore], Awaitable[dict[str, Any]]],
) -> HTMLResponse:
    refusal = _refusal(caller)
    if refusal is not None:
        return refusal
    store: GraphStore = request.app.state.store
    try:
        context = await build(store)
    except NotFound as exc:
        return not_found(f"{exc.kind} {exc.key!r}")
    except StoreUnavailable as exc:
        return error_page(
            503, "The graph is unavailable", f"The store does not answer: {exc.message}"
        )
    return render(template, **context)


@page("", summary="The journeys (browser view).")
@page("/")
async def journeys_page(request: Request, caller: Caller) -> HTMLResponse:
    async def build(store: GraphStore) -> dict[str, Any]:
        return {"journeys": await journey_list(store)}

    return await _page(request, caller, "journeys.html", build)


@page("/journeys/{key}", summary="A journey map and its service blueprint (browser view).")
async def journey_page(request: Request, caller: Caller, key: str) -> HTMLResponse:
    if not is_key(key):
        return _refusal(caller) or not_found(f"Journey {key!r}")

    async def build(store: GraphStore) -> dict[str, Any]:
        age = EvidenceAge(today(), request.app.state.settings.evidence_max_age_days)
        return {
            "journey": await journey_map(store, key, age),
            "health": await health_strip(store, key),
        }

    return await _page(request, caller, "journey.html", build)


def _kind(name: str) -> str | None:
    """A node kind named case-insensitively (``system``, ``System``, ``painpoint``)."""
    by_folded = {kind.casefold(): kind for kind in NODE_KINDS}
    return by_folded.get(name.casefold())


@page("/impact/{kind}/{key}", summary="What a change to a node hits (browser view).")
async def impact_page(
    request: Request,
    caller: Caller,
    kind: str,
    key: str,
    depth: Annotated[int, BeforeValidator(digits_only), Query(ge=1, le=MAX_DEPTH)] = DEFAULT_DEPTH,
) -> HTMLResponse:
    found_kind = _kind(kind)
    if found_kind is None:
        return _refusal(caller) or not_found(f"A kind of node named {kind!r}")
    if not is_key(key):
        return _refusal(caller) or not_found(f"{found_kind} {key!r}")
    start = NodeRef(found_kind, key)

    async def build(store: GraphStore) -> dict[str, Any]:
        return {"impact": await impact_view(store, start, depth), "max_depth": MAX_DEPTH}

    return await _page(request, caller, "impact.html", build)
