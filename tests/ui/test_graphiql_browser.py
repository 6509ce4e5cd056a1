"""GraphiQL in a real headless browser with the network cut: everything but the test
server is refused, as offline or behind a proxy that lets nothing out.

The app is served for real (uvicorn, the embedded store with the demo model, anonymous
reading on and GraphiQL on, as under ``make run``). The browser's every request to
another host is aborted and recorded. GraphiQL must render, load the schema (the
documentation explorer shows the query type, the explorer plugin lists the fields), run
its first query and show the answer GraphQL gives over HTTP, send a header typed into
its headers editor, and log no error (a script refused by the page's CSP or its
integrity check would be one). A screenshot goes to ``test-artifacts/ui/graphiql.png``.
"""

from pathlib import Path

import httpx

from graph_api.store.embedded import EmbeddedStore
from tests.auth_headers import token
from tests.live_server import live_server
from tests.ui.browser import CHROMIUM_ARGS, VIEWPORT, watch
from tests.ui.helpers import anonymous_settings

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT = ROOT / "test-artifacts" / "ui" / "graphiql.png"
WAIT_MS = 30_000


def test_graphiql_works_with_the_network_cut(chromium: Path) -> None:
    from playwright.sync_api import Request, Route, expect, sync_playwright

    settings = anonymous_settings(demo_if_empty=True, graphiql=True)
    with live_server(EmbeddedStore(":memory:"), settings) as server:
        total = httpx.post(
            server.graphql_url, json={"query": "{ journeys { totalCount } }"}
        ).json()["data"]["journeys"]["totalCount"]
        assert total > 0

        errors: list[str] = []
        aborted: list[str] = []
        requests: list[Request] = []

        def network(route: Route) -> None:
            """Only the test server answers; anything else fails as with no network."""
            url = route.request.url
            if url.startswith((f"{server.base_url}/", "data:")):
                route.continue_()
            else:
                aborted.append(url)
                route.abort("internetdisconnected")

        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=str(chromium), args=CHROMIUM_ARGS, headless=True
            )
            try:
                context = browser.new_context(viewport=VIEWPORT)  # type: ignore[arg-type]
                context.route("**/*", network)
                page = context.new_page()
                watch(page, errors, requests)
                response = page.goto(server.graphql_url)
                assert response is not None and response.status == 200

                # GraphiQL rendered, and read the schema (introspection through the
                # page's fetcher): the documentation and the explorer plugin show it.
                page.get_by_label("Show Documentation Explorer").click()
                docs = page.locator(".graphiql-doc-explorer")
                expect(docs).to_contain_text("Query", timeout=WAIT_MS)
                page.get_by_label("Show GraphiQL Explorer").click()
                expect(page.locator(".graphiql-explorer-root")).to_contain_text(
                    "journeys", timeout=WAIT_MS
                )

                # The first query runs and its answer is shown.
                answer = page.locator(".graphiql-response")
                page.locator(".graphiql-execute-button").click()
                expect(answer).to_contain_text(f'"totalCount": {total}', timeout=WAIT_MS)

                # A header typed into the headers editor goes with the next request.
                viewer = token("viewer", "graphiql-test")
                page.get_by_role("button", name="Headers", exact=True).click()
                editor = page.locator(".graphiql-editor-tool .graphiql-editor:visible")
                editor.click()
                page.keyboard.type(f'{{"Authorization": "Bearer {viewer}"}}')
                with page.expect_request(
                    lambda r: r.method == "POST" and r.url == server.graphql_url
                ) as sent:
                    page.locator(".graphiql-execute-button").click()
                assert sent.value.headers.get("authorization") == f"Bearer {viewer}"
                expect(answer).to_contain_text(f'"totalCount": {total}', timeout=WAIT_MS)

                SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(SCREENSHOT))
            finally:
                browser.close()

    assert aborted == []
    assert errors == []
    assert all(r.url.startswith((f"{server.base_url}/", "data:")) for r in requests)
    # GraphiQL's own code came from this server: each file the page names was fetched.
    fetched = {r.url.removeprefix(server.base_url) for r in requests}
    assert {u for u in fetched if u.startswith("/static/graphiql/")} == {
        f"/static/graphiql/{name}"
        for name in (
            "react.production.min.js",
            "react-dom.production.min.js",
            "graphiql.min.css",
            "graphiql.min.js",
            "plugin-explorer.css",
            "plugin-explorer.umd.js",
        )
    }
    assert SCREENSHOT.stat().st_size > 10_000
