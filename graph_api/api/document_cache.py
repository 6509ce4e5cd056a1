"""Parsing and validating a query, off the event loop, each text once.

Parsing and validating cost more than running a small query: graphql-core walks the
whole document once per validation rule and hashes its nodes as it goes. Profiled on a
lookup by ID (``bench/profile.py lookup``), validation took two thirds of the time spent
in the process and parsing a tenth (docs/benchmarks.md). And a hostile text can make
them far slower (graph_api/api/limits/shape.py). So:

- **Off the loop.** A text seen for the first time is parsed, measured and validated in
  a worker thread (:data:`WORKERS` of them, the GraphQL requests' own), awaited under
  the request's deadline (``request_timeout_seconds``, TIMEOUT past it): other requests
  are served meanwhile. A text found in the caches costs the loop only the rules that
  depend on the request, and only when the request has no variables.
- **Shape first.** Before any validation rule runs, the document's shape is checked
  against the limits (``max_selections``, ``max_repeated_fields``,
  ``max_selection_nesting``): a document that would make validation slow is refused
  with LIMIT_EXCEEDED instead of validated.
- **Each text once.** Clients send the same few documents over and over with other
  variables, and both steps depend only on the text, the schema and the settings,
  except rules that read the variables (the cost limit), which subclass
  :class:`~graph_api.api.limits.per_request.PerRequestRule` and run for every request.
  Per schema (each :func:`graph_api.api.schema.build_schema` makes its own cache):

  - parsing: an LRU of text and parse options (the token limit) to the document; a
    text that does not parse is not cached, and its syntax error is the request's
    answer, as Strawberry gives it;
  - validation: an LRU of texts that passed the shape check and every rule but the
    per-request ones; for such a text only the per-request rules run. A text that fails
    is checked again in full every time, so its errors are exactly what they would be
    without the cache.

  Both are bounded (:data:`DEFAULT_MAXSIZE` texts), so unique texts cannot grow memory.
  The caches are read and written on the event loop only; the worker threads compute.
"""

import asyncio
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

from graphql import ASTValidationRule, DocumentNode, GraphQLError, GraphQLSchema, parse, validate
from strawberry.extensions import SchemaExtension

from graph_api.api.library_seams import graphql_schema, validate_document
from graph_api.api.limits.per_request import PerRequestRule
from graph_api.api.limits.shape import ShapeLimits, shape_errors
from graph_api.api.limits.timeout import Deadline

DEFAULT_MAXSIZE = 256
"""Distinct query texts kept by each cache."""

WORKERS = 4
"""Threads parsing and validating new texts, shared by every schema of the process.

Their own pool, not asyncio's default one: a burst of hostile texts can only keep these
busy (and each job is bounded by the shape limits), never the threads other work uses
(file reads, imports). A job still queued when its request times out never runs.
"""

_PREPARING = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="graphql-prepare")

T = TypeVar("T")
Rules = tuple[type[ASTValidationRule], ...]
ParseOptions = tuple[tuple[str, Any], ...]


class DocumentCache:
    """Parsed documents and the texts known to be valid, for one schema."""

    def __init__(self, maxsize: int = DEFAULT_MAXSIZE) -> None:
        self.maxsize = maxsize
        self._parsed: OrderedDict[tuple[str, ParseOptions], DocumentNode] = OrderedDict()
        self._valid: OrderedDict[str, None] = OrderedDict()

    @staticmethod
    def _key(text: str, options: Mapping[str, Any]) -> tuple[str, ParseOptions]:
        return text, tuple(sorted(options.items()))

    def parsed_before(self, text: str, options: Mapping[str, Any]) -> DocumentNode | None:
        """The document of ``text`` if it was parsed (with these options) before."""
        key = self._key(text, options)
        document = self._parsed.get(key)
        if document is not None:
            self._parsed.move_to_end(key)
        return document

    def remember_parsed(
        self, text: str, options: Mapping[str, Any], document: DocumentNode
    ) -> None:
        _remember(self._parsed, self._key(text, options), document, self.maxsize)

    def is_valid(self, text: str) -> bool:
        """Whether ``text`` passed every rule but the per-request ones before."""
        if text not in self._valid:
            return False
        self._valid.move_to_end(text)
        return True

    def remember_valid(self, text: str) -> None:
        _remember(self._valid, text, None, self.maxsize)

    def extension(
        self, shape: ShapeLimits, timeout_seconds: float
    ) -> Callable[[], SchemaExtension]:
        """The schema extension (a factory, as Strawberry wants) that uses this cache,
        refusing documents beyond ``shape`` and stopping at ``timeout_seconds``."""
        return partial(CachedDocuments, cache=self, shape=shape, timeout_seconds=timeout_seconds)


