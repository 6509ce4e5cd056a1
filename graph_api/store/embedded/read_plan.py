"""Read plans on the embedded store: one walk of the in-memory graph.

The listing, the relationship lists and their windows are the ones the store's own
``list_nodes`` and ``neighbours`` use (the functions below are theirs), so a plan's
answer is what reading level by level answers.
"""

from collections.abc import Iterable, Sequence

from graph_api.metamodel import RelationshipField
from graph_api.store.base import NodeRecord, NodeRef
from graph_api.store.embedded import listing
from graph_api.store.embedded.memory import MemoryGraph
from graph_api.store.listing import (
    Filter,
    ListQuery,
    Page,
    SortKey,
    default_order,
    sort_records,
    text_matches,
    window,
)
from graph_api.store.read_plan import (
    FieldRead,
    ReadNode,
    ReadPage,
    ReadPlan,
    in_key_order,
    windowed,
)


def page_of(memory: MemoryGraph, kind: str, query: ListQuery) -> Page:
    """A page of the nodes of ``kind`` that ``query`` selects, in its order."""
    records: Iterable[NodeRecord] = memory.nodes.get(kind, {}).values()
    if query.where is not None:
        where = query.where
        records = (r for r in records if listing.matches(memory, r, where))
    if query.text:
        text = query.text
        records = (r for r in records if text_matches(r, text))
    return window(sort_records(records, query.order), query.order, query.window)


def related_records(
    memory: MemoryGraph,
    field: RelationshipField,
    key: str,
    where: Filter | None,
    order: Sequence[SortKey],
) -> list[NodeRecord]:
    """The nodes at the other end of ``field`` from the node ``key`` that pass ``where``,
    in ``order`` (by default position, then key)."""
    rel = field.relationship
    own_kind = rel.source if field.direction == "out" else rel.target
    walk = memory.targets if field.direction == "out" else memory.sources
    refs = walk(NodeRef(own_kind, key), rel.type, field.other_kind)
    records = [r for r in map(memory.get, refs) if r is not None]
    if where is not None:
        records = [r for r in records if listing.matches(memory, r, where)]
    return sort_records(records, order or default_order(field.other_kind, positional=True))


def read(memory: MemoryGraph, plan: ReadPlan) -> ReadPage:
    """The plan's roots and everything below them, read from ``memory``."""
    if plan.keys is not None:
        by_key = memory.nodes.get(plan.kind, {})
        answer = in_key_order((ReadNode(by_key[k]) for k in plan.keys if k in by_key), plan.keys)
    else:
        assert plan.listing is not None
        page = page_of(memory, plan.kind, plan.listing)
        roots = [ReadNode(r) for r in page.records]
        answer = ReadPage(roots, page.total_count, page.has_next_page, page.has_previous_page)
    _expand(memory, answer.nodes, plan.below)
    return answer


def _expand(memory: MemoryGraph, nodes: list[ReadNode], reads: Sequence[FieldRead]) -> None:
    for read_ in reads:
        for node in nodes:
            records = related_records(
                memory, read_.field, node.record.key, read_.where, read_.order
            )
            related = windowed([ReadNode(r) for r in records], read_)
            node.related[read_.key] = related
            if read_.below:
                _expand(memory, related.nodes, read_.below)
