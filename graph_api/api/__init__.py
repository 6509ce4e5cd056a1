"""The GraphQL API on FastAPI: the schema assembled from the features, served over HTTP
and WebSocket behind the request gate. :mod:`graph_api.app` composes it with the UI."""

from graph_api.api.schema import build_schema, schema_sdl

__all__ = ["build_schema", "schema_sdl"]
