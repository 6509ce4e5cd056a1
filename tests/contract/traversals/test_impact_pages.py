"""GraphStore contract, impact's paged answer (both stores): counts and pages of hits.

Held to the whole answer (:data:`graph_api.traversals.IMPACT`) on the small graph of
:mod:`tests.contract.traversals.graph_queries` and on the demo model: the counts by kind
and distance are the whole answer's; pages of every size, one kind at a time or all kinds
in one call, partition each kind's hits in the whole answer's order with the same
distances and chains; a position between calls (a cursor) resumes exactly; kinds nothing
of is hit, a start with nothing to hit and a missing start answer empty pages; several
pages, the counts and the records of the nodes on the pages' chains are one query on
Neo4j.
"""

from collections import Counter

import pytest

from graph_api.metamodel import NODE_KINDS
from graph_api.store.base import GraphStore, NodeRef
from graph_api.traversals import IMPACT
from graph_api.traversals.impact.reads import PAGED
from graph_api.traversals.impact.result import (
    HitsPage,
    HitsRequest,
    ImpactCount,
    ImpactPages,
    ImpactPagesQuery,
    ImpactQuery,
    ImpactRow,
    chain_nodes,
)
from tests.contract.traversals.graph_queries import APP, BUY, CRM, KIOSK, SALES, write_graph

IVR = NodeRef("System", "telephony-ivr")
DEMO_CRM = NodeRef("System", "crm")
LANDSCAPE = NodeRef("View", "integration-landscape")


async def whole(store: GraphStore, start: NodeRef, depth: int) -> list[ImpactRow]:
    return await store.traverse(IMPACT, ImpactQuery(start, depth))


async def paged(
    store: GraphStore, start: NodeRef, depth: int, *pages: HitsRequest, summary: bool = False
) -> ImpactPages:
    return await store.traverse(PAGED, ImpactPagesQuery(start, depth, summary, pages))


def counts_of(rows: list[ImpactRow]) -> list[ImpactCount]:
    found = Counter((row.node.kind, row.distance) for row in rows)
    return [ImpactCount(kind, d, n) for (kind, d), n in sorted(found.items())]


def of_kind(rows: list[ImpactRow], kind: str) -> list[ImpactRow]:
    """The whole answer's hits of ``kind``, in a page's order (distance, then key)."""
    return [row for row in rows if row.node.kind == kind]


async def page_through(
    store: GraphStore, start: NodeRef, depth: int, first: int, kinds: list[str]
) -> dict[str, list[ImpactRow]]:
    """Every hit of ``kinds``, ``first`` at a time, every kind's next page in one call;
    checking each page's count, position and ``has_next`` on the way."""
    found: dict[str, list[ImpactRow]] = {kind: [] for kind in kinds}
    after: dict[str, tuple[int, str] | None] = dict.fromkeys(kinds)
    pending = list(kinds)
    while pending:
        asked = [HitsRequest(kind, first, after[kind]) for kind in pending]
        answer = await paged(store, start, depth, *asked)
        pending = []
        for request, page in zip(asked, answer.pages, strict=True):
            rows = found[request.kind]
            assert page.before == len(rows), request
            assert 0 < len(page.rows) <= first or page.count == 0, request
            rows += page.rows
            assert page.has_next == (len(rows) < page.count), request
            if page.has_next:
                assert len(page.rows) == first
                last = page.rows[-1]
                after[request.kind] = (last.distance, last.node.key)
                pending.append(request.kind)
            else:
                assert len(rows) == page.count, request
    return found


async def test_the_counts_are_the_whole_answers(store: GraphStore) -> None:
    await write_graph(store)
    for start in (CRM, SALES, BUY, APP, KIOSK):
        for depth in (1, 3, 10):
            rows = await whole(store, start, depth)
            answer = await paged(store, start, depth, summary=True)
            assert answer.counts == counts_of(rows), (start, depth)
            assert answer.pages == []


async def test_no_counts_unless_asked(store: GraphStore) -> None:
    await write_graph(store)
    answer = await paged(store, CRM, 6, HitsRequest("Step", 5))
    assert answer.counts is None
    assert [row.node.key for row in answer.pages[0].rows] == ["buy", "pay"]


@pytest.mark.parametrize("first", [1, 2, 3, 100])
async def test_pages_partition_the_whole_answer(store: GraphStore, first: int) -> None:
    await write_graph(store)
    for start in (CRM, SALES, APP):
        rows = await whole(store, start, 10)
        found = await page_through(store, start, 10, first, list(NODE_KINDS))
        for kind in NODE_KINDS:
            assert found[kind] == of_kind(rows, kind), (start, kind)


