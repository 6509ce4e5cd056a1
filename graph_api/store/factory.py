"""Choosing and building the store named by the settings."""

from graph_api.config import Settings
from graph_api.store.base import GraphStore


def create_store(settings: Settings, *, request_bound: bool = True) -> GraphStore:
    """The store the settings ask for, not yet opened.

    ``request_bound``: its Neo4j transactions stop at the request timeout. The command
    line and the demo load at start-up serve no request and pass False.
    """
    if settings.store == "neo4j":
        from graph_api.store.neo4j import Neo4jStore

        return Neo4jStore(
            uri=settings.neo4j_uri,
            user=settings.neo4j_user,
            password=settings.neo4j_password.get_secret_value(),
            database=settings.neo4j_database,
            # No transaction outlives the request it serves: Neo4j stops it at the same
            # limit as the request's own timeout.
            transaction_timeout=settings.request_timeout_seconds if request_bound else None,
        )
    from graph_api.store.embedded import EmbeddedStore

    return EmbeddedStore(settings.sqlite_path)
