"""Source of the generated enum and input types (see :mod:`.generate`)."""

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel
from strawberry.utils.str_converters import to_camel_case, to_snake_case

from graph_api.graphql.types.codegen import annotation, field_call, imports_for, text
from graph_api.graphql.types.node_kind import enum_name
from graph_api.graphql.types.scalars import base_type
from graph_api.metamodel import ENUMS, NODE_KINDS, relationship_fields
from graph_api.metamodel.carried import Attribute, Translation
from graph_api.metamodel.diagram import DiagramConnection, DiagramNode

UNSET = "strawberry.UNSET"


def graphql_name(python_name: str, name: str) -> str | None:
    """``name`` when Strawberry would not make it from ``python_name`` (else None)."""
    return None if to_camel_case(python_name) == name else name


def node_kind_enum() -> str:
    members = "".join(
        f"    {enum_name(kind)} = strawberry.enum_value({kind!r}, "
        f"description={text(spec.description)})\n"
        for kind, spec in NODE_KINDS.items()
    )
    description = "A kind of node of the metamodel (its GraphQL type is named like the kind)."
    return f"""from enum import Enum

import strawberry


# Members are named PAIN_POINT; their values are the kind names (PainPoint).
@strawberry.enum(description={text(description)})
class NodeKind(Enum):
{members}"""


CARRIED: dict[str, type[BaseModel]] = {
    "Translation": Translation,
    "Attribute": Attribute,
    "DiagramNode": DiagramNode,
    "DiagramConnection": DiagramConnection,
}
"""The models of the lists of objects (what every node carries, a view's drawing) by
GraphQL type name."""

CARRIED_LISTS = {
    "translations": "Translation",
    "attributes": "Attribute",
    "diagramNodes": "DiagramNode",
    "diagramConnections": "DiagramConnection",
}
"""The GraphQL type of each list of objects, by the list's name."""


def carried_imports(suffix: str) -> str:
    """The import of the carried types (``suffix``: "" for output, "Input" for input)."""
    names = ", ".join(sorted(f"{name}{suffix}" for name in CARRIED))
    return f"from graph_api.graphql.types.carried_types import {names}"


def carried_types() -> str:
    classes = [_carried(name, model, "type") for name, model in CARRIED.items()]
    classes += [_carried(f"{name}Input", model, "input") for name, model in CARRIED.items()]
    body = "\n\n".join(classes)
    return f"from __future__ import annotations\n\nimport strawberry\n\n\n{body}"


def _carried(name: str, model: type[BaseModel], decorator: str) -> str:
    lines = []
    for attr, field in model.model_fields.items():
        python_type, optional = base_type(field)
        default = None if field.is_required() else "None"
        call = field_call("strawberry.field", field.description or attr, default=default)
        lines.append(f"    {attr}: {annotation(python_type, optional=optional)} = {call}\n")
    description = (model.__doc__ or name).strip()
    return f"@strawberry.{decorator}(description={text(description)})\nclass {name}:\n" + "".join(
        lines
    )


# (GraphQL name, Python name, description) of the tests of each kind of value.
_TESTS = {
    "eq": ("eq", "Equal to this value."),
    "in": ("in_", "Equal to one of these values."),
    "contains": ("contains", "Contains this text (case-sensitive)."),
    "startsWith": ("starts_with", "Starts with this text (case-sensitive)."),
    "gt": ("gt", "Greater than this value."),
    "gte": ("gte", "Greater than or equal to this value."),
    "lt": ("lt", "Less than this value."),
    "lte": ("lte", "Less than or equal to this value."),
    "isNull": ("is_null", "true: the property is not set; false: it is set."),
}
_ORDERED = ["eq", "in", "gt", "gte", "lt", "lte", "isNull"]


def _test_inputs() -> list[tuple[str, str, list[str], str]]:
    """(input name, value annotation, tests, description) of each ``<Type>Filter``."""
    inputs = [
        ("StringFilter", "str", ["eq", "in", "contains", "startsWith", "isNull"],
         "Tests on a text; every test given must hold."),
        ("IntFilter", "int", _ORDERED, "Tests on an integer; every test must hold."),
        ("FloatFilter", "float", _ORDERED, "Tests on a number; every test must hold."),
        ("BooleanFilter", "bool", ["eq", "isNull"], "Tests on a boolean."),
        ("DateFilter", "date", _ORDERED, "Tests on a date; every test must hold."),
        ("DateTimeFilter", "datetime", _ORDERED, "Tests on a timestamp; every test must hold."),
    ]  # fmt: skip
    for enum in ENUMS:
        name = enum.__name__
        inputs.append((f"{name}Filter", name, ["eq", "in", "isNull"], f"Tests on a {name}."))
    return inputs


def filter_name(python_type: Any) -> str:
    """The ``<Type>Filter`` input testing values of ``python_type``."""
    scalars = {str: "String", int: "Int", float: "Float", bool: "Boolean", date: "Date"}
    scalars[datetime] = "DateTime"
    # A metamodel enum's filter is named after the enum: JobKindFilter.
    return f"{scalars.get(python_type, python_type.__name__)}Filter"


_AUDIT = [
    ("key", "key", "StringFilter", "The node's key."),
    ("created_at", "createdAt", "DateTimeFilter", "When the node was created."),
    ("updated_at", "updatedAt", "DateTimeFilter", "When the node's properties last changed."),
    ("version", "version", "IntFilter", "The node's version."),
]