async def test_one_kind_at_a_time_pages_the_same(store: GraphStore) -> None:
    await write_graph(store)
    rows = await whole(store, CRM, 6)
    for kind in ("Process", "Step", "Persona"):
        assert (await page_through(store, CRM, 6, 1, [kind]))[kind] == of_kind(rows, kind)


async def test_a_position_resumes_after_it_whatever_the_call(store: GraphStore) -> None:
    """A cursor holds (distance, key): the page after it is the same from a new call,
    and a position no hit has (a node removed since) resumes at the next one."""
    await write_graph(store)
    processes = of_kind(await whole(store, CRM, 6), "Process")  # billing 1, order 1, sales 2
    (page,) = (await paged(store, CRM, 6, HitsRequest("Process", 2, (1, "billing")))).pages
    assert page == HitsPage(3, 1, processes[1:3], False)
    (page,) = (await paged(store, CRM, 6, HitsRequest("Process", 1, (1, "cobol")))).pages
    assert page == HitsPage(3, 1, processes[1:2], True)
    (page,) = (await paged(store, CRM, 6, HitsRequest("Process", 5, (2, "sales")))).pages
    assert page == HitsPage(3, 3, [], False)


async def test_kinds_and_starts_with_no_hits(store: GraphStore) -> None:
    await write_graph(store)
    empty = HitsPage(0, 0, [], False)
    # nothing reaches a pain point, evidence or a channel from the CRM
    answer = await paged(store, CRM, 10, HitsRequest("PainPoint", 5), HitsRequest("Channel", 1))
    assert answer.pages == [empty, empty]
    for start in (KIOSK, NodeRef("System", "no-such-system"), NodeRef("View", "no-such-view")):
        answer = await paged(store, start, 6, HitsRequest("Step", 5), summary=True)
        assert answer == ImpactPages([], [empty]), start


async def test_the_same_page_twice_in_one_call(store: GraphStore) -> None:
    await write_graph(store)
    request = HitsRequest("Step", 1)
    answer = await paged(store, CRM, 6, request, request, summary=True)
    assert answer.pages[0] == answer.pages[1]
    assert answer.pages[0].rows == of_kind(await whole(store, CRM, 6), "Step")[:1]


async def test_counts_and_every_kinds_page_are_one_query_on_neo4j(store: GraphStore) -> None:
    await write_graph(store)
    before = getattr(store, "query_count", 0)
    answer = await paged(store, CRM, 10, *(HitsRequest(k, 20) for k in NODE_KINDS), summary=True)
    assert sum(page.count for page in answer.pages) == 11
    if store.name == "neo4j":
        assert store.query_count - before == 1  # type: ignore[attr-defined]


async def test_the_nodes_on_the_pages_chains_come_with_them(store: GraphStore) -> None:
    """Asked for, the records of every node the pages' chains name (hits, origins, the
    nodes between) come in the same call, each as reading it gives it; not otherwise."""
    await write_graph(store)
    named_per_start = []
    for start, first in ((CRM, 1), (SALES, 2), (APP, 20), (KIOSK, 5)):
        asked = tuple(HitsRequest(kind, first) for kind in NODE_KINDS)
        query = ImpactPagesQuery(start, 10, True, asked, nodes=True)
        before = getattr(store, "query_count", 0)
        answer = await store.traverse(PAGED, query)
        if store.name == "neo4j":
            assert store.query_count - before == 1  # type: ignore[attr-defined]
        named = set(chain_nodes([row for page in answer.pages for row in page.rows]))
        assert set(answer.nodes) == named, start
        named_per_start.append(len(named))
        for ref, record in answer.nodes.items():
            assert record == (await store.get_nodes(ref.kind, [ref.key]))[ref.key], ref
        plain = await paged(store, start, 10, *asked, summary=True)
        assert plain.nodes == {}
        assert (plain.counts, plain.pages) == (answer.counts, answer.pages)
    assert named_per_start[0] > 2 and named_per_start[-1] == 0  # KIOSK hits nothing


@pytest.mark.parametrize(
    ("start", "depth", "first"),
    [(IVR, 2, 1), (IVR, 6, 7), (DEMO_CRM, 6, 20), (DEMO_CRM, 3, 1), (LANDSCAPE, 3, 5)],
)
async def test_demo_pages_and_counts_are_the_whole_answers(
    demo_store: GraphStore, start: NodeRef, depth: int, first: int
) -> None:
    rows = await whole(demo_store, start, depth)
    assert rows, "the start must hit something"
    answer = await paged(demo_store, start, depth, summary=True)
    assert answer.counts == counts_of(rows)
    found = await page_through(demo_store, start, depth, first, list(NODE_KINDS))
    assert [row for kind in NODE_KINDS for row in found[kind]] == [
        row for kind in NODE_KINDS for row in of_kind(rows, kind)
    ]
