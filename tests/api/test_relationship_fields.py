"""Relationship fields over HTTP on the demo model, on every store.

Walks journey -> persona, jobs, stages -> steps -> touchpoints -> channel in one query
and checks the whole tree for the "fault-repair" journey against ``seeds/demo.yaml``
(stages and steps in their ``order``, other lists by key); walks the same chain backwards
from a touchpoint; and checks incoming many-ended fields (a channel's touchpoints, a pain
point's steps).
"""

from typing import Any

import httpx

from tests.graphql_client import gql_data

JOURNEY_TREE = """
query($key: String!) {
  journey(key: $key) {
    key
    persona { key }
    jobs { key }
    stages {
      key
      order
      steps { key order touchpoints { key channel { key } } }
    }
  }
}
"""

Tree = dict[str, dict[str, dict[str, str]]]
"""stage key -> step key -> touchpoint key -> channel key."""

FAULT_REPAIR_TREE: Tree = {
    "engineer-visit": {
        "fr-book-engineer": {
            "agent-engineer-booking": "contact-centre",
            "appointment-confirmation-sms": "sms",
        },
        "fr-wait-for-engineer": {
            "engineer-on-way-sms": "sms",
            "engineer-repair-visit": "field-engineer",
        },
    },
    "notice-problem": {
        "fr-check-service-status": {
            "app-outage-banner": "mobile-app",
            "web-service-status-page": "website",
        },
        "fr-notice-outage": {},
    },
    "report-fault": {
        "fr-call-support": {
            "agent-fault-call": "contact-centre",
            "ivr-fault-menu": "contact-centre",
        },
        "fr-get-fault-reference": {"fault-reference-sms": "sms"},
        "fr-report-in-chat": {"web-chat-fault": "web-chat"},
    },
    "resolution": {
        "fr-claim-compensation": {"web-compensation-form": "website"},
        "fr-confirm-fix": {"fix-survey-sms": "sms"},
    },
    "self-diagnose": {"fr-run-troubleshooter": {"app-troubleshooter": "mobile-app"}},
}


def as_tree(stages: list[dict[str, Any]]) -> Tree:
    """The answer's stages as a nested dict, checking stages and steps come in order."""
    tree: Tree = {}
    assert [s["order"] for s in stages] == sorted(s["order"] for s in stages)
    for stage in stages:
        steps = stage["steps"]
        assert [s["order"] for s in steps] == sorted(s["order"] for s in steps)
        for step in steps:
            touchpoints = [tp["key"] for tp in step["touchpoints"]]
            assert touchpoints == sorted(touchpoints)
        tree[stage["key"]] = {
            step["key"]: {tp["key"]: tp["channel"]["key"] for tp in step["touchpoints"]}
            for step in steps
        }
    return tree


async def test_journey_to_channels_in_one_query(demo_client: httpx.AsyncClient) -> None:
    data = await gql_data(demo_client, JOURNEY_TREE, key="fault-repair")
    journey = data["journey"]
    assert journey["persona"] == {"key": "remote-worker"}
    assert journey["jobs"] == [{"key": "restore-broken-connection"}]
    assert as_tree(journey["stages"]) == FAULT_REPAIR_TREE
    orders = {s["key"]: s["order"] for s in journey["stages"]}
    assert orders == {
        "notice-problem": 1,
        "self-diagnose": 2,
        "report-fault": 3,
        "engineer-visit": 4,
        "resolution": 5,
    }


async def test_the_chain_backwards(demo_client: httpx.AsyncClient) -> None:
    data = await gql_data(
        demo_client,
        """
        {
          touchpoint(key: "engineer-repair-visit") {
            differentiating
            channel { key kind }
            step { key previous { key } next { key } stage { key journey { key persona { key } } } }
          }
        }
        """,
    )
    assert data["touchpoint"] == {
        "differentiating": True,
        "channel": {"key": "field-engineer", "kind": "PHYSICAL"},
        "step": {
            "key": "fr-wait-for-engineer",
            "previous": [{"key": "fr-book-engineer"}],
            "next": [{"key": "fr-confirm-fix"}],
            "stage": {
                "key": "engineer-visit",
                "journey": {"key": "fault-repair", "persona": {"key": "remote-worker"}},
            },
        },
    }


async def test_incoming_many_ended_fields(demo_client: httpx.AsyncClient) -> None:
    data = await gql_data(
        demo_client,
        """
        {
          channel(key: "web-chat") { touchpoints { key } }
          painPoint(key: "repeat-explanation") { steps { key } touchpoints { key } }
          step(key: "fr-run-troubleshooter") { next { key } }
        }
        """,
    )
    assert data["channel"]["touchpoints"] == [
        {"key": "order-chase-chat"},
        {"key": "web-chat-fault"},
    ]
    assert data["painPoint"] == {
        "steps": [{"key": "fr-call-support"}],
        "touchpoints": [{"key": "web-chat-fault"}],
    }
    assert data["step"]["next"] == [{"key": "fr-call-support"}, {"key": "fr-report-in-chat"}]


async def test_an_unknown_key_is_null(demo_client: httpx.AsyncClient) -> None:
    data = await gql_data(demo_client, JOURNEY_TREE, key="no-such-journey")
    assert data == {"journey": None}
