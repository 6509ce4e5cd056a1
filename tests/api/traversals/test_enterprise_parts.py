"""The enterprise parts of three traversals over HTTP, on every store, on small graphs of
their own (:mod:`tests.contract.traversals.enterprise_graphs`).

serviceBlueprint's `supportServices` and `supportData` with nested node fields;
painfulSteps' `servingSystems`, walked only when an operation selects it (also through a
fragment or an alias) and leaving the rest of the answer as it was; coverage's
`stepsWithDataGaps`.
"""

from typing import Any

import httpx
import pytest

from graph_api.store.base import GraphStore
from graph_api.traversals import PAINFUL_STEPS
from graph_api.traversals.painful_steps.result import PainfulStepsQuery
from tests.contract.traversals.enterprise_graphs import DATA_GAPS, DEPENDENCIES, SHOP
from tests.graphql_client import gql_data

SUPPORT = """
{
  serviceBlueprint(journeyId: "shop") {
    stages { steps {
      step { key }
      support { key }
      supportServices {
        service { key layer }
        usedAtStep
        usedAtTouchpoints { key }
        usedByProcesses { key }
        usedBySystems { key }
        realizedByProcesses { key }
        realizedBySystems { key name }
      }
      supportData {
        dataObject { key kind }
        neededAtStep
        neededAtTouchpoints { key }
        capturedAtStep
        capturedAtTouchpoints { key }
        readByProcesses { key }
        readBySystems { key }
        writtenByProcesses { key }
        writtenBySystems { key }
      }
    } }
  }
}
"""


def keyed(*keys: str) -> list[dict[str, str]]:
    return [{"key": key} for key in keys]


async def test_blueprint_support_services_and_data(
    client: httpx.AsyncClient, store: GraphStore
) -> None:
    await store.write(SHOP)
    data = await gql_data(client, SUPPORT)
    (stage,) = data["serviceBlueprint"]["stages"]
    order, pay, browse = stage["steps"]
    assert order["step"] == {"key": "order"}
    assert order["support"] == keyed("crm", "erp")
    nothing: dict[str, Any] = {
        "usedAtStep": False,
        "usedAtTouchpoints": [],
        "usedByProcesses": [],
        "usedBySystems": [],
        "realizedByProcesses": [],
        "realizedBySystems": [],
    }
    assert order["supportServices"] == [
        {
            **nothing,
            "service": {"key": "address-check", "layer": "APPLICATION"},
            "usedAtTouchpoints": keyed("web-form"),
            "realizedBySystems": [{"key": "crm", "name": "Crm"}],
        },
        {
            **nothing,
            "service": {"key": "ordering", "layer": "APPLICATION"},
            "usedAtStep": True,
            "usedAtTouchpoints": keyed("web-form"),
            "realizedByProcesses": keyed("capture"),
        },
        {
            **nothing,
            "service": {"key": "payments", "layer": "APPLICATION"},
            "usedByProcesses": keyed("capture"),
            "usedBySystems": keyed("erp"),
        },
    ]
    assert order["supportData"][2] == {
        "dataObject": {"key": "order-record", "kind": "DATA_OBJECT"},
        "neededAtStep": False,
        "neededAtTouchpoints": [],
        "capturedAtStep": False,
        "capturedAtTouchpoints": keyed("call", "web-form"),
        "readByProcesses": keyed("fulfil"),
        "readBySystems": keyed("erp"),
        "writtenByProcesses": keyed("capture"),
        "writtenBySystems": [],
    }
    assert [d["dataObject"]["key"] for d in order["supportData"]] == [
        "address",
        "customer",
        "order-record",
    ]
    assert [s["service"]["key"] for s in pay["supportServices"]] == ["invoicing"]
    assert (browse["supportServices"], browse["supportData"]) == ([], [])


SERVING = """
query($min: Int!) {
  painfulSteps(minSeverity: $min) {
    step { key }
    processes { key }
    servingSystems {
      system { key }
      servedBy { key }
      receivesFrom { key }
      deployedOn { key kind }
      usesTechnology { key kind }
      usesServices { key layer }
    }
  }
}
"""


