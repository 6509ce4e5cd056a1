"""``/``: where a person or a client that opens the server's address is told where to go.

The server's entry points depend on its settings (GraphiQL and FastAPI's documentation
pages only where they are on; the browser view for anyone only where anonymous reading
is on). :func:`entry_points` lists them once: the page at ``/`` (HTML for a browser, JSON
for anything else) and ``graph-api serve``'s start-up lines (:mod:`graph_api.api.startup`)
both read it.
"""

from dataclasses import dataclass
from html import escape

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from graph_api.config import Settings
from graph_api.security.roles import Role
from graph_api.security.token_advice import SEND, keys_create


@dataclass(frozen=True, slots=True)
class EntryPoint:
    """One address the server answers at, and what it is for."""

    name: str
    path: str
    purpose: str
    browsable: bool = True
    """A browser opening it gets a page (GraphQL only where GraphiQL is on)."""


def entry_points(settings: Settings) -> list[EntryPoint]:
    """The addresses this server serves, in the order a newcomer wants them."""
    anonymous_read = bool(settings.anonymous_read)
    token_note = "" if anonymous_read else " (needs a token)"
    points = [
        EntryPoint(
            "GraphQL",
            "/graphql",
            "the API: POST a query"
            + (
                "; opened in a browser, GraphiQL to write and run queries"
                if settings.graphiql
                else " (GraphiQL off: GRAPH_API_GRAPHIQL=true turns it on)"
            ),
            browsable=bool(settings.graphiql),
        ),
        EntryPoint(
            "Browser view",
            "/ui",
            "journeys, journey maps, service blueprints and impact, read-only" + token_note,
        ),
    ]
    if settings.environment == "development":
        points.append(EntryPoint("HTTP API docs", "/docs", "FastAPI's pages of the HTTP routes"))
    points.append(EntryPoint("Readiness", "/readyz", "200 when the store answers, else 503"))
    return points


def access(settings: Settings) -> str:
    """Who may do what without a token, and how to get one."""
    if settings.anonymous_read:
        return (
            "Anyone may read without a token; writing needs one: "
            f"`{keys_create(Role.EDITOR)}` prints one; {SEND}."
        )
    return (
        f"Reading needs a token: `{keys_create(Role.VIEWER)}` prints one (editor to "
        f"write, admin to delete and import); {SEND}. A server run with "
        "GRAPH_API_ENVIRONMENT=development lets anyone read without one."
    )


CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'"
"""The page is its own HTML and inline CSS: nothing runs, nothing is fetched."""

STYLE = (
    "body{font:16px/1.5 system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem}"
    "dt{font-weight:600;margin-top:.8rem}code{background:#f3f3f3;padding:0 .2rem}"
)


def _name(point: EntryPoint) -> str:
    """The entry point's name, a link where a browser can open it."""
    if not point.browsable:
        return escape(point.name)
    return f'<a href="{escape(point.path)}">{escape(point.name)}</a>'


def _html(settings: Settings) -> str:
    items = "".join(
        f"<dt>{_name(p)} <code>{escape(p.path)}</code></dt><dd>{escape(p.purpose)}</dd>"
        for p in entry_points(settings)
    )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>graph-api</title><style>{STYLE}</style></head><body>"
        "<h1>graph-api</h1>"
        "<p>One graph of customer experience and enterprise architecture, queried "
        f"through GraphQL. This server runs in {escape(settings.environment)} mode.</p>"
        f"<dl>{items}</dl><p>{escape(access(settings))}</p></body></html>"
    )


def _json(settings: Settings) -> dict[str, object]:
    return {
        "service": "graph-api",
        "environment": settings.environment,
        "anonymousRead": bool(settings.anonymous_read),
        "links": [
            {"name": p.name, "href": p.path, "purpose": p.purpose} for p in entry_points(settings)
        ],
        "access": access(settings),
    }


def wants_html(request: Request) -> bool:
    """A browser asks for ``text/html`` by name; clients (curl's ``*/*`` too) get JSON."""
    return "text/html" in request.headers.get("accept", "")


def start_page_router(settings: Settings) -> APIRouter:
    """``GET /``: the entry points of ``settings``' server, as a page or as JSON."""
    router = APIRouter()

    @router.get("/", summary="Where to go: the API, GraphiQL, the browser view, the docs.")
    async def start(request: Request) -> Response:
        headers = {"Vary": "Accept"}
        if wants_html(request):
            headers |= {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff"}
            return HTMLResponse(_html(settings), headers=headers)
        return JSONResponse(_json(settings), headers=headers)

    return router
