"""The paged ``impact`` over HTTP on the demo model, on every store.

The summary equals the deprecated groups' counts; paging each kind's hits with ``first``
1-3 reproduces its group exactly (nodes, order, distances, chains, nodes of the chains);
the summary and a page of every kind in one request walk the graph once and read the
nodes once; VALIDATION naming ``first`` out of 1-100 and ``after`` when it is not a
cursor of the kind's hits; an empty page for a kind nothing of is hit; ``groups`` still
answers, and the schema marks it deprecated.
"""

from collections import Counter
from typing import Any

import httpx
import pytest

from graph_api.graphql.ids import b64_encode
from graph_api.graphql.types.node_kind import NodeKind
from graph_api.store.base import GraphStore
from graph_api.traversals.impact.graphql import DEPRECATED_GROUPS
from tests.api.helpers import only_error, validation_paths
from tests.conftest import app_client
from tests.graphql_client import gql, gql_data
from tests.limits.helpers import CallCounter, KeepOpen

ITEM = """
fragment Item on ImpactedNode {
  distance
  node { __typename key }
  path { type forward source { __typename key } target { __typename key } }
}
"""

GROUPS = (
    """
query($id: ID!, $depth: Int) {
  impact(nodeId: $id, maxDepth: $depth) { total groups { kind count items { ...Item } } }
}
"""
    + ITEM
)

SUMMARY = """
query($id: ID!, $depth: Int) {
  impact(nodeId: $id, maxDepth: $depth) {
    total
    summary { total byKind { kind count nearest } byDistance { distance count } }
  }
}
"""

HITS = (
    """
query($id: ID!, $depth: Int, $kind: NodeKind!, $first: Int!, $after: String) {
  impact(nodeId: $id, maxDepth: $depth) {
    hits(kind: $kind, first: $first, after: $after) {
      kind count items { ...Item }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
}
"""
    + ITEM
)

STARTS = [("System:telephony-ivr", 2), ("System:crm", 6), ("View:integration-landscape", 3)]


async def groups_of(client: httpx.AsyncClient, start: str, depth: int) -> dict[str, Any]:
    data = await gql_data(client, GROUPS, id=start, depth=depth)
    impact: dict[str, Any] = data["impact"]
    return impact


async def hits(
    client: httpx.AsyncClient, start: str, depth: int, kind: str, first: int, after: Any = None
) -> dict[str, Any]:
    data = await gql_data(client, HITS, id=start, depth=depth, kind=kind, first=first, after=after)
    page: dict[str, Any] = data["impact"]["hits"]
    return page


@pytest.mark.parametrize(("start", "depth"), STARTS)
async def test_the_summary_counts_the_groups(
    demo_client: httpx.AsyncClient, start: str, depth: int
) -> None:
    whole = await groups_of(demo_client, start, depth)
    data = (await gql_data(demo_client, SUMMARY, id=start, depth=depth))["impact"]
    items = [item for group in whole["groups"] for item in group["items"]]
    assert data["total"] == data["summary"]["total"] == whole["total"] == len(items) > 0
    assert data["summary"]["byKind"] == [
        {"kind": g["kind"], "count": g["count"], "nearest": g["items"][0]["distance"]}
        for g in whole["groups"]
    ]
    by_distance = Counter(item["distance"] for item in items)
    assert data["summary"]["byDistance"] == [
        {"distance": d, "count": n} for d, n in sorted(by_distance.items())
    ]


@pytest.mark.parametrize("first", [1, 2, 3])
async def test_pages_reproduce_the_groups(demo_client: httpx.AsyncClient, first: int) -> None:
    start, depth = "System:telephony-ivr", 3
    whole = await groups_of(demo_client, start, depth)
    assert len(whole["groups"]) > 5
    for group in whole["groups"]:
        items: list[Any] = []
        after = None
        while True:
            page = await hits(demo_client, start, depth, group["kind"], first, after)
            assert (page["kind"], page["count"]) == (group["kind"], group["count"])
            assert page["pageInfo"]["hasPreviousPage"] == bool(items)
            assert 1 <= len(page["items"]) <= first
            items += page["items"]
            assert page["pageInfo"]["hasNextPage"] == (len(items) < group["count"])
            after = page["pageInfo"]["endCursor"]
            if not page["pageInfo"]["hasNextPage"]:
                break
        assert items == group["items"], group["kind"]


