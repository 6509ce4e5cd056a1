"""What the generated reads need to know of the published schema (schema/schema.graphql).

Read with graphql-core alone, so the walk follows the SDL clients see rather than the
Python that produces it: the node types (object types implementing ``Node`` with a
``key``), their relationship fields (a node type, a list of them, or a ``<Type>Connection``),
their leaves, the root fields that reach each kind, and the ``<Kind>Where`` and
``<Kind>OrderBy`` inputs that filters and orders are built from.
"""

from dataclasses import dataclass
from enum import StrEnum
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from graphql import (
    GraphQLEnumType,
    GraphQLField,
    GraphQLInputObjectType,
    GraphQLList,
    GraphQLNamedType,
    GraphQLObjectType,
    GraphQLSchema,
    build_schema,
    get_named_type,
    get_nullable_type,
    is_leaf_type,
)

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "schema" / "schema.graphql"


class EnumValue(str):
    """An enum value in an input: written bare in a document, as a string in variables."""


class Shape(StrEnum):
    """How a relationship field returns its nodes."""

    SINGLE = "single"
    LIST = "list"
    CONNECTION = "connection"


@dataclass(frozen=True, slots=True)
class RelationField:
    """A field of a node type that returns nodes: ``owner.name`` -> ``target``."""

    owner: str
    name: str
    target: str
    shape: Shape
    arguments: frozenset[str]

    def __str__(self) -> str:
        return f"{self.owner}.{self.name}"


@dataclass(frozen=True, slots=True)
class RootFields:
    """The Query fields that start a read of one kind."""

    listing: str
    """``steps(first:, ...)``: a connection of the kind."""
    lookup: str
    """``step(key:)``: one node of the kind, or null."""


class SchemaShape:
    """The parts of the schema the generated reads walk, in the SDL's own order."""

    def __init__(self, schema: GraphQLSchema) -> None:
        self.schema = schema
        node = schema.get_type("Node")
        self.node_types: dict[str, GraphQLObjectType] = {
            name: t
            for name, t in schema.type_map.items()
            if isinstance(t, GraphQLObjectType)
            and node in t.interfaces
            and "key" in t.fields
            and not name.startswith("__")
        }

    @classmethod
    def from_file(cls, path: Path = SCHEMA_FILE) -> "SchemaShape":
        return cls(build_schema(path.read_text(encoding="utf-8")))

    def _relation(self, owner: str, name: str, field: GraphQLField) -> RelationField | None:
        named = get_named_type(field.type)
        if named.name in self.node_types:
            listed = isinstance(get_nullable_type(field.type), GraphQLList)
            shape = Shape.LIST if listed else Shape.SINGLE
            target = named.name
        elif named.name.endswith("Connection") and named.name[: -len("Connection")] in (
            self.node_types
        ):
            shape, target = Shape.CONNECTION, named.name[: -len("Connection")]
        else:
            return None
        return RelationField(owner, name, target, shape, frozenset(field.args))

    @cached_property
    def relations(self) -> dict[str, list[RelationField]]:
        """Every node type's relationship fields, connections included."""
        found: dict[str, list[RelationField]] = {}
        for owner, t in self.node_types.items():
            fields = (self._relation(owner, name, f) for name, f in t.fields.items())
            found[owner] = [f for f in fields if f is not None]
        return found

    @cached_property
    def all_relations(self) -> list[RelationField]:
        return [f for fields in self.relations.values() for f in fields]

    @cached_property
    def incoming(self) -> dict[str, list[RelationField]]:
        """For each node type, the relationship fields (of any type) that reach it."""
        into: dict[str, list[RelationField]] = {name: [] for name in self.node_types}
        for field in self.all_relations:
            into[field.target].append(field)
        return into

    @cached_property
    def leaves(self) -> dict[str, list[str]]:
        """Each node type's fields without arguments returning a scalar, an enum, or a
        list of them (``id``, ``key``, ``name``, ``createdAt``, ...)."""
        return {
            owner: [
                name
                for name, f in t.fields.items()
                if not f.args and is_leaf_type(get_named_type(f.type))
            ]
            for owner, t in self.node_types.items()
        }

    @cached_property
    def roots(self) -> dict[str, RootFields]:
        """For each node type, its listing and its lookup by key on Query."""
        listings: dict[str, str] = {}
        lookups: dict[str, str] = {}
        assert self.schema.query_type is not None
        for name, f in self.schema.query_type.fields.items():
            named = get_named_type(f.type).name
            if named.endswith("Connection") and "first" in f.args:
                listings.setdefault(named[: -len("Connection")], name)
            elif named in self.node_types and set(f.args) == {"key"}:
                lookups.setdefault(named, name)
        return {
            kind: RootFields(listings[kind], lookups[kind])
            for kind in self.node_types
            if kind in listings and kind in lookups
        }

    def _input(self, name: str) -> GraphQLInputObjectType:
        t = self.schema.get_type(name)
        assert isinstance(t, GraphQLInputObjectType), name
        return t

    @cache  # noqa: B019 (one shape per schema file, kept for the whole run)
    def property_tests(self, kind: str) -> list[tuple[str, dict[str, Any]]]:
        """``(field, test)`` pairs of ``<kind>Where`` that keep some nodes: a string
        that is set, a number at least 1, a flag that is true, an enum among its values."""
        tests: list[tuple[str, dict[str, Any]]] = []
        for name, f in self._input(f"{kind}Where").fields.items():
            filter_type = get_named_type(f.type)
            test = _property_test(self.schema, filter_type)
            if test is not None:
                tests.append((name, test))
        return tests

    @cache  # noqa: B019
    def relation_tests(self, kind: str) -> list[tuple[str, str]]:
        """``(field, target kind)`` of the ``<Target>RelationFilter`` fields of
        ``<kind>Where``."""
        return [
            (name, named.name[: -len("RelationFilter")])
            for name, f in self._input(f"{kind}Where").fields.items()
            if (named := get_named_type(f.type)).name.endswith("RelationFilter")
        ]

    def string_orders(self, kind: str) -> list[str]:
        """The fields of ``<kind>OrderBy`` that are string properties of the kind."""
        fields = self.node_types[kind].fields
        return [
            name
            for name in self._input(f"{kind}OrderBy").fields
            if name in fields and get_named_type(fields[name].type).name == "String"
        ]


def _property_test(schema: GraphQLSchema, filter_type: GraphQLNamedType) -> dict[str, Any] | None:
    name = filter_type.name
    if name == "StringFilter":
        return {"isNull": False}
    if name == "IntFilter":
        return {"gte": 1}
    if name == "FloatFilter":
        return {"gte": 0.5}
    if name == "BooleanFilter":
        return {"eq": True}
    if not isinstance(filter_type, GraphQLInputObjectType) or "in" not in filter_type.fields:
        return None  # dates, times and the nested AND/OR/NOT are left to other tests
    element = get_named_type(filter_type.fields["in"].type)
    if isinstance(element, GraphQLEnumType):
        return {"in": [EnumValue(v) for v in list(element.values)[:2]]}
    return None
