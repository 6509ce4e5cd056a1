"""Relay's ``node(id)`` and ``nodes(ids)`` over HTTP on the demo model, on every store.

Covers the global ID of a node resolving back to it with its kind's fields, IDs
matching between ``id`` fields and lookups by key, unknown (well-formed) IDs giving
null, and malformed IDs giving VALIDATION located at the argument.
"""

import httpx

from graph_api.graphql.ids import global_id
from graph_api.store.base import NodeRef
from tests.api.helpers import node_id, validation_paths
from tests.graphql_client import gql, gql_data

NODE = """
query($id: ID!) {
  node(id: $id) {
    __typename id
    ... on GraphNode { key label version }
    ... on Step { emotion stage { key } }
    ... on Channel { kind }
  }
}
"""

NODES = """
query($ids: [ID!]!) {
  nodes(ids: $ids) { __typename id ... on GraphNode { key } }
}
"""


async def test_node_by_id(demo_client: httpx.AsyncClient) -> None:
    step_id = await node_id(demo_client, "step", "fr-book-engineer")
    data = await gql_data(demo_client, NODE, id=step_id)
    assert data["node"] == {
        "__typename": "Step",
        "id": step_id,
        "key": "fr-book-engineer",
        "label": "Book an engineer visit",
        "version": 1,
        "emotion": 1,
        "stage": {"key": "engineer-visit"},
    }


async def test_node_of_another_kind_with_the_same_lookup(demo_client: httpx.AsyncClient) -> None:
    channel_id = await node_id(demo_client, "channel", "sms")
    data = await gql_data(demo_client, NODE, id=channel_id)
    assert data["node"] == {
        "__typename": "Channel",
        "id": channel_id,
        "key": "sms",
        "label": "SMS",
        "version": 1,
        "kind": "DIGITAL",
    }


async def test_ids_are_distinct_across_kinds(demo_client: httpx.AsyncClient) -> None:
    assert await node_id(demo_client, "journey", "fault-repair") == global_id(
        NodeRef("Journey", "fault-repair")
    )
    assert await node_id(demo_client, "step", "fr-book-engineer") != await node_id(
        demo_client, "journey", "fault-repair"
    )


async def test_unknown_id_is_null(demo_client: httpx.AsyncClient) -> None:
    data = await gql_data(demo_client, NODE, id=global_id(NodeRef("Step", "no-such-step")))
    assert data == {"node": None}


async def test_other_forms_name_the_same_node(demo_client: httpx.AsyncClient) -> None:
    by_id = await gql_data(demo_client, NODE, id=global_id(NodeRef("Step", "fr-book-engineer")))
    for other in ("Step:fr-book-engineer", "step:fr-book-engineer", "fr-book-engineer"):
        assert await gql_data(demo_client, NODE, id=other) == by_id, other


async def test_malformed_id_is_validation(demo_client: httpx.AsyncClient) -> None:
    for bad in ("!!", "Nope:fr-book-engineer", global_id(NodeRef("Nope", "x"))):
        body = await gql(demo_client, NODE, id=bad)
        assert validation_paths(body) == ["id"], bad
        assert body["data"] == {"node": None}


async def test_nodes_in_order_with_null_for_unknown(demo_client: httpx.AsyncClient) -> None:
    ids = [
        await node_id(demo_client, "touchpoint", "web-chat-fault"),
        global_id(NodeRef("Persona", "nobody")),
        await node_id(demo_client, "persona", "remote-worker"),
        await node_id(demo_client, "touchpoint", "web-chat-fault"),
    ]
    data = await gql_data(demo_client, NODES, ids=ids)
    assert data["nodes"] == [
        {"__typename": "Touchpoint", "id": ids[0], "key": "web-chat-fault"},
        None,
        {"__typename": "Persona", "id": ids[2], "key": "remote-worker"},
        {"__typename": "Touchpoint", "id": ids[0], "key": "web-chat-fault"},
    ]


async def test_nodes_empty_list(demo_client: httpx.AsyncClient) -> None:
    assert await gql_data(demo_client, NODES, ids=[]) == {"nodes": []}


async def test_nodes_with_a_malformed_id_is_validation(demo_client: httpx.AsyncClient) -> None:
    good = await node_id(demo_client, "step", "fr-book-engineer")
    body = await gql(demo_client, NODES, ids=[good, "not an id", "no-such-key", "Nope:x"])
    assert validation_paths(body) == ["ids[1]", "ids[2]", "ids[3]"]
    messages = [e["message"] for e in body["errors"][0]["extensions"]["errors"]]
    assert messages[0].startswith("'not an id' is not a node ID: write a global ID")
    assert messages[1].startswith("no node has the key 'no-such-key'")
    assert messages[2].startswith("'Nope:x' names no kind")
