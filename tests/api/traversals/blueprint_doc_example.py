"""Checks a query doc's example: its query, run live, must give exactly the output shown.

The doc marks the blocks with ``<!-- example:query -->`` and ``<!-- example:output -->``
before them (as the README does with ``readme-example``).
"""

import json
import re
from typing import Any

import httpx

from tests.conftest import ROOT
from tests.graphql_client import gql


def block_after(marker: str, text: str) -> str:
    match = re.search(rf"<!-- {marker} -->\s*```\w*\n(.*?)```", text, re.DOTALL)
    assert match, f"no code block after <!-- {marker} -->"
    return match.group(1)


async def check_doc_example(client: httpx.AsyncClient, doc: str) -> dict[str, Any]:
    """Run the example of ``docs/queries/<doc>`` and compare; return the answer."""
    text = (ROOT / "docs" / "queries" / doc).read_text(encoding="utf-8")
    shown = json.loads(block_after("example:output", text))
    answer = await gql(client, block_after("example:query", text))
    assert answer == shown
    return answer
