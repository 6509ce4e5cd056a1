"""End to end: the ``changes`` subscription over a real WebSocket, on each store.

A uvicorn server (``tests/live_server.py``) serves the app; a ``websockets`` client
speaks graphql-transport-ws (connection_init -> connection_ack, subscribe, next,
complete) while httpx posts mutations over HTTP. Every wait has a timeout, so a missing
event fails the test instead of hanging it.
"""

import asyncio
import json
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any

import httpx
import pytest
import websockets
from websockets.typing import Subprotocol

from graph_api.config import Settings
from graph_api.graphql.ids import global_id
from graph_api.services.changes import ChangeFeed
from graph_api.services.observed import ObservedStore
from graph_api.store.base import GraphStore, NodeRef
from graph_api.store.embedded import EmbeddedStore
from tests.auth_headers import admin_headers
from tests.conftest import neo4j_store
from tests.live_server import LiveServer, live_server

TIMEOUT = 10.0
"""Seconds to wait for any one message or state before failing."""

CHANGE_FIELDS = """
  kind nodeKind key id version at relationship
  source { kind key id }
  target { kind key id }
"""
SUBSCRIPTION = f"""
subscription Changes($kinds: [NodeKind!]) {{
  changes(kinds: $kinds) {{ {CHANGE_FIELDS} }}
}}
"""


class Live:
    """A running server, the feed its store publishes to, and an HTTP client for it."""

    def __init__(self, server: LiveServer, feed: ChangeFeed, http: httpx.AsyncClient) -> None:
        self.server = server
        self.feed = feed
        self.http = http

    async def gql(self, query: str, **variables: Any) -> dict[str, Any]:
        response = await self.http.post("/graphql", json={"query": query, "variables": variables})
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        assert "errors" not in body, body["errors"]
        data: dict[str, Any] = body["data"]
        return data

    async def wait_for_subscribers(self, count: int) -> None:
        """Subscribing has no acknowledgement in the protocol: watch the feed instead."""
        deadline = time.monotonic() + TIMEOUT
        while self.feed.subscriber_count != count:
            assert time.monotonic() < deadline, (
                f"{self.feed.subscriber_count} subscribers, expected {count}"
            )
            await asyncio.sleep(0.01)


