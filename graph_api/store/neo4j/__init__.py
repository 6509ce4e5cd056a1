"""The Neo4j store: Cypher through the official async driver."""

from graph_api.store.neo4j.store import Neo4jStore

__all__ = ["Neo4jStore"]
