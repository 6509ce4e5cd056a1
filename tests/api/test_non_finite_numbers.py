"""Infinities and NaN are refused by every float property on every way in over HTTP:
``importModel`` (YAML and JSON documents, where the parsers would read them), and the
create and update mutations (literals too large for a float, variables), on every store.
Nothing is written."""

import json

import httpx
import pytest

from tests.api.helpers import node_id, total, validation_paths
from tests.graphql_client import gql, gql_data

IMPORT = """
mutation ($document: String!, $format: ModelFormat!) {
  importModel(document: $document, format: $format) { created }
}
"""

# One non-finite value in each optional float property that has no bounds to refuse it,
# in each spelling YAML reads as one; the required Measurement.value too.
YAML_DOCUMENT = """
format: graph-api/v1
kpis:
  - { key: nps, name: NPS, target: .inf }
  - { key: churn, name: Churn, target: -.Inf }
measurements:
  - { key: m1, value: .nan, at: 2026-01-01, kpi: nps }
  - { key: m2, value: 1.0e+400, at: 2026-01-02, kpi: nps }
evidence:
  - { key: e1, kind: survey, summary: Survey, score: .NaN }
backlogItems:
  - { key: b1, title: Fix it, estimate: .INF }
outcomes:
  - { key: o1, statement: Minimize the wait, importance: .nan, satisfaction: 3 }
"""
YAML_PATHS = [
    "kpis[0].target",
    "kpis[1].target",
    "measurements[0].value",
    "measurements[1].value",
    "evidence[0].score",
    "backlogItems[0].estimate",
    "outcomes[0].importance",
]


async def test_import_model_refuses_them_in_yaml(client: httpx.AsyncClient) -> None:
    body = await gql(client, IMPORT, document=YAML_DOCUMENT, format="YAML")
    assert sorted(validation_paths(body)) == sorted(YAML_PATHS)
    messages = {e["message"] for e in body["errors"][0]["extensions"]["errors"]}
    assert "Input should be a finite number" in messages
    for plural in ("kpis", "measurements", "evidence", "backlogItems", "outcomes"):
        assert await total(client, plural) == 0


async def test_import_model_refuses_them_in_json(client: httpx.AsyncClient) -> None:
    # Python's JSON parser reads NaN and Infinity, and a number too large for a float as
    # an infinity: each is refused at the property it is in.
    document = (
        '{"format": "graph-api/v1", "kpis": ['
        '{"key": "a", "name": "A", "target": NaN},'
        '{"key": "b", "name": "B", "target": -Infinity},'
        '{"key": "c", "name": "C", "target": 1e999}],'
        '"painPoints": [{"key": "p", "name": "P", "severity": 2, "frequency": Infinity}]}'
    )
    body = await gql(client, IMPORT, document=document, format="JSON")
    assert sorted(validation_paths(body)) == [
        "kpis[0].target",
        "kpis[1].target",
        "kpis[2].target",
        "painPoints[0].frequency",
    ]
    assert await total(client, "kpis") == 0


@pytest.mark.parametrize("literal", ["1e400", "-1.5e309", "1" + "0" * 400 + ".0"])
async def test_a_float_literal_too_large_is_refused(
    client: httpx.AsyncClient, literal: str
) -> None:
    query = f'mutation {{ createKPI(input: {{name: "K", target: {literal}}}) {{ key }} }}'
    # GraphQL's parser reads such a literal as an infinity; the property refuses it.
    body = await gql(client, query)
    assert validation_paths(body) == ["target"]
    assert body["errors"][0]["extensions"]["errors"][0]["message"] == (
        "Input should be a finite number"
    )
    assert await total(client, "kpis") == 0


async def test_variables_holding_them_are_refused(client: httpx.AsyncClient) -> None:
    created = await gql_data(
        client,
        'mutation($input: KPIInput!) { createKPI(key: "k", input: $input) { key } }',
        input={"name": "K", "target": 5.0},
    )
    assert created["createKPI"]["key"] == "k"
    kpi_id = await node_id(client, "kpi", "k")
    query = "mutation($id: ID!, $t: Float) { updateKPI(id: $id, input: {target: $t}) { target } }"
    for spelled in ("NaN", "Infinity", "-Infinity", "1e999"):
        # JSON has no such numbers: the body is written by hand.
        body = (
            f'{{"query": {json.dumps(query)}, '
            f'"variables": {{"id": {json.dumps(kpi_id)}, "t": {spelled}}}}}'
        )
        response = await client.post(
            "/graphql", content=body, headers={"Content-Type": "application/json"}
        )
        assert response.status_code == 400, (spelled, response.text)
        assert response.json()["errors"][0]["extensions"]["code"] == "BAD_REQUEST"
    literal = f'mutation {{ updateKPI(id: "{kpi_id}", input: {{target: -2e308}}) {{ target }} }}'
    assert validation_paths(await gql(client, literal)) == ["target"]
    kpi = await gql_data(client, '{ kpi(key: "k") { target } }')
    assert kpi["kpi"] == {"target": 5.0}


def test_the_document_above_is_what_the_assertions_say() -> None:
    # Guards the YAML above: each refused value is read as a non-finite float, so the
    # refusal is the property's and not the parser's.
    import math

    import yaml

    document = yaml.safe_load(YAML_DOCUMENT)
    values = [
        document[p.split("[")[0]][int(p.split("[")[1][0])][p.split(".")[1]] for p in YAML_PATHS
    ]
    assert all(isinstance(v, float) and not math.isfinite(v) for v in values)
    assert json.loads("[1e999]") == [float("inf")]
