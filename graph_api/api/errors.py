"""Which errors reach clients as they are, and which are masked."""

import logging

from graphql import GraphQLError
from strawberry.extensions import MaskErrors

from graph_api.errors import GraphApiError

log = logging.getLogger("graph_api.errors")


def is_unexpected(error: GraphQLError) -> bool:
    """Mask errors that do not come from the API's own error classes.

    GraphQL's own errors (syntax, unknown field, bad variable) are kept: they have no
    original error, or no path because they happen before execution (a variable value a
    scalar refuses wraps the scalar's ValueError). Our errors carry a stable code and are
    kept. Anything else a resolver raised is a bug or an outage the API did not
    anticipate: logged, then masked.
    """
    original = error.original_error
    if original is None or error.path is None:
        return False
    if isinstance(original, GraphApiError | GraphQLError):
        return False
    log.error("unexpected error in %s", error.path, exc_info=original)
    return True


def mask_errors() -> MaskErrors:
    return MaskErrors(
        should_mask_error=is_unexpected,
        error_message="Unexpected error.",
    )
