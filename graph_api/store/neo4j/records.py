"""Converting between Neo4j node maps and :class:`NodeRecord`."""

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from graph_api.metamodel import OBJECT_LIST_FIELDS
from graph_api.store.base import UNREAD_TIME, NodeRecord
from graph_api.store.search_terms import (
    TRANSLATION_DESCRIPTIONS,
    TRANSLATION_LABELS,
    translation_texts,
)

AUDIT_FIELDS = ("key", "createdAt", "updatedAt", "version", "createdBy", "updatedBy")
_DERIVED = (TRANSLATION_LABELS, TRANSLATION_DESCRIPTIONS)
"""Stored for the full-text index only, never read back as properties."""
_NOT_PROPERTIES = frozenset((*AUDIT_FIELDS, *_DERIVED))


def _native(value: Any) -> datetime:
    """An audit time as read: ISO text (``cypher.node_map``) or a driver DateTime."""
    if isinstance(value, str):
        return datetime.fromisoformat(value)
    to_native = getattr(value, "to_native", None)
    return to_native() if to_native else value  # type: ignore[no-any-return]


def encode_carried(props: Mapping[str, Any]) -> dict[str, Any]:
    """Properties as Neo4j stores them: lists of objects (translations, attributes, a
    view's drawing), which Neo4j cannot hold, as JSON text, and the translations' texts
    for the index."""
    stored = dict(props)
    stored.update(translation_texts(stored.get("translations")))
    for name in OBJECT_LIST_FIELDS:
        if name in stored:
            stored[name] = json.dumps(stored[name], ensure_ascii=False, separators=(",", ":"))
    return stored


def _decode_carried(props: dict[str, Any]) -> dict[str, Any]:
    for name in OBJECT_LIST_FIELDS:
        if isinstance(props.get(name), str):
            props[name] = json.loads(props[name])
    return props


def to_record(kind: str, props: Mapping[str, Any]) -> NodeRecord:
    """A node map (``cypher.node_map``) as a record; audit fields split from properties."""
    own = _decode_carried({k: v for k, v in props.items() if k not in _NOT_PROPERTIES})
    return NodeRecord(
        kind=kind,
        key=props["key"],
        props=own,
        created_at=_native(props["createdAt"]),
        updated_at=_native(props["updatedAt"]),
        version=int(props["version"]),
        created_by=str(props.get("createdBy", "")),
        updated_by=str(props.get("updatedBy", "")),
    )


def to_partial_record(kind: str, props: Mapping[str, Any]) -> NodeRecord:
    """A read plan's projection of a node (the properties its selection reads, missing
    ones as null) as a record: the audit fields it did not read are stand-ins."""
    own = _decode_carried(
        {k: v for k, v in props.items() if k not in _NOT_PROPERTIES and v is not None}
    )
    return NodeRecord(
        kind=kind,
        key=props["key"],
        props=own,
        created_at=_native(props.get("createdAt") or UNREAD_TIME),
        updated_at=_native(props.get("updatedAt") or UNREAD_TIME),
        version=int(props.get("version") or 0),
        created_by=str(props.get("createdBy") or ""),
        updated_by=str(props.get("updatedBy") or ""),
    )


def to_properties(record: NodeRecord) -> dict[str, Any]:
    """Everything stored on the Neo4j node: properties plus audit fields."""
    return {
        **encode_carried(record.props),
        "key": record.key,
        "createdAt": record.created_at,
        "updatedAt": record.updated_at,
        "version": record.version,
        "createdBy": record.created_by,
        "updatedBy": record.updated_by,
    }
