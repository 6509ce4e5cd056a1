"""The headless browser of the UI tests: Debian's chromium, driven by Playwright.

Playwright's own browser download is not used: the tests launch ``/usr/bin/chromium``
(``scripts/run-tests`` installs it with apt-get when it is missing). Without chromium or
the playwright package a browser test is skipped, except under ``CI=true``, where it
fails (the ``chromium`` fixture, ``tests/ui/conftest.py``).
"""

import os
from pathlib import Path

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