async def test_what_is_selected_below_the_pages_nodes_is_one_more_read(
    demo_store: GraphStore,
) -> None:
    """The walk reads the pages' nodes; their relationship fields take one more call,
    every kind's in one, answering as a node read by ``node(id:)`` does."""
    query = """
{ impact(nodeId: "System:crm", maxDepth: 6) {
    process: hits(kind: PROCESS, first: 3) { items { node { ...Touched } } }
    step: hits(kind: STEP, first: 3) { items { node { ...Touched } } } } }
fragment Touched on Node {
  ... on Process { key label touchpoints { key } }
  ... on Step { key label touchpoints { key } }
}
"""
    counted = CallCounter(KeepOpen(demo_store))
    async with app_client(counted) as client:
        impact = (await gql_data(client, query))["impact"]
        calls = list(counted.calls)
        for alias in ("process", "step"):
            for item in impact[alias]["items"]:
                node = item["node"]
                kind = alias.capitalize()
                alone = await gql_data(
                    client,
                    f'{{ node(id: "{kind}:{node["key"]}") {{ ...Touched }} }}'
                    + query[query.index("fragment") :],
                )
                assert node == alone["node"], node["key"]
    assert calls.count("traverse") == 1, calls
    assert calls[calls.index("traverse") + 1 :] == ["read_all"], calls
    assert any(item["node"]["touchpoints"] for item in impact["step"]["items"])


async def test_the_summary_and_every_kinds_page_walk_once(demo_store: GraphStore) -> None:
    aliases = " ".join(
        f"{kind.name.lower()}: hits(kind: {kind.name}) {{ ...Page }}" for kind in NodeKind
    )
    query = (
        f"""
{{ impact(nodeId: "System:crm", maxDepth: 6) {{
    total summary {{ byKind {{ kind count }} }} {aliases} }} }}
fragment Page on ImpactHitPage {{
  kind count items {{ ...Item node {{ label }} }} pageInfo {{ hasNextPage }}
}}
"""
        + ITEM
    )
    counted = CallCounter(KeepOpen(demo_store))
    async with app_client(counted) as client:
        whole = await groups_of(client, "System:crm", 6)
        counted.calls.clear()
        impact = (await gql_data(client, query))["impact"]
    # one walk for the summary, every page and the pages' nodes (a label is selected):
    # no other read after it
    assert counted.calls[counted.calls.index("traverse") + 1 :] == ["close"], counted.calls
    assert counted.calls.count("traverse") == 1, counted.calls
    groups = {group["kind"]: group for group in whole["groups"]}
    assert impact["summary"]["byKind"] == [
        {"kind": g["kind"], "count": g["count"]} for g in whole["groups"]
    ]
    for kind in NodeKind:
        page = impact[kind.name.lower()]
        group = groups.get(kind.name, {"count": 0, "items": []})
        assert page["count"] == group["count"], kind
        assert all(item["node"].pop("label") for item in page["items"])
        assert page["items"] == group["items"][:20], kind
        assert page["pageInfo"]["hasNextPage"] == (group["count"] > 20)


async def test_a_kind_nothing_of_is_hit_has_an_empty_page(demo_client: httpx.AsyncClient) -> None:
    page = await hits(demo_client, "System:crm", 6, "PAIN_POINT", 5)
    assert page == {
        "kind": "PAIN_POINT",
        "count": 0,
        "items": [],
        "pageInfo": {
            "hasNextPage": False,
            "hasPreviousPage": False,
            "startCursor": None,
            "endCursor": None,
        },
    }


