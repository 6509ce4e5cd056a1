"""Caching what a query's text alone decides: its parsed document and its validity.

Parsing and validating cost more than running a small query: graphql-core walks the
whole document once per validation rule and hashes its nodes as it goes. Profiled on a
lookup by ID (``bench/profile.py lookup``), validation took two thirds of the time spent
in the process and parsing a tenth (docs/benchmarks.md). Clients send the same few
documents over and over with other variables, and both steps depend only on the text,
the schema and the settings, except rules that read the variables (the cost limit),
which subclass :class:`PerRequestRule` and run for every request.

So, per schema (each :func:`graph_api.api.schema.build_schema` makes its own cache):

- parsing: an LRU of text and parse options (the token limit) to the document; a text
  that does not parse is not cached and is parsed again by Strawberry, which reports
  the error as it always does;
- validation: an LRU of texts that passed every rule but the per-request ones; for such
  a text only the per-request rules run. A text that fails any rule is validated in
  full by Strawberry, every time, so its errors are exactly what they would be without
  the cache.

Both are bounded (:data:`DEFAULT_MAXSIZE` texts), so unique texts cannot grow memory.
"""

from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping
from contextlib import suppress
from functools import lru_cache, partial
from typing import Any

from graphql import DocumentNode, GraphQLError, ValidationRule, parse, validate
from strawberry.extensions import SchemaExtension
from strawberry.schema.schema import validate_document

DEFAULT_MAXSIZE = 256
"""Distinct query texts kept by each cache."""


class PerRequestRule(ValidationRule):
    """A validation rule whose verdict depends on the request (its variables), not only
    on the document: it runs for every request, also for a text validated before."""


def _parse(text: str, options: tuple[tuple[str, Any], ...]) -> DocumentNode:
    return parse(text, **dict(options))


class DocumentCache:
    """Parsed documents and the texts known to be valid, for one schema."""

    def __init__(self, maxsize: int = DEFAULT_MAXSIZE) -> None:
        self.maxsize = maxsize
        self._parse = lru_cache(maxsize=maxsize)(_parse)
        self._valid: OrderedDict[str, None] = OrderedDict()

    def parsed(self, text: str, options: Mapping[str, Any]) -> DocumentNode:
        """The document of ``text``; raises as ``graphql.parse`` does (nothing cached)."""
        return self._parse(text, tuple(sorted(options.items())))

    def is_valid(self, text: str) -> bool:
        """Whether ``text`` passed every rule but the per-request ones before."""
        if text not in self._valid:
            return False
        self._valid.move_to_end(text)
        return True

    def remember_valid(self, text: str) -> None:
        self._valid[text] = None
        self._valid.move_to_end(text)
        while len(self._valid) > self.maxsize:
            self._valid.popitem(last=False)

    def extension(self) -> Callable[[], SchemaExtension]:
        """The schema extension (a factory, as Strawberry wants) that uses this cache."""
        return partial(CachedDocuments, cache=self)


class CachedDocuments(SchemaExtension):
    """Takes the parsed document and the validation verdict from a :class:`DocumentCache`."""

    def __init__(self, *, cache: DocumentCache) -> None:
        super().__init__()
        self.cache = cache

    def on_parse(self) -> Iterator[None]:
        context = self.execution_context
        if context.query and context.graphql_document is None:
            # A text that does not parse is parsed again by Strawberry, which reports it.
            with suppress(GraphQLError):
                context.graphql_document = self.cache.parsed(context.query, context.parse_options)
        yield

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        text, document = context.query, context.graphql_document
        if text and document is not None and context.pre_execution_errors is None:
            schema = context.schema._schema
            rules = context.validation_rules
            per_request = tuple(r for r in rules if issubclass(r, PerRequestRule))
            if self.cache.is_valid(text) or not validate_document(
                schema, document, tuple(r for r in rules if r not in per_request)
            ):
                self.cache.remember_valid(text)
                context.pre_execution_errors = (
                    validate(schema, document, per_request) if per_request else []
                )
            # Otherwise Strawberry validates it in full and reports every error.
        yield


__all__ = ["DEFAULT_MAXSIZE", "CachedDocuments", "DocumentCache", "PerRequestRule"]
