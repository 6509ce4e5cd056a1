"""``GET /impact.ndjson``: the whole ``impact`` answer, streamed as NDJSON, for tools that
want every hit (docs/api.md, "Impact as NDJSON").

Query parameters: ``nodeId`` (required; a global ID, ``Kind:key`` or a key alone, as the
``impact`` field takes it) and ``maxDepth`` (1-10, default 6). The lines are those of
:mod:`graph_api.traversals.impact.export`: a summary, then one line per hit in the order
of the ``impact`` field's ``groups``.

Who may call it: whoever may run GraphQL reads (:func:`graph_api.security.access.refusal`
with the read role): anyone where anonymous reading is on, a caller with a token of a
role that reads otherwise; a bad token is refused in every mode. The traversal and the
labels are read before the answer starts, under ``request_timeout_seconds`` (Neo4j's
transactions too), so every refusal is a whole answer with its status; then the lines are
serialised and sent a chunk at a time, never held as one text.

Answers: 200 ``application/x-ndjson``; 400 VALIDATION naming ``nodeId`` or ``maxDepth``,
400 BAD_REQUEST for a parameter it does not take or one given twice, 404 NOT_FOUND when
no such node exists, 401/403 for a caller who may not read, 503 STORE_UNAVAILABLE, 504
TIMEOUT; refusals in the shape of every other refusal of the API
(:mod:`graph_api.api.refusals`).
"""

from collections.abc import AsyncIterator, Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import StreamingResponse

from graph_api.api.file_endpoints import caller_refused, refused, within_time
from graph_api.config import Settings
from graph_api.errors import FieldError, ValidationFailed
from graph_api.graphql.ids import ANY_KIND_FORMS, resolve_node
from graph_api.security.authorization import READ_ROLE
from graph_api.security.callers import Resolved, request_caller
from graph_api.store.base import GraphStore
from graph_api.traversals.impact.export import (
    DEFAULT_DEPTH,
    MAX_DEPTH,
    MEDIA_TYPE,
    ImpactExport,
    depth_error,
    ndjson_lines,
    read_impact,
)

PATH = "/impact.ndjson"
PARAMETERS = ("nodeId", "maxDepth")
"""The query parameters ``GET /impact.ndjson`` takes."""

CHUNK_BYTES = 64 * 1024
"""Lines are sent in chunks of about this size: one message per line would cost more
than serialising it."""

Caller = Annotated[Resolved, Depends(request_caller)]

_STATUS = {
    "VALIDATION": 400,
    "NOT_FOUND": 404,
    "STORE_UNAVAILABLE": 503,
    "TIMEOUT": 504,
}


_OPENAPI: dict[str, Any] = {
    # The parameters are read by hand (unknown and repeated ones are refused), so the
    # OpenAPI document (development only) is told of them here.
    "parameters": [
        {
            "name": "nodeId",
            "in": "query",
            "required": True,
            "schema": {"type": "string"},
            "description": f"The node that changes: {ANY_KIND_FORMS}.",
        },
        {
            "name": "maxDepth",
            "in": "query",
            "required": False,
            "schema": {"type": "integer", "minimum": 1, "maximum": MAX_DEPTH},
            "description": f"The longest chain to follow (default {DEFAULT_DEPTH}).",
        },
    ],
    "responses": {
        "200": {
            "description": "A summary line, then one line per hit.",
            "content": {MEDIA_TYPE: {}},
        }
    },
}


def _parameters(request: Request) -> tuple[str | None, str | None] | str:
    """``nodeId`` and ``maxDepth`` as given (None when absent), or what is wrong with the
    query: a parameter this endpoint does not take (a misspelt ``maxDepth`` would
    otherwise be walked at the default depth), or one given more than once."""
    for name in dict.fromkeys(request.query_params.keys()):
        if name not in PARAMETERS:
            return f"unknown query parameter {name!r}; use {' and '.join(PARAMETERS)}"
        if len(request.query_params.getlist(name)) > 1:
            return f"the query parameter {name!r} is given more than once: give it once"
    return request.query_params.get("nodeId"), request.query_params.get("maxDepth")


def _depth(text: str | None) -> int | FieldError:
    """The depth ``maxDepth`` asks for (its default when absent), or what is wrong."""
    if text is None:
        return DEFAULT_DEPTH
    # ASCII digits only: int() would also read " 3", "+3", "3_0" and other digits.
    if not (text.isascii() and text.isdigit()):
        message = f"must be a whole number from 1 to {MAX_DEPTH}, got {text[:20]!r}"
        return FieldError("maxDepth", message)
    if len(text) > 4:  # not read: int() of a long text is slow, and refused past 4,300 digits
        message = f"must be between 1 and {MAX_DEPTH}, got a number of {len(text)} digits"
        return FieldError("maxDepth", message)
    return depth_error(int(text), "maxDepth") or int(text)


async def _read(store: GraphStore, node_id: str | None, depth: int | FieldError) -> ImpactExport:
    """The export the parameters ask for; one VALIDATION error lists every bad one."""
    errors = [depth] if isinstance(depth, FieldError) else []
    if node_id is None:
        errors.insert(0, FieldError("nodeId", "is required: the node that changes"))
        raise ValidationFailed(errors)
    try:
        start = await resolve_node(store, node_id, "nodeId")
    except ValidationFailed as exc:
        raise ValidationFailed([*exc.errors, *errors]) from None
    if isinstance(depth, FieldError):
        raise ValidationFailed(errors)
    return await read_impact(store, start, depth)


async def _chunks(lines: Iterator[bytes]) -> AsyncIterator[bytes]:
    """``lines`` gathered into chunks of about :data:`CHUNK_BYTES`, each sent before the
    next is serialised."""
    chunk = bytearray()
    for line in lines:
        chunk += line
        if len(chunk) >= CHUNK_BYTES:
            yield bytes(chunk)
            chunk.clear()
    if chunk:
        yield bytes(chunk)


def impact_export_router(settings: Settings) -> APIRouter:
    """The ``GET /impact.ndjson`` route of an app with ``settings``."""
    router = APIRouter()

    @router.get(
        PATH,
        summary="What a change to a node hits, every hit with its chain, as NDJSON.",
        response_class=StreamingResponse,
        openapi_extra=_OPENAPI,
    )
    async def impact_export(request: Request, caller: Caller) -> Response:
        if (refusal := caller_refused(caller, READ_ROLE, f"GET {PATH}")) is not None:
            return refusal
        parameters = _parameters(request)
        if isinstance(parameters, str):
            return refused(400, "BAD_REQUEST", parameters)
        node_id, max_depth = parameters
        store: GraphStore = request.app.state.store
        depth = _depth(max_depth)
        export = await within_time(
            settings.request_timeout_seconds,
            "request_timeout_seconds",
            lambda: _read(store, node_id, depth),
            "the impact export",
            _STATUS,
        )
        if isinstance(export, Response):
            return export
        return StreamingResponse(_chunks(ndjson_lines(export)), media_type=MEDIA_TYPE)

    return router


__all__ = ["PARAMETERS", "PATH", "impact_export_router"]
