"""What the limit tests share: a store that records every call, settings, the crm node."""

from typing import Any

from graph_api.config import Settings
from graph_api.graphql.ids import global_id
from graph_api.store.base import GraphStore, NodeRef
from tests.conftest import app_settings

CRM = global_id(NodeRef("System", "crm"))
"""The demo model's most connected system: ``impact`` from it reaches 88 nodes."""

SLOW_IMPACT = (
    f'{{ impact(nodeId: "{CRM}", maxDepth: 10) {{ total groups {{ kind count items {{ '
    "distance node { id } } } } }"
)


class CallCounter:
    """Delegates to a store and records the name of every store method called.

    Unlike a counter of the read methods, nothing reaches the store unrecorded: the
    traversals, writes and lookups all go through ``__getattr__``.
    """

    def __init__(self, store: GraphStore) -> None:
        self._store = store
        self.calls: list[str] = []

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._store, name)
        if not callable(attribute):
            return attribute

        def recorded(*args: Any, **kwargs: Any) -> Any:
            self.calls.append(name)
            return attribute(*args, **kwargs)

        return recorded


class KeepOpen:
    """Delegates to a store but ignores ``close``: several apps in turn can share it."""

    def __init__(self, store: GraphStore) -> None:
        self._store = store

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    async def close(self) -> None:
        """The app's lifespan closes its store; the test's fixture closes this one."""


def query_count(store: GraphStore) -> int:
    """Neo4j's own count of the Cypher reads it ran (0 for the embedded store)."""
    count: int = getattr(store, "query_count", 0)
    return count


def settings(**changes: Any) -> Settings:
    """The tests' app settings (no demo load) with ``changes``."""
    return app_settings().model_copy(update=changes)


def nested(field: str, depth: int, leaf: str = "key") -> str:
    """``field { field { ... leaf } }``, ``depth`` levels of ``field``."""
    return f"{field} {{ " * depth + leaf + " }" * depth


def operation(*fields: str) -> str:
    """``{ field field ... }``: an anonymous query of ``fields``."""
    return "{ " + " ".join(fields) + " }"


def parents(depth: int) -> str:
    """A capability and ``depth`` levels of its ``parent``: ``depth + 1`` levels deep."""
    return operation('capability(key: "customer-contact") { ' + nested("parent", depth) + " }")
