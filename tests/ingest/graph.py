"""A small graph for ingestion tests: the KPIs, steps, touchpoint, pain point and outcome
records name, written as plain store operations (independent of the demo model)."""

import json
from typing import Any

from graph_api.store.base import GraphStore, UpsertNode

TARGETS = [
    UpsertNode("KPI", "csat", {"name": "CSAT", "unit": "%"}),
    UpsertNode("KPI", "nps", {"name": "NPS"}),
    UpsertNode("Step", "pay", {"name": "Pay", "order": 1}),
    UpsertNode("Step", "confirm", {"name": "Confirm", "order": 2}),
    UpsertNode("Touchpoint", "web-checkout", {"name": "Web checkout"}),
    UpsertNode("PainPoint", "slow-page", {"name": "Slow page", "severity": 3}),
    UpsertNode(
        "Outcome", "pay-fast", {"statement": "Pay fast", "importance": 8, "satisfaction": 4}
    ),
]


async def with_targets(store: GraphStore) -> GraphStore:
    await store.write(TARGETS)
    return store


def measurement(
    id_: Any = "m-1", kpi: str = "csat", value: Any = 71.5, at: Any = "2026-11-01", **more: Any
) -> dict[str, Any]:
    return {"type": "measurement", "id": id_, "kpi": kpi, "value": value, "at": at, **more}


def evidence(id_: Any = "ev-1", **more: Any) -> dict[str, Any]:
    record = {"type": "evidence", "id": id_, "kind": "survey", "summary": "Checkout survey"}
    record.setdefault("steps", ["pay"])
    return {**record, **more}


def ndjson(*records: dict[str, Any] | str) -> str:
    """One line per record; a string is written as it is (a malformed line)."""
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n"
