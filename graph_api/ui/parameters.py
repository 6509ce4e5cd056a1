"""What the query string of a ``/ui`` page may hold.

Each page refuses a query parameter it does not take (``?dpeth=2`` would otherwise be
ignored, and the page shown at its default depth as if the link were right) and one
given more than once (``?depth=2&depth=5``: which one was meant?). Numbers are written in
ASCII digits only. The refusals are :class:`RequestValidationError`, answered with the
HTML error page as any other refused parameter (:mod:`graph_api.ui.request_errors`).
"""

from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute

QUERY_REFUSED = "ui_query_refused"
"""The ``type`` of a refusal made here; its ``msg`` ends the sentence naming the parameter."""


def digits_only(value: object) -> object:
    """A number in a URL written in ASCII digits only: pydantic alone would also read
    ``+3`` (a space once decoded), ``3.0`` and ``3_0`` (as 30)."""
    if isinstance(value, str) and not (value.isascii() and value.isdigit()):
        raise ValueError("a whole number written in the digits 0-9")
    return value


def accepted_query(route: object) -> list[str]:
    """The query parameters ``route`` declares, by the name a URL gives them."""
    if not isinstance(route, APIRoute):
        return []
    return [param.alias for param in route.dependant.query_params]


def one_known_value_each(request: Request) -> None:
    """Refuses query parameters the page does not take and any given more than once.

    A dependency of the ``/ui`` router: it runs before the page's own parameters are
    read, so a page with such a parameter never reads the store.
    """
    accepted = accepted_query(request.scope.get("route"))
    takes = f"it takes {', '.join(accepted)}" if accepted else "it takes none"
    errors: list[dict[str, Any]] = []
    for name in dict.fromkeys(request.query_params.keys()):
        values = request.query_params.getlist(name)
        if name not in accepted:
            errors.append(_refused(name, f"is not a parameter of this page ({takes})"))
        elif len(values) > 1:
            errors.append(_refused(name, f"is given {len(values)} times: give it once"))
    if errors:
        raise RequestValidationError(errors)


def _refused(name: str, says: str) -> dict[str, Any]:
    """A refusal in pydantic's shape; ``says`` completes "The query parameter <name>"."""
    return {"type": QUERY_REFUSED, "loc": ("query", name), "msg": says}


__all__ = ["QUERY_REFUSED", "accepted_query", "digits_only", "one_known_value_each"]