def filterable(kind: str) -> list[tuple[str, str, str, str]]:
    """(Python name, GraphQL name, filter input, description) of every property and
    audit field ``kind`` can be filtered and ordered on."""
    fields = list(_AUDIT)
    for attr, field in NODE_KINDS[kind].scalar_fields().items():
        test = filter_name(base_type(field)[0])
        fields.append((attr, field.alias or attr, test, field.description or ""))
    return fields


def _input_field(python: str, graphql: str, annotated: str, description: str) -> str:
    call = field_call(
        "strawberry.field", description, name=graphql_name(python, graphql), default=UNSET
    )
    return f"    {python}: {annotated} | None = {call}\n"


def node_filters() -> str:
    parts = []
    for name, value, tests, description in _test_inputs():
        lines = []
        for test in tests:
            python, test_description = _TESTS[test]
            typed = {"in": f"list[{value}]", "isNull": "bool"}.get(test, value)
            lines.append(_input_field(python, test, typed, test_description))
        parts.append(_input_class(name, description, lines))
    for kind in NODE_KINDS:
        parts.append(_where(kind))
        parts.append(_relation_filter(kind))
        parts.append(_order_by(kind))
    body = "\n\n".join(parts)
    tables = "\n".join(
        f"{table}: dict[str, type] = {{{', '.join(f'{k!r}: {k}{suffix}' for k in NODE_KINDS)}}}"
        for table, suffix in [
            ("WHERE_INPUTS", "Where"),
            ("RELATION_INPUTS", "RelationFilter"),
            ("ORDER_INPUTS", "OrderBy"),
        ]
    )
    imports = "\n".join(imports_for({*ENUMS, date, datetime}))
    return f"""from __future__ import annotations

{imports}

import strawberry

import graph_api.graphql.types.scalars  # noqa: F401 (registers the metamodel's enums)
from graph_api.graphql.types.sort_direction import SortDirection


{body}


{tables}
"""


def _input_class(name: str, description: str, lines: list[str]) -> str:
    return f"@strawberry.input(description={text(description)})\nclass {name}:\n" + "".join(lines)


def _where(kind: str) -> str:
    where = f"{kind}Where"
    lines = [
        _input_field("and_", "AND", f"list[{where}]", "Every one of these must hold."),
        _input_field("or_", "OR", f"list[{where}]", "At least one of these must hold."),
        _input_field("not_", "NOT", where, "This must not hold."),
    ]
    for python, graphql, test, description in filterable(kind):
        lines.append(_input_field(python, graphql, test, description))
    for name, rel in relationship_fields(kind).items():
        other = rel.other_kind
        text_ = f"Tests on the {other} nodes `{name}` leads to."
        lines.append(_input_field(to_snake_case(name), name, f"{other}RelationFilter", text_))
    return _input_class(where, f"Which {kind} nodes to return.", lines)


def _relation_filter(kind: str) -> str:
    lines = [
        _input_field(quantifier, quantifier, f"{kind}Where", description)
        for quantifier, description in [
            ("some", "At least one related node matches."),
            ("none", "No related node matches."),
            ("all", "Every related node matches (true when there are none)."),
        ]
    ]
    description = f"Tests on related {kind} nodes; `{{}}` matches any node."
    return _input_class(f"{kind}RelationFilter", description, lines)


def _order_by(kind: str) -> str:
    lines = [
        _input_field(python, graphql, "SortDirection", description)
        for python, graphql, _, description in filterable(kind)
    ]
    description = f"Orders {kind} nodes by one field; give a list for ties."
    return _input_class(f"{kind}OrderBy", description, lines)


def node_inputs() -> str:
    parts = []
    types: set[Any] = set()
    for kind in NODE_KINDS:
        for suffix, patch, description in [
            ("Input", False, f"The properties of a new {kind}."),
            ("Patch", True, f"Changes to a {kind}: omitted properties are kept, null clears."),
        ]:
            lines = []
            for attr, field in NODE_KINDS[kind].fields().items():
                optional = patch or not field.is_required()
                name = field.alias or attr
                if name in CARRIED_LISTS:
                    typed = f"list[{CARRIED_LISTS[name]}Input] | None"
                else:
                    python_type = base_type(field)[0]
                    types.add(python_type)
                    typed = annotation(python_type, optional=optional)
                call = field_call(
                    "strawberry.field",
                    field.description or attr,
                    name=graphql_name(attr, name),
                    default=UNSET if optional else None,
                )
                lines.append(f"    {attr}: {typed} = {call}\n")
            parts.append(_input_class(f"{kind}{suffix}", description, lines))
    body = "\n\n".join(parts)
    tables = "\n".join(
        f"{table}: dict[str, type] = {{{', '.join(f'{k!r}: {k}{suffix}' for k in NODE_KINDS)}}}"
        for table, suffix in [("CREATE_INPUTS", "Input"), ("PATCH_INPUTS", "Patch")]
    )
    imports = "\n".join(imports_for(types))
    return f"""from __future__ import annotations

{imports}

import strawberry

import graph_api.graphql.types.scalars  # noqa: F401 (registers the metamodel's enums)
{carried_imports("Input")}


{body}


{tables}
"""
