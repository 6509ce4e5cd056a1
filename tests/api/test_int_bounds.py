"""Whole numbers beyond what GraphQL's ``Int`` carries are refused on every way in over
HTTP, on every store, and nothing is written: ``importModel`` (YAML and JSON, which read
integers of any length) answers VALIDATION naming each property; the create and update
mutations are refused by GraphQL's ``Int`` before anything runs, naming the value (and,
for a variable, its place)."""

import httpx
import pytest

from tests.api.helpers import node_id, total, validation_paths
from tests.graphql_client import gql, gql_data

IMPORT = """
mutation ($document: String!, $format: ModelFormat!) {
  importModel(document: $document, format: $format) { created }
}
"""
LE_MAX = "Input should be less than or equal to 2147483647"

YAML_DOCUMENT = """
format: graph-api/v1
journeys:
  - key: j
    name: J
    stages:
      - { key: s1, name: S1, order: 2147483648 }
      - { key: s2, name: S2, order: 2147483647 }
      - key: s3
        name: S3
        order: 0
        steps:
          - { key: st, name: St, order: 9223372036854775808 }
valueStreams:
  - key: v
    name: V
    stages:
      - { key: vs, name: VS, order: 1000000000000000000000000000000 }
evidence:
  - { key: e1, kind: survey, summary: S, sampleSize: 4294967296 }
  - { key: e2, kind: survey, summary: S, sampleSize: 2147483647 }
"""
YAML_PATHS = {
    "journeys[0].stages[0].order",
    "journeys[0].stages[2].steps[0].order",
    "valueStreams[0].stages[0].order",
    "evidence[0].sampleSize",
}


async def test_import_model_refuses_them_in_yaml(client: httpx.AsyncClient) -> None:
    body = await gql(client, IMPORT, document=YAML_DOCUMENT, format="YAML")
    paths = validation_paths(body)
    assert {p for p in paths if p in YAML_PATHS} == YAML_PATHS
    assert not [p for p in paths if "stages[1]" in p or "evidence[1]" in p], paths
    messages = {
        e["message"] for e in body["errors"][0]["extensions"]["errors"] if e["path"] in YAML_PATHS
    }
    assert messages == {LE_MAX}
    for plural in ("journeys", "stages", "steps", "valueStreams", "evidence"):
        assert await total(client, plural) == 0


async def test_import_model_refuses_them_in_json(client: httpx.AsyncClient) -> None:
    document = (
        '{"format": "graph-api/v1", "evidence": ['
        '{"key": "a", "kind": "survey", "summary": "A", "sampleSize": 2147483648},'
        '{"key": "b", "kind": "survey", "summary": "B", "sampleSize": -1},'
        '{"key": "c", "kind": "survey", "summary": "C", "sampleSize": ' + "9" * 300 + "}]}"
    )
    body = await gql(client, IMPORT, document=document, format="JSON")
    assert sorted(validation_paths(body)) == [
        "evidence[0].sampleSize",
        "evidence[1].sampleSize",
        "evidence[2].sampleSize",
    ]
    assert await total(client, "evidence") == 0


@pytest.mark.parametrize("value", [2**31, 2**63, -(2**31) - 1, 10**40])
async def test_the_mutations_refuse_them_before_writing(
    client: httpx.AsyncClient, value: int
) -> None:
    literal = f'mutation {{ createStage(input: {{name: "S", order: {value}}}) {{ key }} }}'
    body = await gql(client, literal)
    assert "data" not in body or body["data"] is None
    assert (
        f"Int cannot represent non 32-bit signed integer value: {value}"
        in (body["errors"][0]["message"])
    )
    variable = "mutation($i: EvidenceInput!) { createEvidence(input: $i) { key } }"
    body = await gql(client, variable, i={"kind": "SURVEY", "summary": "S", "sampleSize": value})
    assert body["errors"][0]["message"].startswith(
        "Variable '$i' has invalid value at .sampleSize: Int cannot represent"
    )
    assert await total(client, "stages") == 0
    assert await total(client, "evidence") == 0


async def test_an_update_beyond_the_bound_keeps_the_node(client: httpx.AsyncClient) -> None:
    await gql_data(
        client,
        'mutation { createStep(key: "st", input: {name: "St", order: 2147483647}) { key } }',
    )
    step_id = await node_id(client, "step", "st")
    query = "mutation($id: ID!, $o: Int) { updateStep(id: $id, input: {order: $o}) { order } }"
    body = await gql(client, query, id=step_id, o=2**31)
    assert "Int cannot represent non 32-bit signed integer value" in body["errors"][0]["message"]
    step = await gql_data(client, '{ step(key: "st") { order version } }')
    assert step["step"] == {"order": 2147483647, "version": 1}
