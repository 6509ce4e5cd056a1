"""Every field of the schema can be found in the source: a file and a line to open.

For each field of each object and interface type of ``schema/schema.graphql`` (Query,
Mutation, Subscription, the node types, traversal results, connections ...), the test
finds what resolves it: the resolver function's ``def`` line, or for a field without a
resolver the line in a class body that declares it (the class itself or the one it
inherits the field from). The line must be in a file of this repository and show the
field's Python name. ``strawberry locate-definition`` (which looks in a type's own class
body only, so not at inherited fields or Query's and Mutation's, assembled from parts)
must agree on node type fields.
"""

import inspect
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import strawberry
from graphql import GraphQLInterfaceType, GraphQLObjectType, build_schema
from strawberry.types.base import StrawberryObjectDefinition
from strawberry.types.field import StrawberryField

from graph_api.api.schema import build_schema as build_app_schema
from tests.conftest import ROOT

SCHEMA_FILE = ROOT / "schema" / "schema.graphql"


@dataclass(frozen=True)
class Source:
    path: Path
    line: int  # 1-based
    text: str

    def __str__(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"


def _resolver_source(field: StrawberryField) -> Source | None:
    """The ``def`` line of the function resolving ``field``."""
    assert field.base_resolver is not None
    function = inspect.unwrap(field.base_resolver.wrapped_func)
    path = inspect.getsourcefile(function)
    if path is None:
        return None
    lines, first = inspect.getsourcelines(function)
    # The code starts at its first decorator; the field is named on the def line.
    for offset, line in enumerate(lines):
        if re.match(rf"\s*(async\s+)?def\s+{re.escape(function.__name__)}\b", line):
            return Source(Path(path).resolve(), first + offset, line)
    return None


def _declared_source(origin: type, python_name: str) -> Source | None:
    """The line of the class body (``origin``'s or a base's) declaring ``python_name``."""
    for cls in origin.__mro__:
        if python_name not in vars(cls).get("__annotations__", {}):
            continue
        path = inspect.getsourcefile(cls)
        if path is None:
            return None
        lines, first = inspect.getsourcelines(cls)
        for offset, line in enumerate(lines):
            if re.match(rf"\s+{re.escape(python_name)}\s*:", line):
                return Source(Path(path).resolve(), first + offset, line)
    return None


def field_source(definition: StrawberryObjectDefinition, field: StrawberryField) -> Source | None:
    """Where ``field`` of ``definition`` is resolved, or None when it cannot be found."""
    if field.base_resolver is not None:
        return _resolver_source(field)
    return _declared_source(definition.origin, field.python_name)


@pytest.fixture(scope="module")
def schema() -> strawberry.Schema:
    return build_app_schema()


def _committed_fields() -> list[tuple[str, str]]:
    """(type, field) of every field of an object or interface type of the committed SDL."""
    sdl = build_schema(SCHEMA_FILE.read_text())
    return [
        (name, field)
        for name, graphql_type in sdl.type_map.items()
        if isinstance(graphql_type, GraphQLObjectType | GraphQLInterfaceType)
        and not name.startswith("__")
        for field in graphql_type.fields
    ]


def _strawberry_field(
    schema: strawberry.Schema, type_name: str, field_name: str
) -> tuple[StrawberryObjectDefinition, StrawberryField]:
    definition = schema.get_type_by_name(type_name)
    assert isinstance(definition, StrawberryObjectDefinition), type_name
    for field in definition.fields:
        if schema.config.name_converter.get_graphql_name(field) == field_name:
            return definition, field
    raise AssertionError(f"{type_name}.{field_name} is in the SDL but not in the schema")


def test_every_field_of_the_schema_resolves_to_a_line_that_names_it(
    schema: strawberry.Schema,
) -> None:
    fields = _committed_fields()
    for known in [("Query", "steps"), ("Mutation", "createStep"), ("Step", "painPoints")]:
        assert known in fields
    lost = []
    for type_name, field_name in fields:
        definition, field = _strawberry_field(schema, type_name, field_name)
        source = field_source(definition, field)
        where = f"{type_name}.{field_name} ({field.python_name})"
        if source is None:
            lost.append(f"{where}: no source found")
        elif not source.path.is_relative_to(ROOT) or not source.path.is_file():
            lost.append(f"{where}: {source.path} is not a file of this repository")
        elif field.python_name not in source.text:
            lost.append(f"{where}: {source} shows {source.text.strip()!r}")
    assert not lost, f"{len(lost)} fields cannot be located:\n" + "\n".join(lost)


def test_a_node_type_relationship_field_resolves_to_its_generated_method(
    schema: strawberry.Schema,
) -> None:
    definition, field = _strawberry_field(schema, "Step", "painPoints")
    source = field_source(definition, field)
    assert source is not None
    assert source.path == ROOT / "graph_api/graphql/types/node_types.py"
    assert source.text.strip().startswith("async def pain_points(")


# Each run parses node_types.py with libcst, about 8 s: a relationship and a property.
@pytest.mark.parametrize("symbol", ["Step.painPoints", "PainPoint.rootCause"])
def test_strawberry_locate_definition_finds_node_type_fields_where_we_do(
    schema: strawberry.Schema, symbol: str
) -> None:
    type_name, field_name = symbol.split(".")
    source = field_source(*_strawberry_field(schema, type_name, field_name))
    assert source is not None
    done = subprocess.run(
        [
            str(Path(sys.executable).parent / "strawberry"),
            "locate-definition",
            "graph_api.api.schema:build_schema",
            symbol,
            "--app-dir",
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().startswith(f"{source.path}:{source.line}:")
