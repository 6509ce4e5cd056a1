"""The API configured for Neo4j by settings answers exactly as the embedded store does."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx

from graph_api.api import create_app
from graph_api.config import Settings
from tests.conftest import DEMO_MODEL, NEO4J_TEST_DATABASE, NEO4J_TEST_URI
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


@asynccontextmanager
async def served(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    """The app built from settings alone, as `graph-api serve` builds it."""
    app = create_app(settings)
    transport = httpx.ASGITransport(app=app)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url="http://test") as client,
    ):
        yield client


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
    async with served(embedded) as client:
        expected = await _answers(client)
    async with served(neo4j) as client:
        actual = await _answers(client)
    assert sum(len(a["painfulSteps"]) for a in expected) > 40
    assert actual == expected
