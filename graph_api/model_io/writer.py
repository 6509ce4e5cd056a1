"""Writing the graph out as a model file: the format the reader reads, so that
export -> import into an empty store -> export gives the same document.

Nodes come per kind (in metamodel order), by key; each with its properties and its
outgoing relationship fields (a key for a single-ended field, a list of keys otherwise,
in the order the store lists neighbours; a link with an identifier as
``{key: <key>, identifier: <text>}``). Audit fields are not part of a model.
"""

import asyncio
import json
from enum import StrEnum
from typing import Any

import yaml

from graph_api.metamodel import NODE_KINDS, RelationshipField, outgoing_fields
from graph_api.model_io.loader import parse_document, parse_json_document
from graph_api.model_io.reader import FORMAT, LINK_IDENTIFIER
from graph_api.store.base import GraphStore, NodeRecord
from graph_api.store.listing import ListQuery

EXPORT_PAGE = 500


class ModelFormat(StrEnum):
    """How a model document is written."""

    YAML = "yaml"
    JSON = "json"


async def _all_records(store: GraphStore, kind: str) -> list[NodeRecord]:
    records: list[NodeRecord] = []
    after: str | None = None
    while True:
        page = await store.list_nodes(kind, ListQuery.by_key(EXPORT_PAGE, after))
        records.extend(page.records)
        if not page.has_next_page or not page.records:
            return records
        after = page.records[-1].key


async def export_model(store: GraphStore) -> dict[str, Any]:
    """The whole graph as a model document (a dict ready to dump)."""
    document: dict[str, Any] = {"format": FORMAT}
    for kind, spec in NODE_KINDS.items():
        records = await _all_records(store, kind)
        if not records:
            continue
        keys = [r.key for r in records]
        entries: dict[str, dict[str, Any]] = {
            r.key: {"key": r.key, **dict(sorted(r.props.items()))} for r in records
        }
        for name, field in outgoing_fields(kind).items():
            for key, links in (await links_along(store, field, keys)).items():
                if links:
                    targets = [_target(other.key, identifier) for other, identifier in links]
                    entries[key][name] = targets[0] if field.single else targets
        document[spec.plural] = [entries[key] for key in keys]
    return document


async def links_along(
    store: GraphStore, field: RelationshipField, keys: list[str]
) -> dict[str, list[tuple[NodeRecord, str | None]]]:
    """For each key, the nodes at the other end of ``field`` (in the order the store lists
    neighbours), each with the identifier of the link to it (None when it has none)."""
    # Two reads at once: on Neo4j, two round trips in the time of one.
    found, identifiers = await asyncio.gather(
        store.neighbours(field, keys), store.link_identifiers(field, keys)
    )
    return {
        key: [(other, identifiers.get(key, {}).get(other.key)) for other in others]
        for key, others in found.items()
    }


def _target(key: str, identifier: str | None) -> str | dict[str, str]:
    """A link's target as the file gives it: its key, with the link's identifier if any."""
    return key if identifier is None else {"key": key, LINK_IDENTIFIER: identifier}


def dump_document(document: dict[str, Any], fmt: ModelFormat = ModelFormat.YAML) -> str:
    """The document as YAML or JSON text."""
    if fmt is ModelFormat.JSON:
        text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
        # Escaped all the same: a tool that reads JSON as YAML (for which these two are line
        # breaks, the white space around them folded away) or as JavaScript before ES2019
        # (for which they end a string) reads the same text.
        return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100)


def parse_text(text: str, fmt: ModelFormat = ModelFormat.YAML, source: str = "model") -> Any:
    """Parse a model document; a syntax error is a VALIDATION error with its place."""
    if fmt is ModelFormat.YAML:
        return parse_document(text, source)
    return parse_json_document(text, source)
