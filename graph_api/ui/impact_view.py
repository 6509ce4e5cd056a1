"""What a change to one node hits, for the impact page: grouped by kind as the
``impact`` query groups it, each node with its distance and its explaining chain."""

from collections.abc import Mapping
from dataclasses import dataclass
from itertools import groupby
from typing import Any

from graph_api.diagrams import read_labels
from graph_api.diagrams.labels import label
from graph_api.errors import NotFound
from graph_api.store.base import GraphStore, NodeRef
from graph_api.traversals import IMPACT
from graph_api.traversals.impact.result import ImpactQuery
from graph_api.ui.journey_map import impact_href

DEFAULT_DEPTH = 6
"""The longest chain followed, as the ``impact`` query's default ``maxDepth``."""
MAX_DEPTH = 10


@dataclass(frozen=True, slots=True)
class ChainNode:
    kind: str
    key: str
    name: str
    href: str


@dataclass(frozen=True, slots=True)
class ChainLink:
    """A relationship crossed: its type, and whether the walk went with its direction."""

    type: str
    forward: bool


@dataclass(frozen=True, slots=True)
class HitNode:
    node: ChainNode
    distance: int
    chain: list[ChainNode | ChainLink]
    """From the changed node to this one: node, link, node, ..."""


@dataclass(frozen=True, slots=True)
class HitGroup:
    kind: str
    items: list[HitNode]


@dataclass(frozen=True, slots=True)
class About:
    """What the changed node says of itself: its description, its label in other
    languages and its attributes (both kept from ArchiMate files, for instance)."""

    description: str | None
    translations: list[tuple[str, str]]
    """(language, label) pairs."""
    attributes: list[tuple[str, str]]
    """(name, value) pairs, in stored order."""

    @classmethod
    def of(cls, props: Mapping[str, Any]) -> "About":
        translations = props.get("translations") or []
        return cls(
            props.get("description"),
            [(t["language"], t["label"]) for t in translations if t.get("label")],
            [(a["name"], a["value"]) for a in props.get("attributes") or []],
        )


@dataclass(frozen=True, slots=True)
class ImpactView:
    start: ChainNode
    about: About
    depth: int
    groups: list[HitGroup]
    total: int


async def impact_view(store: GraphStore, start: NodeRef, depth: int) -> ImpactView:
    """What a change to ``start`` hits within ``depth`` hops; NotFound when it does not exist."""
    found = await store.get_nodes(start.kind, [start.key])
    if not found:
        raise NotFound(start.kind, start.key)
    rows = await store.traverse(IMPACT, ImpactQuery(start, depth))
    refs = [start, *(row.node for row in rows)]
    refs += [end for row in rows for hop in row.hops for end in (hop.source, hop.target)]
    labels = await read_labels(store, dict.fromkeys(refs))

    def node(ref: NodeRef) -> ChainNode:
        return ChainNode(ref.kind, ref.key, label(labels, ref), impact_href(ref))

    def chain(
        hops_start: NodeRef, row_hops: list[tuple[str, bool, NodeRef]]
    ) -> list[ChainNode | ChainLink]:
        out: list[ChainNode | ChainLink] = [node(hops_start)]
        for type_, forward, reached in row_hops:
            out += [ChainLink(type_, forward), node(reached)]
        return out

    # Grouped as the impact query groups: by kind, nearest first then key; groups by
    # their nearest node's distance, then kind.
    ordered = sorted(rows, key=lambda r: (r.node.kind, r.distance, r.node.key))
    groups = [
        HitGroup(
            kind,
            [
                HitNode(
                    node(row.node),
                    row.distance,
                    chain(
                        row.origin,
                        [
                            (hop.type, hop.forward, hop.target if hop.forward else hop.source)
                            for hop in row.hops
                        ],
                    ),
                )
                for row in items
            ],
        )
        for kind, items in ((k, list(g)) for k, g in groupby(ordered, key=lambda r: r.node.kind))
    ]
    groups.sort(key=lambda g: (g.items[0].distance, g.kind))
    return ImpactView(node(start), About.of(found[start.key].props), depth, groups, len(rows))
