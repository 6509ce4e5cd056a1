"""How long a store lets the transactions of the work in progress run.

A store made for requests bounds each transaction by the request timeout (the Neo4j
store's ``transaction_timeout``), so that the database stops a query its request gave
up on. Whole-model imports are requests too, but write far more than a request may in
that time: their operation runs under :func:`transactions_may_run` with the longer
import timeout, and the store reads it through :func:`transaction_seconds`.

A context variable carries it because it belongs to one operation, across every store
call its resolvers make (tasks started inside inherit it), and to nothing else.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_longer: ContextVar[float | None] = ContextVar("graph_api_transaction_seconds", default=None)


@contextmanager
def transactions_may_run(seconds: float) -> Iterator[None]:
    """Within the block, bounded transactions may run ``seconds`` (when that is longer)."""
    token = _longer.set(seconds)
    try:
        yield
    finally:
        _longer.reset(token)


def transaction_seconds(bound: float | None) -> float | None:
    """The timeout for a transaction the store bounds by ``bound`` (None: unbounded)."""
    longer = _longer.get()
    if bound is None or longer is None:
        return bound
    return max(bound, longer)


__all__ = ["transaction_seconds", "transactions_may_run"]
