"""The Mutation type: create, update and delete per kind; link and unlink."""

import asyncio
from typing import Annotated, Any

import strawberry
from strawberry.types import Info

from graph_api.api import archimate_exchange, ingestion, model_exchange
from graph_api.api.node_fields import NodeMutations
from graph_api.api.node_resolvers import actor, declared_fields
from graph_api.errors import FieldError, ValidationFailed
from graph_api.graphql.arguments import FieldName, SourceId, TargetId
from graph_api.graphql.ids import resolve_node
from graph_api.graphql.types.base import GraphNode, LinkResult
from graph_api.graphql.types.nodes import to_node
from graph_api.metamodel import find_relationship, outgoing_fields, relationship_fields
from graph_api.security.authorization import needs
from graph_api.security.roles import Role
from graph_api.services import nodes as node_service
from graph_api.store.base import GraphStore, NodeRef


async def _link_ends(
    info: Info, source_id: str, field: str, target_id: str
) -> tuple[NodeRef, NodeRef]:
    """The nodes a link names: the source of any kind, the target of the kind ``field``
    leads to (so a bare key is enough). When the source or the field is wrong, the
    target is still checked (as any kind), so that one answer lists every problem."""
    store = info.context.store
    try:
        source = await resolve_node(store, source_id, "sourceId")
    except ValidationFailed as exc:
        raise ValidationFailed([*exc.errors, *await _target_errors(store, target_id)]) from exc
    spec = relationship_fields(source.kind).get(field)
    if spec is None:
        unknown = node_service.unknown_field(source.kind, field)
        raise ValidationFailed([unknown, *await _target_errors(store, target_id)])
    because = f"{source.kind}.{field} leads to {spec.other_kind}"
    target = await resolve_node(store, target_id, "targetId", spec.other_kind, kind_because=because)
    return source, target


async def _target_errors(store: GraphStore, target_id: str) -> list[FieldError]:
    """What is wrong with ``targetId`` read as a node of any kind (nothing: [])."""
    try:
        await resolve_node(store, target_id, "targetId")
    except ValidationFailed as exc:
        return exc.errors
    return []


async def _relate(
    info: Info,
    source_id: str,
    field: str,
    target_id: str,
    *,
    remove: bool,
    identifier: str | None = None,
) -> LinkResult:
    source, target = await _link_ends(info, source_id, field, target_id)
    type_, start, end = node_service.resolve_link(source, field, target)
    store = info.context.store
    if remove:
        await node_service.unlink(store, type_, start, end, actor=actor(info))
    else:
        await node_service.link(store, type_, start, end, actor=actor(info), identifier=identifier)
    loaders = info.context.loaders
    start_record, end_record = await asyncio.gather(
        loaders.nodes(start.kind).load(start.key), loaders.nodes(end.kind).load(end.key)
    )
    assert start_record is not None and end_record is not None  # the write just checked them
    kept = None if remove else await _identifier_of(store, type_, start, end)
    return LinkResult(
        type=type_, source=to_node(start_record), target=to_node(end_record), identifier=kept
    )


async def _identifier_of(store: GraphStore, type_: str, start: NodeRef, end: NodeRef) -> str | None:
    """The identifier the relationship ``start -[type_]-> end`` keeps, if any."""
    spec = find_relationship(start.kind, type_, end.kind)
    assert spec is not None  # resolve_link only names allowed triples
    field = outgoing_fields(start.kind)[spec.out_field]
    return (await store.link_identifiers(field, [start.key])).get(start.key, {}).get(end.key)


LinkIdentifier = Annotated[
    str | None,
    strawberry.argument(
        description="Another tool's identifier for the relationship (an ArchiMate "
        "relationship's `identifier`), kept with it and written by `exportModel`: 1 to 200 "
        "characters, not only white space, no control characters; not unique. Given, it "
        "replaces the one the relationship has; left out, that one is kept."
    ),
]


async def _link(
    info: Info,
    source_id: SourceId,
    field: FieldName,
    target_id: TargetId,
    identifier: LinkIdentifier = None,
) -> LinkResult:
    return await _relate(info, source_id, field, target_id, remove=False, identifier=identifier)


async def _unlink(
    info: Info, source_id: SourceId, field: FieldName, target_id: TargetId
) -> LinkResult:
    return await _relate(info, source_id, field, target_id, remove=True)


_LINK_HELP = (
    "`field` is a relationship field of the source's type, either direction (e.g. "
    "`touchpoints` or `painPoints` on a Step); `targetId` must be of the kind it leads to."
)


def build_mutation() -> type:
    namespace: dict[str, Any] = {
        **model_exchange.MUTATION_FIELDS,
        **archimate_exchange.MUTATION_FIELDS,
        **ingestion.MUTATION_FIELDS,
        "link": strawberry.mutation(
            resolver=_link,
            metadata=needs(Role.EDITOR),
            description=f"Relate two nodes (idempotent). {_LINK_HELP}",
        ),
        "unlink": strawberry.mutation(
            resolver=_unlink,
            metadata=needs(Role.EDITOR),
            description=f"Remove a relationship; NOT_FOUND if absent. {_LINK_HELP}",
        ),
    }
    # Create, update and delete per kind: generated, in graph_api/api/node_fields.py.
    namespace.update(declared_fields(NodeMutations))
    return strawberry.type(type("Mutation", (), namespace), description="Changing the graph.")


__all__ = ["GraphNode", "build_mutation"]
