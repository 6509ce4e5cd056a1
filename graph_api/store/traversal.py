"""What a Cypher traversal needs from the store: a way to run one read query."""

from collections.abc import Awaitable
from typing import Any, Protocol


class RunQuery(Protocol):
    """Runs one read query in a managed transaction and returns its rows as dicts.

    Each call is one round trip; the store counts them (``Neo4jStore.query_count``), and
    the contract tests hold every traversal to one.
    """

    def __call__(self, query: str, **params: Any) -> Awaitable[list[dict[str, Any]]]: ...
