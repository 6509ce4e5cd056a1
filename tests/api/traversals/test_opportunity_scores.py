"""``opportunityScores`` over HTTP on the demo model, on every store.

The whole ranking (scores, flags), the job and persona filters by key and global ID,
the nested lists of one outcome, VALIDATION for IDs of another kind and NOT_FOUND for
unknown jobs and personas.
"""

from typing import Any

import httpx
import pytest

from tests.api.helpers import node_fields_of, node_id, validation_paths
from tests.graphql_client import error_codes, gql, gql_data

SCORES = """
query($jobId: ID, $personaId: ID) {
  opportunityScores(jobId: $jobId, personaId: $personaId) {
    outcome { key }
    score
    underserved
    overserved
  }
}
"""

RANKING = [
    ("minimize-time-to-restore-service", 15.5, True, False),
    ("minimize-time-to-first-connection", 14.0, True, False),
    ("minimize-times-explaining-fault", 13.5, True, False),
    ("minimize-uncertainty-about-install-date", 13.0, True, False),
    ("minimize-feeling-penalised-for-loyalty", 12.0, True, False),
    ("minimize-bill-surprises", 11.5, True, False),
    ("maximize-clarity-of-price-after-contract", 11.0, True, False),
    ("minimize-effort-to-know-outage-status", 10.0, True, False),
    ("maximize-speed-match-to-promise", 9.0, False, False),
    ("minimize-time-waiting-in-for-installers", 8.0, False, False),
    ("minimize-effort-to-change-payment", 4.0, False, True),
]
"""Every outcome of the demo, by score (hand-checked against seeds/demo.yaml)."""


async def ranking(client: httpx.AsyncClient, **variables: Any) -> list[tuple[Any, ...]]:
    data = await gql_data(client, SCORES, **variables)
    return [
        (r["outcome"]["key"], r["score"], r["underserved"], r["overserved"])
        for r in data["opportunityScores"]
    ]


async def test_all_outcomes(demo_client: httpx.AsyncClient) -> None:
    assert await ranking(demo_client) == RANKING


async def test_job_filter_by_key_and_global_id(demo_client: httpx.AsyncClient) -> None:
    connected = [RANKING[1], RANKING[3], RANKING[8], RANKING[9]]
    assert await ranking(demo_client, jobId="get-connected-in-new-home") == connected
    job_id = await node_id(demo_client, "job", "get-connected-in-new-home")
    assert await ranking(demo_client, jobId=job_id) == connected


async def test_persona_filter_and_both(demo_client: httpx.AsyncClient) -> None:
    remote = [row for row in RANKING if row[0] in REMOTE_WORKER_OUTCOMES]
    assert await ranking(demo_client, personaId="remote-worker") == remote
    both = await ranking(demo_client, jobId="pay-fair-predictable-price", personaId="remote-worker")
    assert both == []  # the remote worker does not have that job


REMOTE_WORKER_OUTCOMES = {
    "minimize-time-to-first-connection",
    "minimize-uncertainty-about-install-date",
    "minimize-time-waiting-in-for-installers",
    "maximize-speed-match-to-promise",
    "minimize-time-to-restore-service",
    "minimize-times-explaining-fault",
    "minimize-effort-to-know-outage-status",
}


async def test_nested_lists(demo_client: httpx.AsyncClient) -> None:
    query = """
    { opportunityScores(jobId: "get-connected-in-new-home") {
        outcome { key importance satisfaction job { key } }
        steps { step { key } pain }
        painPoints { key }
        backlogItems { key }
        opportunities { key }
    } }
    """
    rows = (await gql_data(demo_client, query))["opportunityScores"]
    install = rows[1]
    assert install == {
        "outcome": {
            "key": "minimize-uncertainty-about-install-date",
            "importance": 8.0,
            "satisfaction": 3.0,
            "job": {"key": "get-connected-in-new-home"},
        },
        "steps": [
            {"step": {"key": "nc-chase-order-status"}, "pain": 5},
            {"step": {"key": "nc-receive-install-date"}, "pain": 4},
        ],
        "painPoints": [{"key": "order-status-invisible"}, {"key": "no-install-date"}],
        "backlogItems": [{"key": "epic-live-order-tracking"}],
        "opportunities": [{"key": "install-date-at-checkout"}],
    }


@pytest.mark.parametrize(("argument", "kind"), [("jobId", "Job"), ("personaId", "Persona")])
async def test_unknown_job_or_persona_is_not_found(
    demo_client: httpx.AsyncClient, argument: str, kind: str
) -> None:
    body = await gql(demo_client, SCORES, **{argument: "nobody"})
    assert error_codes(body) == ["NOT_FOUND"]
    assert body["errors"][0]["message"] == f"{kind} 'nobody' does not exist"


async def test_ids_of_another_kind_are_validation(demo_client: httpx.AsyncClient) -> None:
    outcome_id = await node_id(demo_client, "outcome", "minimize-bill-surprises")
    assert validation_paths(await gql(demo_client, SCORES, jobId=outcome_id)) == ["jobId"]
    body = await gql(demo_client, SCORES, personaId="Remote Worker")
    assert validation_paths(body) == ["personaId"]


def test_every_node_field_of_a_score_is_read_before_it_answers() -> None:
    from graph_api.traversals.opportunity_scores.graphql import NODE_FIELDS

    assert node_fields_of("OutcomeScore", "PursuingStep") == NODE_FIELDS
