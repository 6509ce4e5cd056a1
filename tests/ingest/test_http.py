"""``POST /ingest`` on both stores: NDJSON and CSV batches, the report, all-or-nothing,
the refusals of bodies that are no batch, and who may send one."""

import json
from typing import Any

import httpx

from graph_api.services.changes import ChangeFeed
from graph_api.services.observed import ObservedStore
from graph_api.store.base import GraphStore
from graph_api.store.change_log import ChangeType
from tests.auth_headers import headers_for
from tests.conftest import app_client, app_settings
from tests.ingest.graph import evidence, measurement, ndjson, with_targets
from tests.snapshots import take_snapshot

NDJSON = {"Content-Type": "application/x-ndjson"}
CSV = {"Content-Type": "text/csv; charset=utf-8"}
FEEDER = headers_for("ingest", "feeder")

CSV_BATCH = (
    "type,id,kpi,value,at,kind,summary,steps,touchpoints\r\n"
    "measurement,m-1,csat,71.5,2026-11-01,,,,\r\n"
    "measurement,m-1,csat,71.5,2026-11-01,,,,\r\n"
    "measurement,m-2,unknown-kpi,3,2026-11-01,,,,\r\n"
    'evidence,Call 42,,,,call_center,"Caller said ""slow""",pay|confirm,web-checkout\r\n'
    "evidence,ev-2,,,,survey,Survey,,\r\n"
)


def _act_as(client: httpx.AsyncClient, headers: dict[str, str]) -> None:
    """Make ``client`` send ``headers`` instead of the token it had (one app, one store:
    a store is closed when its app's lifespan ends)."""
    client.headers.pop("Authorization", None)
    client.headers.update(headers)


async def _post(
    client: httpx.AsyncClient, body: str | bytes, headers: dict[str, str], query: str = ""
) -> tuple[int, dict[str, Any]]:
    response = await client.post(f"/ingest{query}", content=body, headers=headers)
    return response.status_code, response.json()


async def test_a_csv_batch_is_written_and_reported(store: GraphStore) -> None:
    await with_targets(store)
    async with app_client(store, headers=FEEDER) as client:
        status, report = await _post(client, CSV_BATCH, CSV)
        assert status == 200
        assert {k: report[k] for k in ("records", "created", "unchanged", "refused")} == {
            "records": 5,
            "created": 2,
            "unchanged": 1,
            "refused": 2,
        }
        assert report["written"] is True and report["reason"] is None
        # Only the refused records are listed, each with its line and field.
        assert [(r["record"], r["line"], r["outcome"]) for r in report["results"]] == [
            (3, 4, "refused"),
            (5, 6, "refused"),
        ]
        assert report["results"][0]["errors"] == [
            {"field": "kpi", "message": "no KPI with the key 'unknown-kpi'"}
        ]
        assert report["results"][1]["errors"][0]["field"] == "targets"

        status, again = await _post(client, CSV_BATCH, CSV, "?everyRecord=true")
        assert status == 200 and again["written"] is False
        assert [r["outcome"] for r in again["results"]] == [
            "unchanged",
            "unchanged",
            "refused",
            "unchanged",
            "refused",
        ]
        key = again["results"][3]["key"]
        assert key.startswith("call-42.")
        ev = (await store.get_nodes("Evidence", [key]))[key]
        assert ev.props["summary"] == 'Caller said "slow"'
        assert ev.created_by == "jwt:feeder"


async def test_an_ndjson_batch_publishes_its_changes_like_any_write(store: GraphStore) -> None:
    await with_targets(store)
    feed = ChangeFeed()
    subscriber = feed.subscribe(["Measurement"])
    async with app_client(ObservedStore(store, feed), headers=FEEDER) as client:
        status, report = await _post(client, ndjson(measurement("m-1"), evidence()), NDJSON)
        assert status == 200 and report["created"] == 2
    event = (await subscriber.__anext__()).event
    assert (event.type, event.node.key, event.version) == (ChangeType.CREATED, "m-1", 1)


async def test_all_or_nothing_answers_422_and_writes_nothing(store: GraphStore) -> None:
    await with_targets(store)
    before = await take_snapshot(store)
    async with app_client(store, headers=FEEDER) as client:
        batch = ndjson(measurement("m-1"), measurement("m-2", value="high"))
        status, report = await _post(client, batch, NDJSON, "?allOrNothing=true")
        assert status == 422
        assert report["written"] is False and "record 2" in report["reason"]
        assert report["refused"] == 2
        assert [r["record"] for r in report["results"]] == [2]
        assert report["results"][0]["errors"] == [
            {"field": "value", "message": "must be a number, not text"}
        ]
        assert await take_snapshot(store) == before


