"""The GraphQL schema, assembled from the generated types."""

from functools import partial

import strawberry
from graphql import GraphQLError
from strawberry.schema.config import StrawberryConfig
from strawberry.schema.name_converter import NameConverter
from strawberry.types import ExecutionContext

from graph_api.api import request_log
from graph_api.api.document_cache import DocumentCache
from graph_api.api.errors import is_server_fault, mask_errors, without_suggestions
from graph_api.api.limits import limit_extensions
from graph_api.api.limits.shape import ShapeLimits
from graph_api.api.mutation import build_mutation
from graph_api.api.query import build_query
from graph_api.api.subscription import build_subscription
from graph_api.config import Settings, get_settings
from graph_api.graphql.reads.execution import PlannedExecution
from graph_api.graphql.types.base import read_field
from graph_api.graphql.types.nodes import NODE_TYPES
from graph_api.security.authorization import Authorization, FieldRoles


class RememberingNameConverter(NameConverter):
    """Strawberry's names, each worked out once.

    Strawberry converts every argument's Python name to its GraphQL name (``order_by``
    to ``orderBy``) on every call of a resolver: a nested list asks for thousands of
    relationship lists, each with six arguments, and the answers never change.
    """

    def __init__(self, auto_camel_case: bool = True) -> None:
        super().__init__(auto_camel_case)
        self._names: dict[tuple[bool, str], str] = {}

    def apply_naming_config(self, name: str) -> str:
        key = (self.auto_camel_case, name)
        if key not in self._names:
            self._names[key] = super().apply_naming_config(name)
        return self._names[key]


class GraphSchema(strawberry.Schema):
    """Strips suggestions from every error, and logs the caller's errors in one line.

    Every error of an operation passes here once, before the masking extension: parse,
    validation and variable coercion errors, and those raised while executing. Strawberry
    would log each at ERROR with its traceback (one validation-heavy request wrote
    hundreds of lines); a caller's errors are one INFO line instead, and the server's own
    faults are logged, with their traceback, by the masking (``graph_api.api.errors``).
    """

    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        for error in errors:
            error.message = without_suggestions(error.message)
        request_log.graphql_errors([e for e in errors if not is_server_fault(e)])


def build_schema(settings: Settings | None = None) -> strawberry.Schema:
    """A new schema (the generated classes are shared; building is cheap).

    ``settings`` give the limits against abusive queries (the process's settings if
    None); they change what is refused, never the schema's SDL.
    """
    settings = settings or get_settings()
    query, mutation, subscription = build_query(), build_mutation(), build_subscription()
    # No "did you mean" hints: they would let a client without introspection map the
    # schema. Batching stays off (None): a JSON array body is refused with 400.
    config = StrawberryConfig(
        disable_field_suggestions=True,
        batching_config=None,
        name_converter=RememberingNameConverter(),
        default_resolver=read_field,
    )
    # The role each root field needs, read once from the fields' declarations.
    roots = {"query": query, "mutation": mutation, "subscription": subscription}
    roles = FieldRoles.declared(roots, config.name_converter)
    return GraphSchema(
        query=query,
        mutation=mutation,
        subscription=subscription,
        types=list(NODE_TYPES.values()),
        # The document cache comes last: it needs every validation rule the limits add.
        extensions=[
            partial(Authorization, roles=roles),
            mask_errors,
            *limit_extensions(settings),
            DocumentCache().extension(
                ShapeLimits.from_settings(settings), settings.request_timeout_seconds
            ),
        ],
        config=config,
        execution_context_class=PlannedExecution,
    )


def schema_sdl() -> str:
    """The schema in SDL, as written to ``schema/schema.graphql``."""
    return build_schema().as_str() + "\n"


__all__ = ["GraphSchema", "RememberingNameConverter", "build_schema", "schema_sdl"]
