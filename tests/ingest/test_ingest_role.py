"""The ``ingest`` role: measurements and evidence in, through the three ways in, and
nothing else. Every other query, mutation, export, subscription and page is refused with
FORBIDDEN (403 over plain HTTP), and a refused call leaves the graph as it was.

The root fields are read from the schema by introspection, so a field added later is
covered the day it appears.
"""

from pathlib import Path
from typing import Any

import httpx
import pytest

from graph_api.config import Settings
from graph_api.security.api_keys import ApiKeyStore
from graph_api.security.roles import Role
from graph_api.services.changes import ChangeFeed
from graph_api.store.base import GraphStore
from tests.auth_headers import headers_for
from tests.changes.test_subscription_ws import connect, raw_store  # noqa: F401
from tests.changes.test_subscription_ws import served as served  # a fixture, used by name
from tests.conftest import app_client
from tests.graphql_client import error_codes, gql
from tests.ingest.graph import measurement, ndjson, with_targets
from tests.live_server import LiveServer
from tests.snapshots import take_snapshot

FEEDER = headers_for("ingest", "feeder")

INTROSPECT = """
query Roots($kind: String!) { __type(name: $kind) { fields { name
    args { name type { ...TypeRef } }
    type { ...TypeRef } } } }
fragment TypeRef on __Type {
  kind name ofType { kind name ofType { kind name ofType { kind name } } }
}
"""


def _type_text(ref: dict[str, Any]) -> str:
    if ref["kind"] == "NON_NULL":
        return _type_text(ref["ofType"]) + "!"
    if ref["kind"] == "LIST":
        return f"[{_type_text(ref['ofType'])}]"
    return str(ref["name"])


def _named_kind(ref: dict[str, Any]) -> str:
    while ref["kind"] in ("NON_NULL", "LIST"):
        ref = ref["ofType"]
    return str(ref["kind"])


def operation(kind: str, field: dict[str, Any]) -> str:
    """A valid operation of ``kind`` calling ``field`` with every argument a variable
    (never sent: the role check runs before variables are read)."""
    args = field["args"]
    declared = ", ".join(f"${a['name']}: {_type_text(a['type'])}" for a in args)
    passed = ", ".join(f"{a['name']}: ${a['name']}" for a in args)
    call = f"{field['name']}({passed})" if args else field["name"]
    shape = _named_kind(field["type"])
    selection = " { __typename }" if shape in ("OBJECT", "INTERFACE", "UNION") else ""
    head = f"{kind} Call({declared})" if args else f"{kind} Call"
    return f"{head} {{ {call}{selection} }}"


def _act_as(client: httpx.AsyncClient, headers: dict[str, str]) -> None:
    """Make ``client`` send ``headers`` instead (one app: its lifespan closes the store)."""
    client.headers.pop("Authorization", None)
    client.headers.update(headers)


async def _fields(client: httpx.AsyncClient, type_name: str) -> list[dict[str, Any]]:
    body = await gql(client, INTROSPECT, kind=type_name)
    fields: list[dict[str, Any]] = body["data"]["__type"]["fields"]
    return fields


async def test_an_ingest_client_may_run_no_other_query_or_mutation(demo_store: GraphStore) -> None:
    async with app_client(demo_store) as client:
        queries = await _fields(client, "Query")  # an admin reads the schema
        mutations = await _fields(client, "Mutation")
        assert {"exportModel", "exportArchimate", "changeLog"} <= {f["name"] for f in queries}
        assert {"importModel", "createMeasurement", "ingest"} <= {f["name"] for f in mutations}
        before = await take_snapshot(demo_store)
        _act_as(client, FEEDER)
        for kind, fields in (("query", queries), ("mutation", mutations)):
            for field in fields:
                if field["name"] == "ingest":
                    continue
                body = await gql(client, operation(kind, field))
                assert error_codes(body) == ["FORBIDDEN"], (field["name"], body)
                assert body.get("data") is None
        # Introspection is reading too.
        assert error_codes(await gql(client, "{ __schema { queryType { name } } }")) == [
            "FORBIDDEN"
        ]
        body = await gql(client, "{ steps { nodes { key } } }")
        assert body["errors"][0]["message"] == "steps needs the viewer role; jwt:feeder has ingest"
        # GET reads too: refused, not answered.
        response = await client.get("/graphql", params={"query": "{ __typename }"})
        assert error_codes(response.json()) == ["FORBIDDEN"]
        assert await take_snapshot(demo_store) == before


async def test_an_ingest_client_sees_no_page(store: GraphStore) -> None:
    async with app_client(store, headers=FEEDER) as client:
        for path in ("/ui", "/ui/", "/ui/journeys/none", "/ui/impact/Step/none"):
            response = await client.get(path)
            assert response.status_code == 403, (path, response.status_code)
            assert "jwt:feeder may not read the graph" in response.text


