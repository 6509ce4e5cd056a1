"""``where``, ``orderBy`` and Relay paging both ways over HTTP, on the demo model.

The answers are checked against the same question worked out from plain reads of the
store (every node, its neighbours), so the compiled filters are checked against an
independent walk; every test runs on both stores.
"""

from typing import Any

import httpx

from graph_api.metamodel import relationship_fields
from graph_api.store.base import GraphStore
from tests.api.helpers import validation_paths
from tests.graphql_client import gql, gql_data
from tests.snapshots import all_records


async def _pain_by_step(store: GraphStore) -> dict[str, list[int]]:
    steps = [r.key for r in await all_records(store, "Step")]
    found = await store.neighbours(relationship_fields("Step")["painPoints"], steps)
    return {key: [int(p.props["severity"]) for p in found[key]] for key in steps}


async def test_steps_with_a_severe_pain_point(
    demo_client: httpx.AsyncClient, demo_store: GraphStore
) -> None:
    data = await gql_data(
        demo_client,
        """{ steps(first: 100, where: {painPoints: {some: {severity: {gte: 4}}}}) {
               totalCount nodes { key } } }""",
    )
    pains = await _pain_by_step(demo_store)
    expected = sorted(k for k, severities in pains.items() if any(s >= 4 for s in severities))
    assert len(expected) >= 5
    assert [n["key"] for n in data["steps"]["nodes"]] == expected
    assert data["steps"]["totalCount"] == len(expected)


async def test_and_or_not_with_relationship_none(
    demo_client: httpx.AsyncClient, demo_store: GraphStore
) -> None:
    query = """{ steps(first: 100, where: {
        OR: [{painPoints: {none: {}}}, {NOT: {emotion: {gte: -1}}}],
        AND: [{order: {lte: 3}}]
      }) { nodes { key } } }"""
    data = await gql_data(demo_client, query)
    pains = await _pain_by_step(demo_store)
    steps = await all_records(demo_store, "Step")
    expected = [
        r.key
        for r in steps
        if r.props["order"] <= 3
        and (
            not pains[r.key]
            or not (r.props.get("emotion") is not None and r.props["emotion"] >= -1)
        )
    ]
    assert [n["key"] for n in data["steps"]["nodes"]] == sorted(expected)
    assert expected


async def test_order_by_several_fields(
    demo_client: httpx.AsyncClient, demo_store: GraphStore
) -> None:
    data = await gql_data(
        demo_client,
        """{ painPoints(first: 100, orderBy: [{severity: DESC}, {name: ASC}]) {
               nodes { key severity name } } }""",
    )
    records = await all_records(demo_store, "PainPoint")
    expected = sorted(records, key=lambda r: (-r.props["severity"], r.props["name"], r.key))
    assert [n["key"] for n in data["painPoints"]["nodes"]] == [r.key for r in expected][:100]


PAGE = """
query($last: Int, $before: String, $first: Int, $after: String) {
  painPoints(first: $first, after: $after, last: $last, before: $before,
             orderBy: [{frequency: DESC}]) {
    totalCount
    nodes { key }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}
"""


