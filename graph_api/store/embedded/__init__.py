"""The embedded store: in process, persisted to SQLite, no server needed."""

from graph_api.store.embedded.store import EmbeddedStore

__all__ = ["EmbeddedStore"]