async def test_an_ingest_client_ingests_through_the_mutation(store: GraphStore) -> None:
    await with_targets(store)
    mutation = """mutation($records: [IngestRecordInput!]!) {
      ingest(records: $records) { created refused results { outcome key errors { field } } }
    }"""
    records = [
        {"type": "MEASUREMENT", "id": "m-1", "kpi": "csat", "value": 70.0, "at": "2026-11-01"},
        {
            "type": "EVIDENCE",
            "id": "e 1",
            "kind": "survey",
            "summary": "S",
            "painPoints": ["slow-page"],
        },
        {"type": "EVIDENCE", "id": "e-2", "kind": "gossip", "summary": "S", "steps": ["pay"]},
    ]
    async with app_client(store, headers=FEEDER) as client:
        body = await gql(client, mutation, records=records)
        assert "errors" not in body, body
        answer = body["data"]["ingest"]
        assert (answer["created"], answer["refused"]) == (2, 1)
        assert answer["results"][2]["errors"] == [{"field": "kind"}]
        body = await gql(client, mutation, records=records)
        assert [r["outcome"] for r in body["data"]["ingest"]["results"]] == [
            "UNCHANGED",
            "UNCHANGED",
            "REFUSED",
        ]
        # Several root fields: refused whole when one is out of reach.
        both = (
            "mutation($records: [IngestRecordInput!]!) "
            "{ ingest(records: $records) { created } __typename }"
        )
        assert error_codes(await gql(client, both, records=records)) == ["FORBIDDEN"]
        _act_as(client, headers_for("viewer"))
        assert error_codes(await gql(client, mutation, records=records)) == ["FORBIDDEN"]
        _act_as(client, headers_for("editor"))
        assert "errors" not in await gql(client, mutation, records=records)


async def test_the_mutation_takes_small_batches(store: GraphStore) -> None:
    await with_targets(store)
    mutation = """mutation($records: [IngestRecordInput!]!, $all: Boolean) {
      ingest(records: $records, allOrNothing: $all) { created written reason }
    }"""
    many = [
        {"type": "MEASUREMENT", "id": f"m-{n}", "kpi": "csat", "value": n, "at": "2026-11-01"}
        for n in range(1_001)
    ]
    async with app_client(store, headers=FEEDER) as client:
        body = await gql(client, mutation, records=many)
        assert error_codes(body) == ["LIMIT_EXCEEDED"]
        assert "POST /ingest" in body["errors"][0]["message"]
        bad = [*many[:3], {**many[3], "kpi": "nope"}]
        answer = (await gql(client, mutation, records=bad, all=True))["data"]["ingest"]
        assert answer == {"created": 0, "written": False, "reason": answer["reason"]}
        assert "record 4" in answer["reason"]
        assert await store.get_nodes("Measurement", ["m-0"]) == {}


async def test_an_ingest_client_may_not_subscribe(served: tuple[LiveServer, ChangeFeed]) -> None:
    async with connect(served, FEEDER) as (live, ws):
        await ws.subscribe("feed", ["STEP"])
        message = await ws.receive()
        (error,) = message["payload"]["errors"]
        assert error["extensions"]["code"] == "FORBIDDEN", message
        assert live.feed.subscriber_count == 0


@pytest.mark.parametrize("role", list(Role))
def test_which_roles_grant_ingest(role: Role) -> None:
    assert role.grants(Role.INGEST) is (role in (Role.INGEST, Role.EDITOR, Role.ADMIN))
    assert Role.INGEST.grants(role) is (role is Role.INGEST)


async def test_an_api_key_with_the_ingest_role(store: GraphStore, tmp_path: Path) -> None:
    """Keys made by `graph-api keys create --role ingest` carry the role."""
    path = tmp_path / "keys.db"
    key, token = ApiKeyStore(str(path)).create("sensor feed", Role.INGEST)
    assert key.role is Role.INGEST
    await with_targets(store)
    settings = Settings(demo_if_empty=False, api_keys_path=str(path))
    async with app_client(
        store, settings=settings, headers={"Authorization": f"Bearer {token}"}
    ) as client:
        response = await client.post(
            "/ingest",
            content=ndjson(measurement()),
            headers={"Content-Type": "application/x-ndjson"},
        )
        assert response.status_code == 200, response.text
        assert error_codes(await gql(client, "{ __typename }")) == ["FORBIDDEN"]
        assert (await store.get_nodes("Measurement", ["m-1"]))["m-1"].created_by == (
            f"key:{key.id}"
        )