async def test_paging_backward_meets_paging_forward(demo_client: httpx.AsyncClient) -> None:
    forward: list[str] = []
    variables: dict[str, Any] = {"first": 7}
    while True:
        page = (await gql_data(demo_client, PAGE, **variables))["painPoints"]
        forward += [n["key"] for n in page["nodes"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        variables = {"first": 7, "after": page["pageInfo"]["endCursor"]}
    backward: list[str] = []
    variables = {"last": 7}
    while True:
        page = (await gql_data(demo_client, PAGE, **variables))["painPoints"]
        backward = [n["key"] for n in page["nodes"]] + backward
        if not page["pageInfo"]["hasPreviousPage"]:
            break
        variables = {"last": 7, "before": page["pageInfo"]["startCursor"]}
    assert forward == backward
    assert len(forward) == page["totalCount"] > 14
    assert len(set(forward)) == len(forward)


async def test_relationship_connections_count_and_page(
    demo_client: httpx.AsyncClient,
) -> None:
    query = """{ journeys(first: 100) { nodes { key
        stages { key steps { key } }
        stagesConnection(first: 2) { totalCount nodes { key }
            pageInfo { hasNextPage endCursor } }
    } } }"""
    journeys = (await gql_data(demo_client, query))["journeys"]["nodes"]
    assert journeys
    for journey in journeys:
        connection = journey["stagesConnection"]
        stage_keys = [s["key"] for s in journey["stages"]]
        assert connection["totalCount"] == len(stage_keys)
        assert [n["key"] for n in connection["nodes"]] == stage_keys[:2]
        assert connection["pageInfo"]["hasNextPage"] is (len(stage_keys) > 2)
    long = max(journeys, key=lambda j: len(j["stages"]))
    rest = await gql_data(
        demo_client,
        """query($key: String!, $after: String) { journey(key: $key) {
             stagesConnection(first: 100, after: $after) { nodes { key } } } }""",
        key=long["key"],
        after=long["stagesConnection"]["pageInfo"]["endCursor"],
    )
    rest_keys = [n["key"] for n in rest["journey"]["stagesConnection"]["nodes"]]
    assert rest_keys == [s["key"] for s in long["stages"]][2:]


async def test_relationship_list_filter_and_order(
    demo_client: httpx.AsyncClient, demo_store: GraphStore
) -> None:
    data = await gql_data(
        demo_client,
        """{ steps(first: 100) { nodes { key
             painPoints(where: {severity: {gte: 3}}, orderBy: [{severity: DESC}]) {
               key severity }
             painPointsConnection(where: {severity: {gte: 3}}) { totalCount } } } }""",
    )
    pains = await _pain_by_step(demo_store)
    for step in data["steps"]["nodes"]:
        severities = [p["severity"] for p in step["painPoints"]]
        assert severities == sorted((s for s in pains[step["key"]] if s >= 3), reverse=True)
        assert step["painPointsConnection"]["totalCount"] == len(severities)


async def test_enum_date_and_timestamp_filters(
    demo_client: httpx.AsyncClient, demo_store: GraphStore
) -> None:
    data = await gql_data(
        demo_client,
        """{ evidence(first: 100, where: {kind: {in: [SURVEY, INTERVIEW]},
                                           collectedAt: {gte: "2025-01-01"}}) {
               nodes { key kind collectedAt } }
             later: steps(where: {updatedAt: {gt: "2999-01-01T00:00:00"}}) { totalCount } }""",
    )
    records = await all_records(demo_store, "Evidence")
    expected = sorted(
        r.key
        for r in records
        if r.props["kind"] in ("survey", "interview")
        and (r.props.get("collectedAt") or "") >= "2025-01-01"
    )
    assert [n["key"] for n in data["evidence"]["nodes"]] == expected
    assert expected
    assert data["later"]["totalCount"] == 0


async def test_bad_arguments_are_validation_errors_with_paths(
    demo_client: httpx.AsyncClient,
) -> None:
    cases = {
        "{ steps(first: 2, last: 2) { totalCount } }": ["last"],
        "{ steps(last: 101) { totalCount } }": ["last"],
        "{ steps(where: {emotion: {eq: null}}) { totalCount } }": ["where.emotion.eq"],
        "{ steps(where: {AND: [{order: {gt: 1}}, {painPoints: {some: null}}]}) { totalCount } }": [
            "where.AND[1].painPoints.some"
        ],
        "{ steps(orderBy: [{order: ASC, name: DESC}]) { totalCount } }": ["orderBy[0]"],
        "{ steps(orderBy: [{}]) { totalCount } }": ["orderBy[0]"],
    }
    for query, paths in cases.items():
        body = await gql(demo_client, query)
        assert validation_paths(body) == paths, (query, body)


async def test_a_cursor_from_another_order_is_refused(demo_client: httpx.AsyncClient) -> None:
    page = await gql_data(demo_client, "{ steps(first: 1) { pageInfo { endCursor } } }")
    cursor = page["steps"]["pageInfo"]["endCursor"]
    body = await gql(
        demo_client,
        """query($after: String) { steps(after: $after, orderBy: [{name: ASC}]) {
             totalCount } }""",
        after=cursor,
    )
    assert validation_paths(body) == ["after"]
    assert "another orderBy" in body["errors"][0]["message"]
