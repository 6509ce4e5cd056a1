"""What the generated node types run: their property readers and relationship fields.

The node types in :mod:`graph_api.graphql.types.node_types` are written out by
:mod:`graph_api.graphql.types.generate`; every relationship field there is a method
calling one of the three functions below, and every property field is read from the
record by the reader :func:`field_readers` makes (through the schema's default resolver,
:func:`graph_api.graphql.types.base.read_field`).
"""

from typing import Any, TypeVar

from strawberry.types import Info

from graph_api.graphql.loaders import Loaders
from graph_api.graphql.types.base import AUDIT_READERS, Connection, FieldReader, GraphNode
from graph_api.graphql.types.carried import carried_name, output_list
from graph_api.graphql.types.list_arguments import ListArguments, list_arguments
from graph_api.graphql.types.pagination import planned_connection, to_connection
from graph_api.graphql.types.scalars import base_type, to_graphql
from graph_api.metamodel import NODE_KINDS, relationship_fields
from graph_api.store.base import NodeRecord
from graph_api.store.listing import window
from graph_api.store.read_plan import ReadNode, ReadPage, RelatedKey

NodeT = TypeVar("NodeT", bound=GraphNode)


async def related_node(
    node: GraphNode, info: Info, kind: str, field: str, other: type[NodeT]
) -> NodeT | None:
    """A single relationship field (``Step.stage``): the one related node, or null."""
    planned = _planned(node, (field, None, (), None))
    if planned is not None:
        return _objects(planned.nodes, other)[0] if planned.nodes else None
    loader = info.context.loaders.neighbours(kind, field)
    records = await loader.load(node.record.key)
    return other(record=records[0]) if records else None


async def related_list(
    node: GraphNode,
    info: Info,
    kind: str,
    field: str,
    other: type[NodeT],
    where: object | None,
    order_by: list[Any] | None,
) -> list[NodeT]:
    """A list relationship field (``Step.painPoints``): every related node passing
    ``where``, in ``order_by`` order (by default position, then key)."""
    args = list_arguments(
        _other_kind(kind, field),
        info.context.settings,
        where=where,
        order_by=order_by,
        positional=True,
        paged=False,
    )
    planned = _planned(node, (field, args.where, args.order, None))
    if planned is not None:
        return _objects(planned.nodes, other)
    return [other(record=r) for r in await _related(node, info, kind, field, args)]


async def related_connection(
    node: GraphNode,
    info: Info,
    kind: str,
    field: str,
    other: type[NodeT],
    where: object | None,
    order_by: list[Any] | None,
    *,
    first: int | None,
    after: str | None,
    last: int | None,
    before: str | None,
) -> Connection[NodeT]:
    """A ``<field>Connection`` (``Step.painPointsConnection``): the same related nodes
    as :func:`related_list`, a page at a time."""
    args = list_arguments(
        _other_kind(kind, field),
        info.context.settings,
        where=where,
        order_by=order_by,
        positional=True,
        first=first,
        after=after,
        last=last,
        before=before,
    )
    assert args.window is not None
    planned = _planned(node, (field, args.where, args.order, args.window))
    if planned is not None:
        return planned_connection(planned, args.order, lambda n: _object(n, other))
    records = await _related(node, info, kind, field, args)
    paged = window(records, args.order, args.window)
    return to_connection(paged, args.order, lambda r: other(record=r))


def _planned(node: GraphNode, key: RelatedKey) -> ReadPage | None:
    """What a read plan read for this field of ``node``, if a plan read the node."""
    return node.related.get(key) if node.related is not None else None


def _object(node: ReadNode, other: type[NodeT]) -> NodeT:
    return other(record=node.record, related=node.related)


def _objects(nodes: list[ReadNode], other: type[NodeT]) -> list[NodeT]:
    return [_object(n, other) for n in nodes]


def _other_kind(kind: str, field: str) -> str:
    return relationship_fields(kind)[field].other_kind


async def _related(
    node: GraphNode, info: Info, kind: str, field: str, args: ListArguments
) -> list[NodeRecord]:
    """Every related node passing ``args.where``, in order, through the request's loader."""
    loaders: Loaders = info.context.loaders
    loader = loaders.neighbours(kind, field, args.where, args.order)
    return await loader.load(node.record.key)


def field_readers(kind: str) -> dict[str, FieldReader]:
    """The reader of each field of ``kind``'s type without a resolver, by Python name:
    the audit fields every node has, and the kind's properties."""
    readers = dict(AUDIT_READERS)
    for attr, field in NODE_KINDS[kind].fields().items():
        name = field.alias or attr
        if carried_name(field, attr):
            readers[attr] = _carried_reader(name)
        else:
            readers[attr] = PropertyReader(name, base_type(field)[0])
    return readers


class PropertyReader:
    """Reads the stored property ``stored`` as the value Strawberry serialises; what it
    reads is public, so that a planned answer can take plain values without the record."""

    __slots__ = ("python_type", "stored")

    def __init__(self, stored: str, python_type: Any) -> None:
        self.stored = stored
        self.python_type = python_type

    def __call__(self, record: NodeRecord) -> Any:
        return to_graphql(record.props.get(self.stored), self.python_type)


def _carried_reader(name: str) -> FieldReader:
    """Reads the stored list ``name`` (translations, attributes) as GraphQL objects."""

    def read(record: NodeRecord) -> Any:
        return output_list(name, record.props.get(name))

    return read
