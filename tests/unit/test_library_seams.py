"""Each private Strawberry or graphql-core name the code relies on still exists and still
behaves as relied on. A failure names the private attribute an upgrade removed or changed:
see graph_api/api/library_seams.py for why each is used and README "Dependencies" for
how to raise a bound."""

import inspect
import re
from pathlib import Path

import pytest
import strawberry
from graphql import (
    GraphQLSchema,
    GraphQLSyntaxError,
    parse,
    specified_rules,
)
from strawberry.fastapi import GraphQLRouter
from strawberry.schema import schema as strawberry_schema_module

from graph_api.api.library_seams import (
    graphql_schema,
    is_nesting_limit_error,
    is_token_limit_error,
    validate_document,
)
from graph_api.graphql.library_seams import resolve_info, strawberry_schema

ROOT = Path(__file__).resolve().parents[2]


@strawberry.input(one_of=True)
class Pick:
    name: str | None = strawberry.UNSET
    number: int | None = strawberry.UNSET


@strawberry.type
class Query:
    @strawberry.field
    def echo(self, pick: Pick) -> str:
        return str(pick.name or pick.number)

    @strawberry.field
    def hello(self) -> str:
        return "hello"


SCHEMA = strawberry.Schema(query=Query)


def _parse_error(text: str, **options: int) -> GraphQLSyntaxError:
    with pytest.raises(GraphQLSyntaxError) as refused:
        parse(text, **options)  # type: ignore[arg-type]
    return refused.value


def test_schema_underscore_schema_is_the_graphql_core_schema() -> None:
    built = getattr(SCHEMA, "_schema", None)
    assert isinstance(built, GraphQLSchema), (
        "strawberry.Schema._schema is gone or no longer a graphql-core GraphQLSchema: "
        "library_seams.graphql_schema needs another way to reach it"
    )
    assert graphql_schema(SCHEMA) is built
    assert built.query_type is not None and "hello" in built.query_type.fields


def test_validate_document_is_there_with_its_arguments() -> None:
    function = getattr(strawberry_schema_module, "validate_document", None)
    assert callable(function), "strawberry.schema.schema.validate_document is gone"
    parameters = list(inspect.signature(function).parameters)
    assert parameters == ["schema", "document", "validation_rules"], (
        f"strawberry.schema.schema.validate_document takes {parameters} now"
    )


@pytest.mark.parametrize(
    "text",
    [
        "{ hello }",
        "{ nope }",
        '{ echo(pick: {name: "a", number: 1}) }',  # a @oneOf input given two fields
        "{ echo(pick: {}) }",
        "query($p: Int) { echo(pick: $p) }",
    ],
)
def test_validate_document_gives_strawberry_s_own_validation_errors(text: str) -> None:
    """The document cache validates through the seam; Strawberry through its own step."""
    rules = tuple(specified_rules)
    seam = validate_document(graphql_schema(SCHEMA), parse(text), rules)
    own = SCHEMA.execute_sync(text).errors or []
    assert [e.message for e in seam] == [e.message for e in own], (
        "strawberry.schema.schema.validate_document no longer validates as Strawberry does"
    )


def test_the_rules_strawberry_adds_are_still_added() -> None:
    """The seam's reason to exist: plain graphql-core validation misses @oneOf."""
    document = parse('{ echo(pick: {name: "a", number: 1}) }')
    errors = validate_document(graphql_schema(SCHEMA), document, tuple(specified_rules))
    assert errors, "strawberry.schema.schema.validate_document no longer checks @oneOf inputs"


@pytest.mark.parametrize("limit", [1, 7, 5000])
def test_the_parser_s_token_limit_message_is_recognised(limit: int) -> None:
    error = _parse_error("{ " + "a " * limit + "}", max_tokens=limit)
    assert is_token_limit_error(error, limit), (
        f"graphql-core's token-limit message changed: {error.message!r}"
    )
    assert not is_token_limit_error(error, limit + 1)
    assert not is_nesting_limit_error(error)


def test_comments_count_toward_the_token_limit() -> None:
    error = _parse_error("#\n" * 50 + "{ a }", max_tokens=10)
    assert is_token_limit_error(error, 10), error.message


def test_the_parser_s_nesting_message_is_recognised() -> None:
    error = _parse_error("{ a " * 5000 + "}" * 5000)
    assert is_nesting_limit_error(error), (
        f"graphql-core's nesting message changed: {error.message!r}"
    )
    assert not is_token_limit_error(error, 5000)


