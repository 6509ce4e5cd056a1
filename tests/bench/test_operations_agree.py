"""The benchmark's operations (bench/operations/) ask one question three ways; on the demo
model, graph-api's answer (through the app, on each store) must equal the Cypher floor's
(on Neo4j), as ``make bench`` checks before it times anything. Without this, a change to
the API or to a traversal's Cypher would only be caught by the next benchmark run."""

from pathlib import Path

import pytest
from graphql import build_schema, parse, validate
from neo4j import GraphDatabase

from bench.check_equivalence import floor
from bench.operations import Operation, operations, pick_parameters
from bench.operations.paged_impact import reachable_kinds
from bench.verify import compare
from graph_api.model_io import load_model_file
from graph_api.store.embedded import EmbeddedStore
from graph_api.traversals.impact.cypher import impact_query
from tests.conftest import (
    DEMO_MODEL,
    NEO4J_TEST_DATABASE,
    NEO4J_TEST_PASSWORD,
    NEO4J_TEST_URI,
    NEO4J_TEST_USER,
    app_client,
    neo4j_store,
)
from tests.graphql_client import gql_data


def _operations_with_floor_answers() -> list[tuple[Operation, object]]:
    auth = (NEO4J_TEST_USER, NEO4J_TEST_PASSWORD) if NEO4J_TEST_PASSWORD else None
    with GraphDatabase.driver(NEO4J_TEST_URI, auth=auth) as driver:
        chosen = operations(pick_parameters(driver, NEO4J_TEST_DATABASE))
        return [(op, op.from_floor(floor(driver, NEO4J_TEST_DATABASE, op))) for op in chosen]


SCHEMA = Path(__file__).resolve().parents[2] / "schema" / "schema.graphql"


def _not_in_schema(operation: Operation) -> str:
    """Why graph-api's committed schema cannot answer ``operation`` ("" if it can)."""
    errors = validate(build_schema(SCHEMA.read_text(encoding="utf-8")), parse(operation.ours))
    return "; ".join(e.message for e in errors[:3])


async def _agrees(kind: str, checked: list[tuple[Operation, object]]) -> None:
    # The floor reads the demo model in Neo4j; the store under test holds it too.
    store = neo4j_store() if kind == "neo4j" else EmbeddedStore(":memory:")
    await store.open()
    try:
        if kind == "embedded":
            await load_model_file(store, DEMO_MODEL)
        async with app_client(store) as client:
            for operation, expected in checked:
                assert expected, f"{operation.name}: the floor found nothing to compare"
                data = await gql_data(client, operation.ours, **operation.ours_variables)
                verdict = compare(expected, operation.from_ours(data), own_load=kind == "embedded")
                assert verdict.status == "equal", f"{operation.name}:\n{verdict.detail}"
    finally:
        await store.close()


@pytest.mark.parametrize("kind", ["neo4j", "embedded"])
async def test_graph_api_gives_the_floor_answer(neo4j_demo: None, kind: str) -> None:
    checked = _operations_with_floor_answers()
    assert [op.name for op, _ in checked] == [
        "painfulSteps",
        "impact",
        "pagedImpact",
        "serviceBlueprint",
        "nestedList",
        "filteredList",
        "search",
        "lookup",
    ]
    await _agrees(kind, checked)


def test_every_operation_is_valid_against_the_committed_schema(neo4j_demo: None) -> None:
    """graph-api's side of each operation asks only what schema/schema.graphql holds."""
    for operation, _ in _operations_with_floor_answers():
        assert _not_in_schema(operation) == "", operation.name


def test_the_paged_floor_partitions_the_full_impact(neo4j_demo: None) -> None:
    """The paged statement's summary counts the full impact's hits, and each page is the
    full answer's nearest hits of its kind, with the same chains."""
    auth = (NEO4J_TEST_USER, NEO4J_TEST_PASSWORD) if NEO4J_TEST_PASSWORD else None
    with GraphDatabase.driver(NEO4J_TEST_URI, auth=auth) as driver:
        (paged,) = [
            op
            for op in operations(pick_parameters(driver, NEO4J_TEST_DATABASE))
            if op.name == "pagedImpact"
        ]
        answer = paged.from_floor(floor(driver, NEO4J_TEST_DATABASE, paged))
        records, _, _ = driver.execute_query(
            impact_query("System", 6), paged.floor_parameters, database_=NEO4J_TEST_DATABASE
        )
    hits = records[0]["hits"]  # [kind, key, nodes, rels], nearest first, then kind, key
    assert hits and answer["total"] == len(hits)
    by_kind: dict[str, list[tuple[int, str, list[list[str]]]]] = {}
    for kind, key, _, rels in hits:
        by_kind.setdefault(kind, []).append((len(rels), key, [[r[0], r[2], r[4]] for r in rels]))
    assert {b["kind"]: b["count"] for b in answer["byKind"]} == {
        k: len(v) for k, v in by_kind.items()
    }
    assert set(by_kind) <= set(reachable_kinds())
    assert [p["kind"] for p in answer["pages"]] == list(reachable_kinds())
    for page in answer["pages"]:
        full = by_kind.get(page["kind"], [])
        first = paged.floor_parameters["first"]
        assert page["count"] == len(full)
        assert page["hasNextPage"] == (len(full) > first)
        assert [(i["distance"], i["key"], i["path"]) for i in page["items"]] == full[:first]
