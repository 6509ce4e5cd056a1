"""``POST /tracker/import``: backlog items from a tracker's export, answered with the
import's report (docs/ingestion.md, "Backlog items from a tracker").

Query parameters: ``format`` (``jira-csv``, ``jira-json`` or ``azure-csv``, required),
``dryRun=true`` (report, write nothing), ``allOrNothing=true`` (write nothing if any
record is refused). The body is the export as it is (``text/csv``, ``application/json``
or ``application/octet-stream``), or ``multipart/form-data`` with a part ``export`` and,
optionally, a part ``mapping`` (YAML, merged over the format's defaults). The caller
needs the editor role; its body may be as large as ``max_import_bytes``
(:mod:`graph_api.api.gate`), and the write runs under ``import_timeout_seconds``.

Answers: 200 with the report; 422 with the report when all-or-nothing refused the export;
400 VALIDATION for an export or mapping that cannot be read at all (each error located),
400 BAD_REQUEST for bad query parameters, 409 CONFLICT when an item changed while the
import ran (nothing written: import again), 415 for another media type, 401/403 for a
caller who may not write; errors in the shape of every other refusal of the API
(:mod:`graph_api.api.refusals`).
"""

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException

from graph_api.api.file_endpoints import (
    caller_refused,
    flag,
    refused,
    report_answer,
    within_time,
)
from graph_api.config import Settings
from graph_api.long_work import off_the_loop
from graph_api.security import Principal, Role
from graph_api.security.callers import Resolved, request_caller
from graph_api.store.base import GraphStore
from graph_api.tracker import ImportReport, TrackerFormat, import_export, read_mapping

PATH = "/tracker/import"
ROLE = Role.EDITOR
RAW_TYPES = ("text/csv", "application/json", "application/octet-stream", "text/plain")
"""Media types of a body that is the export itself."""
FLAGS = ("dryRun", "allOrNothing")

Caller = Annotated[Resolved, Depends(request_caller)]

_STATUS = {"VALIDATION": 400, "CONFLICT": 409, "STORE_UNAVAILABLE": 503, "NOT_FOUND": 409}


def _options(request: Request) -> tuple[TrackerFormat, dict[str, bool]] | str:
    """The format and flags the query names, or what is wrong with them (an unknown
    parameter is refused: a misspelt ``dryRun`` would otherwise write)."""
    flags = dict.fromkeys(FLAGS, False)
    format: TrackerFormat | None = None
    formats = ", ".join(f.value for f in TrackerFormat)
    for name, value in request.query_params.multi_items():
        if name == "format":
            try:
                format = TrackerFormat(value)
            except ValueError:
                return f"format {value!r} is not an export format: use one of {formats}"
        elif name in flags:
            if isinstance(given := flag(name, value), str):
                return given
            flags[name] = given
        else:
            return f"unknown query parameter {name!r}; use format, {' or '.join(FLAGS)}"
    if format is None:
        return f"say what the export is: ?format= one of {formats}"
    return format, flags


async def _body(request: Request, settings: Settings) -> tuple[bytes, str | None] | Response:
    """The export and the mapping's text (None: the defaults), or the refusal."""
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type in RAW_TYPES:
        return await request.body(), None
    if media_type != "multipart/form-data":
        known = ", ".join([*RAW_TYPES, "multipart/form-data"])
        message = f"Content-Type {media_type or '(none)'!r} is not an export: send one of {known}"
        return refused(415, "UNSUPPORTED_MEDIA_TYPE", message)
    try:
        form = await request.form(
            max_files=2, max_fields=2, max_part_size=settings.max_import_bytes
        )
    except HTTPException as exc:  # Starlette's word on a malformed body, in the API's shape
        return refused(400, "BAD_REQUEST", f"the multipart body cannot be read: {exc.detail}")
    unknown = [name for name in form if name not in ("export", "mapping")]
    if unknown or "export" not in form:
        return refused(400, "BAD_REQUEST", "send a part 'export' and, optionally, 'mapping'")
    export, mapping = form["export"], form.get("mapping")
    data = await export.read() if isinstance(export, UploadFile) else export.encode()
    if isinstance(mapping, UploadFile):
        mapping = (await mapping.read()).decode("utf-8-sig", errors="replace")
    return data, mapping


def tracker_router(settings: Settings) -> APIRouter:
    """The ``POST /tracker/import`` route of an app with ``settings``."""
    router = APIRouter()

    @router.post(PATH, summary="Import backlog items from a Jira or Azure DevOps export.")
    async def tracker_import(request: Request, caller: Caller) -> Response:
        if (refusal_answer := caller_refused(caller, ROLE, f"POST {PATH}")) is not None:
            return refusal_answer
        assert isinstance(caller, Principal)
        options = _options(request)
        if isinstance(options, str):
            return refused(400, "BAD_REQUEST", options)
        format, flags = options
        body = await _body(request, settings)
        if isinstance(body, Response):
            return body
        data, mapping_text = body
        store: GraphStore = request.app.state.store

        async def work() -> ImportReport:
            mapping = await off_the_loop(read_mapping, format, mapping_text, "mapping")
            return await import_export(
                store,
                data,
                mapping,
                "export",
                dry_run=flags["dryRun"],
                all_or_nothing=flags["allOrNothing"],
                actor=caller.subject,
            )

        report = await within_time(
            settings.import_timeout_seconds, "import_timeout_seconds", work, "the import", _STATUS
        )
        if isinstance(report, Response):
            return report
        status = 422 if report.all_or_nothing and report.refused else 200
        return report_answer(status, report.as_json())

    return router


__all__ = ["PATH", "tracker_router"]