@pytest.mark.parametrize("text", ["{ a", "{ a(: 1) }", "query query", "{ 'more than' }"])
def test_other_syntax_errors_are_neither_refusal(text: str) -> None:
    error = _parse_error(text, max_tokens=100)
    assert not is_token_limit_error(error, 100)
    assert not is_nesting_limit_error(error)


# Outside the seams module: http.py overrides Strawberry's view and calls one private
# method of it to leave streamed transports (SSE, multipart) to Strawberry.


def test_the_router_s_stream_transport_lookup_is_there() -> None:
    lookup = getattr(GraphQLRouter, "_get_stream_transport_from_headers", None)
    assert callable(lookup), (
        "GraphQLRouter._get_stream_transport_from_headers is gone: graph_api/api/http.py "
        "uses it to leave streamed transports to Strawberry"
    )
    router = GraphQLRouter(SCHEMA, subscription_protocols=("multipart-subscription",))
    assert router._get_stream_transport_from_headers({"accept": "application/json"}) is None
    assert router._get_stream_transport_from_headers(
        {"accept": 'multipart/mixed;subscriptionSpec="1.0"'}
    )


# The private uses are in the seams module only (http.py's one method above apart), in
# the code, the benchmarks and the tests alike.

FORBIDDEN = {
    r"\._schema\b": "strawberry.Schema._schema",
    r"strawberry\.schema\.schema\b": "strawberry.schema.schema",
    r"strawberry\.extensions\.(query_depth_limiter|max_aliases)\b": "Strawberry's limiter helpers",
    r"\.on_error\s*=": "ValidationContext.on_error",
    r"Parsing aborted": "graphql-core's parser messages",
    r"\._raw_info\b": "strawberry.types.Info._raw_info",
    r"_strawberry_schema\b": "graphql.GraphQLSchema._strawberry_schema",
    r"strawberry\.types\.arguments\b": "strawberry.types.arguments",
}


def test_no_other_module_uses_them() -> None:
    allowed = {
        ROOT / "graph_api" / "api" / "library_seams.py",
        ROOT / "graph_api" / "graphql" / "library_seams.py",
        Path(__file__).resolve(),
    }
    sources = [
        path for top in ("graph_api", "bench", "tests") for path in (ROOT / top).rglob("*.py")
    ]
    found = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in sorted(set(sources) - allowed)
        for pattern, name in FORBIDDEN.items()
        if re.search(pattern, path.read_text(encoding="utf-8"))
    ]
    assert found == [], "private library names outside graph_api/api/library_seams.py"


def test_the_graphql_core_schema_knows_the_strawberry_schema_that_built_it() -> None:
    built = graphql_schema(SCHEMA)
    assert getattr(built, "_strawberry_schema", None) is SCHEMA, (
        "graphql.GraphQLSchema._strawberry_schema is no longer set by strawberry.Schema: "
        "graph_api.graphql.library_seams.strawberry_schema needs another way"
    )
    assert strawberry_schema(built) is SCHEMA


def test_strawberry_info_holds_graphql_core_s_resolve_info() -> None:
    seen: list[object] = []

    @strawberry.type
    class Probe:
        @strawberry.field
        def name(self, info: strawberry.Info) -> str:
            raw = resolve_info(info)
            seen.append(raw)
            return raw.field_nodes[0].name.value + ":" + str(raw.return_type)

    result = strawberry.Schema(query=Probe).execute_sync("{ name }")
    assert result.errors is None, result.errors
    assert result.data == {"name": "name:String!"}, (
        "strawberry.types.Info._raw_info is gone or no longer graphql-core's resolve info"
    )
    raw = seen[0]
    assert isinstance(getattr(raw, "field_nodes", None), list)
    assert isinstance(getattr(raw, "schema", None), GraphQLSchema)


def test_strawberry_s_execution_context_is_graphql_core_s_extension_point() -> None:
    from graph_api.graphql.library_seams import StrawberryExecution

    assert hasattr(StrawberryExecution, "complete_awaitable_value"), (
        "graphql-core's executor no longer has complete_awaitable_value: "
        "graph_api/graphql/reads/execution.py overrides it"
    )
    assert "execution_context_class" in inspect.signature(strawberry.Schema).parameters


def test_convert_arguments_makes_strawberry_inputs() -> None:
    from graph_api.graphql.library_seams import strawberry_arguments

    field = SCHEMA.get_field_for_type("echo", "Query")
    assert field is not None
    converted = strawberry_arguments(SCHEMA, field, {"pick": {"name": "x"}})
    assert isinstance(converted["pick"], Pick) and converted["pick"].name == "x"
