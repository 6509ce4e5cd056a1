"""GraphiQL is served at /graphql to browsers, and can be turned off."""

import httpx

from graph_api.config import Settings
from graph_api.store.embedded import EmbeddedStore
from tests.conftest import app_client


async def test_browsers_get_graphiql(client: httpx.AsyncClient) -> None:
    response = await client.get("/graphql", headers={"Accept": "text/html"})
    assert response.status_code == 200
    assert "graphiql" in response.text.lower()


async def test_graphiql_can_be_turned_off() -> None:
    settings = Settings(demo_if_empty=False, graphiql=False)
    async with app_client(EmbeddedStore(), settings) as client:
        response = await client.get("/graphql", headers={"Accept": "text/html"})
    assert response.status_code == 404
