"""Production serves no developer pages: FastAPI's /docs, /redoc and /openapi.json (and
GraphiQL, tests/api/test_graphiql.py) are on in development only."""

import pytest

from graph_api.config import Settings
from graph_api.store.embedded import EmbeddedStore
from tests.conftest import app_client

PAGES = ("/docs", "/redoc", "/openapi.json")


@pytest.mark.parametrize(("environment", "status"), [("production", 404), ("development", 200)])
async def test_fastapi_pages_follow_the_environment(environment: str, status: int) -> None:
    settings = Settings(demo_if_empty=False, environment=environment)
    async with app_client(EmbeddedStore(":memory:"), settings, headers={}) as browser:
        for page in PAGES:
            response = await browser.get(page)
            assert response.status_code == status, page
    if status == 200:
        assert response.json()["info"]["title"] == "graph-api"
