"""GraphQL over HTTP as the spec asks: media types, status codes, refusals.

Strawberry's FastAPI router answers every GraphQL response with ``application/json`` and
200, and refuses malformed requests with plain text. The GraphQL-over-HTTP spec (checked
by the ``graphql-http`` audit, ``tools/graphql-http-audit``) also defines
``application/graphql-response+json``, whose status codes say whether the operation ran:

- the media type comes from the ``Accept`` header (``negotiate``); no header means
  ``application/json``; a header that allows neither type is refused with 406;
- with ``application/graphql-response+json`` a request that fails before execution
  (syntax, validation, variable coercion, an unknown operation name) is answered 400;
  once execution started, 200;
- with ``application/json`` GraphQL errors keep 200, as the spec says for that type;
- for both, such a request error carries no ``data`` entry (the GraphQL spec's rule);
- malformed HTTP requests (bad JSON, no query, ...) keep Strawberry's 4xx status but get a
  GraphQL-shaped JSON body with a stable ``extensions.code`` (:mod:`graph_api.api.refusals`);
  a body that is not JSON is 415, a mutation over GET is 405.

Before anything of the request is parsed (and after the gate bounded its size,
:mod:`graph_api.api.gate`), a caller who may not read is refused with 401
``UNAUTHENTICATED``: without a token where anonymous reading is off, or with a bad token
anywhere. So an anonymous caller learns nothing of the schema, not even which type names
exist. Bodies and GET parameters are read strictly (:mod:`graph_api.api.request_json`):
whatever cannot be a request is a 400 ``BAD_REQUEST``, never a 500.
"""

import json
from typing import overload

import orjson
from cross_web import AsyncHTTPRequestAdapter, HTTPException, StarletteRequestAdapter
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.websockets import WebSocket
from strawberry.fastapi import GraphQLRouter
from strawberry.http import GraphQLHTTPResponse, GraphQLRequestData, GraphQLRequestProtocol
from strawberry.schema.exceptions import CannotGetOperationTypeError, InvalidOperationTypeError
from strawberry.types import ExecutionResult
from strawberry.types.unset import UNSET

from graph_api.api import request_log
from graph_api.api.context import Context
from graph_api.api.graphiql import graphiql_page
from graph_api.api.refusals import code_for, refusal_body
from graph_api.api.request_json import (
    MalformedJson,
    MalformedQueryString,
    parse_json,
    query_parameters,
)
from graph_api.long_work import off_the_loop
from graph_api.security import access
from graph_api.security.authorization import READ_ROLE
from graph_api.security.token_advice import NO_TOKEN

APPLICATION_JSON = "application/json"
GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"
# On a full tie (``*/*``, ``application/*``) the first wins: application/json stays the
# default until clients ask for the newer type by name.
MEDIA_TYPES = (APPLICATION_JSON, GRAPHQL_RESPONSE_JSON)


def _parse_media_range(text: str) -> tuple[str, dict[str, str]]:
    """``"application/json; q=0.5"`` -> ``("application/json", {"q": "0.5"})``."""
    kind, *params = text.split(";")
    parsed: dict[str, str] = {}
    for param in params:
        name, sep, value = param.partition("=")
        if sep:
            parsed[name.strip().lower()] = value.strip().strip('"')
    return kind.strip().lower(), parsed


def _is_utf8(params: dict[str, str]) -> bool:
    """JSON is UTF-8; a range or body asking another charset cannot be served."""
    return params.get("charset", "utf-8").lower() in ("utf-8", "utf8")


def _rank(media_type: str, ranges: list[tuple[str, dict[str, str]]]) -> tuple[float, int, int]:
    """(q, specificity, -position) of the most specific range matching ``media_type``.

    The most specific range decides (RFC 9110, 12.5.1), so
    ``application/graphql-response+json;q=0, */*`` excludes that type. q 0 when none matches.
    """
    family = media_type.split("/")[0] + "/*"
    best = (0.0, -1, 0)
    for position, (kind, params) in enumerate(ranges):
        specificity = {media_type: 2, family: 1, "*/*": 0}.get(kind, -1)
        if specificity <= best[1] or not _is_utf8(params):
            continue
        try:
            quality = min(max(float(params.get("q", "1")), 0.0), 1.0)
        except ValueError:
            continue  # a malformed range is ignored
        best = (quality, specificity, -position)
    return best


