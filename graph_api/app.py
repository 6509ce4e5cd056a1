"""The application, composed: the GraphQL API at /graphql (:mod:`graph_api.api`), the
endpoints beside it (POST /ingest, POST /tracker/import, GET /impact.ndjson), the
read-only view in the browser at /ui (:mod:`graph_api.ui`), where to go at /
(:mod:`graph_api.api.start_page`) and health at /healthz and /readyz, all behind the
request gate (:mod:`graph_api.api.gate`: request ids, the caller resolved once, body
limits). The API and the UI know nothing of each other; this module puts them together."""

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from graph_api.api import gc_tuning
from graph_api.api.context import Context
from graph_api.api.gate import RequestGate
from graph_api.api.graphiql import mount_assets as mount_graphiql_assets
from graph_api.api.http import GraphQLHTTPRouter
from graph_api.api.impact_export import impact_export_router
from graph_api.api.ingest_endpoint import ingest_router
from graph_api.api.schema import build_schema
from graph_api.api.start_page import start_page_router
from graph_api.api.startup import load_demo, startup_lines
from graph_api.api.tracker_endpoint import tracker_router
from graph_api.config import Settings, get_settings
from graph_api.errors import GraphApiError
from graph_api.security import Authenticator
from graph_api.services.changes import ChangeFeed
from graph_api.services.observed import observed
from graph_api.store.base import GraphStore
from graph_api.store.factory import create_store
from graph_api.ui import install_error_pages
from graph_api.ui import router as ui_router

log = logging.getLogger("graph_api")


def create_app(
    settings: Settings | None = None,
    store: GraphStore | None = None,
    *,
    served_at: str | None = None,
    worker: bool = False,
) -> FastAPI:
    """The application; ``store`` overrides the one the settings name (tests pass one).

    ``served_at``: the base URL ``graph-api serve`` listens on; given, the app logs the
    start-up lines (:func:`graph_api.api.startup.startup_lines`) once its store is open.
    ``worker``: one of several processes ``graph-api serve --workers`` started, after
    loading the demo model and logging the start-up lines itself: the app does neither.
    """
    settings = settings or get_settings()
    # Wrapped once, here: every write of the app (mutations, imports, the demo load)
    # then publishes what it did to the feed the ``changes`` subscription reads. A store
    # that is already an ObservedStore keeps its feed (tests watch it).
    own_neo4j = store is None and settings.store == "neo4j"
    feed = ChangeFeed(poll_seconds=settings.changes_poll_seconds)
    store = observed(store or create_store(settings), feed)
    changes = store.changes

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await store.open()
        try:
            if not worker:
                demo = await load_demo(store, settings, own_neo4j)
                lines = [demo] if served_at is None else startup_lines(settings, served_at, demo)
                for line in lines:
                    log.info("%s", line)
            if (served_at is not None or worker) and settings.gc_threshold:
                gc_tuning.freeze_startup_objects()
            yield
        finally:
            await changes.close()
            await store.close()

    authenticator = Authenticator(settings)

    async def context_getter() -> Context:
        return Context(store, settings, changes, authenticator)

    # FastAPI's own pages (Swagger UI and ReDoc load their scripts from a CDN) and the
    # OpenAPI document are for development; production serves neither.
    development = settings.environment == "development"
    app = FastAPI(
        title="graph-api",
        description="One graph of customer experience and enterprise architecture.",
        lifespan=lifespan,
        docs_url="/docs" if development else None,
        redoc_url="/redoc" if development else None,
        openapi_url="/openapi.json" if development else None,
    )
    # Outermost of the app's own layers: ids, the caller and size limits come first.
    app.add_middleware(RequestGate, settings=settings, authenticator=authenticator)
    app.state.store = store
    app.state.settings = settings  # /ui's journey map: how old evidence may be
    app.state.authenticator = authenticator
    app.include_router(
        GraphQLHTTPRouter(
            build_schema(settings),
            context_getter=context_getter,
            graphql_ide="graphiql" if settings.graphiql else None,
        ),
        prefix="/graphql",
    )
    if settings.graphiql:
        mount_graphiql_assets(app)  # GraphiQL's scripts and styles, served from the package
    app.include_router(ingest_router(settings))  # POST /ingest: measurements and evidence
    app.include_router(tracker_router(settings))  # POST /tracker/import: backlog items
    app.include_router(impact_export_router(settings))  # GET /impact.ndjson: every hit
    app.include_router(ui_router)
    app.include_router(start_page_router(settings))
    install_error_pages(app)  # /ui's refusals as its HTML error page, not JSON

    @app.get("/healthz", summary="The process is alive.")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz", summary="The store answers; requests can be served.")
    async def readyz(request: Request) -> JSONResponse:
        try:
            await store.ping()
        except GraphApiError as exc:
            return JSONResponse(
                {
                    "status": "unavailable",
                    "store": store.name,
                    "code": exc.code,
                    "message": exc.message,
                },
                status_code=503,
            )
        return JSONResponse({"status": "ready", "store": store.name})

    return app
