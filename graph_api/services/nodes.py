"""Single-node writes as the API offers them: create, update, delete, link, unlink.

Each validates its input against the metamodel before anything reaches the store, and
each is one atomic store write.
"""

from collections.abc import Mapping
from typing import Any

from graph_api.errors import FieldError, NotFound, ValidationFailed
from graph_api.metamodel import node_spec, relationship_fields
from graph_api.metamodel.validation import (
    derive_key,
    key_error,
    label_failed,
    property_errors,
    validated_properties,
)
from graph_api.store.base import (
    SYSTEM,
    AddLink,
    DeleteNode,
    GraphStore,
    NodeRecord,
    NodeRef,
    RemoveLink,
    UpsertNode,
)
from graph_api.store.rules import require_link_identifier, require_relationship


async def create_node(
    store: GraphStore,
    kind: str,
    key: str | None,
    values: Mapping[str, Any],
    *,
    actor: str = SYSTEM,
) -> NodeRecord:
    """Create a node; its key is derived from its label when not given.

    VALIDATION lists every problem at once: the key's, then each property's."""
    props, errors = property_errors(kind, values)
    key = key if key is not None else derive_key(kind, props or values)
    if key is None:
        if not label_failed(kind, errors):  # else the label's own error says why
            label = node_spec(kind).label_field
            errors.insert(0, FieldError("key", f"give a key: none can be derived from the {label}"))
    elif err := key_error(key):
        errors.insert(0, err)
    if errors or key is None:
        raise ValidationFailed(errors, f"invalid {kind}")
    result = await store.write([UpsertNode(kind, key, props, create_only=True)], actor=actor)
    return result.records[NodeRef(kind, key)]


async def get_node(store: GraphStore, kind: str, key: str) -> NodeRecord:
    found = await store.get_nodes(kind, [key])
    if key not in found:
        raise NotFound(kind, key)
    return found[key]


async def update_node(
    store: GraphStore,
    kind: str,
    key: str,
    changes: Mapping[str, Any],
    expected_version: int | None = None,
    *,
    actor: str = SYSTEM,
) -> NodeRecord:
    """Change some properties of a node; ``None`` clears an optional property.

    The write is conditional on the version read here (or on ``expected_version`` when the
    client passes the one it read), so a concurrent change is reported as CONFLICT
    instead of being overwritten.
    """
    current = await get_node(store, kind, key)
    merged = {**current.props, **changes}
    props = validated_properties(kind, {k: v for k, v in merged.items() if v is not None})
    version = expected_version if expected_version is not None else current.version
    result = await store.write(
        [UpsertNode(kind, key, props, must_exist=True, expected_version=version)], actor=actor
    )
    return result.records[NodeRef(kind, key)]


async def delete_node(
    store: GraphStore,
    kind: str,
    key: str,
    expected_version: int | None = None,
    *,
    actor: str = SYSTEM,
) -> NodeRef:
    """Delete a node with its relationships."""
    await store.write([DeleteNode(kind, key, expected_version)], actor=actor)
    return NodeRef(kind, key)


def unknown_field(kind: str, field: str) -> FieldError:
    """The error of a link naming ``field``, which ``kind`` has no relationship field of."""
    allowed = ", ".join(sorted(relationship_fields(kind)))
    return FieldError("field", f"{kind} has no relationship field {field!r}; it has: {allowed}")


def resolve_link(source: NodeRef, field: str, target: NodeRef) -> tuple[str, NodeRef, NodeRef]:
    """The stored direction of a link named by a relationship field of ``source``.

    ``field`` is a GraphQL relationship field of the source kind, either way round
    (``Step.touchpoints`` or ``Step.painPoints``); the result is (type, from, to).
    """
    spec = relationship_fields(source.kind).get(field)
    if spec is None:
        raise ValidationFailed([unknown_field(source.kind, field)])
    if spec.other_kind != target.kind:
        raise ValidationFailed(
            [
                FieldError(
                    "target", f"{source.kind}.{field} leads to {spec.other_kind}, not {target.kind}"
                )
            ]
        )
    rel = spec.relationship
    if spec.direction == "out":
        return rel.type, source, target
    return rel.type, target, source


async def link(
    store: GraphStore,
    type_: str,
    source: NodeRef,
    target: NodeRef,
    *,
    actor: str = SYSTEM,
    identifier: str | None = None,
) -> None:
    """Ensure the link; with ``identifier``, give it that identifier (None keeps the one
    it has)."""
    op = AddLink(type_, source, target, identifier)
    require_relationship(type_, source, target)
    require_link_identifier(op)
    await store.write([op], actor=actor)


async def unlink(
    store: GraphStore, type_: str, source: NodeRef, target: NodeRef, *, actor: str = SYSTEM
) -> None:
    require_relationship(type_, source, target)
    await store.write([RemoveLink(type_, source, target)], actor=actor)
