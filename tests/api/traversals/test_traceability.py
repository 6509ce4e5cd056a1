"""``traceability`` over HTTP on the demo model, on every store.

A story traced through its pain point on a touchpoint, with its parent and changes; the
item by global ID; VALIDATION for a malformed or foreign ID, NOT_FOUND for an unknown item.
"""

import httpx

from tests.api.helpers import node_fields_of, node_id, validation_paths
from tests.graphql_client import error_codes, gql, gql_data

TRACE = """
query($id: ID!) {
  traceability(backlogItemId: $id) {
    backlogItem { key }
    steps { key }
    painPoints { key }
    outcomes { key }
    opportunities { key }
    affectedSteps { key stage { key } }
    journeys { key }
    personas { key }
    changedProcesses { key }
    changedSystems { key }
    changedCapabilities { key }
    changedTouchpoints { key channel { key } }
    kpis { key }
    parent { key }
    children { key }
  }
}
"""


def keys(*values: str) -> list[dict[str, str]]:
    return [{"key": value} for value in values]


async def test_story_through_a_touchpoint_pain(demo_client: httpx.AsyncClient) -> None:
    data = await gql_data(demo_client, TRACE, id="troubleshooter-results-to-crm")
    assert data["traceability"] == {
        "backlogItem": {"key": "troubleshooter-results-to-crm"},
        "steps": [],
        "painPoints": keys("troubleshooter-dead-end"),
        "outcomes": [],
        "opportunities": [],
        "affectedSteps": [{"key": "fr-run-troubleshooter", "stage": {"key": "self-diagnose"}}],
        "journeys": keys("fault-repair"),
        "personas": keys("remote-worker"),
        "changedProcesses": [],
        "changedSystems": keys("line-test-platform"),
        "changedCapabilities": [],
        "changedTouchpoints": [{"key": "app-troubleshooter", "channel": {"key": "mobile-app"}}],
        # the changed touchpoint (app-self-fix-rate) and the journey (the other four)
        "kpis": keys(
            "app-self-fix-rate",
            "ces-fault-journey",
            "csat-fault-journey",
            "mean-time-to-restore",
            "nps-fault-journey",
        ),
        "parent": {"key": "epic-one-fault-record"},
        "children": [],
    }


async def test_by_global_id(demo_client: httpx.AsyncClient) -> None:
    item_id = await node_id(demo_client, "backlogItem", "epic-fair-pricing")
    data = await gql_data(demo_client, TRACE, id=item_id)
    trace = data["traceability"]
    assert trace["backlogItem"] == {"key": "epic-fair-pricing"}
    assert trace["painPoints"] == keys("loyalty-penalty", "mid-contract-price-rise")
    assert trace["journeys"] == keys("bill-and-renew")
    assert trace["personas"] == keys("budget-family")
    assert trace["children"] == keys("best-price-in-eoc-notice", "price-rise-in-pounds")


async def test_unknown_item_is_not_found(demo_client: httpx.AsyncClient) -> None:
    body = await gql(demo_client, TRACE, id="no-such-item")
    assert error_codes(body) == ["NOT_FOUND"]
    assert body["errors"][0]["message"] == "BacklogItem 'no-such-item' does not exist"


async def test_malformed_or_foreign_id_is_validation(demo_client: httpx.AsyncClient) -> None:
    step_id = await node_id(demo_client, "step", "fr-call-support")
    assert validation_paths(await gql(demo_client, TRACE, id=step_id)) == ["backlogItemId"]
    assert validation_paths(await gql(demo_client, TRACE, id="Not A Key")) == ["backlogItemId"]


def test_every_node_field_of_a_trace_is_read_before_it_answers() -> None:
    from graph_api.traversals.traceability.graphql import NODE_FIELDS

    assert node_fields_of("BacklogTrace") == NODE_FIELDS
