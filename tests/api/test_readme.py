"""The README's GraphQL example gives, on both stores, exactly the output it shows."""

import json
import re

import httpx

from tests.conftest import ROOT
from tests.graphql_client import gql


def _block_after(marker: str, text: str) -> str:
    match = re.search(rf"<!-- {marker} -->\s*```\w*\n(.*?)```", text, re.DOTALL)
    assert match, f"README.md has no code block after <!-- {marker} -->"
    return match.group(1)


async def test_readme_example_output_is_real(demo_client: httpx.AsyncClient) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    query = _block_after("readme-example:query", readme)
    shown = json.loads(_block_after("readme-example:output", readme))
    assert await gql(demo_client, query) == shown
