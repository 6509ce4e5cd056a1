"""The ``paths`` query over HTTP on the demo model, on every store.

The doc's example answers exactly what ``docs/queries/paths.md`` shows; ``first`` and
``maxLength``; VALIDATION for identical ends, bounds and bad IDs; NOT_FOUND for a
missing end.
"""

import httpx
import pytest

from tests.api.helpers import error_code, only_error, validation_paths
from tests.api.traversals.graph_docs import doc_example
from tests.api.traversals.test_impact import gid
from tests.graphql_client import gql, gql_data

PATHS = """
query($a: ID!, $b: ID!, $max: Int, $first: Int) {
  paths(fromId: $a, toId: $b, maxLength: $max, first: $first) {
    length
    total
    paths { length nodes { key } hops { type forward source { key } target { key } } }
  }
}
"""

IVR_QUEUE, OPERATIONS = gid("PainPoint", "ivr-queue"), gid("Team", "customer-operations")


async def test_doc_example_is_real(demo_client: httpx.AsyncClient) -> None:
    query, shown = doc_example("paths.md")
    assert await gql(demo_client, query) == shown


async def test_all_shortest_paths_by_default(demo_client: httpx.AsyncClient) -> None:
    data = await gql_data(demo_client, PATHS, a=IVR_QUEUE, b=OPERATIONS)
    paths = data["paths"]
    assert (paths["length"], paths["total"]) == (3, 3)
    assert [[n["key"] for n in p["nodes"]][2] for p in paths["paths"]] == [
        "fault-line-ivr-abandonment",
        "log-and-triage-fault",
        "fr-call-support",
    ]
    assert paths["paths"][2]["hops"][1] == {
        "type": "HAS_TOUCHPOINT",
        "forward": False,
        "source": {"key": "fr-call-support"},
        "target": {"key": "ivr-fault-menu"},
    }


async def test_first_and_max_length(demo_client: httpx.AsyncClient) -> None:
    data = await gql_data(demo_client, PATHS, a=IVR_QUEUE, b=OPERATIONS, first=1)
    assert (data["paths"]["total"], len(data["paths"]["paths"])) == (3, 1)
    data = await gql_data(demo_client, PATHS, a=IVR_QUEUE, b=OPERATIONS, max=2)
    assert data["paths"] == {"length": None, "total": 0, "paths": []}


@pytest.mark.parametrize(
    ("variables", "paths"),
    [
        ({"b": IVR_QUEUE}, ["toId"]),
        ({"max": 0}, ["maxLength"]),
        ({"max": 11, "first": 101}, ["maxLength", "first"]),
        ({"first": 0}, ["first"]),
        ({"a": "ivr queue"}, ["fromId"]),
        ({"a": "no-such-node", "b": "Gadget:x"}, ["fromId", "toId"]),
    ],
)
async def test_bad_arguments_are_validation(
    demo_client: httpx.AsyncClient, variables: dict[str, object], paths: list[str]
) -> None:
    arguments = {"a": IVR_QUEUE, "b": OPERATIONS, **variables}
    body = await gql(demo_client, PATHS, **arguments)
    assert validation_paths(body) == paths


async def test_a_missing_end_is_not_found(demo_client: httpx.AsyncClient) -> None:
    body = await gql(demo_client, PATHS, a=IVR_QUEUE, b=gid("Team", "no-such-team"))
    assert error_code(body) == "NOT_FOUND"
    assert only_error(body)["message"] == "Team 'no-such-team' does not exist"