class TransportWs:
    """The client side of graphql-transport-ws, with a timeout on every receive."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws

    async def send(self, message: dict[str, Any]) -> None:
        await self.ws.send(json.dumps(message))

    async def receive(self) -> dict[str, Any]:
        try:
            raw = await asyncio.wait_for(self.ws.recv(), timeout=TIMEOUT)
        except TimeoutError:
            pytest.fail(f"no message within {TIMEOUT} s")
        message: dict[str, Any] = json.loads(raw)
        return message

    async def subscribe(self, id_: str, kinds: list[str] | None = None) -> None:
        payload = {"query": SUBSCRIPTION, "variables": {"kinds": kinds}}
        await self.send({"id": id_, "type": "subscribe", "payload": payload})

    async def events(self, wanted: dict[str, int]) -> dict[str, list[dict[str, Any]]]:
        """Receive until each operation id has its number of ``next`` events."""
        got: dict[str, list[dict[str, Any]]] = {id_: [] for id_ in wanted}
        while any(len(got[id_]) < n for id_, n in wanted.items()):
            message = await self.receive()
            assert message["type"] == "next", message
            assert "errors" not in message["payload"], message
            assert message["id"] in got, message
            got[message["id"]].append(message["payload"]["data"]["changes"])
        return got


@pytest.fixture(params=["embedded", "neo4j"])
def raw_store(request: pytest.FixtureRequest) -> GraphStore:
    """A store not yet opened: the server's lifespan opens it in the server's loop."""
    if request.param == "neo4j":
        request.getfixturevalue("clean_neo4j")
        return neo4j_store()
    return EmbeddedStore(":memory:")


@pytest.fixture
def served(raw_store: GraphStore) -> Iterator[tuple[LiveServer, ChangeFeed]]:
    # The store comes observed, so the test can watch the feed the app publishes to.
    feed = ChangeFeed()
    with live_server(ObservedStore(raw_store, feed), Settings(demo_if_empty=False)) as server:
        yield server, feed


@asynccontextmanager
async def connect(
    served: tuple[LiveServer, ChangeFeed], init: dict[str, str] | None = None
) -> AsyncIterator[tuple[Live, TransportWs]]:
    """An HTTP client and an acknowledged graphql-transport-ws connection.

    ``init`` is the connection_init payload: by default an admin's token.
    """
    server, feed = served
    async with (
        httpx.AsyncClient(
            base_url=server.base_url, timeout=TIMEOUT, headers=admin_headers()
        ) as http,
        websockets.connect(
            server.websocket_url,
            subprotocols=[Subprotocol("graphql-transport-ws")],
            open_timeout=TIMEOUT,
        ) as ws,
    ):
        assert ws.subprotocol == "graphql-transport-ws"
        client = TransportWs(ws)
        # Browsers cannot set headers on a websocket: the token rides in connection_init.
        payload = admin_headers() if init is None else init
        await client.send({"type": "connection_init", "payload": payload})
        assert (await client.receive())["type"] == "connection_ack"
        yield Live(server, feed, http), client


def ref_of(kind: str, key: str) -> dict[str, str]:
    return {"kind": kind.upper(), "key": key, "id": global_id(NodeRef(kind, key))}


def summary(event: dict[str, Any]) -> tuple[Any, ...]:
    """What an event says, without its time (checked separately)."""
    ends = tuple(
        (event[end]["kind"], event[end]["key"]) if event[end] else None
        for end in ("source", "target")
    )
    return (
        event["kind"],
        event["nodeKind"],
        event["key"],
        event["version"],
        event["relationship"],
        *ends,
    )


CREATE_STEP = """mutation { createStep(key: "check", input: {name: "Check", order: 1}) { id } }"""
CREATE_TOUCHPOINT = """mutation { createTouchpoint(key: "board", input: {name: "Board"}) { id } }"""
CREATE_PERSONA = """mutation { createPersona(key: "pat", input: {name: "Pat"}) { id } }"""
UPDATE_STEP = """mutation($name: String!) {
  updateStep(id: "check", input: {name: $name}) { version }
}"""
LINK = """mutation($s: ID!, $t: ID!) {
  link(sourceId: $s, field: "touchpoints", targetId: $t) { type }
}"""
UNLINK = """mutation($s: ID!, $t: ID!) {
  unlink(sourceId: $s, field: "touchpoints", targetId: $t) { type }
}"""
DELETE_STEP = """mutation { deleteStep(id: "check") { key } }"""

STEP_EVENTS = [
    ("CREATED", "STEP", "check", 1, None, None, None),
    ("UPDATED", "STEP", "check", 2, None, None, None),
    ("LINKED", "STEP", "check", None, "HAS_TOUCHPOINT", ("STEP", "check"), ("TOUCHPOINT", "board")),
    (
        "UNLINKED",
        "STEP",
        "check",
        None,
        "HAS_TOUCHPOINT",
        ("STEP", "check"),
        ("TOUCHPOINT", "board"),
    ),
    ("DELETED", "STEP", "check", None, None, None, None),
]
ALL_EVENTS = [
    STEP_EVENTS[0],
    ("CREATED", "TOUCHPOINT", "board", 1, None, None, None),
    ("CREATED", "PERSONA", "pat", 1, None, None, None),
    *STEP_EVENTS[1:],
]


async def test_mutations_reach_subscribers_filtered_by_kind(
    served: tuple[LiveServer, ChangeFeed],
) -> None:
    async with connect(served) as (live, ws):
        await ws.subscribe("steps", ["STEP"])
        await ws.subscribe("all")
        await live.wait_for_subscribers(2)

        step_id = global_id(NodeRef("Step", "check"))
        board_id = global_id(NodeRef("Touchpoint", "board"))
        await live.gql(CREATE_STEP)
        await live.gql(CREATE_TOUCHPOINT)
        await live.gql(CREATE_PERSONA)  # not a Step: the filtered subscription never sees it
        assert (await live.gql(UPDATE_STEP, name="Check the board"))["updateStep"]["version"] == 2
        await live.gql(UPDATE_STEP, name="Check the board")  # unchanged: no event
        await live.gql(LINK, s=step_id, t=board_id)
        await live.gql(LINK, s=step_id, t=board_id)  # existed: no event
        await live.gql(UNLINK, s=step_id, t=board_id)
        await live.gql(DELETE_STEP)

        got = await ws.events({"steps": len(STEP_EVENTS), "all": len(ALL_EVENTS)})
        assert [summary(e) for e in got["steps"]] == STEP_EVENTS
        assert [summary(e) for e in got["all"]] == ALL_EVENTS

        first, linked = got["steps"][0], got["steps"][2]
        assert (first["id"], linked["id"]) == (step_id, step_id)
        assert (linked["source"], linked["target"]) == (
            ref_of("Step", "check"),
            ref_of("Touchpoint", "board"),
        )
        for event in got["all"]:
            assert datetime.fromisoformat(event["at"]).tzinfo is not None

        # complete ends the operation on both sides and frees its subscriber.
        await ws.send({"id": "steps", "type": "complete"})
        await live.wait_for_subscribers(1)
        await live.gql(CREATE_PERSONA.replace('"pat"', '"sam"').replace('"Pat"', '"Sam"'))
        (only,) = (await ws.events({"all": 1}))["all"]
        assert summary(only)[:3] == ("CREATED", "PERSONA", "sam")
    await live.wait_for_subscribers(0)  # closing the socket frees the rest


IMPORT = """mutation($document: String!) {
  importModel(document: $document, format: YAML) { created updated unchanged linked }
}"""
DOCUMENT = """
format: graph-api/v1
personas:
  - {key: pat, name: Pat}
