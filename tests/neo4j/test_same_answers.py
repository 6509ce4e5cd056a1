"""The API configured for Neo4j by settings answers exactly as the embedded store does."""

from typing import Any

import httpx

from graph_api.config import Settings
from tests.conftest import DEMO_MODEL, NEO4J_TEST_DATABASE, NEO4J_TEST_URI, app_client
from tests.graphql_client import gql_data

PAINFUL_STEPS = """
query ($journey: ID, $min: Int!) {
  painfulSteps(journeyId: $journey, minSeverity: $min) {
    pain
    step { key name emotion stage { key journey { key } } }
    painPoints { key severity evidence { key kind } }
    touchpoints { key channel { key kind } }
    processes { key capabilities { key } systems { key } owners { key } }
  }
}
"""


async def _answers(client: httpx.AsyncClient) -> list[dict[str, Any]]:
    return [
        await gql_data(client, PAINFUL_STEPS, journey=journey, min=minimum)
        for journey in (None, "new-connection", "fault-repair", "bill-and-renew")
        for minimum in (1, 3, 4, 5)
    ]


async def test_neo4j_store_answers_painful_steps_like_the_embedded_store(
    clean_neo4j: None,
) -> None:
    common = {"demo_if_empty": True, "demo_model": DEMO_MODEL}
    embedded = Settings(store="embedded", sqlite_path=":memory:", **common)
    neo4j = Settings(
        store="neo4j", neo4j_uri=NEO4J_TEST_URI, neo4j_database=NEO4J_TEST_DATABASE, **common
    )
    async with app_client(settings=embedded) as client:
        expected = await _answers(client)
    async with app_client(settings=neo4j) as client:
        actual = await _answers(client)
    assert sum(len(a["painfulSteps"]) for a in expected) > 40
    assert actual == expected
