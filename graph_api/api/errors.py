"""Which errors reach clients as they are, and which are masked."""

import logging

from graphql import GraphQLError
from strawberry.extensions import MaskErrors

from graph_api.errors import GraphApiError

log = logging.getLogger("graph_api.errors")


def is_unexpected(error: GraphQLError) -> bool:
    """Mask errors that do not come from the API's own error classes.

    GraphQL's own errors (syntax, unknown field, bad variable) have no original error
    and are kept; our errors carry a stable code and are kept; anything else is a bug or
    an outage the API did not anticipate and is logged, then masked.
    """
    original = error.original_error
    if original is None or isinstance(original, GraphApiError):
        return False
    log.error("unexpected error in %s", error.path, exc_info=original)
    return True


def mask_errors() -> MaskErrors:
    return MaskErrors(
        should_mask_error=is_unexpected,
        error_message="Unexpected error.",
    )