stages:
  - key: plan
    name: Plan
    order: 1
    steps:
      - {key: check, name: Check, order: 1}
"""


async def test_import_model_emits_what_it_changed(served: tuple[LiveServer, ChangeFeed]) -> None:
    async with connect(served) as (live, ws):
        await ws.subscribe("steps", ["STEP"])
        await ws.subscribe("all")
        await live.wait_for_subscribers(2)

        summary_ = (await live.gql(IMPORT, document=DOCUMENT))["importModel"]
        assert summary_ == {"created": 3, "updated": 0, "unchanged": 0, "linked": 1}
        got = await ws.events({"steps": 2, "all": 4})
        has_step = (
            "LINKED",
            "STAGE",
            "plan",
            None,
            "HAS_STEP",
            ("STAGE", "plan"),
            ("STEP", "check"),
        )
        assert [summary(e) for e in got["steps"]] == [
            ("CREATED", "STEP", "check", 1, None, None, None),
            has_step,  # the target is a Step: the filtered subscription sees the link
        ]
        assert sorted(summary(e) for e in got["all"][:3]) == [
            ("CREATED", "PERSONA", "pat", 1, None, None, None),
            ("CREATED", "STAGE", "plan", 1, None, None, None),
            ("CREATED", "STEP", "check", 1, None, None, None),
        ]
        assert summary(got["all"][3]) == has_step

        # The same document again changes nothing, so it emits nothing: the next event
        # either subscription gets is the one of the write after it.
        again = (await live.gql(IMPORT, document=DOCUMENT))["importModel"]
        assert again == {"created": 0, "updated": 0, "unchanged": 3, "linked": 0}
        changed = DOCUMENT.replace("name: Check,", "name: Check departures,")
        assert (await live.gql(IMPORT, document=changed))["importModel"]["updated"] == 1
        got = await ws.events({"steps": 1, "all": 1})
        for id_ in ("steps", "all"):
            assert [summary(e) for e in got[id_]] == [
                ("UPDATED", "STEP", "check", 2, None, None, None)
            ]


async def test_an_empty_kinds_list_is_refused(served: tuple[LiveServer, ChangeFeed]) -> None:
    async with connect(served) as (live, ws):
        await ws.subscribe("none", [])
        message = await ws.receive()
        assert message["type"] == "next" and message["id"] == "none"
        (error,) = message["payload"]["errors"]
        assert error["extensions"]["code"] == "VALIDATION"
        assert (await ws.receive()) == {"id": "none", "type": "complete"}
        assert live.feed.subscriber_count == 0


@pytest.mark.parametrize(
    ("init", "code"),
    [({}, "UNAUTHENTICATED"), ({"Authorization": "Bearer not-a-token"}, "UNAUTHENTICATED")],
)
async def test_subscribing_needs_a_token(
    served: tuple[LiveServer, ChangeFeed], init: dict[str, str], code: str
) -> None:
    async with connect(served, init) as (live, ws):
        await ws.subscribe("anonymous", ["STEP"])
        message = await ws.receive()
        assert message["id"] == "anonymous"
        (error,) = message["payload"]["errors"] if "payload" in message else [{}]
        assert error.get("extensions", {}).get("code") == code, message
        if not init:  # no token at all: told how to get one, or to run in development
            assert error["message"].startswith("changes needs a token: "), error
            assert "`graph-api keys create --name NAME --role viewer`" in error["message"]
            assert "GRAPH_API_ENVIRONMENT=development" in error["message"]
        assert live.feed.subscriber_count == 0


RESUMING = f"""
subscription Resume($after: Int) {{
  changes(after: $after) {{ seq {CHANGE_FIELDS} }}
}}
"""


async def test_a_subscriber_resumes_after_the_last_seq_it_got(
    served: tuple[LiveServer, ChangeFeed],
) -> None:
    async with connect(served) as (live, ws):
        await ws.send({"id": "a", "type": "subscribe", "payload": {"query": RESUMING}})
        await live.wait_for_subscribers(1)
        await live.gql(CREATE_STEP)
        await live.gql(CREATE_TOUCHPOINT)
        first, second = (await ws.events({"a": 2}))["a"]
        assert second["seq"] == first["seq"] + 1
        await ws.send({"id": "a", "type": "complete"})
        await live.wait_for_subscribers(0)

        # Missed while away: an update and a link.
        step_id, board_id = (global_id(NodeRef(k, key)) for k, key in STEP_BOARD)
        await live.gql(UPDATE_STEP, name="Check the board")
        await live.gql(LINK, s=step_id, t=board_id)
        payload = {"query": RESUMING, "variables": {"after": first["seq"]}}
        await ws.send({"id": "b", "type": "subscribe", "payload": payload})
        await live.wait_for_subscribers(1)
        await live.gql(CREATE_PERSONA)  # live, after the replayed ones
        got = (await ws.events({"b": 4}))["b"]
        assert [e["seq"] for e in got] == list(range(second["seq"], second["seq"] + 4))
        assert [summary(e)[:3] for e in got] == [
            ("CREATED", "TOUCHPOINT", "board"),
            ("UPDATED", "STEP", "check"),
            ("LINKED", "STEP", "check"),
            ("CREATED", "PERSONA", "pat"),
        ]
        assert got[0] == second  # replayed from the log as it was sent live

        # A seq past the log's end names `after`.
        payload = {"query": RESUMING, "variables": {"after": got[-1]["seq"] + 1}}
        await ws.send({"id": "c", "type": "subscribe", "payload": payload})
        message = await ws.receive()
        assert message["id"] == "c", message
        (error,) = message["payload"]["errors"]
        assert error["extensions"]["code"] == "VALIDATION"
        assert error["extensions"]["errors"][0]["path"] == "after"


STEP_BOARD = (("Step", "check"), ("Touchpoint", "board"))
