"""The GraphQL API on FastAPI."""

from graph_api.api.app import create_app
from graph_api.api.schema import build_schema, schema_sdl

__all__ = ["build_schema", "create_app", "schema_sdl"]
