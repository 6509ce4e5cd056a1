"""``POST /ingest``: a batch of measurements and evidence as NDJSON or CSV, answered with
the batch's report (docs/ingestion.md).

The body's media type says its format: ``application/x-ndjson`` (or
``application/ndjson``) or ``text/csv``, in UTF-8. Query parameters:
``allOrNothing=true`` writes nothing if any record is refused; ``everyRecord=true`` lists
every record in the report, not only the refused ones. The caller needs a role that
grants ``ingest`` (ingest, editor or admin); its body may be as large as
``max_import_bytes`` (:mod:`graph_api.api.gate`). The write runs under
``import_timeout_seconds``, its Neo4j transactions too.

Answers: 200 with the report (refused records listed, the others written); 422 with the
report when all-or-nothing refused the batch; 400 VALIDATION for a body that cannot be
read at all, 413 LIMIT_EXCEEDED for more records than a batch may hold, 415 for another
media type, 401/403 for a caller who may not ingest; errors in the shape of every other
refusal of the API (:mod:`graph_api.api.refusals`).
"""

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response

from graph_api.api.file_endpoints import (
    caller_refused,
    flag,
    refused,
    report_answer,
    within_time,
)
from graph_api.config import Settings
from graph_api.ingest import IngestFormat, ingest_text
from graph_api.security import Principal, Role
from graph_api.security.callers import Resolved, request_caller
from graph_api.store.base import GraphStore

PATH = "/ingest"

MEDIA_TYPES: dict[str, IngestFormat] = {
    "application/x-ndjson": IngestFormat.NDJSON,
    "application/ndjson": IngestFormat.NDJSON,
    "text/csv": IngestFormat.CSV,
}
"""The media types a batch may be sent as, and the format each means."""

FLAGS = ("allOrNothing", "everyRecord")
"""The query parameters ``POST /ingest`` reads (each ``true`` or ``false``)."""

Caller = Annotated[Resolved, Depends(request_caller)]

_STATUS = {
    "VALIDATION": 400,
    "LIMIT_EXCEEDED": 413,
    "CONFLICT": 409,
    "STORE_UNAVAILABLE": 503,
    "TIMEOUT": 504,
}


def _format(content_type: str | None) -> IngestFormat | str:
    """The format a ``Content-Type`` names, or why it names none."""
    media_type, *parameters = (part.strip() for part in (content_type or "").split(";"))
    format = MEDIA_TYPES.get(media_type.lower())
    if format is None:
        known = ", ".join(MEDIA_TYPES)
        return f"Content-Type {content_type or '(none)'!r} is not a batch: send one of {known}"
    for parameter in parameters:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip().strip('"').lower() != "utf-8":
            return f"a batch is UTF-8, not {value.strip()!r}"
    return format


def _flags(request: Request) -> dict[str, bool] | str:
    """The query parameters, or what is wrong with them (an unknown one is refused: a
    misspelt ``allOrNothing`` would otherwise write a batch the caller meant to hold)."""
    flags = dict.fromkeys(FLAGS, False)
    for name, value in request.query_params.multi_items():
        if name not in flags:
            return f"unknown query parameter {name!r}; use {' or '.join(FLAGS)}"
        if isinstance(given := flag(name, value), str):
            return given
        flags[name] = given
    return flags


def ingest_router(settings: Settings) -> APIRouter:
    """The ``POST /ingest`` route of an app with ``settings``."""
    router = APIRouter()

    @router.post(PATH, summary="Ingest measurements and evidence (NDJSON or CSV).")
    async def ingest(request: Request, caller: Caller) -> Response:
        if (refusal_answer := caller_refused(caller, Role.INGEST, f"POST {PATH}")) is not None:
            return refusal_answer
        assert isinstance(caller, Principal)
        format = _format(request.headers.get("content-type"))
        if not isinstance(format, IngestFormat):  # (a StrEnum: a str too)
            return refused(415, "UNSUPPORTED_MEDIA_TYPE", format)
        flags = _flags(request)
        if isinstance(flags, str):
            return refused(400, "BAD_REQUEST", flags)
        store: GraphStore = request.app.state.store
        body = await request.body()
        report = await within_time(
            settings.import_timeout_seconds,
            "import_timeout_seconds",
            lambda: ingest_text(
                store, body, format, actor=caller.subject, all_or_nothing=flags["allOrNothing"]
            ),
            "the batch",
            _STATUS,
        )
        if isinstance(report, Response):
            return report
        answer = report.as_json(every_record=flags["everyRecord"])
        return report_answer(422 if report.reason is not None else 200, answer)

    return router


__all__ = ["FLAGS", "MEDIA_TYPES", "PATH", "ingest_router"]
