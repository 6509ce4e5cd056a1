"""A nested query of depth d costs at most d + 1 store round trips, whatever the sizes.

The store under test is wrapped in a counter of its read calls; on Neo4j the store's own
``query_count`` must agree (each read call is one Cypher query, one round trip). The
same queries run with small and large pages and must cost the same.
"""

from collections.abc import Sequence
from typing import Any

import pytest

from graph_api.metamodel import RelationshipField
from graph_api.store.base import GraphStore, NodeRecord
from graph_api.store.listing import Filter, ListQuery, Page, SortKey
from tests.conftest import app_client
from tests.graphql_client import gql_data


class CountingStore:
    """Delegates to a store and counts its read calls (the round trips a query costs)."""

    def __init__(self, store: GraphStore) -> None:
        self._store = store
        self.calls: list[str] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    async def get_nodes(self, kind: str, keys: Sequence[str]) -> dict[str, NodeRecord]:
        self.calls.append(f"get_nodes {kind}")
        return await self._store.get_nodes(kind, keys)

    async def list_nodes(self, kind: str, query: ListQuery) -> Page:
        self.calls.append(f"list_nodes {kind}")
        return await self._store.list_nodes(kind, query)

    async def neighbours(
        self,
        field: RelationshipField,
        keys: Sequence[str],
        *,
        where: Filter | None = None,
        order: Sequence[SortKey] = (),
    ) -> dict[str, list[NodeRecord]]:
        self.calls.append(f"neighbours {field.name}")
        return await self._store.neighbours(field, keys, where=where, order=order)


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
async def test_nested_query_costs_one_round_trip_per_level(
    demo_store: GraphStore, query: str, depth: int, leaf: str
) -> None:
    counted = CountingStore(demo_store)
    costs: list[int] = []
    async with app_client(counted) as client:  # type: ignore[arg-type]
        # 50, not the largest page: with its filters at every level, CONNECTIONS would
        # cost more than the default limit at 100 (docs/security.md, the cost).
        for size in (1, 50):
            counted.calls.clear()
            queries_before = getattr(demo_store, "query_count", 0)
            data = await gql_data(client, query, n=size)
            costs.append(len(counted.calls))
            if demo_store.name == "neo4j":
                assert demo_store.query_count - queries_before == len(counted.calls)  # type: ignore[attr-defined]
            if size == 50:
                assert _leaves(data, leaf) > 20, "the large query must reach many leaves"
    assert costs[0] == costs[1] <= depth + 1, counted.calls
    assert costs[1] == depth  # one listing, then one call per relationship level
