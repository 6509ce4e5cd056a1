"""The examples of the product query docs give, on both stores, exactly the output shown.

Each doc (``docs/queries/<name>.md``) marks its query and output blocks with
``<!-- example:query -->`` and ``<!-- example:output -->``, as the README does; a further
example of a doc with ``<!-- example:query:<name> -->`` and ``<!-- example:output:<name> -->``.
"""

import json
import re

import httpx
import pytest

from tests.conftest import ROOT
from tests.graphql_client import gql


def _block_after(marker: str, text: str, doc: str) -> str:
    match = re.search(rf"<!-- {marker} -->\s*```\w*\n(.*?)```", text, re.DOTALL)
    assert match, f"{doc} has no code block after <!-- {marker} -->"
    return match.group(1)


@pytest.mark.parametrize(
    ("doc", "field"),
    [
        ("painful-steps.md", "painfulSteps"),
        ("opportunity-scores.md", "opportunityScores"),
        ("traceability.md", "traceability"),
        ("story-map.md", "storyMap"),
    ],
)
async def test_doc_example_output_is_real(
    demo_client: httpx.AsyncClient, doc: str, field: str
) -> None:
    text = (ROOT / "docs" / "queries" / doc).read_text(encoding="utf-8")
    query = _block_after("example:query", text, doc)
    shown = json.loads(_block_after("example:output", text, doc))
    assert field in query
    assert shown["data"][field]  # the example shows something, not an empty answer
    assert await gql(demo_client, query) == shown


@pytest.mark.parametrize(
    ("doc", "example", "field"),
    [
        ("painful-steps.md", "dependencies", "painfulSteps"),
        ("service-blueprint.md", "support", "serviceBlueprint"),
        ("service-blueprint.md", "freshness", "serviceBlueprint"),
        ("coverage.md", "data-gaps", "coverage"),
        ("coverage.md", "stale", "coverage"),
    ],
)
async def test_named_doc_example_output_is_real(
    demo_client: httpx.AsyncClient, doc: str, example: str, field: str
) -> None:
    text = (ROOT / "docs" / "queries" / doc).read_text(encoding="utf-8")
    query = _block_after(f"example:query:{example}", text, doc)
    shown = json.loads(_block_after(f"example:output:{example}", text, doc))
    assert field in query
    assert shown["data"][field]
    assert await gql(demo_client, query) == shown
