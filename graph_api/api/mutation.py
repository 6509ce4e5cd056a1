"""The Mutation type: create, update and delete per kind; link and unlink."""

import asyncio
from typing import Annotated, Any

import strawberry
from strawberry.types import Info

from graph_api.api import archimate_exchange, model_exchange
from graph_api.errors import FieldError, ValidationFailed
from graph_api.graphql.arguments import (
    ExpectedVersion,
    FieldName,
    NewKey,
    SourceId,
    TargetId,
)
from graph_api.graphql.ids import global_id, node_ref, of_kind_forms, resolve_node
from graph_api.graphql.types.base import DeletedNode, GraphNode, LinkResult
from graph_api.graphql.types.inputs import CREATE_INPUTS, PATCH_INPUTS, input_values
from graph_api.graphql.types.nodes import NODE_TYPES, to_node
from graph_api.metamodel import NODE_KINDS, relationship_fields
from graph_api.security.authorization import needs
from graph_api.security.roles import Role
from graph_api.services import nodes as node_service
from graph_api.store.base import GraphStore, NodeRef


def _actor(info: Info) -> str:
    """Who the write is recorded as made by: the caller's subject."""
    subject: str = info.context.principal.subject
    return subject


def _node_of_kind(kind: str, what: str) -> Any:
    """The ``id`` argument of a mutation of ``kind``."""
    return Annotated[
        strawberry.ID,
        strawberry.argument(description=f"The {kind} to {what}: {of_kind_forms(kind)}."),
    ]


def _create_field(kind: str) -> Any:
    node_type, input_type = NODE_TYPES[kind], CREATE_INPUTS[kind]

    async def resolve(
        info: Info,
        input: Annotated[
            input_type,  # type: ignore[valid-type]
            strawberry.argument(description="The new node's properties."),
        ],
        key: NewKey = None,
    ) -> node_type:  # type: ignore[valid-type]
        record = await node_service.create_node(
            info.context.store, kind, key, input_values(input), actor=_actor(info)
        )
        return to_node(record)

    return strawberry.mutation(
        resolver=resolve,
        name=f"create{kind}",
        metadata=needs(Role.EDITOR),
        description=f"Create a {kind}. Without `key`, the key is derived from its "
        f"{NODE_KINDS[kind].label_field}. CONFLICT if the key is taken.",
    )


def _update_field(kind: str) -> Any:
    node_type, patch_type = NODE_TYPES[kind], PATCH_INPUTS[kind]
    node_id = _node_of_kind(kind, "change")

    async def resolve(
        info: Info,
        id: node_id,  # type: ignore[valid-type]
        input: Annotated[
            patch_type,  # type: ignore[valid-type]
            strawberry.argument(description="The properties to change."),
        ],
        expected_version: ExpectedVersion = None,
    ) -> node_type:  # type: ignore[valid-type]
        ref = node_ref(id, kind, "id")
        record = await node_service.update_node(
            info.context.store,
            kind,
            ref.key,
            input_values(input),
            expected_version,
            actor=_actor(info),
        )
        return to_node(record)

    return strawberry.mutation(
        resolver=resolve,
        name=f"update{kind}",
        metadata=needs(Role.EDITOR),
        description=f"Change properties of a {kind}. With "
        "`expectedVersion`, CONFLICT if the node changed since that version.",
    )


def _delete_field(kind: str) -> Any:
    node_id = _node_of_kind(kind, "delete")

    async def resolve(
        info: Info,
        id: node_id,  # type: ignore[valid-type]
        expected_version: ExpectedVersion = None,
    ) -> DeletedNode:
        ref = node_ref(id, kind, "id")
        await node_service.delete_node(
            info.context.store, kind, ref.key, expected_version, actor=_actor(info)
        )
        return DeletedNode(id=strawberry.ID(global_id(ref)), kind=kind, key=ref.key)

    return strawberry.mutation(
        resolver=resolve,
        name=f"delete{kind}",
        metadata=needs(Role.ADMIN),
        description=f"Delete a {kind} and all its relationships.",
    )


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
    info: Info, source_id: str, field: str, target_id: str, *, remove: bool
) -> LinkResult:
    source, target = await _link_ends(info, source_id, field, target_id)
    type_, start, end = node_service.resolve_link(source, field, target)
    change = node_service.unlink if remove else node_service.link
    await change(info.context.store, type_, start, end, actor=_actor(info))
    loaders = info.context.loaders
    start_record, end_record = await asyncio.gather(
        loaders.nodes(start.kind).load(start.key), loaders.nodes(end.kind).load(end.key)
    )
    assert start_record is not None and end_record is not None  # the write just checked them
    return LinkResult(type=type_, source=to_node(start_record), target=to_node(end_record))


async def _link(
    info: Info, source_id: SourceId, field: FieldName, target_id: TargetId
) -> LinkResult:
    return await _relate(info, source_id, field, target_id, remove=False)


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
    for kind in NODE_KINDS:
        namespace[f"create_{kind}"] = _create_field(kind)
        namespace[f"update_{kind}"] = _update_field(kind)
        namespace[f"delete_{kind}"] = _delete_field(kind)
    return strawberry.type(type("Mutation", (), namespace), description="Changing the graph.")


__all__ = ["GraphNode", "build_mutation"]
