"""``importModel`` and ``exportModel`` over HTTP, on every store."""

import httpx

from tests.conftest import DEMO_MODEL
from tests.expected_demo import DEMO_LINKS, DEMO_NODES
from tests.graphql_client import error_codes, gql, gql_data

IMPORT = """
mutation ($document: String!, $format: ModelFormat!) {
  importModel(document: $document, format: $format) { created updated unchanged linked }
}
"""
EXPORT = "query ($format: ModelFormat!) { exportModel(format: $format) }"
COUNT = "{ personas { totalCount } steps { totalCount } }"


async def test_import_then_export_round_trip(client: httpx.AsyncClient) -> None:
    demo = DEMO_MODEL.read_text(encoding="utf-8")
    first = await gql_data(client, IMPORT, document=demo, format="YAML")
    assert first["importModel"] == {
        "created": DEMO_NODES,
        "updated": 0,
        "unchanged": 0,
        "linked": DEMO_LINKS,
    }
    exported = (await gql_data(client, EXPORT, format="JSON"))["exportModel"]
    again = await gql_data(client, IMPORT, document=exported, format="JSON")
    assert again["importModel"] == {
        "created": 0,
        "updated": 0,
        "unchanged": DEMO_NODES,
        "linked": 0,
    }
    assert (await gql_data(client, EXPORT, format="JSON"))["exportModel"] == exported


async def test_a_bad_document_writes_nothing(client: httpx.AsyncClient) -> None:
    document = """
format: graph-api/v1
personas:
  - { key: fine, name: A fine persona }
painPoints:
  - { key: too-bad, name: Too bad, severity: 7 }
"""
    body = await gql(client, IMPORT, document=document, format="YAML")
    assert error_codes(body) == ["VALIDATION"]
    paths = [e["path"] for e in body["errors"][0]["extensions"]["errors"]]
    assert paths == ["painPoints[0].severity"]
    assert await gql_data(client, COUNT) == {
        "personas": {"totalCount": 0},
        "steps": {"totalCount": 0},
    }


async def test_malformed_json_is_located(client: httpx.AsyncClient) -> None:
    body = await gql(client, IMPORT, document='{"format": ', format="JSON")
    assert error_codes(body) == ["VALIDATION"]
    assert body["errors"][0]["extensions"]["errors"][0]["path"] == "line 1, column 12"
