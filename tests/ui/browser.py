"""The headless browser of the UI tests: Debian's chromium, driven by Playwright.

Playwright's own browser download is not used: the tests launch ``/usr/bin/chromium``
(``scripts/run-tests`` installs it with apt-get when it is missing). Without chromium or
the playwright package a browser test is skipped, except under ``CI=true``, where it
fails (the ``chromium`` fixture, ``tests/ui/conftest.py``).
"""

import os
from pathlib import Path
from typing import Any

CHROMIUM = Path(os.environ.get("GRAPH_API_TEST_CHROMIUM", "/usr/bin/chromium"))
VIEWPORT = {"width": 1280, "height": 900}
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def watch(page: Any, errors: list[str], requests: list[Any]) -> None:
    """Record on ``page`` what a test asserts on afterwards: console errors, uncaught
    exceptions and failed requests in ``errors``, and every request in ``requests``."""

    def on_console(message: Any) -> None:
        if message.type == "error":
            errors.append(f"console: {message.text}")

    page.on("console", on_console)
    page.on("pageerror", lambda exc: errors.append(f"pageerror: {exc}"))
    page.on("requestfailed", lambda r: errors.append(f"failed: {r.url}"))
    page.on("request", lambda r: requests.append(r))  # Playwright wraps Python functions only
