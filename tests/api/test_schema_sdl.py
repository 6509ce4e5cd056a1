"""The exported GraphQL schema (``schema/schema.graphql``) is the contract other tools
read: it must not drift from the schema the code builds.

Also checks, on the parsed SDL, the signatures of the operations the contract promises,
so that a renamed field or argument shows up with a clear message, not only as a diff.
"""

from pathlib import Path

import pytest
from graphql import GraphQLObjectType, GraphQLSchema, build_schema

from graph_api.api import schema_sdl

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "schema" / "schema.graphql"
FIX = "run `make schema` (graph-api export-schema) and commit schema/schema.graphql"


def test_the_exported_schema_matches_the_code() -> None:
    assert SCHEMA_FILE.exists(), f"{SCHEMA_FILE} is missing: {FIX}"
    exported = SCHEMA_FILE.read_text(encoding="utf-8")
    current = schema_sdl()
    if exported != current:
        changed = sorted(set(exported.splitlines()) ^ set(current.splitlines()))
        preview = "\n".join(changed[:20])
        raise AssertionError(f"schema/schema.graphql is out of date: {FIX}\n{preview}")


@pytest.fixture(scope="module")
def schema() -> GraphQLSchema:
    return build_schema(schema_sdl())


def signature(root: GraphQLObjectType | None, field: str) -> str:
    """``name(arg: Type, ...): Type`` of a root field, defaults left out."""
    assert root is not None
    assert field in root.fields, f"the schema lost {root.name}.{field}"
    definition = root.fields[field]
    args = ", ".join(f"{name}: {arg.type}" for name, arg in definition.args.items())
    return f"{field}({args}): {definition.type}"


@pytest.mark.parametrize(
    "expected",
    [
        "node(id: ID!): Node",
        "nodes(ids: [ID!]!): [Node]!",
        "painfulSteps(journeyId: ID, personaId: ID, channelId: ID, channelKey: String, "
        "minSeverity: Int!, first: Int): [PainfulStep!]!",
        "steps(first: Int, after: String, last: Int, before: String, where: StepWhere, "
        "orderBy: [StepOrderBy!], search: String): StepConnection!",
        "changeLog(nodeId: ID, since: DateTime, after: Int, first: Int): ChangeLogPage!",
        "step(key: String!): Step",
        "evidenceRecord(key: String!): Evidence",
    ],
)
def test_query_fields(schema: GraphQLSchema, expected: str) -> None:
    assert signature(schema.query_type, expected.split("(")[0]) == expected


@pytest.mark.parametrize(
    "expected",
    [
        "createStep(input: StepInput!, key: String): Step!",
        "updateStep(id: ID!, input: StepPatch!, expectedVersion: Int): Step!",
        "deleteStep(id: ID!, expectedVersion: Int): DeletedNode!",
        "link(sourceId: ID!, field: String!, targetId: ID!, identifier: String): LinkResult!",
        "unlink(sourceId: ID!, field: String!, targetId: ID!): LinkResult!",
    ],
)
def test_mutation_fields(schema: GraphQLSchema, expected: str) -> None:
    assert signature(schema.mutation_type, expected.split("(")[0]) == expected


def test_step_connection_shape(schema: GraphQLSchema) -> None:
    connection = schema.get_type("StepConnection")
    assert isinstance(connection, GraphQLObjectType)
    assert {name: str(f.type) for name, f in connection.fields.items()} == {
        "edges": "[StepEdge!]!",
        "nodes": "[Step!]!",
        "pageInfo": "PageInfo!",
        "totalCount": "Int!",
    }
