"""The journey map in a real headless browser: Debian's chromium, driven by Playwright.

The app is served for real (uvicorn on a free port, the embedded store with the demo
model, anonymous reading on as under ``make run``). The test opens the fault-repair
journey, checks that the browser logged no error and fetched nothing but the page,
that the steps and the worst pain read from GraphQL are visible, and saves a screenshot
to ``test-artifacts/ui/journey-map.png``.

Playwright's own browser download is not used: the test launches ``/usr/bin/chromium``
(:mod:`tests.ui.browser`).
"""

from pathlib import Path

import httpx

from graph_api.store.embedded import EmbeddedStore
from tests.live_server import live_server
from tests.ui.browser import CHROMIUM_ARGS, VIEWPORT, watch
from tests.ui.helpers import BLUEPRINT, anonymous_settings, pains_of, steps_of

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT = ROOT / "test-artifacts" / "ui" / "journey-map.png"
JOURNEY = "fault-repair"


def test_the_journey_map_in_a_real_browser(chromium: Path) -> None:
    from playwright.sync_api import Request, sync_playwright

    settings = anonymous_settings(demo_if_empty=True)
    with live_server(EmbeddedStore(":memory:"), settings) as server:
        answer = httpx.post(
            server.graphql_url, json={"query": BLUEPRINT, "variables": {"journey": JOURNEY}}
        ).json()["data"]["serviceBlueprint"]
        steps = steps_of(answer)
        worst = max(p["severity"] for s in steps for p in pains_of(s).values())
        worst_names = sorted(
            {p["name"] for s in steps for p in pains_of(s).values() if p["severity"] == worst}
        )

        errors: list[str] = []
        requests: list[Request] = []
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=str(chromium), args=CHROMIUM_ARGS, headless=True
            )
            try:
                page = browser.new_page(viewport=VIEWPORT)  # type: ignore[arg-type]
                watch(page, errors, requests)
                response = page.goto(f"{server.base_url}/ui/journeys/{JOURNEY}")
                assert response is not None and response.status == 200
                page.wait_for_load_state("load")

                assert page.locator("h1").inner_text() == answer["journey"]["name"]
                headers = page.locator("#journey-map th.step")
                assert headers.count() == len(steps)
                for i, step in enumerate(steps):
                    cell = headers.nth(i)
                    assert cell.is_visible()
                    assert step["name"] in cell.inner_text()
                box = page.locator("#worst-pains")
                assert box.is_visible()
                for name in worst_names:
                    item = box.locator("li", has_text=name)
                    assert item.count() == 1 and item.is_visible(), name
                # The curve is drawn: one point per step, inside the page's width.
                points = page.locator("#emotion-curve circle.emotion-point")
                assert points.count() == len(steps)
                last = points.nth(len(steps) - 1).bounding_box()
                assert last is not None and last["x"] < VIEWPORT["width"]

                SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(SCREENSHOT))
            finally:
                browser.close()

    assert errors == []
    urls = [r.url for r in requests]
    assert all(url.startswith((server.base_url, "data:")) for url in urls), urls
    assert SCREENSHOT.stat().st_size > 10_000
