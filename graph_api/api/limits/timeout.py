"""The request timeout: an operation that runs too long is stopped with TIMEOUT.

The limit, ``request_timeout_seconds``, counts from the start of the operation and
covers its parsing, validation and execution alike:

- parsing and validation run in a worker thread (:mod:`graph_api.api.document_cache`),
  awaited under the operation's :class:`Deadline`;
- :class:`RequestTimeout` cancels the execution (``asyncio.timeout``) at the same
  deadline; the client gets one TIMEOUT error and no data;
- the Neo4j store gives every transaction the same timeout (``transaction_timeout``), so
  the database itself stops a Cypher query that the cancelled request left running.

What asyncio cannot do: interrupt synchronous work, in the event loop or in a thread.
Cancellation lands at the next ``await``. A worker thread that passed the deadline runs
on, unawaited, until its work ends; the embedded store's traversals and filters are
synchronous CPU work in the event loop, so one of them always runs to its end (a request
of many steps is still cut between them). What bounds the size of such work is checked
before it starts: the document's shape (:mod:`graph_api.api.limits.shape`) before
validation, the cost limit (:mod:`graph_api.api.limits.cost`) before execution.
"""

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from strawberry.extensions import SchemaExtension
from strawberry.types import ExecutionContext
from strawberry.types.graphql import OperationType

from graph_api.errors import Timeout
from graph_api.security.authorization import root_fields
from graph_api.store.time_budget import transactions_may_run


class Deadline:
    """When an operation started, and so when ``seconds`` later it must be done."""

    def __init__(self, seconds: float, setting: str = "request_timeout_seconds") -> None:
        self.seconds = seconds
        self.setting = setting
        """The setting that gives ``seconds``, named in the refusal."""
        self.started = time.monotonic()

    def extended(self, seconds: float, setting: str) -> "Deadline":
        """The same start, ``seconds`` from it instead."""
        longer = Deadline(seconds, setting)
        longer.started = self.started
        return longer

    @asynccontextmanager
    async def bound(self) -> AsyncIterator[None]:
        """Cancels what runs inside at the deadline and raises :class:`Timeout` instead.

        A block entered after the deadline is cancelled at its first wait.
        """
        remaining = self.started + self.seconds - time.monotonic()
        scope = asyncio.timeout(max(remaining, 0.0))
        try:
            async with scope:
                yield
        except TimeoutError:
            if not scope.expired():
                raise  # a TimeoutError of the work's own, not this bound
            raise self.exceeded() from None

    def exceeded(self) -> Timeout:
        """The refusal of an operation that ran past the deadline."""
        elapsed = time.monotonic() - self.started
        # Raised out of the operation: Strawberry answers it as the request's only error
        # (no data), with the code and message below.
        return Timeout(
            f"The request ran for {elapsed:.3g} s; the limit is {self.seconds:g} s "
            f"({self.setting}). It was stopped.",
            seconds=self.seconds,
        )


IMPORT_FIELDS = frozenset({"importModel", "importArchimate"})
"""Mutation fields that write whole models: they run under ``import_timeout_seconds``."""


class RequestTimeout(SchemaExtension):
    """Bounds the execution of queries and mutations (not subscriptions) by the
    operation's deadline, ``seconds`` after it started (parsing and validation included);
    an import (a mutation naming a field of :data:`IMPORT_FIELDS`) by ``import_seconds``,
    its Neo4j transactions too (:mod:`graph_api.store.time_budget`).

    Only admins may import, and the body of an import is bounded by ``max_import_bytes``
    before anything is read: the longer time is bounded work, and it runs off the event
    loop (:mod:`graph_api.model_io.loader`, the embedded store's staged writes).
    """

    def __init__(self, *, seconds: float, import_seconds: float) -> None:
        # Strawberry makes the extensions as an operation starts: its deadline starts too.
        self.deadline = Deadline(seconds)
        self.import_seconds = import_seconds

    async def on_execute(self) -> AsyncIterator[None]:
        # A subscription's execution is only its set-up; its stream lives as long as the
        # client wants and is not a request to bound.
        context = self.execution_context
        if context.operation_type is OperationType.SUBSCRIPTION:
            yield
            return
        if context.operation_type is OperationType.MUTATION and _imports(context):
            with transactions_may_run(self.import_seconds):
                async with self.deadline.extended(
                    self.import_seconds, "import_timeout_seconds"
                ).bound():
                    yield
            return
        async with self.deadline.bound():
            yield


def _imports(context: ExecutionContext) -> bool:
    """Whether the operation about to run names an import field."""
    document = context.graphql_document
    if document is None:
        return False
    _, fields = root_fields(document, context.operation_name)
    return not IMPORT_FIELDS.isdisjoint(fields)


__all__ = ["IMPORT_FIELDS", "Deadline", "RequestTimeout"]
