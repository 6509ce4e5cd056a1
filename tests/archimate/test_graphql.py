"""``importArchimate`` and ``exportArchimate`` over HTTP, on every store."""

from pathlib import Path

import httpx

from graph_api.archimate import export_archimate
from graph_api.store.base import GraphStore
from tests.archimate.helpers import fixture_text
from tests.archimate.test_refusals import BILLION_LAUGHS
from tests.auth_headers import headers_for
from tests.graphql_client import error_codes, gql, gql_data

IMPORT = """
mutation ($xml: String!) {
  importArchimate(xml: $xml) {
    nodes { name count }
    links { name count }
    unmappedElements { name count reason }
    unmappedRelationships { name count reason }
    elements relationships relationshipsImported
    notStored { kind field value }
    views boxesWithoutNode linesWithoutLink folders created updated unchanged linked
  }
}
"""
COUNT = "{ capabilities { totalCount } valueStreamStages { totalCount } }"


async def test_import_returns_the_report(store: GraphStore, client: httpx.AsyncClient) -> None:
    report = (await gql_data(client, IMPORT, xml=fixture_text()))["importArchimate"]
    assert {n["name"]: n["count"] for n in report["nodes"]}["Capability"] == 4
    assert {n["name"]: n["count"] for n in report["links"]}["Process REALIZES Capability"] == 3
    assert {n["name"]: n["count"] for n in report["nodes"]}["DataObject"] == 2
    assert [(e["name"], e["count"]) for e in report["unmappedElements"]] == [("Requirement", 1)]
    assert report["unmappedElements"][0]["reason"].startswith("a motivation element")
    assert report["unmappedRelationships"] == [
        {
            "name": "Realization (BusinessProcess -> Requirement)",
            "count": 1,
            "reason": "its target is a Requirement, which is not imported",
        }
    ]
    assert (report["elements"], report["relationships"], report["relationshipsImported"]) == (
        18,
        21,
        20,
    )
    assert {"kind": "System", "field": "name@?", "value": "Billing engine (legacy name)"} in (
        report["notStored"]
    )
    assert (report["created"], report["linked"], report["views"], report["folders"]) == (
        18,
        23,
        1,
        1,
    )
    assert await gql_data(client, COUNT) == {
        "capabilities": {"totalCount": 4},
        "valueStreamStages": {"totalCount": 3},
    }
    crm = await gql_data(
        client,
        '{ systems(where: {name: {eq: "CRM"}}) { nodes { translations { language label } } } }',
    )
    assert crm["systems"]["nodes"] == [
        {"translations": [{"language": "de", "label": "Kundenverwaltungssystem"}]}
    ]
    exported = (await gql_data(client, "{ exportArchimate }"))["exportArchimate"]
    assert exported == await export_archimate(store)
    again = (await gql_data(client, IMPORT, xml=exported))["importArchimate"]
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, 18)


async def test_a_bomb_is_a_validation_error(client: httpx.AsyncClient) -> None:
    body = await gql(client, IMPORT, xml=BILLION_LAUGHS)
    assert error_codes(body) == ["VALIDATION"]
    assert await gql_data(client, COUNT) == {
        "capabilities": {"totalCount": 0},
        "valueStreamStages": {"totalCount": 0},
    }


async def test_an_editor_may_not_import(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/graphql",
        json={"query": IMPORT, "variables": {"xml": fixture_text()}},
        headers=headers_for("editor"),
    )
    assert error_codes(response.json()) == ["FORBIDDEN"]


async def test_a_viewer_may_export(client: httpx.AsyncClient) -> None:
    await gql_data(client, IMPORT, xml=fixture_text())
    response = await client.post(
        "/graphql", json={"query": "{ exportArchimate }"}, headers=headers_for("viewer")
    )
    exported = response.json()["data"]["exportArchimate"]
    assert exported.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    assert "Kundenverwaltungssystem" in exported


async def test_the_report_counts_what_views_keep_as_plain_drawing(
    store: GraphStore, client: httpx.AsyncClient
) -> None:
    harbour = (Path(__file__).parent / "fixtures" / "harbour-mutual-claims.xml").read_text(
        encoding="utf-8"
    )
    report = (await gql_data(client, IMPORT, xml=harbour))["importArchimate"]
    assert (report["views"], report["boxesWithoutNode"], report["linesWithoutLink"]) == (2, 3, 4)
    views = await gql_data(client, "{ views { nodes { key diagramNodes { identifier } } } }")
    assert sorted(len(v["diagramNodes"]) for v in views["views"]["nodes"]) == [4, 10]
