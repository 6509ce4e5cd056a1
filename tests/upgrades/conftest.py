"""The release's stores, one per store kind: tests taking ``release`` run on both."""

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.upgrades.release import Release


@pytest.fixture(params=["embedded", "neo4j"])
async def release(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Release]:
    """The store the release wrote (a copy of its file, or its dump replayed into the
    test database, which is wiped afterwards)."""
    if request.param == "neo4j":
        request.getfixturevalue("clean_neo4j")
    yield Release(request.param, tmp_path)
