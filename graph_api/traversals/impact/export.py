"""The whole ``impact`` answer as NDJSON, for tools that want every hit.

``GET /impact.ndjson`` (:mod:`graph_api.api.impact_export`) and ``graph-api impact
export`` both write it from here: :func:`read_impact` runs the full traversal (the same
one, with the same chains, as the ``impact`` field) and reads the labels, then
:func:`ndjson_lines` serialises one line at a time, so a caller writes each line as it
is made instead of building the whole text (tens of megabytes at scale) first.

The first line is the summary::

    {"type":"summary","start":{"kind","key","id","label"},"total":N,
     "byKind":[{"kind","count","nearest"}...],"byDistance":[{"distance","count"}...]}

then one line per hit::

    {"type":"hit","kind","key","id","label","distance",
     "path":[{"type","source":{"kind","key"},"target":{"kind","key"},"forward"}...]}

in the order of the ``impact`` field's ``groups``: kinds by their nearest hit's distance,
then by name (``byKind`` lists them in that order); within a kind by distance, then key.
``path`` is the explaining chain in walking order, each relationship in its stored
direction with ``forward`` telling how the walk crossed it.
"""

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import orjson

from graph_api.errors import FieldError, NotFound, ValidationFailed
from graph_api.graphql.ids import global_id
from graph_api.metamodel import node_spec
from graph_api.store.base import GraphStore, NodeRecord, NodeRef
from graph_api.traversals.impact.graphql import MAX_DEPTH, TRAVERSAL
from graph_api.traversals.impact.result import Hop, ImpactQuery, ImpactRow

MEDIA_TYPE = "application/x-ndjson"
"""The media type of the export (one JSON object per line, UTF-8)."""

DEFAULT_DEPTH = 6
"""The longest chain followed when none is asked, as the ``impact`` field's default."""


@dataclass(frozen=True, slots=True)
class ImpactExport:
    """What a change to ``start`` hits: ``rows`` in export order, with the labels of the
    start and of every node hit."""

    start: NodeRef
    rows: list[ImpactRow]
    labels: Mapping[NodeRef, str]


def depth_error(max_depth: int, name: str) -> FieldError | None:
    """Why ``max_depth`` (the argument ``name``) is no depth to walk, or None."""
    if 1 <= max_depth <= MAX_DEPTH:
        return None
    return FieldError(name, f"must be between 1 and {MAX_DEPTH}, got {max_depth}")


def export_order(rows: Sequence[ImpactRow]) -> list[ImpactRow]:
    """``rows`` as the ``groups`` of the ``impact`` field list them: kinds by their
    nearest hit, then name; within a kind by distance, then key."""
    nearest: dict[str, int] = {}
    for row in rows:
        kind = row.node.kind
        nearest[kind] = min(nearest.get(kind, row.distance), row.distance)
    return sorted(
        rows,
        key=lambda r: (nearest[r.node.kind], r.node.kind, r.distance, r.node.key),
    )


def _label(record: NodeRecord) -> str:
    """A node's label as the API's ``label`` field gives it."""
    return str(record.props.get(node_spec(record.kind).label_field, ""))


async def _labels(
    store: GraphStore, start: NodeRecord, rows: Sequence[ImpactRow]
) -> dict[NodeRef, str]:
    """The labels of the start and of the nodes hit, read in one call per kind."""
    by_kind: dict[str, list[str]] = {}
    for row in rows:
        by_kind.setdefault(row.node.kind, []).append(row.node.key)
    labels = {start.ref: _label(start)}
    for kind, keys in by_kind.items():
        for record in (await store.get_nodes(kind, keys)).values():
            labels[record.ref] = _label(record)
    return labels


async def read_impact(store: GraphStore, start: NodeRef, max_depth: int) -> ImpactExport:
    """What a change to ``start`` hits within ``max_depth`` relationships, ready to write;
    VALIDATION (at ``maxDepth``) for a depth out of range, NOT_FOUND when ``start`` does
    not exist."""
    if (error := depth_error(max_depth, "maxDepth")) is not None:
        raise ValidationFailed([error])
    found = await store.get_nodes(start.kind, [start.key])
    if start.key not in found:
        raise NotFound(start.kind, start.key)
    rows = await store.traverse(TRAVERSAL, ImpactQuery(start, max_depth))
    labels = await _labels(store, found[start.key], rows)
    return ImpactExport(start, export_order(rows), labels)


def _end(ref: NodeRef) -> dict[str, str]:
    return {"kind": ref.kind, "key": ref.key}


def _hop(hop: Hop) -> dict[str, Any]:
    return {
        "type": hop.type,
        "source": _end(hop.source),
        "target": _end(hop.target),
        "forward": hop.forward,
    }


def summary(export: ImpactExport) -> dict[str, Any]:
    """The first line's object: the start, how many nodes are hit, by kind (in export
    order, each with its nearest distance) and by distance (nearest first)."""
    start = export.start
    by_kind: dict[str, dict[str, Any]] = {}
    by_distance: dict[int, int] = {}
    for row in export.rows:  # in export order: each kind's first row is its nearest
        kind = by_kind.setdefault(
            row.node.kind, {"kind": row.node.kind, "count": 0, "nearest": row.distance}
        )
        kind["count"] += 1
        by_distance[row.distance] = by_distance.get(row.distance, 0) + 1
    return {
        "type": "summary",
        "start": {
            "kind": start.kind,
            "key": start.key,
            "id": global_id(start),
            "label": export.labels.get(start, ""),
        },
        "total": len(export.rows),
        "byKind": list(by_kind.values()),
        "byDistance": [
            {"distance": distance, "count": count}
            for distance, count in sorted(by_distance.items())
        ],
    }


def hit(row: ImpactRow, labels: Mapping[NodeRef, str]) -> dict[str, Any]:
    """One hit's object: the node, its distance and its explaining chain."""
    node = row.node
    return {
        "type": "hit",
        "kind": node.kind,
        "key": node.key,
        "id": global_id(node),
        "label": labels.get(node, ""),
        "distance": row.distance,
        "path": [_hop(h) for h in row.hops],
    }


def ndjson_lines(export: ImpactExport) -> Iterator[bytes]:
    """The export as NDJSON lines (UTF-8, each ending in a newline), made one at a time."""
    yield orjson.dumps(summary(export), option=orjson.OPT_APPEND_NEWLINE)
    labels = export.labels
    for row in export.rows:
        yield orjson.dumps(hit(row, labels), option=orjson.OPT_APPEND_NEWLINE)


__all__ = [
    "DEFAULT_DEPTH",
    "MAX_DEPTH",
    "MEDIA_TYPE",
    "ImpactExport",
    "depth_error",
    "export_order",
    "hit",
    "ndjson_lines",
    "read_impact",
    "summary",
]