def asked_for_serving_systems(store: GraphStore, monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Record, for each painfulSteps the store runs, whether it walks serving systems."""
    asked: list[bool] = []
    traverse = store.traverse

    async def recording(traversal: Any, query: Any) -> Any:
        if traversal is PAINFUL_STEPS:
            assert isinstance(query, PainfulStepsQuery)
            asked.append(query.with_serving_systems)
        return await traverse(traversal, query)

    monkeypatch.setattr(store, "traverse", recording)
    return asked


async def test_painful_steps_serving_systems(
    client: httpx.AsyncClient, store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    await store.write(DEPENDENCIES)
    asked = asked_for_serving_systems(store, monkeypatch)
    rows = (await gql_data(client, SERVING, min=1))["painfulSteps"]
    assert asked == [True]
    assert [r["step"]["key"] for r in rows] == ["check", "ride"]
    assert rows[0]["servingSystems"] == [
        {
            "system": {"key": "gates"},
            "servedBy": keyed("auth", "sso"),
            "receivesFrom": [],
            "deployedOn": [{"key": "rack", "kind": "NODE"}],
            "usesTechnology": [],
            "usesServices": [],
        },
        {
            "system": {"key": "tills"},
            "servedBy": keyed("gates", "pricing"),
            "receivesFrom": keyed("stock"),
            "deployedOn": [{"key": "cloud", "kind": "NODE"}],
            "usesTechnology": [{"key": "network", "kind": "NETWORK"}],
            "usesServices": [{"key": "db-hosting", "layer": "TECHNOLOGY"}],
        },
    ]
    assert rows[1]["servingSystems"] == []


@pytest.mark.parametrize(
    ("selection", "walked"),
    [
        ("step { key } processes { key systems { key } }", False),
        ("step { key } ...Deps", True),
        ("step { key } ... on PainfulStep { deps: servingSystems { system { key } } }", True),
    ],
)
async def test_serving_systems_are_walked_only_when_selected(
    client: httpx.AsyncClient,
    store: GraphStore,
    monkeypatch: pytest.MonkeyPatch,
    selection: str,
    walked: bool,
) -> None:
    await store.write(DEPENDENCIES)
    asked = asked_for_serving_systems(store, monkeypatch)
    fragment = "fragment Deps on PainfulStep { servingSystems { system { key } } }"
    query = f"{{ painfulSteps(minSeverity: 1) {{ {selection} }} }}"
    data = await gql_data(client, f"{query}\n{fragment}" if "...Deps" in selection else query)
    assert asked == [walked]
    rows = data["painfulSteps"]
    assert [r["step"]["key"] for r in rows] == ["check", "ride"]
    if walked:
        systems = rows[0].get("servingSystems") or rows[0]["deps"]
        assert [s["system"]["key"] for s in systems] == ["gates", "tills"]


DATA_GAPS_QUERY = """
query($journeyId: ID) {
  coverage(journeyId: $journeyId) {
    stepsWithDataGaps { step { key name } dataObjects { key kind } }
  }
}
"""


async def test_coverage_steps_with_data_gaps(client: httpx.AsyncClient, store: GraphStore) -> None:
    await store.write(DATA_GAPS)
    claims = (await gql_data(client, DATA_GAPS_QUERY, journeyId="claims"))["coverage"]
    assert claims["stepsWithDataGaps"] == [
        {
            "step": {"key": "describe", "name": "Describe"},
            "dataObjects": [
                {"key": "claim-history", "kind": "DATA_OBJECT"},
                {"key": "photos", "kind": "DATA_OBJECT"},
            ],
        },
        {
            "step": {"key": "upload", "name": "Upload"},
            "dataObjects": [{"key": "photos", "kind": "DATA_OBJECT"}],
        },
    ]
    everything = (await gql_data(client, DATA_GAPS_QUERY))["coverage"]["stepsWithDataGaps"]
    assert [g["step"]["key"] for g in everything] == ["describe", "elsewhere", "loose", "upload"]
