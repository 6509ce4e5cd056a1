"""The GraphQL schema, assembled from the generated types."""

import strawberry
from graphql import GraphQLError
from strawberry.types import ExecutionContext

from graph_api.api.errors import mask_errors
from graph_api.api.mutation import build_mutation
from graph_api.api.query import build_query
from graph_api.api.types.nodes import NODE_TYPES
from graph_api.errors import GraphApiError


class GraphSchema(strawberry.Schema):
    """Logs only unexpected errors: expected ones are answers, not incidents."""

    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        unexpected = [e for e in errors if not isinstance(e.original_error, GraphApiError)]
        if unexpected:
            super().process_errors(unexpected, execution_context)


def build_schema() -> strawberry.Schema:
    """A new schema (the generated classes are shared; building is cheap)."""
    return GraphSchema(
        query=build_query(),
        mutation=build_mutation(),
        types=list(NODE_TYPES.values()),
        extensions=[mask_errors],
    )


def schema_sdl() -> str:
    """The schema in SDL, as written to ``schema/schema.graphql``."""
    return build_schema().as_str() + "\n"


__all__ = ["GraphSchema", "build_schema", "schema_sdl"]
