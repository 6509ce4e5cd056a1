"""The paged ``impact``'s GraphQL types: the summary, pages of hits per kind, their cursors.

A page's cursor holds its hit's place in the order of the kind's hits (distance, then
key) and the kind: the next page starts after that place whatever was added or removed
elsewhere since, and a cursor handed to another kind's hits is refused, not misread.
"""

import json
from collections import defaultdict
from collections.abc import Mapping

import strawberry

from graph_api.errors import FieldError, ValidationFailed
from graph_api.graphql.identity import ByIdentity
from graph_api.graphql.ids import b64_decode, b64_encode
from graph_api.graphql.types.base import GraphNode, PageInfo
from graph_api.graphql.types.node_kind import NodeKind, node_kind
from graph_api.metamodel import NODE_KINDS, is_key
from graph_api.store.base import NodeRef
from graph_api.traversals.impact.result import HitsPage, HitsRequest, ImpactCount, ImpactRow
from graph_api.traversals.impact.walked import WalkedRelationship, walked

MAX_HITS = 100
"""The largest page of hits."""

_CURSOR = "impact-hit:"


@strawberry.type(description="A node hit by the change, with one chain explaining why.")
class ImpactedNode:
    node: GraphNode = strawberry.field(description="The node hit.")
    distance: int = strawberry.field(description="How many relationships its shortest chain has.")
    path: list[WalkedRelationship] = strawberry.field(
        description="One shortest chain from the changed node to this one, in walking "
        "order: of the shortest, the one whose nodes (kind, then key, in order) come first."
    )


Walks = ByIdentity[WalkedRelationship]
"""The relationships made for the rows of one answer, by their hop: the stores make one
hop object per hop however many chains share it (every chain to a hit's predecessor is a
prefix of its chain), so the answer shares one relationship object per hop too, and
projects it once."""


def impacted(
    row: ImpactRow, nodes: Mapping[NodeRef, GraphNode], walks: Walks | None = None
) -> ImpactedNode:
    """``row`` with its node and its chain's nodes taken from ``nodes``; its relationships
    from ``walks`` where other rows of the answer made them."""
    if walks is None:
        walks = ByIdentity()
    path = []
    for hop in row.hops:
        made = walks.get(hop)
        path.append(made if made is not None else walks.put(hop, walked(hop, nodes)))
    return ImpactedNode(node=nodes[row.node], distance=row.distance, path=path)


@strawberry.type(description="How many nodes of one kind the change hits.")
class ImpactKindCount:
    kind: NodeKind = strawberry.field(description="The kind.")
    count: int = strawberry.field(description="How many nodes of this kind are hit.")
    nearest: int = strawberry.field(description="The distance of the nearest of them.")


@strawberry.type(description="How many nodes the change hits at one distance.")
class ImpactDistanceCount:
    distance: int = strawberry.field(description="The length of their shortest chains.")
    count: int = strawberry.field(description="How many nodes are hit at this distance.")


@strawberry.type(
    description="How many nodes a change hits, by kind and by distance, without the nodes."
)
class ImpactSummary:
    total: int = strawberry.field(description="How many nodes the change hits in all.")
    by_kind: list[ImpactKindCount] = strawberry.field(
        description="One count per kind hit, ordered as `groups` are: by the distance of "
        "the kind's nearest node, then by kind name."
    )
    by_distance: list[ImpactDistanceCount] = strawberry.field(
        description="One count per distance at which something is hit, nearest first."
    )


def summary_of(counts: list[ImpactCount]) -> ImpactSummary:
    """The summary of the counts by (kind, distance) a store answered."""
    by_kind: dict[str, list[ImpactCount]] = defaultdict(list)
    by_distance: dict[int, int] = defaultdict(int)
    for count in counts:
        by_kind[count.kind].append(count)
        by_distance[count.distance] += count.count
    kinds = [
        (min(c.distance for c in found), kind, sum(c.count for c in found))
        for kind, found in by_kind.items()
    ]
    return ImpactSummary(
        total=sum(c.count for c in counts),
        by_kind=[
            ImpactKindCount(kind=node_kind(kind), count=count, nearest=nearest)
            for nearest, kind, count in sorted(kinds)
        ],
        by_distance=[
            ImpactDistanceCount(distance=d, count=n) for d, n in sorted(by_distance.items())
        ],
    )


@strawberry.type(description="A page of the nodes of one kind that a change hits.")
class ImpactHitPage:
    kind: NodeKind = strawberry.field(description="The kind of the nodes.")
    count: int = strawberry.field(
        description="How many nodes of this kind are hit in all, whatever the page."
    )
    items: list[ImpactedNode] = strawberry.field(
        description="The page's nodes, nearest first, then by key, each with its chain."
    )
    page_info: PageInfo = strawberry.field(
        description="Whether more follow, and the cursor to pass as `after` for them."
    )


def hits_cursor(kind: str, distance: int, key: str) -> str:
    """The cursor of the hit of ``kind`` with ``key`` at ``distance``."""
    return b64_encode(_CURSOR + json.dumps([kind, distance, key]))


def hit_page(
    request: HitsRequest,
    page: HitsPage,
    nodes: Mapping[NodeRef, GraphNode],
    walks: Walks | None = None,
) -> ImpactHitPage:
    """The GraphQL page of ``request``, its nodes taken from ``nodes`` (``walks`` as for
    :func:`impacted`, shared by the pages of one answer)."""
    rows, kind = page.rows, request.kind
    return ImpactHitPage(
        kind=node_kind(kind),
        count=page.count,
        items=[impacted(row, nodes, walks) for row in rows],
        page_info=PageInfo(
            has_next_page=page.has_next,
            has_previous_page=page.before > 0,
            start_cursor=hits_cursor(kind, rows[0].distance, rows[0].node.key) if rows else None,
            end_cursor=hits_cursor(kind, rows[-1].distance, rows[-1].node.key) if rows else None,
        ),
    )


def hits_request(kind: str, first: int, after: str | None) -> HitsRequest:
    """The page ``hits(kind:, first:, after:)`` asks for; VALIDATION naming ``first`` or
    ``after`` when one is out of range or not a cursor of this kind's hits."""
    if not 1 <= first <= MAX_HITS:
        raise ValidationFailed([FieldError("first", f"must be between 1 and {MAX_HITS}")])
    if after is None:
        return HitsRequest(kind, first)
    return HitsRequest(kind, first, _position(after, kind))


def _position(cursor: str, kind: str) -> tuple[int, str]:
    """The (distance, key) a cursor of ``kind``'s hits holds."""
    text = b64_decode(cursor) or ""
    try:
        found = json.loads(text.removeprefix(_CURSOR)) if text.startswith(_CURSOR) else None
    except ValueError:
        found = None
    match found:
        case [str(of), int(distance), str(key)] if (
            of in NODE_KINDS and type(distance) is int and distance >= 1 and is_key(key)
        ):
            if of != kind:
                message = f"this cursor comes from the hits of kind {node_kind(of).name}"
                raise ValidationFailed([FieldError("after", message)])
            return distance, key
    message = f"{cursor!r} is not a cursor of impact hits: pass a page's endCursor"
    raise ValidationFailed([FieldError("after", message)])