def negotiate(accept: str | None) -> str | None:
    """The media type to answer with, or None when ``accept`` allows neither (406).

    The highest q wins, then the more specific match (a type named beats a wildcard), then
    the range listed first; so ``application/graphql-response+json, application/json``
    gives the former and ``*/*`` gives ``application/json``.
    """
    if accept is None or not accept.strip():
        return APPLICATION_JSON  # the spec's default for a client that sends no Accept
    ranges = [_parse_media_range(part) for part in accept.split(",") if part.strip()]
    ranked = [(_rank(media_type, ranges), media_type) for media_type in MEDIA_TYPES]
    # max() keeps the first of equal keys: MEDIA_TYPES order breaks a full tie.
    (quality, _, _), media_type = max(ranked, key=lambda item: item[0])
    return media_type if quality > 0 else None


def is_request_error(result: ExecutionResult) -> bool:
    """True when the operation never ran: no data, and no error located at a field.

    Parse, validation and variable coercion errors are raised before execution and carry
    no ``path``; a field that fails during execution always has one, even when its null
    propagates up to ``data``.
    """
    return (
        result.data is None
        and bool(result.errors)
        and all(error.path is None for error in result.errors or ())
    )


class RequestAdapter(StarletteRequestAdapter):
    """Strawberry's view of a request, with the raw query string it hides: GET parameters
    are decoded strictly from it (Starlette replaces what it cannot decode)."""

    def __init__(self, request: Request) -> None:
        super().__init__(request)
        self.query_string: bytes = request.scope.get("query_string", b"")


DECODED_ON_THE_LOOP = 64 * 1024
"""Largest body decoded in the event loop (about a millisecond of work); a larger one, up
to the body limit (2 MB, and 32 MB for an admin's import), is decoded in a worker thread,
where its seconds of work do not hold other callers."""


def _json(data: str | bytes, where: str) -> object:
    """``data`` parsed strictly; a 400 naming ``where`` and what is wrong otherwise."""
    try:
        return parse_json(data)
    except MalformedJson as exc:
        raise HTTPException(400, f"{where} {exc.msg}.") from None


def _request_data(data: dict[str, object], protocol: GraphQLRequestProtocol) -> GraphQLRequestData:
    """The operation a request's parameters (JSON body or GET) describe, each of the
    right type (Strawberry's own messages, which clients may already match)."""
    query, variables = data.get("query"), data.get("variables")
    extensions, operation_name = data.get("extensions"), data.get("operationName")
    if not isinstance(query, str | None):
        raise HTTPException(
            400, "The GraphQL operation's `query` must be a string or null, if provided."
        )
    if not isinstance(variables, dict | None):
        raise HTTPException(
            400, "The GraphQL operation's `variables` must be an object or null, if provided."
        )
    if not isinstance(extensions, dict | None):
        raise HTTPException(
            400, "The GraphQL operation's `extensions` must be an object or null, if provided."
        )
    if not isinstance(operation_name, str | None):
        raise HTTPException(400, "The GraphQL operation's `operationName` must be a string.")
    return GraphQLRequestData(query, variables, operation_name, extensions, protocol)


