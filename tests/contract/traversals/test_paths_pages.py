"""GraphStore contract, ``paths`` read page by page (both stores).

On the demo model, the website channel and the integration platform are linked by 18
shortest paths (of length 4): pages of any size, each starting after the last path of
the one before (``after``: that path's order key), partition them in their stable order,
with ``before`` and ``total`` saying where each page sits; a place that is no path's
(one removed since) starts the page at the next path; past the last, nothing. Each page
is one query on Neo4j. On a small graph, two relationships between the same nodes are
two places in the order.
"""

import pytest

from graph_api.store.base import GraphStore
from graph_api.traversals import PATHS
from graph_api.traversals.paths.result import GraphPath, PathOrder, PathsQuery, path_order
from tests.contract.helpers import link, ref, write_small_graph
from tests.contract.traversals.product_graph import one_query

WEBSITE, PLATFORM = ref("Channel", "website"), ref("System", "integration-platform")
TOTAL = 18


async def every_path(store: GraphStore) -> list[GraphPath]:
    result = await store.traverse(PATHS, PathsQuery(WEBSITE, PLATFORM, 10, 100))
    assert (result.length, result.total, result.before) == (4, TOTAL, 0)
    assert len(result.paths) == TOTAL
    return result.paths


async def pages(store: GraphStore, size: int) -> list[list[GraphPath]]:
    """Every page of ``size`` paths, read each after the last path of the one before."""
    read: list[list[GraphPath]] = []
    after: PathOrder | None = None
    while True:
        query = PathsQuery(WEBSITE, PLATFORM, 10, size, after)
        result = await one_query(store, store.traverse(PATHS, query))
        assert (result.length, result.total) == (4, TOTAL)
        assert result.before == sum(len(page) for page in read)
        if not result.paths:
            return read
        read.append(result.paths)
        after = path_order(result.paths[-1])


@pytest.mark.parametrize("size", [1, 5, 7, TOTAL])
async def test_pages_partition_every_shortest_path(demo_store: GraphStore, size: int) -> None:
    everything = await every_path(demo_store)
    orders = [path_order(path) for path in everything]
    assert orders == sorted(orders) and len(set(orders)) == TOTAL
    read = await pages(demo_store, size)
    assert [len(page) for page in read] == [
        min(size, TOTAL - start) for start in range(0, TOTAL, size)
    ]
    assert [path for page in read for path in page] == everything


async def test_a_place_that_is_no_paths_starts_at_the_next(demo_store: GraphStore) -> None:
    everything = await every_path(demo_store)
    nodes, hops = path_order(everything[4])
    # Just after the fifth path's place (a list sorts after its prefixes), before the
    # sixth's: as if a path had been there and was removed since.
    between = (nodes, (*hops, ("", False)))
    assert path_order(everything[4]) < between < path_order(everything[5])
    result = await demo_store.traverse(PATHS, PathsQuery(WEBSITE, PLATFORM, 10, 3, between))
    assert (result.before, result.paths) == (5, everything[5:8])
    # Before every path: the first page; after every path: nothing, still counted.
    first = ((("Channel", "website"),), ())
    result = await demo_store.traverse(PATHS, PathsQuery(WEBSITE, PLATFORM, 10, 2, first))
    assert (result.before, result.paths) == (0, everything[:2])
    last = path_order(everything[-1])
    result = await demo_store.traverse(PATHS, PathsQuery(WEBSITE, PLATFORM, 10, 2, last))
    assert (result.length, result.total, result.before, result.paths) == (4, TOTAL, TOTAL, [])


async def test_two_relationships_between_two_nodes_are_two_places(store: GraphStore) -> None:
    await write_small_graph(store)
    check, buy = ref("Step", "check"), ref("Step", "buy")
    await store.write([link("NEXT", buy, check)])  # NEXT both ways: two paths of length 1
    result = await store.traverse(PATHS, PathsQuery(check, buy, 6, 1))
    (forward,) = result.paths
    assert (result.total, result.before, forward.hops[0].forward) == (2, 0, True)
    result = await store.traverse(PATHS, PathsQuery(check, buy, 6, 1, path_order(forward)))
    (backward,) = result.paths
    assert (result.total, result.before, backward.hops[0].forward) == (2, 1, False)
