"""A plan's answer projected by its shape into the response's values, whole.

Each leaf is serialised by its GraphQL type's own ``serialize`` (what graphql-core's
completion calls), relationship fields become lists and maps, connections their parts,
in the selection's order under the response names. Where a value breaks a type rule (a
null for a non-null field, a value its scalar or enum refuses), :class:`Broken` is
raised and the field is completed by the executor instead, from the same read, so that
errors and null bubbling are exactly those GraphQL specifies.
"""

from typing import Any

from graphql import GraphQLLeafType, GraphQLList, GraphQLNonNull, GraphQLOutputType

from graph_api.graphql.reads.shapes import ConnectionShape, Leaf, NodeShape, Related, TypeName
from graph_api.graphql.types.pagination import cursor_of
from graph_api.store.base import NodeRecord
from graph_api.store.listing import SortKey
from graph_api.store.read_plan import ReadNode, ReadPage


class Broken(Exception):
    """A value breaks a type rule: ordinary completion must answer (and report) it."""


def node_value(shape: NodeShape, node: ReadNode) -> dict[str, Any]:
    """One node's answer."""
    if not shape.whole:
        raise Broken
    record = node.record
    value: dict[str, Any] = {}
    for entry in shape.entries:
        if type(entry) is Leaf:
            try:
                read = entry.read(record)
            except Exception as exc:  # a stored value its reader refuses: completion reports it
                raise Broken from exc
            value[entry.name] = leaf_value(entry.type, read)
        elif type(entry) is TypeName:
            value[entry.name] = entry.value
        else:
            assert isinstance(entry, Related)
            value[entry.name] = related_value(entry, node.related[entry.key])
    return value


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
    records: list[NodeRecord] = [n.record for n in read.nodes]
    info: dict[str, Any] = {}
    for response, part in parts:
        if part == "hasNextPage":
            info[response] = read.has_next_page
        elif part == "hasPreviousPage":
            info[response] = read.has_previous_page
        elif part == "startCursor":
            info[response] = cursor_of(records[0], order) if records else None
        elif part == "endCursor":
            info[response] = cursor_of(records[-1], order) if records else None
        elif part == "__typename":
            info[response] = "PageInfo"
        else:
            raise Broken
    return info
