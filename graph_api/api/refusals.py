"""Requests refused before GraphQL runs, answered as GraphQL responses.

A refusal is a GraphQL response holding only ``errors``, one error whose
``extensions.code`` is stable for each HTTP status, so that clients branch on the code
whatever the status their HTTP library surfaces:

======  ==========================  ==============================================
status  ``extensions.code``         when
======  ==========================  ==============================================
400     ``BAD_REQUEST``             a body or GET parameters that are not a request
401     ``UNAUTHENTICATED``         no token where one is needed, or a bad token
405     ``METHOD_NOT_ALLOWED``      a mutation over GET
406     ``NOT_ACCEPTABLE``          an ``Accept`` allowing no JSON media type
413     ``PAYLOAD_TOO_LARGE``       a body or query string over its limit
415     ``UNSUPPORTED_MEDIA_TYPE``  a body that is not ``application/json``
======  ==========================  ==============================================
"""

import json
from typing import Any

CODES = {
    400: "BAD_REQUEST",
    401: "UNAUTHENTICATED",
    405: "METHOD_NOT_ALLOWED",
    406: "NOT_ACCEPTABLE",
    413: "PAYLOAD_TOO_LARGE",
    415: "UNSUPPORTED_MEDIA_TYPE",
}


def code_for(status: int) -> str:
    """The ``extensions.code`` of a refusal with HTTP ``status``."""
    return CODES.get(status, "BAD_REQUEST" if status < 500 else "INTERNAL")


def refusal_body(message: str, code: str, **extensions: Any) -> bytes:
    """The JSON of a GraphQL response refusing the request."""
    error = {"message": message, "extensions": {"code": code, **extensions}}
    return json.dumps({"errors": [error]}, separators=(",", ":")).encode()


__all__ = ["CODES", "code_for", "refusal_body"]
