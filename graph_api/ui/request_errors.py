"""Requests ``/ui`` cannot serve, answered with its HTML error page (never FastAPI's JSON).

A person reads these answers in a browser, so each one is the page an unknown journey
gets, saying what is wrong in words:

- a parameter the page refuses (``?depth=0``, ``?depth=abc``, a required one missing):
  400, naming each parameter, the value given and what it should be;
- a query parameter given more than once or one the page does not take
  (:mod:`graph_api.ui.parameters`): 400, naming the parameters the page takes;
- a path under ``/ui`` that no page has: 404, naming the pages there are;
- a method other than GET and HEAD: 405, with ``Allow``.

Only paths under ``/ui`` are answered here: elsewhere (``/graphql``, ``/healthz``, ...)
FastAPI's own JSON answers stand, which API clients read.
"""

from collections.abc import Sequence
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exception_handlers import (
    http_exception_handler,
    request_validation_exception_handler,
)
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from graph_api.ui.pages import error_page
from graph_api.ui.parameters import QUERY_REFUSED
from graph_api.ui.routes import router

PREFIX = "/ui"

SHOWN_CHARS = 80
"""Longest part of a value or path shown on an error page; the rest is cut (``…``)."""

WHERE = {"query": "query parameter", "path": "part of the path", "header": "header"}


def is_ui(path: str) -> bool:
    """Whether ``path`` is one of the browser view's (``/ui``, ``/ui/...``, not ``/uix``)."""
    return path == PREFIX or path.startswith(PREFIX + "/")


def shown(value: object) -> str:
    """``value`` as an error page quotes it: repr (control characters escaped), cut."""
    text = repr(value)
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


def describe(error: dict[str, Any]) -> str:
    """One refused parameter in words: where it is, its value, what it should be."""
    location = tuple(error.get("loc", ()))
    where = WHERE.get(str(location[0]), str(location[0])) if location else "request"
    name = shown(".".join(str(part) for part in location[1:]))
    kind = error.get("type")
    if kind == "missing":
        return f"The {where} {name} is missing."
    if kind == QUERY_REFUSED:
        return f"The {where} {name} {error['msg']}."
    message = str(error.get("msg", "is refused"))
    if kind == "int_parsing_size":
        message = "it is too large a number"
    elif kind == "value_error":
        # A validator's own ValueError: its text says what the value should be.
        message = f"it should be {error.get('ctx', {}).get('error', message)}"
    elif message.startswith("Input should"):
        message = "it should" + message.removeprefix("Input should")
    value = error.get("input")
    return f"The {where} {name} is {shown(value)}: {message}."


def _pages() -> list[str]:
    """The paths of the browser view's pages, as its 404 page lists them."""
    return [
        route.path
        for route in router.routes
        if isinstance(route, APIRoute) and route.include_in_schema
    ]


def _methods(path: str) -> list[str]:
    """The methods the pages at ``path`` answer. Each page has a route per method, and
    the router's 405 names only the first route's."""
    methods: set[str] = set()
    for route in router.routes:
        if isinstance(route, APIRoute) and route.path_regex.match(path):
            methods |= route.methods or set()
    return sorted(methods)


async def _validation_error(request: Request, exc: Exception) -> Response:
    if not isinstance(exc, RequestValidationError) or not is_ui(request.url.path):
        return await request_validation_exception_handler(request, exc)  # type: ignore[arg-type]
    errors: Sequence[dict[str, Any]] = exc.errors()
    message = " ".join(describe(error) for error in errors)
    return error_page(400, "Bad request", message)


async def _http_error(request: Request, exc: Exception) -> Response:
    if not isinstance(exc, StarletteHTTPException) or not is_ui(request.url.path):
        return await http_exception_handler(request, exc)  # type: ignore[arg-type]
    status = exc.status_code
    path = shown(request.url.path)
    headers = dict(exc.headers or {})
    if status == 404:
        pages = ", ".join(_pages())
        message = f"No page at {path}. The pages here: {pages}."
    elif status == 405:
        allowed = _methods(request.url.path)
        message = f"{path} answers {' and '.join(allowed)} requests, not {request.method}."
        headers = {**headers, "Allow": ", ".join(allowed)}
    else:
        message = str(exc.detail)
    return error_page(status, HTTPStatus(status).phrase, message, headers)


def install(app: FastAPI) -> None:
    """Answers the app's refused requests under ``/ui`` with the HTML error page."""
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)


__all__ = ["describe", "install", "is_ui"]
