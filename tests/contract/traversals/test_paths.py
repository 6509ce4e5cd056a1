"""GraphStore contract, the paths traversal (both stores).

On the small graph of :func:`tests.contract.helpers.write_small_graph` (two stages,
three steps in a NEXT chain, two touchpoints on two channels) plus what each test adds:
the shortest path walks relationships either way; only paths of the shortest length
come back, ordered by their nodes (kind, key) with ``total`` counting them; two
relationships between the same nodes make two paths; NEXT loops end; ``maxLength`` and
unreachable, missing or identical ends give no path; one query on Neo4j. On the demo
model: a pain point to the team that could act on it.
"""

from graph_api.store.base import GraphStore, NodeRef
from graph_api.traversals import PATHS
from graph_api.traversals.paths.result import GraphPath, PathsQuery, PathsResult
from tests.contract.helpers import channel, link, ref, write_small_graph
from tests.contract.traversals.graph_queries import name

PathTuple = tuple[list[str], list[tuple[str, str, str, bool]]]

CHECK, BUY, RIDE = ref("Step", "check"), ref("Step", "buy"), ref("Step", "ride")
PLAN = ref("Stage", "plan")
STATION, APP = ref("Channel", "station"), ref("Channel", "app")
KIOSK = ref("Channel", "kiosk")


def as_tuple(path: GraphPath) -> PathTuple:
    hops = [(h.type, name(h.source), name(h.target), h.forward) for h in path.hops]
    return ([name(n) for n in path.nodes], hops)


async def paths(
    store: GraphStore, a: NodeRef, b: NodeRef, max_length: int = 6, first: int = 10
) -> tuple[int | None, int, list[PathTuple]]:
    result = await store.traverse(PATHS, PathsQuery(a, b, max_length, first))
    return (result.length, result.total, [as_tuple(p) for p in result.paths])


async def test_a_shortest_path_along_next(store: GraphStore) -> None:
    await write_small_graph(store)
    assert await paths(store, CHECK, RIDE) == (
        2,
        1,
        [
            (
                ["Step:check", "Step:buy", "Step:ride"],
                [
                    ("NEXT", "Step:check", "Step:buy", True),
                    ("NEXT", "Step:buy", "Step:ride", True),
                ],
            )
        ],
    )


async def test_directions_are_ignored_and_shown(store: GraphStore) -> None:
    await write_small_graph(store)
    assert await paths(store, RIDE, PLAN) == (
        2,
        1,
        [
            (
                ["Step:ride", "Step:buy", "Stage:plan"],
                [
                    ("NEXT", "Step:buy", "Step:ride", False),
                    ("HAS_STEP", "Stage:plan", "Step:buy", False),
                ],
            )
        ],
    )


async def test_equally_short_paths_come_in_node_order(store: GraphStore) -> None:
    await write_small_graph(store)
    await store.write([link("NEXT", CHECK, RIDE)])  # a branch: check -> ride
    via_buy = (
        ["Stage:plan", "Step:buy", "Step:ride"],
        [("HAS_STEP", "Stage:plan", "Step:buy", True), ("NEXT", "Step:buy", "Step:ride", True)],
    )
    via_check = (
        ["Stage:plan", "Step:check", "Step:ride"],
        [("HAS_STEP", "Stage:plan", "Step:check", True), ("NEXT", "Step:check", "Step:ride", True)],
    )
    assert await paths(store, PLAN, RIDE) == (2, 2, [via_buy, via_check])
    # ``first`` cuts the list, ``total`` still counts every shortest path
    assert await paths(store, PLAN, RIDE, first=1) == (2, 2, [via_buy])


async def test_two_relationships_make_two_paths_and_loops_end(store: GraphStore) -> None:
    await write_small_graph(store)
    await store.write([link("NEXT", BUY, CHECK), link("NEXT", RIDE, CHECK)])  # two loops
    assert await paths(store, CHECK, BUY) == (
        1,
        2,
        [
            (["Step:check", "Step:buy"], [("NEXT", "Step:check", "Step:buy", True)]),
            (["Step:check", "Step:buy"], [("NEXT", "Step:buy", "Step:check", False)]),
        ],
    )
    assert await paths(store, CHECK, RIDE, max_length=10) == (
        1,
        1,
        [(["Step:check", "Step:ride"], [("NEXT", "Step:ride", "Step:check", False)])],
    )


async def test_max_length_caps_the_search(store: GraphStore) -> None:
    await write_small_graph(store)
    assert await paths(store, STATION, APP, max_length=4) == (None, 0, [])
    length, total, found = await paths(store, STATION, APP, max_length=5)
    assert (length, total) == (5, 1)
    assert found[0][0] == [
        "Channel:station",
        "Touchpoint:board",
        "Step:check",
        "Step:buy",
        "Touchpoint:ticket-app",
        "Channel:app",
    ]


async def test_no_path(store: GraphStore) -> None:
    await write_small_graph(store)
    await store.write([channel("kiosk")])
    assert (
        await store.traverse(PATHS, PathsQuery(CHECK, KIOSK, 10, 10)) == PathsResult()
    )  # isolated
    assert (
        await store.traverse(PATHS, PathsQuery(CHECK, ref("Step", "no-such-step"), 10, 10))
        == PathsResult()
    )
    assert (
        await store.traverse(PATHS, PathsQuery(CHECK, CHECK, 10, 10)) == PathsResult()
    )  # the same node


async def test_paths_is_one_query_on_neo4j(store: GraphStore) -> None:
    await write_small_graph(store)
    before = getattr(store, "query_count", 0)
    assert (await store.traverse(PATHS, PathsQuery(CHECK, RIDE, 6, 10))).total == 1
    if store.name == "neo4j":
        assert store.query_count - before == 1  # type: ignore[attr-defined]


async def test_demo_a_pain_point_to_the_team_that_can_act(demo_store: GraphStore) -> None:
    ivr_queue, operations = ref("PainPoint", "ivr-queue"), ref("Team", "customer-operations")
    length, total, found = await paths(demo_store, ivr_queue, operations)
    # the pain affects the IVR menu touchpoint; the team owns the KPI measuring it, the
    # process serving it and the step it belongs to (seeds/demo.yaml)
    assert (length, total) == (3, 3)
    assert [nodes for nodes, _ in found] == [
        [
            "PainPoint:ivr-queue",
            "Touchpoint:ivr-fault-menu",
            "KPI:fault-line-ivr-abandonment",
            "Team:customer-operations",
        ],
        [
            "PainPoint:ivr-queue",
            "Touchpoint:ivr-fault-menu",
            "Process:log-and-triage-fault",
            "Team:customer-operations",
        ],
        [
            "PainPoint:ivr-queue",
            "Touchpoint:ivr-fault-menu",
            "Step:fr-call-support",
            "Team:customer-operations",
        ],
    ]
    assert [[(t, forward) for t, _, _, forward in hops] for _, hops in found] == [
        [("AFFECTS", True), ("MEASURES", False), ("OWNS", False)],
        [("AFFECTS", True), ("SERVES", False), ("OWNS", False)],
        [("AFFECTS", True), ("HAS_TOUCHPOINT", False), ("OWNS", False)],
    ]
