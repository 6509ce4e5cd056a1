"""The request timeout: a GraphQL execution that runs too long is stopped with TIMEOUT.

Two bounds work together:

- this extension cancels the execution (``asyncio.timeout``) once it has run for
  ``request_timeout_seconds``; the client gets one TIMEOUT error and no data;
- the Neo4j store gives every transaction the same timeout (``transaction_timeout``), so
  the database itself stops a Cypher query that the cancelled request left running.

What asyncio cannot do: interrupt synchronous work. Cancellation lands at the next
``await``. The embedded store's traversals are synchronous CPU work in the event loop, so
one traversal always runs to its end; a request of many steps is still cut between them.
What bounds the size of a single synchronous traversal is the cost limit, checked before
anything runs (:mod:`graph_api.api.limits.cost`).
"""

import asyncio
import time
from collections.abc import AsyncIterator

from strawberry.extensions import SchemaExtension
from strawberry.types.graphql import OperationType

from graph_api.errors import Timeout


class RequestTimeout(SchemaExtension):
    """Bounds the execution of queries and mutations (not subscriptions) to ``seconds``."""

    def __init__(self, *, seconds: float) -> None:
        self.seconds = seconds

    async def on_execute(self) -> AsyncIterator[None]:
        # A subscription's execution is only its set-up; its stream lives as long as the
        # client wants and is not a request to bound.
        if self.execution_context.operation_type is OperationType.SUBSCRIPTION:
            yield
            return
        started = time.monotonic()
        bound = asyncio.timeout(self.seconds)
        try:
            async with bound:
                yield
        except TimeoutError:
            if not bound.expired():
                raise  # a TimeoutError of the resolvers' own, not this bound
            elapsed = time.monotonic() - started
            # Raised out of the execution: Strawberry answers it as the request's only
            # error (no data), with the code and message below.
            raise Timeout(
                f"The request ran for {elapsed:.3g} s; the limit is {self.seconds:g} s "
                "(request_timeout_seconds). It was stopped.",
                seconds=self.seconds,
            ) from None


__all__ = ["RequestTimeout"]
