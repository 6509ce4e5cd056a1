"""Fixtures of the UI tests: the headless browser (:mod:`tests.ui.browser`)."""

import os
import shutil
from pathlib import Path

import pytest

from tests.ui.browser import CHROMIUM


def _missing(why: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true but {why}: scripts/run-tests installs it")
    pytest.skip(why)


@pytest.fixture
def chromium() -> Path:
    """The chromium to launch; skips (fails under CI=true) without it or Playwright."""
    if not (CHROMIUM.exists() or shutil.which(str(CHROMIUM))):
        _missing(f"no chromium at {CHROMIUM} (apt-get install chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _missing("the playwright package is not installed (pip install -e '.[dev]')")
    return CHROMIUM
