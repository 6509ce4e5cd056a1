"""``/`` leads somewhere: a page for a browser, JSON for a client, listing what this server
serves, in both modes; every address it lists answers, and nothing it leaves out is served.

On both stores (the browser view it links reads the store).
"""

from html.parser import HTMLParser
from typing import Any

import httpx
import pytest

from graph_api.config import Settings
from graph_api.store.base import GraphStore
from tests.conftest import app_client, app_settings

HTML = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.hrefs += [value or "" for name, value in attrs if name == "href"]
        self.scripts += tag == "script"


def mode(environment: str) -> Settings:
    settings = app_settings().model_copy(update={"environment": environment})
    development = environment == "development"
    settings.anonymous_read = settings.graphiql = development
    return settings


LISTED = {
    "development": ["/graphql", "/ui", "/docs", "/readyz"],
    "production": ["/graphql", "/ui", "/readyz"],
}
LINKED = {  # without GraphiQL a browser has nothing to open at /graphql
    "development": LISTED["development"],
    "production": ["/ui", "/readyz"],
}


async def page_and_json(client: httpx.AsyncClient) -> tuple[httpx.Response, dict[str, Any]]:
    page = await client.get("/", headers=HTML)
    answer = await client.get("/", headers={"Accept": "application/json"})
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/json"
    assert (await client.get("/", headers={"Accept": "*/*"})).json() == answer.json()
    body: dict[str, Any] = answer.json()
    return page, body


@pytest.mark.parametrize("environment", ["development", "production"])
async def test_the_start_page_lists_what_is_served(store: GraphStore, environment: str) -> None:
    async with app_client(store, mode(environment), headers={}) as anonymous:
        page, body = await page_and_json(anonymous)
        assert page.status_code == 200
        assert page.headers["content-type"].startswith("text/html")
        assert "default-src 'none'" in page.headers["content-security-policy"]
        links = Links()
        links.feed(page.text)
        assert links.hrefs == LINKED[environment]
        assert links.scripts == 0
        assert "<code>/graphql</code>" in page.text
        assert [link["href"] for link in body["links"]] == LISTED[environment]
        assert body["environment"] == environment
        assert body["anonymousRead"] is (environment == "development")

        for href in links.hrefs:  # each answers a browser, as the page describes it
            opened = await anonymous.get(href, headers=HTML)
            if environment == "production" and href == "/ui":
                assert opened.status_code == 401, href  # described as needing a token
            else:
                assert opened.status_code == 200, (href, opened.text[:200])
        query = await anonymous.post("/graphql", json={"query": "{ __typename }"})
        assert query.status_code == (200 if environment == "development" else 401)
        if environment == "production":  # FastAPI's pages: not listed, not served
            for hidden in ("/docs", "/redoc", "/openapi.json"):
                assert (await anonymous.get(hidden, headers=HTML)).status_code == 404


async def test_the_page_says_how_to_get_in(store: GraphStore) -> None:
    async with app_client(store, mode("production"), headers={}) as anonymous:
        page, body = await page_and_json(anonymous)
    for text in (page.text, body["access"]):
        assert "graph-api keys create --name NAME --role viewer" in text
        assert "GRAPH_API_ENVIRONMENT=development" in text
    assert "needs a token" in page.text  # the browser view, in production
    assert "GraphiQL off: GRAPH_API_GRAPHIQL=true turns it on" in body["links"][0]["purpose"]

    async with app_client(store, mode("development"), headers={}) as anonymous:
        page, body = await page_and_json(anonymous)
    assert "Anyone may read without a token" in body["access"]
    assert "graph-api keys create --name NAME --role editor" in body["access"]
    assert "GraphiQL" in body["links"][0]["purpose"]
    assert "development mode" in page.text
