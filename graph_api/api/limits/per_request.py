"""The mark of a validation rule that needs the request, not only the document."""

from graphql import ValidationRule


class PerRequestRule(ValidationRule):
    """A validation rule whose verdict depends on the request (its variables), not only
    on the document: it runs for every request, also for a text validated before
    (:mod:`graph_api.api.document_cache`)."""


__all__ = ["PerRequestRule"]
