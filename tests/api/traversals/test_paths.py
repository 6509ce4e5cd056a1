"""The ``paths`` query over HTTP on the demo model, on every store.

The doc's examples answer exactly what ``docs/queries/paths.md`` shows; ``first`` and
``maxLength``; VALIDATION for identical ends, bounds and bad IDs; NOT_FOUND for a
missing end; pages read through ``pageInfo`` and ``after`` give every shortest path once,
in order; VALIDATION at ``after`` for what is not a cursor of these paths.
"""

import base64

import httpx
import pytest

from tests.api.helpers import error_code, only_error, validation_paths
from tests.api.traversals.graph_docs import doc_examples
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


async def test_doc_examples_are_real(demo_client: httpx.AsyncClient) -> None:
    examples = doc_examples("paths.md")
    assert len(examples) == 2  # a first page, the next
    for query, shown in examples:
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


PAGE = """
query($a: ID!, $b: ID!, $first: Int, $after: String) {
  paths(fromId: $a, toId: $b, first: $first, after: $after) {
    length
    total
    paths { nodes { key } hops { type forward } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}
"""
WEBSITE, PLATFORM = "Channel:website", "System:integration-platform"


def encoded(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


async def test_pages_read_every_shortest_path_in_order(demo_client: httpx.AsyncClient) -> None:
    everything = (await gql_data(demo_client, PAGE, a=WEBSITE, b=PLATFORM, first=100))["paths"]
    assert (everything["length"], everything["total"], len(everything["paths"])) == (4, 18, 18)
    assert everything["pageInfo"]["hasNextPage"] is False
    read, after, previous = [], None, False
    while True:
        data = await gql_data(demo_client, PAGE, a=WEBSITE, b=PLATFORM, first=7, after=after)
        page = data["paths"]
        info = page["pageInfo"]
        assert (page["length"], page["total"]) == (4, 18)
        assert info["hasPreviousPage"] is previous
        read.append(page["paths"])
        if not info["hasNextPage"]:
            break
        after, previous = info["endCursor"], True
    assert [len(p) for p in read] == [7, 7, 4]
    assert [path for page in read for path in page] == everything["paths"]
    # A page's startCursor is the cursor of the path before it, read as `after`, ...
    second = await gql_data(demo_client, PAGE, a=WEBSITE, b=PLATFORM, first=1, after=after)
    assert second["paths"]["paths"] == [read[2][0]]
    # ... and past the last path: no paths, no cursors, still counted.
    last = everything["pageInfo"]["endCursor"]
    data = await gql_data(demo_client, PAGE, a=WEBSITE, b=PLATFORM, after=last)
    assert data["paths"] == {
        "length": 4,
        "total": 18,
        "paths": [],
        "pageInfo": {
            "hasNextPage": False,
            "hasPreviousPage": True,
            "startCursor": None,
            "endCursor": None,
        },
    }


async def test_a_cursor_that_is_not_one_of_these_paths_is_validation(
    demo_client: httpx.AsyncClient,
) -> None:
    other = await gql_data(demo_client, PAGE, a=IVR_QUEUE, b=OPERATIONS, first=1)
    listing = await gql_data(demo_client, "{ steps(first: 1) { pageInfo { endCursor } } }")
    cursors = [
        "nonsense",
        "",
        "!!!",
        gid("Step", "x"),  # a node's ID
        listing["steps"]["pageInfo"]["endCursor"],  # a listing's cursor
        encoded('path:[[["Channel","website"],["System","integration-platform"]],[["OWNS",')
        + "xx",  # cut short
        encoded('path:[[["Channel","website"],["System","integration-platform"]],[["OWNS",0]]]'),
        encoded('path:[[["Channel","website"],["System","integration-platform"]],[]]'),
        encoded("path:[[],[]]"),
        encoded('path:{"nodes":[]}'),
        "x" * 10_000,
    ]
    for cursor in cursors:
        body = await gql(demo_client, PAGE, a=WEBSITE, b=PLATFORM, after=cursor)
        assert validation_paths(body) == ["after"], cursor
        assert "is not a cursor of paths" in only_error(body)["message"]
        assert len(only_error(body)["message"]) < 300
    # A cursor of the paths between two other nodes is refused, saying so.
    body = await gql(
        demo_client, PAGE, a=WEBSITE, b=PLATFORM, after=other["paths"]["pageInfo"]["endCursor"]
    )
    assert validation_paths(body) == ["after"]
    assert (
        "comes from the paths from PainPoint:ivr-queue to Team:customer-operations"
        in (only_error(body)["message"])
    )
    # Listed with every other bad argument.
    body = await gql(demo_client, PAGE, a=WEBSITE, b=PLATFORM, first=0, after="nonsense")
    assert validation_paths(body) == ["first", "after"]
