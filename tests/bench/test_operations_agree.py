"""The benchmark's operations (bench/operations/) ask one question three ways; on the demo
model, graph-api's answer (through the app, on each store) must equal the Cypher floor's
(on Neo4j), as ``make bench`` checks before it times anything. Without this, a change to
the API or to a traversal's Cypher would only be caught by the next benchmark run."""

import pytest
from neo4j import GraphDatabase

from bench.check_equivalence import floor
from bench.operations import Operation, operations, pick_parameters
from bench.verify import compare
from graph_api.model_io import load_model_file
from graph_api.store.embedded import EmbeddedStore
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


@pytest.mark.parametrize("kind", ["neo4j", "embedded"])
async def test_graph_api_gives_the_floor_answer(neo4j_demo: None, kind: str) -> None:
    checked = _operations_with_floor_answers()
    assert [op.name for op, _ in checked] == [
        "painfulSteps",
        "impact",
        "serviceBlueprint",
        "nestedList",
        "filteredList",
        "search",
        "lookup",
    ]
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
