"""What a store needs of a traversal: its Cypher for Neo4j, its in-memory version for the
embedded store.

A traversal (a product question such as ``painfulSteps``) lives in one folder of
:mod:`graph_api.traversals`, described there by one :class:`~graph_api.traversals.Traversal`.
The store sees it only through :class:`StoreTraversal`: ``GraphStore.traverse(traversal,
query)`` runs the half that fits the store, so the store protocol has one method for every
traversal and imports none of them.
"""

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:  # the embedded store's graph, named here for the protocol only
    from graph_api.store.embedded.memory import MemoryGraph

QueryT_contra = TypeVar("QueryT_contra", contravariant=True)
AnswerT_co = TypeVar("AnswerT_co", covariant=True)
QueryT = TypeVar("QueryT")
AnswerT = TypeVar("AnswerT")


class RunQuery(Protocol):
    """Runs one read query in a managed transaction and returns its rows as dicts.

    Each call is one round trip; the store counts them (``Neo4jStore.query_count``), and
    the contract tests hold every traversal to one.
    """

    def __call__(self, query: str, **params: Any) -> Awaitable[list[dict[str, Any]]]: ...


class StoreTraversal(Protocol[QueryT_contra, AnswerT_co]):
    """A traversal as a store runs it: one query object in, one answer out."""

    @property
    def name(self) -> str:
        """The traversal's name (its Query field), for logs and errors."""
        ...

    @property
    def cypher(self) -> Callable[[RunQuery, QueryT_contra], Awaitable[AnswerT_co]]:
        """The answer from Neo4j, read through the ``RunQuery`` it is given (one round
        trip)."""
        ...

    @property
    def in_memory(self) -> "Callable[[MemoryGraph, QueryT_contra], AnswerT_co]":
        """The answer from the embedded store's in-memory graph."""
        ...
