"""GraphiQL: on in development, off in production unless turned on, and always switchable."""

import pytest

from graph_api.config import Settings
from graph_api.store.embedded import EmbeddedStore
from tests.conftest import app_client

BROWSER = {"Accept": "text/html"}


async def _graphiql_status(settings: Settings) -> int:
    async with app_client(EmbeddedStore(), settings) as client:
        response = await client.get("/graphql", headers=BROWSER)
    if response.status_code == 200:
        assert "graphiql" in response.text.lower()
    return response.status_code


async def test_browsers_get_graphiql_when_it_is_on() -> None:
    settings = Settings(demo_if_empty=False, graphiql=True)
    assert await _graphiql_status(settings) == 200


@pytest.mark.parametrize(
    ("environment", "graphiql", "status"),
    [
        ("development", None, 200),
        ("production", None, 404),
        ("production", True, 200),
        ("development", False, 404),
    ],
)
async def test_graphiql_follows_the_environment_unless_set(
    environment: str, graphiql: bool | None, status: int
) -> None:
    settings = Settings(demo_if_empty=False, environment=environment, graphiql=graphiql)
    assert await _graphiql_status(settings) == status
