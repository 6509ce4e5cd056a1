"""Which errors reach clients as they are, which are masked, and how both are logged."""

import logging
import re

from graphql import GraphQLError
from strawberry.extensions import MaskErrors

from graph_api.api.request_id import current_request_id
from graph_api.errors import GraphApiError

log = logging.getLogger("graph_api.errors")

# graphql-core's hint, wherever in a message it stands (after an unknown field, argument,
# type, enum value or input field): " Did you mean 'a', 'b', or 'c'?". Schema names hold
# no question mark, so the hint ends at the first one.
_SUGGESTION = re.compile(r" ?Did you mean [^?]*\?")


def without_suggestions(message: str) -> str:
    """``message`` without "Did you mean ...?": a hint names parts of the schema, which
    a caller who may not introspect must not learn from its mistakes."""
    return _SUGGESTION.sub("", message)


def is_server_fault(error: GraphQLError) -> bool:
    """Whether ``error`` is the server's own fault rather than the caller's.

    GraphQL's own errors (syntax, unknown field, bad variable) are the caller's: they have
    no original error, or no path because they happen before execution (a variable value
    a scalar refuses wraps the scalar's ValueError). Our errors carry a stable code and
    are answers. Anything else a resolver raised is a bug or an outage the API did not
    anticipate.
    """
    original = error.original_error
    if original is None or error.path is None:
        return False
    return not isinstance(original, GraphApiError | GraphQLError)


def is_unexpected(error: GraphQLError) -> bool:
    """Mask the server's faults, logging each once at ERROR with its traceback."""
    if not is_server_fault(error):
        return False
    log.error(
        "request %s: unexpected error in %s",
        current_request_id(),
        error.path,
        exc_info=error.original_error,
    )
    return True


def mask_errors() -> MaskErrors:
    return MaskErrors(
        should_mask_error=is_unexpected,
        error_message="Unexpected error.",
    )
