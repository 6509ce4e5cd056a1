"""Small graphs and assertions shared by the store contract tests.

Everything goes through the :class:`GraphStore` protocol so that the same tests hold
for the embedded store and for Neo4j.
"""

from collections.abc import Sequence
from typing import Any

import pytest
from neo4j import GraphDatabase

from graph_api.errors import GraphApiError
from graph_api.metamodel import relationship_fields
from graph_api.store.base import (
    AddLink,
    GraphStore,
    NodeRecord,
    NodeRef,
    UpsertNode,
    WriteOp,
    WriteResult,
)
from graph_api.store.embedded import EmbeddedStore
from tests.conftest import NEO4J_TEST_DATABASE, NEO4J_TEST_URI, _neo4j_auth


def step(key: str, order: int = 1, **props: Any) -> UpsertNode:
    return UpsertNode("Step", key, {"name": key.title(), "order": order, **props})


def stage(key: str, order: int = 1) -> UpsertNode:
    return UpsertNode("Stage", key, {"name": key.title(), "order": order})


def touchpoint(key: str) -> UpsertNode:
    return UpsertNode("Touchpoint", key, {"name": key.title(), "differentiating": False})


def channel(key: str, kind: str = "digital") -> UpsertNode:
    return UpsertNode("Channel", key, {"name": key.title(), "kind": kind})


def persona(key: str, name: str, description: str | None = None) -> UpsertNode:
    props = {"name": name} if description is None else {"name": name, "description": description}
    return UpsertNode("Persona", key, props)


def ref(kind: str, key: str) -> NodeRef:
    return NodeRef(kind, key)


def link(type_: str, source: UpsertNode | NodeRef, target: UpsertNode | NodeRef) -> AddLink:
    """Link two nodes named by their upsert or their reference."""
    start = source if isinstance(source, NodeRef) else source.ref
    end = target if isinstance(target, NodeRef) else target.ref
    return AddLink(type_, start, end)


SMALL_GRAPH: list[WriteOp] = [
    stage("plan", 1),
    stage("travel", 2),
    step("check", 1),
    step("buy", 2),
    step("ride", 1),
    touchpoint("board"),
    touchpoint("ticket-app"),
    channel("app"),
    channel("station", "physical"),
    link("HAS_STEP", stage("plan"), step("check")),
    link("HAS_STEP", stage("plan"), step("buy")),
    link("HAS_STEP", stage("travel"), step("ride")),
    link("NEXT", step("check"), step("buy")),
    link("NEXT", step("buy"), step("ride")),
    link("HAS_TOUCHPOINT", step("check"), touchpoint("board")),
    link("HAS_TOUCHPOINT", step("buy"), touchpoint("ticket-app")),
    link("ON_CHANNEL", touchpoint("board"), channel("station")),
    link("ON_CHANNEL", touchpoint("ticket-app"), channel("app")),
]
"""Two stages, three steps in a chain, two touchpoints each on a channel (9 nodes, 9 links)."""


async def write_small_graph(store: GraphStore) -> WriteResult:
    return await store.write(SMALL_GRAPH)


async def expect_error(store: GraphStore, ops: Sequence[WriteOp], code: str) -> GraphApiError:
    """Run a write that must fail with ``code``; return the error."""
    with pytest.raises(GraphApiError) as info:
        await store.write(ops)
    assert info.value.code == code, info.value
    return info.value


def link_behind_the_rules(store: GraphStore, links: Sequence[AddLink]) -> None:
    """Store ``links`` without the checks a write makes, as an earlier release may have
    stored them (a PART_OF cycle, say): for tests of what reads and writes do over such
    data. Embedded: into the SQLite file and the in-memory graph; Neo4j: in Cypher."""
    rows = [(x.type, x.source.kind, x.source.key, x.target.kind, x.target.key) for x in links]
    if isinstance(store, EmbeddedStore):
        connection = store._require_open()._conn
        with connection:
            connection.executemany(
                "INSERT INTO edges (type, source_kind, source_key, target_kind, target_key) "
                "VALUES (?, ?, ?, ?, ?)",
                rows,
            )
        for x in links:
            store.memory.add_edge((x.source, x.target, x.type))
        return
    with GraphDatabase.driver(NEO4J_TEST_URI, auth=_neo4j_auth()) as driver:
        for type_, source_kind, source_key, target_kind, target_key in rows:
            driver.execute_query(
                f"MATCH (a:{source_kind} {{key: $s}}), (b:{target_kind} {{key: $t}}) "
                f"CREATE (a)-[:{type_}]->(b)",
                s=source_key,
                t=target_key,
                database_=NEO4J_TEST_DATABASE,
            )


async def neighbour_keys(store: GraphStore, kind: str, field: str, key: str) -> list[str]:
    """The keys at the other end of ``kind.field`` from the node ``key``."""
    found = await store.neighbours(relationship_fields(kind)[field], [key])
    return [r.key for r in found.get(key, [])]


async def get_one(store: GraphStore, kind: str, key: str) -> NodeRecord | None:
    return (await store.get_nodes(kind, [key])).get(key)
