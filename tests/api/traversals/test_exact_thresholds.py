"""Exact thresholds over HTTP, on every store: decimals typed in a model file or in
GraphQL input are scored and rated as typed, and the exact results are sent as Floats
(``10.0``, not 9.999999999999998).
"""

import json
from typing import Any

import httpx

from tests.graphql_client import gql_data

MODEL = """
format: graph-api/v1
jobs:
  - key: commute
    statement: Get to work
    outcomes:
      - { key: b-whole, statement: Whole, importance: 5, satisfaction: 0 }
      - { key: a-typed, statement: Typed, importance: 9.7, satisfaction: 9.4 }
      - { key: c-short, statement: Short, importance: 9.7, satisfaction: 9.41 }
valueStreams:
  - key: flow
    name: Flow
    stages:
      - { key: flow-one, name: One, order: 1 }
kpis:
  - key: lead
    name: Lead
    target: 7
    direction: higher_is_better
    valueStreamStages: [flow-one]
    measurements:
      - { key: lead-1, value: 6.23, at: 2026-01-31 }
      - { key: lead-2, value: 6.3, at: 2026-02-28 }
  - key: wait
    name: Wait
    target: 0.7
    direction: lower_is_better
    valueStreamStages: [flow-one]
    measurements:
      - { key: wait-b, value: 0.707, at: 2026-03-01 }
      - { key: wait-a, value: 0.7, at: 2026-03-01 }
"""

IMPORT = """
mutation ($document: String!) {
  importModel(document: $document, format: YAML) { created }
}
"""
SCORES = "{ opportunityScores { outcome { key } score underserved overserved } }"
HEALTH = """
{ valueStreamHealth(valueStreamId: "flow") {
    status
    stages { kpis { kpi { key } latestMeasurement { key } status trend trendDelta } }
} }
"""


async def raw_data(client: httpx.AsyncClient, query: str, **variables: Any) -> Any:
    """``data`` with every JSON number kept as the text sent."""
    response = await client.post("/graphql", json={"query": query, "variables": variables})
    assert response.status_code == 200, response.text
    body = json.loads(response.text, parse_float=str, parse_int=str)
    assert "errors" not in body, body["errors"]
    return body["data"]


async def test_a_model_file_scored_and_rated_as_typed(client: httpx.AsyncClient) -> None:
    await gql_data(client, IMPORT, document=MODEL)
    scores = (await raw_data(client, SCORES))["opportunityScores"]
    assert [(s["outcome"]["key"], s["score"], s["underserved"]) for s in scores] == [
        ("a-typed", "10.0", True),  # level with b-whole, so by key
        ("b-whole", "10.0", True),
        ("c-short", "9.99", False),
    ]
    health = (await raw_data(client, HEALTH))["valueStreamHealth"]
    assert health["status"] == "AT_RISK"
    assert health["stages"][0]["kpis"] == [
        # 6.3 misses 7 by exactly 10%; 6.23 -> 6.3 is exactly 1% of 7
        {
            "kpi": {"key": "lead"},
            "latestMeasurement": {"key": "lead-2"},
            "status": "AT_RISK",
            "trend": "STABLE",
            "trendDelta": "0.07",
        },
        # the same day: wait-b is the later; 0.707 misses 0.7 (lower is better) by 1%
        {
            "kpi": {"key": "wait"},
            "latestMeasurement": {"key": "wait-b"},
            "status": "AT_RISK",
            "trend": "STABLE",
            "trendDelta": "0.007",
        },
    ]


CREATE = """
mutation ($importance: Float!) {
  literal: createOutcome(key: "literal", input: {statement: "L", importance: 9.7,
                                                 satisfaction: 9.4}) { key }
  variable: createOutcome(key: "variable", input: {statement: "V", importance: $importance,
                                                   satisfaction: 9.4}) { key }
  long: createOutcome(key: "long", input: {statement: "Long",
                                           importance: 9.70000000000000000001,
                                           satisfaction: 9.4}) { key }
}
"""


async def test_graphql_input_scored_as_typed(client: httpx.AsyncClient) -> None:
    await gql_data(client, CREATE, importance=9.7)
    scores = (await raw_data(client, SCORES))["opportunityScores"]
    # a Float of more than 17 significant digits is read as the nearest float: 9.7 here
    assert [(s["outcome"]["key"], s["score"], s["underserved"]) for s in scores] == [
        ("literal", "10.0", True),
        ("long", "10.0", True),
        ("variable", "10.0", True),
    ]