async def test_bodies_that_are_no_batch_are_refused(store: GraphStore) -> None:
    await with_targets(store)
    before = await take_snapshot(store)
    async with app_client(store, headers=FEEDER) as client:
        cases: list[tuple[str | bytes, dict[str, str], str, int, str]] = [
            (
                ndjson(measurement()),
                {"Content-Type": "application/json"},
                "",
                415,
                "UNSUPPORTED_MEDIA_TYPE",
            ),
            (
                ndjson(measurement()),
                {"Content-Type": "text/csv; charset=latin-1"},
                "",
                415,
                "UNSUPPORTED_MEDIA_TYPE",
            ),
            (ndjson(measurement()), NDJSON, "?allornothing=true", 400, "BAD_REQUEST"),
            (ndjson(measurement()), NDJSON, "?allOrNothing=yes", 400, "BAD_REQUEST"),
            ("type,id,kpi_key\nmeasurement,m-1,csat\n", CSV, "", 400, "VALIDATION"),
            (b"\xff\xfe{}", NDJSON, "", 400, "VALIDATION"),
            ("\n".join([json.dumps(measurement())] * 100_001), NDJSON, "", 413, "LIMIT_EXCEEDED"),
        ]
        for body, headers, query, status, code in cases:
            response = await client.post(f"/ingest{query}", content=body, headers=headers)
            assert response.status_code == status, (headers, query, response.text)
            assert response.json()["errors"][0]["extensions"]["code"] == code
        assert await take_snapshot(store) == before


async def test_ingest_bodies_may_be_as_large_as_imports(store: GraphStore) -> None:
    """An ingest client's batch is bounded by max_import_bytes, its other requests by
    max_request_bytes."""
    await with_targets(store)
    settings = app_settings().model_copy(
        update={"max_request_bytes": 2_000, "max_import_bytes": 200_000}
    )
    batch = ndjson(*(measurement(f"m-{n}", value=n) for n in range(100)))
    assert 2_000 < len(batch) < 200_000
    async with app_client(store, settings=settings, headers=FEEDER) as client:
        status, report = await _post(client, batch, NDJSON)
        assert status == 200 and report["created"] == 100
        padded = {"query": "mutation { __typename }", "padding": "x" * 3_000}
        assert (await client.post("/graphql", json=padded)).status_code == 413
        _act_as(client, headers_for("viewer"))
        assert (await client.post("/ingest", content=batch, headers=NDJSON)).status_code == 413


async def test_who_may_post_a_batch(store: GraphStore) -> None:
    await with_targets(store)
    batch = ndjson(measurement("m-1"))
    callers: list[tuple[dict[str, str], int, str | None]] = [
        ({}, 401, "UNAUTHENTICATED"),
        ({"Authorization": "Bearer not-a-token"}, 401, "UNAUTHENTICATED"),
        (headers_for("viewer"), 403, "FORBIDDEN"),
        (headers_for("editor"), 200, None),
        (headers_for("admin"), 200, None),
        (FEEDER, 200, None),
    ]
    settings = app_settings().model_copy(update={"anonymous_read": True})
    async with app_client(store, settings=settings) as client:
        for headers, status, code in callers:
            _act_as(client, headers)
            response = await client.post("/ingest", content=batch, headers=NDJSON)
            assert response.status_code == status, (headers, response.text)
            if code is not None:
                error = response.json()["errors"][0]
                assert error["extensions"]["code"] == code
        _act_as(client, headers_for("viewer", "val"))
        response = await client.post("/ingest", content=batch, headers=NDJSON)
        assert response.json()["errors"][0]["message"] == (
            "POST /ingest needs a role of ingest, editor, admin; jwt:val has viewer"
        )


async def test_ids_no_report_can_carry_are_shown_safely(store: GraphStore) -> None:
    """A lone surrogate (valid JSON escape, not UTF-8) or a huge id in a refused record
    must not break the report: shown cut, with U+FFFD for what cannot be written."""
    await with_targets(store)
    batch = (
        '{"type": "measurement", "id": "m\\ud800", "kpi": "csat", "value": 1, "at": "2026-01-01"}\n'
    )
    batch += json.dumps(measurement("y" * 5_000)) + "\n"
    async with app_client(store, headers=FEEDER) as client:
        status, report = await _post(client, batch, NDJSON)
        assert status == 200 and report["refused"] == 2
        first, second = report["results"]
        assert first["id"] == "m\ufffd"
        assert first["errors"][0]["message"].startswith("holds U+D800 (a lone surrogate)")
        assert second["id"] == "y" * 200 + "…"
