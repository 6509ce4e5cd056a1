"""A nested query of any depth costs one store round trip, whatever the sizes.

The store under test is wrapped in a recorder of every call made to it; on Neo4j the
store's own ``query_count`` must agree (each read call is one Cypher statement, one round
trip). The same queries run with small and large pages and must cost the same. With read
plans off (the reference the plans are tested against), they cost one round trip per
level.
"""

from typing import Any

import pytest

from graph_api.store.base import GraphStore
from tests.conftest import app_client, app_settings
from tests.graphql_client import gql_data
from tests.limits.helpers import CallCounter, KeepOpen

CHAIN = """
query($n: Int) {
  journeys(first: $n) { nodes { key
    stages { key
      steps { key
        touchpoints { key
          processes { key } } } } } }
}
"""
"""Depth 5: journeys -> stages -> steps -> touchpoints -> processes."""

CONNECTIONS = """
query($n: Int) {
  journeys(first: $n, where: {stages: {some: {}}}) { nodes { key
    stagesConnection(first: 10) { totalCount edges { node { key
      stepsConnection(first: 10, where: {order: {gte: 1}}, orderBy: [{name: DESC}]) {
        totalCount nodes { key
          painPoints(where: {severity: {gte: 2}}) { key } } } } } } } }
}
"""
"""Depth 4 through connection fields, with filters and orders at every level."""


def _leaves(value: Any, field: str) -> int:
    """How many objects named ``field`` the answer holds, at any depth."""
    if isinstance(value, list):
        return sum(_leaves(v, field) for v in value)
    if isinstance(value, dict):
        return sum(
            (len(v) if k == field and isinstance(v, list) else 0) + _leaves(v, field)
            for k, v in value.items()
        )
    return 0


@pytest.mark.parametrize(
    ("query", "depth", "leaf"), [(CHAIN, 5, "steps"), (CONNECTIONS, 4, "nodes")]
)
@pytest.mark.parametrize("read_plans", [True, False], ids=["planned", "level-by-level"])
async def test_nested_query_costs_one_round_trip(
    demo_store: GraphStore, query: str, depth: int, leaf: str, read_plans: bool
) -> None:
    counted = CallCounter(KeepOpen(demo_store))
    settings = app_settings().model_copy(update={"read_plans": read_plans})
    costs: list[int] = []
    async with app_client(counted, settings) as client:  # type: ignore[arg-type]
        # 50, not the largest page: with its filters at every level, CONNECTIONS would
        # cost more than the default limit at 100 (docs/security.md, the cost).
        for size in (1, 50):
            counted.calls.clear()
            queries_before = getattr(demo_store, "query_count", 0)
            data = await gql_data(client, query, n=size)
            costs.append(len(counted.calls))
            assert demo_store.query_count - queries_before == len(counted.calls)  # type: ignore[attr-defined]
            if size == 50:
                assert _leaves(data, leaf) > 20, "the large query must reach many leaves"
    if read_plans:
        assert costs == [1, 1], counted.calls
    else:  # one listing, then one call per relationship level
        assert costs == [depth, depth], counted.calls


KEYS_ONLY = {
    "search": """
query { search(text: "contact centre", first: 20) {
  score node { __typename key id } } }
""",
    "serviceBlueprint": """
query { serviceBlueprint(journeyId: "fault-repair") { stages {
  stage { key } steps { step { key id } frontStage { channel { key } touchpoints { key } }
  backStage { key } support { __typename key } } } } }
""",
}
"""Traversal answers whose nodes are selected by key, ID and type name alone."""

WITH_A_PROPERTY = {
    "search": KEYS_ONLY["search"].replace("key id", "key id label"),
    "serviceBlueprint": KEYS_ONLY["serviceBlueprint"].replace(
        "step { key id }", "step { key name }"
    ),
}


@pytest.mark.parametrize("name", sorted(KEYS_ONLY))
async def test_nodes_selected_by_key_alone_are_not_read(demo_store: GraphStore, name: str) -> None:
    """The traversal named them: its call is the only one. A property selected costs one
    more call, for the nodes of that kind. The answers are those of level-by-level."""
    counted = CallCounter(KeepOpen(demo_store))
    answers: dict[tuple[bool, str], Any] = {}
    for read_plans in (True, False):
        settings = app_settings().model_copy(update={"read_plans": read_plans})
        async with app_client(counted, settings) as client:  # type: ignore[arg-type]
            for which, query in (("keys", KEYS_ONLY[name]), ("property", WITH_A_PROPERTY[name])):
                counted.calls.clear()
                answers[(read_plans, which)] = await gql_data(client, query)
                if read_plans:
                    reads = [c for c in counted.calls if c in ("read_all", "read", "get_nodes")]
                    assert len(reads) == (0 if which == "keys" else 1), counted.calls
    assert answers[(True, "keys")] == answers[(False, "keys")]
    assert answers[(True, "property")] == answers[(False, "property")]
    assert _keys(answers[(True, "keys")]) >= 3, "the answer must name several nodes"


def _keys(value: Any) -> int:
    """How many ``key`` entries the answer holds, at any depth."""
    if isinstance(value, list):
        return sum(_keys(v) for v in value)
    if isinstance(value, dict):
        return ("key" in value) + sum(_keys(v) for v in value.values())
    return 0
