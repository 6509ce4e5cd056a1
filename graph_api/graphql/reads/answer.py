"""A plan's answer projected by its shape into the response's values, whole.

Each leaf is serialised by its GraphQL type's own ``serialize`` (what graphql-core's
completion calls), relationship fields become lists and maps, connections their parts,
in the selection's order under the response names. Where a value breaks a type rule (a
null for a non-null field, a value its scalar or enum refuses), :class:`Broken` is
raised and the field is completed by the executor instead, from the same read, so that
errors and null bubbling are exactly those GraphQL specifies.
"""

from collections.abc import Callable
from enum import Enum
from math import isfinite
from typing import Any

from graphql import (
    GraphQLEnumType,
    GraphQLLeafType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLOutputType,
    GraphQLScalarType,
)

from graph_api.graphql.reads.shapes import ConnectionShape, Leaf, NodeShape, Related, TypeName
from graph_api.graphql.types.pagination import cursor_of
from graph_api.store.listing import SortKey
from graph_api.store.read_plan import ReadNode, ReadPage


class Broken(Exception):
    """A value breaks a type rule: ordinary completion must answer (and report) it."""


def node_value(shape: NodeShape, node: ReadNode) -> dict[str, Any]:
    """One node's answer."""
    if not shape.whole:
        raise Broken
    values = node.values
    value: dict[str, Any] = {}
    for entry in shape.entries:
        if type(entry) is Leaf:
            if values is not None and entry.direct is not None:
                direct = entry.direct(values.get(entry.stored))  # type: ignore[arg-type]
                if direct is not INDIRECT:
                    value[entry.name] = direct
                    continue
            try:
                read = entry.read(node.record)
            except Exception as exc:  # a stored value its reader refuses: completion reports it
                raise Broken from exc
            value[entry.name] = leaf_value(entry.type, read)
        elif type(entry) is TypeName:
            value[entry.name] = entry.value
        else:
            assert isinstance(entry, Related)
            value[entry.name] = related_value(entry, node.related[entry.key])
    return value


INDIRECT = object()
"""What a direct leaf returns for a value it does not take as is: the record's reader and
the type's own serialisation answer it (and report what breaks a type rule)."""

_MIN_INT, _MAX_INT = -(2**31), 2**31 - 1


def direct_leaf(type_: GraphQLOutputType, python_type: Any) -> Callable[[Any], Any] | None:
    """The answer's value straight from a stored one, for the values where reading the
    record and serialising gives that same value back (a string for ``String``, a 32-bit
    int for ``Int``, a member's value for an enum, ...), else :data:`INDIRECT`; None for a
    type that has no such values (lists, dates, IDs, custom scalars)."""
    named = type_.of_type if isinstance(type_, GraphQLNonNull) else type_
    if isinstance(named, GraphQLEnumType):
        if not (isinstance(python_type, type) and issubclass(python_type, Enum)):
            return None
        try:
            names = {member.value: named.serialize(member) for member in python_type}
        except Exception:
            return None
        if not all(type(v) is str for v in names):
            return None
        return lambda v: names.get(v, INDIRECT) if type(v) is str else INDIRECT
    if not isinstance(named, GraphQLScalarType):
        return None
    if named.name == "String" and python_type is str:
        return lambda v: v if type(v) is str else INDIRECT
    if named.name == "Int" and python_type is int:
        return lambda v: v if type(v) is int and _MIN_INT <= v <= _MAX_INT else INDIRECT
    if named.name == "Boolean" and python_type is bool:
        return lambda v: v if type(v) is bool else INDIRECT
    if named.name == "Float" and python_type is float:
        return lambda v: v if type(v) is float and isfinite(v) else INDIRECT
    return None


def leaf_value(type_: GraphQLOutputType, value: Any) -> Any:
    """A scalar's or enum's value (or a list of them) as completion would make it."""
    if isinstance(type_, GraphQLNonNull):
        if value is None:
            raise Broken
        type_ = type_.of_type
    elif value is None:
        return None
    if isinstance(type_, GraphQLList):
        if not isinstance(value, list | tuple):
            raise Broken
        return [leaf_value(type_.of_type, item) for item in value]
    assert isinstance(type_, GraphQLLeafType)
    try:
        serialised = type_.serialize(value)
    except Exception as exc:
        raise Broken from exc
    if serialised is None:
        raise Broken
    return serialised


def related_value(entry: Related, read: ReadPage) -> Any:
    if entry.connection is not None:
        return connection_value(entry.connection, read, entry.key[2])
    assert entry.node is not None
    if entry.shape == "single":
        return node_value(entry.node, read.nodes[0]) if read.nodes else None
    return [node_value(entry.node, n) for n in read.nodes]


def connection_value(
    shape: ConnectionShape, read: ReadPage, order: tuple[SortKey, ...]
) -> dict[str, Any]:
    """A connection's answer: its page, with cursors in ``order``'s terms."""
    value: dict[str, Any] = {}
    for response, part, detail in shape.parts:
        if part == "totalCount":
            value[response] = read.total_count
        elif part == "__typename":
            value[response] = shape.type_name
        elif part == "nodes":
            value[response] = [node_value(detail, n) for n in read.nodes]
        elif part == "edges":
            value[response] = [_edge(detail, n, order) for n in read.nodes]
        elif part == "pageInfo":
            value[response] = _page_info(detail, read, order)
        else:
            raise Broken
    return value


def _edge(
    parts: list[tuple[str, str, Any]], read: ReadNode, order: tuple[SortKey, ...]
) -> dict[str, Any]:
    edge: dict[str, Any] = {}
    for response, part, detail in parts:
        if part == "cursor":
            edge[response] = cursor_of(read.record, order)
        elif part == "node":
            edge[response] = node_value(detail, read)
        elif part == "__typename":
            edge[response] = detail
        else:
            raise Broken
    return edge


def _page_info(
    parts: list[tuple[str, str]], read: ReadPage, order: tuple[SortKey, ...]
) -> dict[str, Any]:
    nodes = read.nodes
    info: dict[str, Any] = {}
    for response, part in parts:
        if part == "hasNextPage":
            info[response] = read.has_next_page
        elif part == "hasPreviousPage":
            info[response] = read.has_previous_page
        elif part == "startCursor":
            info[response] = cursor_of(nodes[0].record, order) if nodes else None
        elif part == "endCursor":
            info[response] = cursor_of(nodes[-1].record, order) if nodes else None
        elif part == "__typename":
            info[response] = "PageInfo"
        else:
            raise Broken
    return info
