"""A planned answer reads a plain leaf straight from the stored value (``direct_leaf``)
only where that gives exactly what reading the record and serialising gives: checked for
every property field of every node type against values of every odd shape."""

from datetime import UTC, datetime
from enum import Enum
from typing import Any

import pytest
from graphql import GraphQLObjectType

from graph_api.api.library_seams import graphql_schema
from graph_api.api.schema import build_schema
from graph_api.graphql.reads.answer import INDIRECT, Broken, direct_leaf, leaf_value
from graph_api.graphql.types.base import FIELD_READERS
from graph_api.graphql.types.nodes import NODE_TYPES
from graph_api.graphql.types.related import PropertyReader
from graph_api.store.base import NodeRecord

ODD_VALUES: list[Any] = [
    "",
    "text",
    "ünïcødé ✓",
    "x" * 10_000,
    "12",
    "true",
    0,
    1,
    -1,
    2**31 - 1,
    2**31,
    -(2**31),
    -(2**31) - 1,
    10**40,
    True,
    False,
    0.0,
    1.5,
    -2.25,
    1e308,
    float("nan"),
    float("inf"),
    float("-inf"),
    None,
    [],
    ["a", "b"],
    [1, 2],
    {"a": 1},
    b"bytes",
]

_AT = datetime(2026, 1, 1, tzinfo=UTC)


def _record(kind: str, stored: str, value: Any) -> NodeRecord:
    return NodeRecord(kind, "k", {stored: value}, _AT, _AT, 1)


def _fields() -> list[tuple[str, str, Any, PropertyReader]]:
    schema = build_schema()
    found = []
    for type_name, node_type in NODE_TYPES.items():
        graphql_type = graphql_schema(schema).get_type(type_name)
        assert isinstance(graphql_type, GraphQLObjectType)
        readers = FIELD_READERS[node_type]
        for field_name, field in graphql_type.fields.items():
            strawberry_field = schema.get_field_for_type(field_name, type_name)
            reader = readers.get(strawberry_field.python_name) if strawberry_field else None
            if isinstance(reader, PropertyReader):
                found.append((type_name, field_name, field.type, reader))
    return found


FIELDS = _fields()


def _values(python_type: Any) -> list[Any]:
    if isinstance(python_type, type) and issubclass(python_type, Enum):
        members = [m.value for m in python_type]
        return [*ODD_VALUES, *members, *(str(m).upper() + "?" for m in members)]
    return ODD_VALUES


def test_every_property_field_is_checked() -> None:
    # About a hundred across the kinds; most of them take their values directly.
    assert len(FIELDS) > 50
    direct = [f for f in FIELDS if direct_leaf(f[2], f[3].python_type) is not None]
    assert len(direct) > len(FIELDS) // 2


@pytest.mark.parametrize(
    ("type_name", "field_name", "graphql_type", "reader"),
    FIELDS,
    ids=[f"{f[0]}.{f[1]}" for f in FIELDS],
)
def test_a_direct_value_is_the_serialised_one(
    type_name: str, field_name: str, graphql_type: Any, reader: PropertyReader
) -> None:
    direct = direct_leaf(graphql_type, reader.python_type)
    if direct is None:
        return
    taken = 0
    for value in _values(reader.python_type):
        answered = direct(value)
        if answered is INDIRECT:
            continue
        taken += 1
        try:
            expected = leaf_value(graphql_type, reader(_record(type_name, reader.stored, value)))
        except Broken:
            pytest.fail(f"{field_name}: {value!r} taken directly, but it breaks the type")
        assert answered == expected and type(answered) is type(expected), value
    assert taken > 0, f"{type_name}.{field_name}: no value taken directly"
