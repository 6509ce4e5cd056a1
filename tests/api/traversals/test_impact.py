"""The ``impact`` query over HTTP on the demo model, on every store.

Every example of ``docs/queries/impact.md`` answers exactly what it shows; groups, counts,
the default depth and the nested nodes; VALIDATION for a depth out of 1-10 or an ID that
is not one; NOT_FOUND for a node that does not exist.
"""

import base64

import httpx
import pytest

from tests.api.helpers import error_code, only_error, validation_paths
from tests.api.traversals.graph_docs import doc_examples
from tests.graphql_client import gql, gql_data

IMPACT = """
query($id: ID!, $depth: Int) {
  impact(nodeId: $id, maxDepth: $depth) {
    start { __typename key }
    total
    groups { kind count items { distance node { __typename key } path { type forward } } }
  }
}
"""


def gid(kind: str, key: str) -> str:
    return base64.urlsafe_b64encode(f"{kind}:{key}".encode()).decode().rstrip("=")


async def test_doc_examples_are_real(demo_client: httpx.AsyncClient) -> None:
    examples = doc_examples("impact.md")
    # a step's counts and pages, its next page of KPIs, three across system dependencies,
    # everything on a view
    assert len(examples) == 6
    for query, shown in examples:
        assert await gql(demo_client, query) == shown


async def test_groups_of_a_system_within_two_hops(demo_client: httpx.AsyncClient) -> None:
    data = await gql_data(demo_client, IMPACT, id=gid("System", "telephony-ivr"), depth=2)
    impact = data["impact"]
    assert impact["start"] == {"__typename": "System", "key": "telephony-ivr"}
    assert impact["total"] == 21
    assert [(g["kind"], g["count"]) for g in impact["groups"]] == [
        ("PROCESS", 4),
        ("TEAM", 1),
        ("BACKLOG_ITEM", 1),
        ("CAPABILITY", 4),
        ("DATA_OBJECT", 1),
        ("KPI", 1),
        ("STEP", 3),
        ("TOUCHPOINT", 6),
    ]
    processes = impact["groups"][0]["items"]
    assert [(p["node"]["key"], p["distance"]) for p in processes] == [
        ("log-and-triage-fault", 1),
        ("resolve-billing-query", 1),
        ("dispatch-field-engineer", 2),
        ("trouble-to-resolve", 2),
    ]
    assert processes[2]["path"] == [
        {"type": "USES", "forward": False},
        {"type": "TRIGGERS", "forward": True},
    ]
    assert processes[3]["path"] == [
        {"type": "USES", "forward": False},
        {"type": "PART_OF", "forward": True},
    ]
    assert processes[3]["node"]["__typename"] == "Process"


async def test_depth_defaults_to_six(demo_client: httpx.AsyncClient) -> None:
    data = await gql_data(demo_client, IMPACT, id=gid("System", "crm"))
    # as in tests/contract/traversals/test_impact.py: 217, 26 KPIs of steps, touchpoints
    # and journeys, 2 bugs
    assert data["impact"]["total"] == 245
    groups = {g["kind"]: g["count"] for g in data["impact"]["groups"]}
    assert (groups["KPI"], groups["BACKLOG_ITEM"]) == (37, 19)
    assert groups["PERSONA"] == 2
    assert groups["JOURNEY"] == 3


@pytest.mark.parametrize("depth", [0, 11, -1])
async def test_depth_out_of_range_is_validation(demo_client: httpx.AsyncClient, depth: int) -> None:
    body = await gql(demo_client, IMPACT, id=gid("System", "crm"), depth=depth)
    assert validation_paths(body) == ["maxDepth"]
    assert only_error(body)["extensions"]["errors"][0]["message"] == "must be between 1 and 10"


async def test_an_id_that_is_not_one_is_validation(demo_client: httpx.AsyncClient) -> None:
    for value in ("crm system", "Sytem:crm", "no-such-system"):
        body = await gql(demo_client, IMPACT, id=value)
        assert validation_paths(body) == ["nodeId"], value


async def test_a_missing_node_is_not_found(demo_client: httpx.AsyncClient) -> None:
    body = await gql(demo_client, IMPACT, id=gid("System", "no-such-system"))
    assert error_code(body) == "NOT_FOUND"
    assert only_error(body)["message"] == "System 'no-such-system' does not exist"


async def test_a_view_hits_from_each_node_it_shows(demo_client: httpx.AsyncClient) -> None:
    data = await gql_data(demo_client, IMPACT, id="View:integration-landscape", depth=3)
    impact = data["impact"]
    assert impact["start"] == {"__typename": "View", "key": "integration-landscape"}
    shown = {"integration-platform", "crm", "billing-system", "field-service-management"}
    items = [item for group in impact["groups"] for item in group["items"]]
    assert len(items) == impact["total"] > 0
    for item in items:
        assert len(item["path"]) == item["distance"]
        assert not (item["node"]["__typename"] == "System" and item["node"]["key"] in shown)
    first_hops = await gql_data(
        demo_client,
        """{ impact(nodeId: "View:integration-landscape", maxDepth: 3) {
               groups { items { path { forward source { key } target { key } } } } } }""",
    )
    for group in first_hops["impact"]["groups"]:
        for item in group["items"]:
            hop = item["path"][0]
            origin = hop["source"] if hop["forward"] else hop["target"]
            assert origin["key"] in shown, hop
