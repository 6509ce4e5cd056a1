"""``GET /impact.ndjson`` on the demo model, on every store.

The export is the ``impact`` field's whole answer (its ``groups``: the same nodes in the
same order, with the same distances and chains) and a summary whose counts are those of
the groups; it is streamed as ``application/x-ndjson`` in several chunks; callers are
checked as GraphQL reads check them; a node that does not exist is a 404, a bad
``nodeId`` or ``maxDepth`` a 400 naming it, an unknown or repeated parameter a 400; the example of
docs/api.md is what the server answers.
"""

import asyncio
import json
import re
from collections import Counter
from typing import Any

import httpx
import pytest
from starlette.types import Message

from graph_api.api.impact_export import CHUNK_BYTES
from graph_api.app import create_app
from graph_api.config import Settings
from graph_api.store.base import GraphStore
from tests.api.traversals.test_impact import gid
from tests.auth_headers import headers_for
from tests.conftest import ROOT, app_client, app_settings
from tests.graphql_client import gql_data

FULL_IMPACT = """
query($id: ID!, $depth: Int) {
  impact(nodeId: $id, maxDepth: $depth) {
    total
    start { __typename key id label }
    groups {
      count
      items {
        distance
        node { __typename key id label }
        path { type forward source { __typename key } target { __typename key } }
      }
    }
  }
}
"""

CRM = gid("System", "crm")
VIEWER = headers_for("viewer").items()


def lines_of(response: httpx.Response) -> list[dict[str, Any]]:
    assert response.status_code == 200, response.text
    text = response.text
    assert text.endswith("\n")
    return [json.loads(line) for line in text.splitlines()]


def _end(node: dict[str, str]) -> dict[str, str]:
    return {"kind": node["__typename"], "key": node["key"]}


def expected_lines(impact: dict[str, Any]) -> list[dict[str, Any]]:
    """The lines the export should hold, made from the ``impact`` field's answer."""
    start = impact["start"]
    items = [item for group in impact["groups"] for item in group["items"]]
    by_distance = Counter(item["distance"] for item in items)
    summary = {
        "type": "summary",
        "start": {
            "kind": start["__typename"],
            "key": start["key"],
            "id": start["id"],
            "label": start["label"],
        },
        "total": impact["total"],
        "byKind": [
            {
                "kind": group["items"][0]["node"]["__typename"],
                "count": group["count"],
                "nearest": group["items"][0]["distance"],
            }
            for group in impact["groups"]
        ],
        "byDistance": [{"distance": d, "count": by_distance[d]} for d in sorted(by_distance)],
    }
    hits = [
        {
            "type": "hit",
            "kind": item["node"]["__typename"],
            "key": item["node"]["key"],
            "id": item["node"]["id"],
            "label": item["node"]["label"],
            "distance": item["distance"],
            "path": [
                {
                    "type": hop["type"],
                    "source": _end(hop["source"]),
                    "target": _end(hop["target"]),
                    "forward": hop["forward"],
                }
                for hop in item["path"]
            ],
        }
        for item in items
    ]
    return [summary, *hits]


@pytest.mark.parametrize(
    ("node", "depth"),
    [
        ("System:crm", None),  # the default depth, 6
        ("telephony-ivr", "2"),
        (gid("Step", "fr-call-support"), "10"),
        ("View:integration-landscape", "3"),  # everything a view shows changes
        ("Persona:remote-worker", "1"),
    ],
)
async def test_the_export_is_the_impact_fields_whole_answer(
    demo_client: httpx.AsyncClient, node: str, depth: str | None
) -> None:
    params = {"nodeId": node} | ({} if depth is None else {"maxDepth": depth})
    exported = lines_of(await demo_client.get("/impact.ndjson", params=params))
    variables = {"id": node} | ({} if depth is None else {"depth": int(depth)})
    data = await gql_data(demo_client, FULL_IMPACT, **variables)
    assert exported == expected_lines(data["impact"])
    summary = exported[0]
    assert summary["total"] == len(exported) - 1
    assert sum(k["count"] for k in summary["byKind"]) == summary["total"]
    assert sum(d["count"] for d in summary["byDistance"]) == summary["total"]


