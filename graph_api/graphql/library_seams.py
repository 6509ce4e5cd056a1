"""The read path's uses of Strawberry names that are not public (see
:mod:`graph_api.api.library_seams` for the API's, and why such uses are gathered):
each is checked against the installed version by ``tests/unit/test_library_seams.py``."""

from typing import Any

from graphql import GraphQLResolveInfo, GraphQLSchema
from strawberry import Schema
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.types import Info
from strawberry.types.arguments import convert_arguments
from strawberry.types.field import StrawberryField

StrawberryExecution = StrawberryGraphQLCoreExecutionContext
"""Strawberry's execution context, which the read path's extends (the execution context
is graphql-core's public extension point, ``execution_context_class`` Strawberry's).

Private: the class lives in ``strawberry.schema.schema``, which exports ``Schema`` only.
Extending graphql-core's own context instead would lose what Strawberry's adds (its
resolve info, the operation's extensions)."""

PRIVATE_NAMES = (
    "strawberry.types.Info._raw_info",
    "graphql.GraphQLSchema._strawberry_schema (set by strawberry.Schema)",
    "strawberry.schema.schema.StrawberryGraphQLCoreExecutionContext",
    "strawberry.types.arguments.convert_arguments",
)
"""What this module relies on, for the test and for whoever upgrades."""


def resolve_info(info: Info) -> GraphQLResolveInfo[Any]:
    """graphql-core's resolve info behind Strawberry's ``Info``.

    Private: ``Info._raw_info``. Strawberry's ``Info`` exposes the field's name, path and
    selection in its own terms only; a read plan collects the field's selection with
    graphql-core's field collection, which needs the AST field nodes and the GraphQL
    return type that the raw info holds.
    """
    raw: GraphQLResolveInfo[Any] = info._raw_info
    return raw


def strawberry_schema(schema: GraphQLSchema) -> Schema:
    """The Strawberry schema that built ``schema``.

    Private: Strawberry sets ``_strawberry_schema`` on the graphql-core schema it builds
    (its own execution reads it). The execution context sees only the graphql-core
    schema; projecting an answer whole needs Strawberry's fields (their resolvers and
    Python names).
    """
    built: Schema = getattr(schema, "_strawberry_schema")  # noqa: B009
    return built


def strawberry_arguments(
    schema: Schema, field: StrawberryField, values: dict[str, Any]
) -> dict[str, Any]:
    """A field's argument values as graphql-core coerced them, converted as Strawberry
    converts them for the field's resolver (Python names, inputs as Strawberry objects).

    Private: ``strawberry.types.arguments.convert_arguments``, the function Strawberry's
    own resolver wrapper calls; a read plan checks a nested field's arguments with the
    code its resolver runs, before that resolver is called, so it needs the same values.
    """
    converter = schema.schema_converter
    return convert_arguments(values, field.arguments, converter.scalar_registry, schema.config)