@pytest.mark.parametrize("first", [0, -1, 101])
async def test_first_out_of_range_is_validation(demo_client: httpx.AsyncClient, first: int) -> None:
    body = await gql(
        demo_client, HITS, id="System:crm", depth=2, kind="PROCESS", first=first, after=None
    )
    assert validation_paths(body) == ["first"]
    assert only_error(body)["extensions"]["errors"][0]["message"] == "must be between 1 and 100"


@pytest.mark.parametrize(
    "cursor",
    [
        "",
        "not a cursor",
        b64_encode("impact-hit:not json"),
        b64_encode('impact-hit:["Process", 1]'),
        b64_encode('impact-hit:["Process", 0, "billing"]'),
        b64_encode('impact-hit:["Process", true, "billing"]'),
        b64_encode('impact-hit:["Process", 1, "Not A Key"]'),
        b64_encode('impact-hit:["Nonsense", 1, "billing"]'),
        b64_encode('cursor:{"o": ["key"], "v": ["billing"]}'),
    ],
)
async def test_a_malformed_cursor_is_validation(
    demo_client: httpx.AsyncClient, cursor: str
) -> None:
    body = await gql(
        demo_client, HITS, id="System:crm", depth=2, kind="PROCESS", first=5, after=cursor
    )
    assert validation_paths(body) == ["after"]
    message = only_error(body)["extensions"]["errors"][0]["message"]
    assert message == f"{cursor!r} is not a cursor of impact hits: pass a page's endCursor"


async def test_a_cursor_of_another_kind_is_validation(demo_client: httpx.AsyncClient) -> None:
    page = await hits(demo_client, "System:crm", 2, "STEP", 1)
    body = await gql(
        demo_client,
        HITS,
        id="System:crm",
        depth=2,
        kind="PROCESS",
        first=5,
        after=page["pageInfo"]["endCursor"],
    )
    assert validation_paths(body) == ["after"]
    message = only_error(body)["extensions"]["errors"][0]["message"]
    assert message == "this cursor comes from the hits of kind STEP"


async def test_a_cursor_works_from_another_start_and_depth(demo_client: httpx.AsyncClient) -> None:
    """It holds a place in the order (distance, key), not an offset into one answer."""
    first = await hits(demo_client, "System:crm", 6, "PROCESS", 3)
    deeper = await hits(demo_client, "System:crm", 10, "PROCESS", 3, first["pageInfo"]["endCursor"])
    whole = await groups_of(demo_client, "System:crm", 10)
    (processes,) = (g["items"] for g in whole["groups"] if g["kind"] == "PROCESS")
    assert first["items"] + deeper["items"] == processes[:6]


INTROSPECT = """
{ __type(name: "Impact") {
    fields(includeDeprecated: true) {
      name isDeprecated deprecationReason
      args { name defaultValue type { kind name ofType { name } } }
    }
} }
"""


async def test_groups_is_deprecated_and_still_answers(demo_client: httpx.AsyncClient) -> None:
    fields = (await gql_data(demo_client, INTROSPECT))["__type"]["fields"]
    assert [(f["name"], f["isDeprecated"], f["deprecationReason"]) for f in fields] == [
        ("groups", True, DEPRECATED_GROUPS),
        ("total", False, None),
        ("start", False, None),
        ("summary", False, None),
        ("hits", False, None),
    ]
    assert DEPRECATED_GROUPS == (
        "Pages instead: summary, and hits(kind:, first:, after:) per kind; the whole "
        "answer streams from GET /impact.ndjson"
    )
    (hits_field,) = (f for f in fields if f["name"] == "hits")
    assert [(a["name"], a["defaultValue"]) for a in hits_field["args"]] == [
        ("kind", None),
        ("first", "20"),
        ("after", "null"),
    ]
    whole = await groups_of(demo_client, "System:telephony-ivr", 2)
    assert whole["total"] == sum(g["count"] for g in whole["groups"]) == 21
