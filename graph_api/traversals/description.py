"""One description per traversal: everything the rest of the code needs to know of it.

A traversal's folder (``graph_api/traversals/<name>/``) holds its query and answer
(``result.py``), its Cypher (``cypher.py``), its in-memory version (``memory.py``) and its
GraphQL field with that field's types (``graphql.py``), which ends with the traversal's
:class:`Traversal`. :data:`graph_api.traversals.TRAVERSALS` lists each once; the store
runs one through ``GraphStore.traverse``, the API adds its field to Query, the cost limit
reads its cost.
"""

import dataclasses
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from strawberry.types.field import StrawberryField
from strawberry.utils.str_converters import to_snake_case

from graph_api.graphql.costs import FieldCost
from graph_api.store.traversal import RunQuery

if TYPE_CHECKING:
    from graph_api.store.embedded.memory import MemoryGraph

QueryT = TypeVar("QueryT")
AnswerT = TypeVar("AnswerT")


@dataclass(frozen=True, slots=True)
class Traversal(Generic[QueryT, AnswerT]):
    """A traversal: its name, how each store answers it, its Query field and cost."""

    name: str
    """The Query field's name, as clients write it: ``painfulSteps``."""
    cypher: Callable[[RunQuery, QueryT], Awaitable[AnswerT]]
    """The answer from Neo4j in one round trip (``cypher.py``)."""
    in_memory: "Callable[[MemoryGraph, QueryT], AnswerT]"
    """The same answer from the embedded store's in-memory graph (``memory.py``)."""
    field: StrawberryField
    """The Query field: its arguments, resolver and description (``graphql.py``)."""
    cost: FieldCost
    """What the field costs towards an operation's limit (docs/api.md)."""
    node_fields: Mapping[str, str] = dataclasses.field(default_factory=dict)
    """The answer's fields that return nodes, and the kind each returns: the nodes the
    resolver reads in one batch per kind before it answers."""

    @property
    def python_name(self) -> str:
        """The name in Python (``painful_steps``), which Strawberry writes in camelCase."""
        return to_snake_case(self.name)


__all__ = ["Traversal"]