def _remember(entries: OrderedDict[Any, Any], key: Any, value: Any, maxsize: int) -> None:
    entries[key] = value
    entries.move_to_end(key)
    while len(entries) > maxsize:
        entries.popitem(last=False)


@dataclass(frozen=True)
class _Checked:
    errors: list[GraphQLError]
    valid_text: bool
    """The text passed every rule that reads only the text: it may be cached as valid."""


def _check_new(
    schema: GraphQLSchema,
    document: DocumentNode,
    shape: ShapeLimits,
    rules: Rules,
    per_request: Rules,
) -> _Checked:
    """In a worker thread: the shape check, then ``rules``, then ``per_request``."""
    errors = shape_errors(document, shape) or validate_document(schema, document, rules)
    if errors:
        return _Checked(errors, valid_text=False)
    return _Checked(validate(schema, document, per_request) if per_request else [], True)


class CachedDocuments(SchemaExtension):
    """Parses and validates in a worker thread under the request's deadline, taking
    what it can from a :class:`DocumentCache` instead."""

    def __init__(self, *, cache: DocumentCache, shape: ShapeLimits, timeout_seconds: float) -> None:
        super().__init__()
        self.cache = cache
        self.shape = shape
        # Strawberry makes the extensions as an operation starts: its deadline starts too.
        self.deadline = Deadline(timeout_seconds)

    async def _off_loop(self, work: Callable[[], T]) -> T:
        async with self.deadline.bound():
            return await asyncio.get_running_loop().run_in_executor(_PREPARING, work)

    async def _per_request(
        self, schema: GraphQLSchema, document: DocumentNode, rules: Rules
    ) -> list[GraphQLError]:
        """The per-request rules of a text known to be valid: on the loop when the
        request has no variables (the text is known to be small), else in a worker
        thread (the variables can be as large as the request body)."""
        if not rules:
            return []
        if not self.execution_context.variables:
            return validate(schema, document, rules)
        return await self._off_loop(partial(validate, schema, document, rules))

    async def on_parse(self) -> AsyncIterator[None]:
        context = self.execution_context
        text = context.query
        if text and context.graphql_document is None:
            options: dict[str, Any] = dict(context.parse_options)
            cached = self.cache.parsed_before(text, options)
            if cached is None:
                # A syntax error (or a refusal of the parser's limits) is raised out of
                # the operation; Strawberry answers it as the request's only error, as it
                # answers its own parser's (TokenLimit gives the parser's limits their code).
                parsed = await self._off_loop(partial(parse, text, **options))
                self.cache.remember_parsed(text, options, parsed)
                cached = parsed
            context.graphql_document = cached
        yield

    async def on_validate(self) -> AsyncIterator[None]:
        context = self.execution_context
        text, document = context.query, context.graphql_document
        if text and document is not None and context.pre_execution_errors is None:
            schema = graphql_schema(context.schema)
            rules = tuple(context.validation_rules)
            per_request = tuple(r for r in rules if issubclass(r, PerRequestRule))
            if self.cache.is_valid(text):
                context.pre_execution_errors = await self._per_request(
                    schema, document, per_request
                )
            else:
                other = tuple(r for r in rules if r not in per_request)
                checked = await self._off_loop(
                    partial(_check_new, schema, document, self.shape, other, per_request)
                )
                if checked.valid_text:
                    self.cache.remember_valid(text)
                context.pre_execution_errors = checked.errors
        yield


__all__ = ["DEFAULT_MAXSIZE", "WORKERS", "CachedDocuments", "DocumentCache"]