class GraphQLHTTPRouter(GraphQLRouter[Context, None]):
    """Strawberry's FastAPI router, negotiating media types and status codes per the spec."""

    request_adapter_class = RequestAdapter

    def encode_json(self, data: object) -> str:
        """The answer as JSON text: orjson, an order of magnitude faster than ``json`` on a
        large answer (docs/reads.md); ``json`` for what orjson refuses (an integer
        beyond 64 bits, say, from a JSON-valued field). Text, not bytes: WebSocket
        messages are sent as text frames."""
        try:
            return orjson.dumps(data).decode()
        except TypeError:
            return json.dumps(data, separators=(",", ":"))

    def _error_response(
        self,
        status: int,
        message: str,
        media_type: str,
        headers: dict[str, str] | None = None,
        *,
        coded: bool = True,
    ) -> Response:
        """A refused request, answered as a GraphQL response holding only ``errors`` (with
        the status's code unless ``coded`` is False: a GraphQL request error has none)."""
        code = code_for(status) if coded else "GRAPHQL"
        request_log.refused(status, code, message)
        body = (
            refusal_body(message, code)
            if coded
            else self.encode_json({"errors": [{"message": message}]})
        )
        return Response(
            body,
            status_code=status,
            media_type=f"{media_type}; charset=utf-8",
            headers={"Vary": "Accept", **(headers or {})},
        )

    def _unauthenticated(self, context: Context, media_type: str) -> Response | None:
        """401 for a caller who may not read (before anything of the request is parsed);
        None for one who may."""
        refused = access.refusal(context.caller, READ_ROLE)
        if refused is None or refused.why is access.Why.ROLE_TOO_LOW:
            # A valid token that may not read (an ``ingest`` client) may still run what
            # its role allows: each operation's fields are checked once parsed.
            return None
        if refused.why is access.Why.BAD_TOKEN:
            challenge = 'Bearer error="invalid_token"'
            return self._error_response(
                refused.status, refused.token_problem, media_type, {"WWW-Authenticate": challenge}
            )
        return self._error_response(
            refused.status, NO_TOKEN, media_type, {"WWW-Authenticate": "Bearer"}
        )

    @overload
    async def run(
        self, request: Request, context: Context = UNSET, root_value: None = UNSET
    ) -> Response: ...

    @overload
    async def run(
        self, request: WebSocket, context: Context = UNSET, root_value: None = UNSET
    ) -> WebSocket: ...

    async def run(
        self, request: Request | WebSocket, context: Context = UNSET, root_value: None = UNSET
    ) -> Response | WebSocket:
        """Negotiates the media type first, then refuses callers who may not read; answers
        refusals as JSON instead of plain text."""
        # WebSockets, GraphiQL (a browser's GET without a query) and streamed transports
        # (SSE, multipart, when enabled) have their own media types: not negotiated here.
        # A WebSocket authenticates in its connection_init; GraphiQL's page holds no data.
        if isinstance(request, WebSocket):
            return await super().run(request, context, root_value)
        if (
            self.should_render_graphql_ide(self.request_adapter_class(request))
            or self._get_stream_transport_from_headers(request.headers) is not None
        ):
            return await super().run(request, context, root_value)
        media_type = negotiate(request.headers.get("accept"))
        if media_type is None:
            return self._error_response(
                406, f"Accept {GRAPHQL_RESPONSE_JSON} or {APPLICATION_JSON}.", APPLICATION_JSON
            )
        if isinstance(context, Context):
            refusal = self._unauthenticated(context, media_type)
            if refusal is not None:
                return refusal
        try:
            return await super().run(request, context, root_value)
        except HTTPException as exc:
            # Strawberry refuses a GET mutation with 400; the spec says 405, Allow: POST.
            if request.method == "GET" and isinstance(exc.__cause__, InvalidOperationTypeError):
                return self._error_response(405, exc.reason, media_type, {"Allow": "POST"})
            # An operation name the document lacks is a GraphQL request error, which
            # application/json answers with 200 (Strawberry says 400 for both types).
            if isinstance(exc.__cause__, CannotGetOperationTypeError):
                status = 200 if media_type == APPLICATION_JSON else 400
                return self._error_response(status, exc.reason, media_type, coded=False)
            return self._error_response(exc.status_code, exc.reason, media_type)

    async def render_graphql_ide(self, request: Request) -> HTMLResponse:
        """GraphiQL from this server's own files (:mod:`graph_api.api.graphiql`), not a CDN."""
        return graphiql_page()

    def decode_json(self, data: str | bytes) -> object:
        """JSON read strictly (:func:`graph_api.api.request_json.parse_json`).

        Strawberry's WebSocket handlers decode their messages here too: MalformedJson is
        the ``JSONDecodeError`` they answer by closing with 4400.
        """
        return parse_json(data)

    async def parse_http_body(
        self, request: AsyncHTTPRequestAdapter
    ) -> GraphQLRequestData | list[GraphQLRequestData]:
        """The operation of a POST body or of GET parameters, or a refusal.

        Strawberry's own reading answers 400 to a body that is not JSON (the spec's status
        is 415), fails with a 500 on valid JSON that is not an object (``"x"``, ``null``,
        ``5``) or holds what Python's JSON cannot take (see ``request_json``), takes an
        ``operationName`` of any type, and reads GET parameters leniently. File uploads
        are off: JSON is the only body accepted; batching is off: an array is refused.
        """
        transport = self._get_stream_transport_from_headers(request.headers)
        protocol: GraphQLRequestProtocol = transport.protocol if transport else "http"
        if request.method == "GET":
            return _request_data(self._get_parameters(request), protocol)
        media_type, params = _parse_media_range(request.content_type or "")
        if media_type != APPLICATION_JSON or not _is_utf8(params):
            raise HTTPException(415, f"Send the request as {APPLICATION_JSON} in UTF-8.")
        raw = await request.get_body()
        if len(raw) > DECODED_ON_THE_LOOP:
            body = await off_the_loop(_json, raw, "The request body")
        else:
            body = _json(raw, "The request body")
        if isinstance(body, list):
            raise HTTPException(400, "Batching is not enabled")
        if not isinstance(body, dict):
            raise HTTPException(400, "The request body must be a JSON object.")
        return _request_data(body, protocol)

    def _get_parameters(self, request: AsyncHTTPRequestAdapter) -> dict[str, object]:
        """The GraphQL parameters of a GET request, ``variables`` and ``extensions``
        parsed (an empty one is absent)."""
        if not isinstance(request, RequestAdapter):
            raise TypeError(f"{type(request).__name__} does not carry the raw query string")
        try:
            parameters: dict[str, object] = dict(query_parameters(request.query_string))
        except MalformedQueryString as exc:
            raise HTTPException(400, str(exc)) from None
        for name in ("variables", "extensions"):
            text = parameters.pop(name, None)
            if isinstance(text, str) and text:
                parameters[name] = _json(text, f"The `{name}` parameter")
        return parameters

    async def process_result(
        self, request: Request, result: ExecutionResult
    ) -> GraphQLHTTPResponse:
        """Leaves ``data`` out of a request error, as the GraphQL spec says (not ``null``)."""
        response = await super().process_result(request, result)
        if is_request_error(result):
            response.pop("data", None)
        return response

    async def get_sub_response(self, request: Request) -> Response:
        """The request's own response (FastAPI's), told the media type ``Accept`` asks
        for: Strawberry hands it to ``create_response``, which gets no request."""
        sub_response = await super().get_sub_response(request)
        sub_response.media_type = negotiate(request.headers.get("accept"))
        return sub_response

    def create_response(
        self,
        response_data: GraphQLHTTPResponse | list[GraphQLHTTPResponse],
        sub_response: Response,
    ) -> Response:
        """Answers with the negotiated media type, and its status for request errors."""
        response = super().create_response(response_data, sub_response)
        # None only where run() answered 406 already; create_response is not reached then.
        media_type = sub_response.media_type or APPLICATION_JSON
        response.headers["content-type"] = f"{media_type}; charset=utf-8"
        response.headers["vary"] = "Accept"
        if (
            media_type == GRAPHQL_RESPONSE_JSON
            and isinstance(response_data, dict)
            and "data" not in response_data
        ):
            response.status_code = 400
        return response


__all__ = [
    "APPLICATION_JSON",
    "GRAPHQL_RESPONSE_JSON",
    "GraphQLHTTPRouter",
    "is_request_error",
    "negotiate",
]
