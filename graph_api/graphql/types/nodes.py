"""One GraphQL object type per node kind, generated from the metamodel.

Each type implements ``GraphNode`` and has a field per property (described as in the
metamodel) and a field per relationship, resolved through the request's DataLoaders.
The types are built in two passes because relationships are cyclic: first the bare
classes, then their fields, then Strawberry decorates them all.
"""

from typing import Annotated, Any

import strawberry
from strawberry.types import Info

from graph_api.graphql.arguments import After, Before, First, Last
from graph_api.graphql.loaders import Loaders
from graph_api.graphql.types.base import (
    AUDIT_READERS,
    FIELD_READERS,
    Connection,
    FieldReader,
    GraphNode,
    record_field,
)
from graph_api.graphql.types.carried import OUTPUT_TYPES, carried_name, output_list
from graph_api.graphql.types.filters import ORDER_INPUTS, WHERE_INPUTS
from graph_api.graphql.types.list_arguments import ListArguments, list_arguments
from graph_api.graphql.types.pagination import to_connection
from graph_api.graphql.types.scalars import base_type, graphql_type, to_graphql
from graph_api.metamodel import NODE_KINDS, NodeSpec, RelationshipField, relationship_fields
from graph_api.store.base import NodeRecord
from graph_api.store.listing import window


def _property_reader(name: str, python_type: Any) -> FieldReader:
    """Reads the stored property ``name`` as the value Strawberry serialises."""

    def read(record: NodeRecord) -> Any:
        return to_graphql(record.props.get(name), python_type)

    return read


def _carried_reader(name: str) -> FieldReader:
    """Reads the stored list ``name`` (translations, attributes) as GraphQL objects."""

    def read(record: NodeRecord) -> Any:
        return output_list(name, record.props.get(name))

    return read


def _describe_walk(spec: RelationshipField) -> str:
    rel = spec.relationship
    walk = f"({rel.source})-[:{rel.type}]->({rel.target})"
    if spec.direction == "out":
        return f"{rel.description} Walks {walk}."
    return (
        f"The {rel.source} nodes whose `{rel.out_field}` include this {rel.target}. "
        f"Walks {walk} backwards."
    )


def _relationship_field(kind: str, spec: RelationshipField, other: type[GraphNode]) -> Any:
    """The field itself: the related node, or the list of them (filterable, ordered)."""
    other_kind, description = spec.other_kind, _describe_walk(spec)
    if spec.single:

        async def resolve_one(self: GraphNode, info: Info) -> GraphNode | None:
            loader = info.context.loaders.neighbours(kind, spec.name)
            records = await loader.load(self.record.key)
            return other(record=records[0]) if records else None

        resolve_one.__annotations__["return"] = other | None
        return strawberry.field(resolver=resolve_one, name=spec.name, description=description)

    where_type, order_type = WHERE_INPUTS[other_kind], ORDER_INPUTS[other_kind]

    async def resolve_many(
        self: GraphNode,
        info: Info,
        where: Annotated[
            where_type | None,  # type: ignore[valid-type]
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[order_type] | None,  # type: ignore[valid-type]
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> list[GraphNode]:
        settings = info.context.settings
        args = list_arguments(
            other_kind, settings, where=where, order_by=order_by, positional=True, paged=False
        )
        return [other(record=r) for r in await _related(self, info, kind, spec, args)]

    resolve_many.__annotations__["return"] = list[other]  # type: ignore[valid-type]
    return strawberry.field(
        resolver=resolve_many,
        name=spec.name,
        description=f"{description} In position order (then key) unless `orderBy` is given.",
    )


def _connection_field(kind: str, spec: RelationshipField, other: type[GraphNode]) -> Any:
    """``<field>Connection``: the same related nodes as a Relay connection."""
    other_kind = spec.other_kind
    where_type, order_type = WHERE_INPUTS[other_kind], ORDER_INPUTS[other_kind]

    async def resolve(
        self: GraphNode,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: Annotated[
            where_type | None,  # type: ignore[valid-type]
            strawberry.argument(description="Only the related nodes passing these tests."),
        ] = None,
        order_by: Annotated[
            list[order_type] | None,  # type: ignore[valid-type]
            strawberry.argument(description="The order, most significant first."),
        ] = None,
    ) -> Connection[GraphNode]:
        args = list_arguments(
            other_kind,
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
        records = await _related(self, info, kind, spec, args)
        page = window(records, args.order, args.window)
        return to_connection(page, args.order, lambda r: other(record=r))

    resolve.__annotations__["return"] = Connection[other]  # type: ignore[valid-type]
    return strawberry.field(
        resolver=resolve,
        name=f"{spec.name}Connection",
        description=f"`{spec.name}` a page at a time, with `totalCount` (Relay connection).",
    )


async def _related(
    node: GraphNode, info: Info, kind: str, spec: RelationshipField, args: ListArguments
) -> list[NodeRecord]:
    """Every related node passing ``args.where``, in order, through the request's loader."""
    loaders: Loaders = info.context.loaders
    loader = loaders.neighbours(kind, spec.name, args.where, args.order)
    return await loader.load(node.record.key)


def _build() -> dict[str, type[GraphNode]]:
    bare: dict[str, type[GraphNode]] = {
        kind: type(kind, (GraphNode,), {"__annotations__": {}}) for kind in NODE_KINDS
    }
    readers: dict[str, dict[str, FieldReader]] = {}
    for kind, spec in NODE_KINDS.items():
        cls = bare[kind]
        readers[kind] = dict(AUDIT_READERS)
        for attr, field in spec.fields().items():
            name = field.alias or attr
            # No resolver: read by base.read_field through the reader below.
            if carried_name(field, attr):
                cls.__annotations__[attr] = list[OUTPUT_TYPES[name]] | None  # type: ignore[valid-type]
                readers[kind][attr] = _carried_reader(name)
            else:
                python_type, _ = base_type(field)
                cls.__annotations__[attr] = graphql_type(field)
                readers[kind][attr] = _property_reader(name, python_type)
            setattr(cls, attr, record_field(field.description or name, name=name))
        for name, rel_field in relationship_fields(kind).items():
            other = bare[rel_field.other_kind]
            setattr(cls, f"rel_{name}", _relationship_field(kind, rel_field, other))
            if not rel_field.single:
                setattr(cls, f"conn_{name}", _connection_field(kind, rel_field, other))
    types = {
        kind: strawberry.type(cls, description=_describe(NODE_KINDS[kind]))
        for kind, cls in bare.items()
    }
    for kind, node_type in types.items():
        FIELD_READERS[node_type] = readers[kind]
    return types


def _describe(spec: NodeSpec) -> str:
    return spec.description


NODE_TYPES: dict[str, type[GraphNode]] = _build()
"""The GraphQL type of each node kind, by kind name."""


def to_node(record: NodeRecord) -> GraphNode:
    """The GraphQL object for a stored node."""
    return NODE_TYPES[record.kind](record=record)
