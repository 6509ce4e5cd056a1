"""One GraphQL object type per node kind, generated from the metamodel.

Each type implements ``GraphNode`` and has a field per property (described as in the
metamodel) and a field per relationship, resolved through the request's DataLoaders.
The types are built in two passes because relationships are cyclic: first the bare
classes, then their fields, then Strawberry decorates them all.
"""

from collections.abc import Callable
from typing import Any

import strawberry
from strawberry.types import Info

from graph_api.api.types.base import GraphNode
from graph_api.api.types.scalars import base_type, graphql_type, to_graphql
from graph_api.metamodel import NODE_KINDS, NodeSpec, RelationshipField, relationship_fields
from graph_api.store.base import NodeRecord


def _property_field(name: str, python_type: Any, annotation: Any, description: str) -> Any:
    def resolve(self: GraphNode) -> Any:
        return to_graphql(self.record.props.get(name), python_type)

    resolve.__annotations__["return"] = annotation
    return strawberry.field(resolver=resolve, name=name, description=description)


def _relationship_field(kind: str, spec: RelationshipField, other: type[GraphNode]) -> Any:
    rel = spec.relationship
    walk = f"({rel.source})-[:{rel.type}]->({rel.target})"
    if spec.direction == "out":
        description = f"{rel.description} Walks {walk}."
    else:
        description = (
            f"The {rel.source} nodes whose `{rel.out_field}` include this {rel.target}. "
            f"Walks {walk} backwards."
        )

    async def resolve_many(self: GraphNode, info: Info) -> list[GraphNode]:
        records = await info.context.loaders.neighbours(kind, spec.name).load(self.record.key)
        return [other(record=r) for r in records]

    async def resolve_one(self: GraphNode, info: Info) -> GraphNode | None:
        records = await info.context.loaders.neighbours(kind, spec.name).load(self.record.key)
        return other(record=records[0]) if records else None

    resolve: Callable[..., Any] = resolve_one if spec.single else resolve_many
    resolve.__annotations__["return"] = other | None if spec.single else list[other]  # type: ignore[valid-type]
    return strawberry.field(resolver=resolve, name=spec.name, description=description)


def _build() -> dict[str, type[GraphNode]]:
    bare: dict[str, type[GraphNode]] = {
        kind: type(kind, (GraphNode,), {"__annotations__": {}}) for kind in NODE_KINDS
    }
    for kind, spec in NODE_KINDS.items():
        cls = bare[kind]
        for attr, field in spec.properties.model_fields.items():
            name = field.alias or attr
            python_type, _ = base_type(field)
            described = field.description or name
            setattr(cls, attr, _property_field(name, python_type, graphql_type(field), described))
        for name, rel_field in relationship_fields(kind).items():
            setattr(
                cls, f"rel_{name}", _relationship_field(kind, rel_field, bare[rel_field.other_kind])
            )
    return {
        kind: strawberry.type(cls, description=_describe(NODE_KINDS[kind]))
        for kind, cls in bare.items()
    }


def _describe(spec: NodeSpec) -> str:
    return spec.description


NODE_TYPES: dict[str, type[GraphNode]] = _build()
"""The GraphQL type of each node kind, by kind name."""


def to_node(record: NodeRecord) -> GraphNode:
    """The GraphQL object for a stored node."""
    return NODE_TYPES[record.kind](record=record)
