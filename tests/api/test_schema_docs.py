"""Every type, field, argument, input field and enum of the schema has a description."""

import strawberry
from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLSchema,
)

from graph_api.api import build_schema
from graph_api.api.library_seams import graphql_schema

BUILT_IN = {"String", "Int", "Float", "Boolean", "ID"}


def undocumented(schema: GraphQLSchema) -> list[str]:
    missing: list[str] = []
    for name, type_ in schema.type_map.items():
        if name.startswith("__") or name in BUILT_IN:
            continue
        if not type_.description:
            missing.append(name)
        if isinstance(type_, GraphQLObjectType | GraphQLInterfaceType):
            for field_name, field in type_.fields.items():
                if not field.description:
                    missing.append(f"{name}.{field_name}")
                missing.extend(
                    f"{name}.{field_name}({arg})"
                    for arg, spec in field.args.items()
                    if not spec.description
                )
        elif isinstance(type_, GraphQLInputObjectType):
            missing.extend(
                f"{name}.{field_name}"
                for field_name, field in type_.fields.items()
                if not field.description
            )
        elif isinstance(type_, GraphQLEnumType) and not type_.values:
            missing.append(f"{name} (no values)")
    return missing


def test_every_part_of_the_schema_is_described() -> None:
    assert undocumented(graphql_schema(build_schema())) == []


def test_the_check_finds_what_is_not_described() -> None:
    @strawberry.type(description="A query.")
    class Query:
        @strawberry.field
        def bare(self, limit: int) -> int:
            return limit

    assert undocumented(graphql_schema(strawberry.Schema(query=Query))) == [
        "Query.bare",
        "Query.bare(limit)",
    ]