async def test_the_summary_of_a_system(demo_client: httpx.AsyncClient) -> None:
    params = {"nodeId": "System:telephony-ivr", "maxDepth": "2"}
    summary, *hits = lines_of(await demo_client.get("/impact.ndjson", params=params))
    assert summary["start"] == {
        "kind": "System",
        "key": "telephony-ivr",
        "id": gid("System", "telephony-ivr"),
        "label": summary["start"]["label"],
    }
    assert summary["start"]["label"]
    assert summary["total"] == len(hits) == 21
    assert [(k["kind"], k["count"], k["nearest"]) for k in summary["byKind"]] == [
        ("Process", 4, 1),
        ("Team", 1, 1),
        ("BacklogItem", 1, 2),
        ("Capability", 4, 2),
        ("DataObject", 1, 2),
        ("KPI", 1, 2),
        ("Step", 3, 2),
        ("Touchpoint", 6, 2),
    ]
    assert summary["byDistance"] == [{"distance": 1, "count": 3}, {"distance": 2, "count": 18}]
    assert [h["key"] for h in hits[:4]] == [
        "log-and-triage-fault",
        "resolve-billing-query",
        "dispatch-field-engineer",
        "trouble-to-resolve",
    ]


async def streamed(store: GraphStore, query: bytes) -> list[Message]:
    """What the app sends for ``GET /impact.ndjson?<query>``, message by message (an
    HTTP client would join the body's parts)."""
    app = create_app(app_settings(), store)
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": "/impact.ndjson",
        "raw_path": b"/impact.ndjson",
        "query_string": query,
        "root_path": "",
        "headers": [(b"host", b"test"), *((k.lower().encode(), v.encode()) for k, v in VIEWER)],
        "client": ("127.0.0.1", 1),
        "server": ("test", 80),
    }
    sent: list[Message] = []
    requested, done = False, asyncio.Event()

    async def receive() -> Message:
        nonlocal requested
        if not requested:
            requested = True
            return {"type": "http.request", "body": b"", "more_body": False}
        await done.wait()  # the client stays until the whole answer is sent
        return {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        sent.append(message)
        if message["type"] == "http.response.body" and not message.get("more_body", False):
            done.set()

    async with app.router.lifespan_context(app):
        await app(scope, receive, send)
    return sent


async def test_the_answer_is_streamed_as_ndjson(demo_store: GraphStore) -> None:
    start, *body = await streamed(demo_store, b"nodeId=System:crm")
    assert start["status"] == 200
    headers = dict(start["headers"])
    assert headers[b"content-type"] == b"application/x-ndjson"
    assert b"content-length" not in headers
    chunks = [message["body"] for message in body if message["body"]]
    # The CRM's 245 hits (about 100 KB) come in more than one chunk, each of whole lines.
    assert len(chunks) > 1
    assert all(chunk.endswith(b"\n") for chunk in chunks)
    assert all(len(chunk) < 2 * CHUNK_BYTES for chunk in chunks)
    assert len(b"".join(chunks).splitlines()) == 246
    assert body[-1]["more_body"] is False


def _refusal(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    (error,) = response.json()["errors"]
    assert error["extensions"]["code"] == code, error
    return dict(error)


async def test_callers_are_checked_as_graphql_reads_are(store: GraphStore) -> None:
    production = Settings(demo_if_empty=False, environment="production")
    development = Settings(demo_if_empty=False, environment="development")
    params = {"nodeId": "System:crm"}
    async with app_client(store, production, headers={}) as client:
        anonymous = await client.get("/impact.ndjson", params=params)
        error = _refusal(anonymous, 401, "UNAUTHENTICATED")
        assert anonymous.headers["www-authenticate"] == "Bearer"
        assert "GET /impact.ndjson needs a token" in error["message"]
        bad = await client.get(
            "/impact.ndjson", params=params, headers={"Authorization": "Bearer nonsense"}
        )
        _refusal(bad, 401, "UNAUTHENTICATED")
        ingest = await client.get("/impact.ndjson", params=params, headers=headers_for("ingest"))
        error = _refusal(ingest, 403, "FORBIDDEN")
        assert error["message"].startswith("GET /impact.ndjson needs a role of")
        # A viewer may read: the node is missing on the empty store, so past the check.
        viewer = await client.get("/impact.ndjson", params=params, headers=headers_for("viewer"))
        _refusal(viewer, 404, "NOT_FOUND")
    async with app_client(store, development, headers={}) as client:
        anonymous = await client.get("/impact.ndjson", params=params)
        _refusal(anonymous, 404, "NOT_FOUND")
        bad = await client.get(
            "/impact.ndjson", params=params, headers={"Authorization": "Bearer nonsense"}
        )
        _refusal(bad, 401, "UNAUTHENTICATED")


# The refusals need no model: they are made on an empty store.
async def test_a_node_that_does_not_exist_is_not_found(client: httpx.AsyncClient) -> None:
    response = await client.get("/impact.ndjson", params={"nodeId": "System:no-such"})
    error = _refusal(response, 404, "NOT_FOUND")
    assert error["message"] == "System 'no-such' does not exist"
    assert error["extensions"] == {"code": "NOT_FOUND", "kind": "System", "key": "no-such"}


@pytest.mark.parametrize(
    ("params", "paths"),
    [
        ({"nodeId": "System:crm", "maxDepth": "0"}, ["maxDepth"]),
        ({"nodeId": "System:crm", "maxDepth": "11"}, ["maxDepth"]),
        ({"nodeId": "System:crm", "maxDepth": "two"}, ["maxDepth"]),
        ({"nodeId": "System:crm", "maxDepth": "+3"}, ["maxDepth"]),
        ({"nodeId": "System:crm", "maxDepth": ""}, ["maxDepth"]),
        ({"nodeId": "System:crm", "maxDepth": "9" * 5000}, ["maxDepth"]),
        ({"maxDepth": "3"}, ["nodeId"]),
        ({"nodeId": "no-such-key"}, ["nodeId"]),
        ({"nodeId": "Gadget:x", "maxDepth": "99"}, ["nodeId", "maxDepth"]),
    ],
)
async def test_bad_parameters_are_validation(
    client: httpx.AsyncClient, params: dict[str, str], paths: list[str]
) -> None:
    response = await client.get("/impact.ndjson", params=params)
    error = _refusal(response, 400, "VALIDATION")
    assert [e["path"] for e in error["extensions"]["errors"]] == paths


@pytest.mark.parametrize(
    ("query", "says"),
    [
        ("nodeId=System:crm&depth=3", "unknown query parameter 'depth'"),
        ("nodeId=System:crm&maxDepth=2&maxDepth=3", "'maxDepth' is given more than once"),
    ],
)
async def test_unknown_and_repeated_parameters_are_refused(
    client: httpx.AsyncClient, query: str, says: str
) -> None:
    response = await client.get(f"/impact.ndjson?{query}")
    assert says in _refusal(response, 400, "BAD_REQUEST")["message"]


def _doc_block(marker: str) -> str:
    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    match = re.search(rf"<!-- impact-export:{marker} -->\s*```\w*\n(.*?)```", text, re.DOTALL)
    assert match, f"docs/api.md has no block after <!-- impact-export:{marker} -->"
    return match.group(1)


async def test_the_docs_example_is_real(demo_client: httpx.AsyncClient) -> None:
    url = re.search(r"'http://127\.0\.0\.1:8000(/impact\.ndjson\?[^']*)'", _doc_block("request"))
    assert url, _doc_block("request")
    response = await demo_client.get(url.group(1))
    assert response.status_code == 200, response.text
    assert response.text == _doc_block("output")
