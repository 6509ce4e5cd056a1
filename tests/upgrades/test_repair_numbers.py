"""Step 4 on both stores: numbers the release before store versions stored and the API can
no longer carry (infinities and NaN in float properties, whole numbers beyond GraphQL's
32-bit Int) are repaired by the rule of each property, and every other number is kept.

The values are put in the stores as that release wrote them (it validated them and wrote
what pydantic gave): on the embedded store, properties as Python's ``json.dumps`` writes
them (``NaN``, ``Infinity``, integers of any length); on Neo4j, native floats (NaN and
infinities included) and 64-bit integers.
"""

import json
import math
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from neo4j import GraphDatabase

from graph_api.metamodel.kinds import INT_MAX
from graph_api.model_io import export_model
from graph_api.model_io.loader import parse_json_document
from graph_api.model_io.reader import read_model
from graph_api.store.base import SYSTEM, AddLink, GraphStore, NodeRef, UpsertNode
from graph_api.store.change_log import ChangeLogQuery, ChangeType
from graph_api.store.embedded import EmbeddedStore
from graph_api.store.neo4j.cypher import label
from graph_api.store.upgrades.number_repair import repair_numbers
from tests.conftest import (
    NEO4J_TEST_DATABASE,
    NEO4J_TEST_URI,
    _neo4j_auth,
    app_client,
    neo4j_store,
)
from tests.graphql_client import gql
from tests.upgrades.release import record_version

NAN, INF = float("nan"), float("inf")

# (kind, key, valid properties written first, numbers then stored as the release did)
NODES: list[tuple[str, str, dict[str, Any], dict[str, Any]]] = [
    ("KPI", "k-nan", {"name": "A", "unit": "%"}, {"target": NAN}),
    ("KPI", "k-minus-inf", {"name": "B"}, {"target": -INF}),
    ("KPI", "k-ok", {"name": "C", "target": 5.5}, {}),
    ("Evidence", "e-both", {"kind": "survey", "summary": "S"}, {"score": INF, "sampleSize": 2**31}),
    (
        "Evidence",
        "e-edges",
        {"kind": "survey", "summary": "T"},
        {"score": 1.7976931348623157e308, "sampleSize": INT_MAX},
    ),
    ("BacklogItem", "b-inf", {"title": "Fix"}, {"estimate": INF}),
    ("Measurement", "m-nan", {"value": 1.0, "at": "2026-01-01"}, {"value": NAN}),
    ("Measurement", "m-inf", {"value": 1.0, "at": "2026-01-02"}, {"value": -INF}),
    ("Measurement", "m-ok", {"value": 6.0, "at": "2026-01-03"}, {}),
    ("Stage", "s-over", {"name": "S", "order": 0}, {"order": 2**31}),
    ("Step", "st-int64", {"name": "T", "order": 0}, {"order": 2**63 - 1}),
    ("ValueStreamStage", "v-max", {"name": "V", "order": 0}, {"order": INT_MAX}),
]
LINKS = [
    AddLink("HAS_MEASUREMENT", NodeRef("KPI", "k-ok"), NodeRef("Measurement", "m-nan")),
    AddLink("HAS_MEASUREMENT", NodeRef("KPI", "k-ok"), NodeRef("Measurement", "m-ok")),
]

REPAIRED = {
    ("KPI", "k-nan"): {"name": "A", "unit": "%", "direction": "higher_is_better"},
    ("KPI", "k-minus-inf"): {"name": "B", "direction": "higher_is_better"},
    ("Evidence", "e-both"): {"kind": "survey", "summary": "S"},
    ("BacklogItem", "b-inf"): {"title": "Fix", "kind": "story", "status": "todo"},
    ("Stage", "s-over"): {"name": "S", "order": INT_MAX},
    ("Step", "st-int64"): {"name": "T", "order": INT_MAX},
}
DELETED = {("Measurement", "m-inf"), ("Measurement", "m-nan")}
KEPT = {
    ("KPI", "k-ok"),
    ("Evidence", "e-edges"),
    ("Measurement", "m-ok"),
    ("ValueStreamStage", "v-max"),
}
DETAILS = [
    "BacklogItem 'b-inf': estimate inf not finite: removed",
    "Evidence 'e-both': sampleSize 2147483648 out of range: removed; score inf not finite: removed",
    "KPI 'k-minus-inf': target -inf not finite: removed",
    "KPI 'k-nan': target nan not finite: removed",
    "Measurement 'm-inf': value -inf not finite: the node deleted with its links",
    "Measurement 'm-nan': value nan not finite: the node deleted with its links",
    "Stage 's-over': order 2147483648 out of range: set to 2147483647",
    "Step 'st-int64': order 9223372036854775807 out of range: set to 2147483647",
]


def _store_as_the_release_did(
    kind: str, path: Path, values: list[tuple[str, str, dict[str, Any]]]
) -> None:
    """Put ``values`` into the nodes' stored properties, as the release wrote them."""
    if kind == "embedded":
        with sqlite3.connect(path) as db:
            for node_kind, key, numbers in values:
                (props,) = db.execute(
                    "SELECT props FROM nodes WHERE kind = ? AND key = ?", (node_kind, key)
                ).fetchone()
                stored = {**json.loads(props), **numbers}
                db.execute(
                    "UPDATE nodes SET props = ? WHERE kind = ? AND key = ?",
                    (json.dumps(stored, sort_keys=True), node_kind, key),
                )
        return
    with GraphDatabase.driver(NEO4J_TEST_URI, auth=_neo4j_auth()) as driver:
        for node_kind, key, numbers in values:
            for prop, value in numbers.items():
                driver.execute_query(
                    f"MATCH (n:{label(node_kind)} {{key: $key}}) SET n.{prop} = $value",
                    key=key,
                    value=value,
                    database_=NEO4J_TEST_DATABASE,
                )


def _links_of(kind: str, path: Path, ref: NodeRef) -> int:
    if kind == "embedded":
        with sqlite3.connect(path) as db:
            (count,) = db.execute(
                "SELECT count(*) FROM edges WHERE (source_kind = ? AND source_key = ?) "
                "OR (target_kind = ? AND target_key = ?)",
                (ref.kind, ref.key, ref.kind, ref.key),
            ).fetchone()
        return int(count)
    with GraphDatabase.driver(NEO4J_TEST_URI, auth=_neo4j_auth()) as driver:
        records, _, _ = driver.execute_query(
            f"MATCH (n:{label(ref.kind)} {{key: $key}})--() RETURN count(*) AS links",
            key=ref.key,
            database_=NEO4J_TEST_DATABASE,
        )
    return int(records[0]["links"])


async def _prepare(
    kind: str,
    path: Path,
    extra: list[tuple[str, str, dict[str, Any], dict[str, Any]]],
    version: int = 3,
) -> None:
    store = EmbeddedStore(str(path)) if kind == "embedded" else neo4j_store()
    await store.open()
    try:
        nodes = NODES + extra
        await store.write([UpsertNode(k, key, props) for k, key, props, _ in nodes] + LINKS)
    finally:
        await store.close()
    _store_as_the_release_did(kind, path, [(k, key, nums) for k, key, _, nums in nodes if nums])
    record_version(kind, path, version)


@pytest.mark.parametrize("kind", ["embedded", "neo4j"])
async def test_numbers_the_api_cannot_carry_are_repaired(
    kind: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    path = tmp_path / "graph.db"
    if kind == "neo4j":
        request.getfixturevalue("clean_neo4j")
    # An integer beyond 64 bits only JSON could hold: Neo4j's driver never sent one.
    extra = [("Stage", "s-huge", {"name": "H", "order": 1}, {"order": 10**30})]
    extra = extra if kind == "embedded" else []
    await _prepare(kind, path, extra)

    def make() -> GraphStore:
        return EmbeddedStore(str(path)) if kind == "embedded" else neo4j_store()

    store = make()
    await store.open()
    try:
        report = store.last_upgrade  # type: ignore[attr-defined]
        found = {}
        for node_kind in {k for k, _, _, _ in NODES}:
            keys = [key for k, key, _, _ in NODES + extra if k == node_kind]
            got = await store.get_nodes(node_kind, keys)
            found.update({(node_kind, key): record for key, record in got.items()})
        entries = await store.change_log(ChangeLogQuery(first=100))
    finally:
        await store.close()

    assert [s.step.version for s in report.steps] == [4, 5, 6, 7, 8]
    changes = report.steps[0].changes
    repaired = len(REPAIRED) + len(extra)
    assert changes.counts == {"nodes repaired": repaired, "nodes deleted": len(DELETED)}
    expected_details = DETAILS + (
        ["Stage 's-huge': order " + str(10**30) + " out of range: set to 2147483647"]
        if extra
        else []
    )
    assert sorted(changes.details) == sorted(expected_details)

    for ref, props in REPAIRED.items():
        record = found[ref]
        assert dict(record.props) == props, ref
        assert (record.version, record.updated_by) == (2, SYSTEM), ref
    if extra:
        assert found[("Stage", "s-huge")].props["order"] == INT_MAX
    for ref in DELETED:
        assert ref not in found
        assert _links_of(kind, path, NodeRef(*ref)) == 0
    for ref in KEPT:
        assert found[ref].version == 1, ref
    assert found[("Evidence", "e-edges")].props["score"] == 1.7976931348623157e308
    assert found[("Evidence", "e-edges")].props["sampleSize"] == INT_MAX
    assert found[("KPI", "k-ok")].props["target"] == 5.5
    # The kept measurement keeps its link to the KPI.
    assert _links_of(kind, path, NodeRef("Measurement", "m-ok")) == 1
    for record in found.values():
        for value in record.props.values():
            assert not isinstance(value, float) or math.isfinite(value)

    by_system = [
        (e.event.type, e.event.node.kind, e.event.node.key, e.event.version)
        for e in entries
        if e.actor == SYSTEM and e.event.type in (ChangeType.UPDATED, ChangeType.DELETED)
    ]
    assert sorted(by_system, key=str) == sorted(
        [(ChangeType.UPDATED, k, key, 2) for k, key in REPAIRED]
        + [(ChangeType.UPDATED, "Stage", "s-huge", 2)] * len(extra)
        + [(ChangeType.DELETED, k, key, None) for k, key in DELETED],
        key=str,
    )


READ_ALL = """{
  kpis(first: 100) { nodes { key target } }
  evidence(first: 100) { nodes { key score sampleSize } }
  measurements(first: 100) { nodes { key value } }
  backlogItems(first: 100) { nodes { key estimate } }
  stages(first: 100) { nodes { key order } }
  steps(first: 100) { nodes { key order } }
}"""


@pytest.mark.parametrize("kind", ["embedded", "neo4j"])
async def test_after_the_repair_the_api_reads_and_the_export_seeds_again(
    kind: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    path = tmp_path / "graph.db"
    if kind == "neo4j":
        request.getfixturevalue("clean_neo4j")
    await _prepare(kind, path, [])

    def make(upgrade: bool) -> GraphStore:
        store = EmbeddedStore(str(path)) if kind == "embedded" else neo4j_store()
        store.upgrade_on_open = upgrade  # type: ignore[attr-defined]
        return store

    # As the release left it: GraphQL cannot answer with these numbers. Asked apart: in
    # one operation, the first error to reach the root can end it before the other's.
    async with app_client(make(upgrade=False)) as client:
        floats = await gql(client, "{ kpis(first: 100) { nodes { key target } } }")
        ints = await gql(client, "{ stages(first: 100) { nodes { key order } } }")
    float_errors = " ".join(e["message"] for e in floats.get("errors", []))
    int_errors = " ".join(e["message"] for e in ints.get("errors", []))
    assert "Float cannot represent non numeric value" in float_errors, floats
    assert "Int cannot represent non 32-bit signed integer value" in int_errors, ints

    async with app_client(make(upgrade=True)) as client:
        body = await gql(client, READ_ALL)
    assert "errors" not in body, body["errors"]
    stages = {n["key"]: n["order"] for n in body["data"]["stages"]["nodes"]}
    assert stages == {"s-over": INT_MAX}
    assert {n["key"] for n in body["data"]["measurements"]["nodes"]} == {"m-ok"}

    store = make(upgrade=True)
    await store.open()
    try:
        document = await export_model(store)
    finally:
        await store.close()
    text = json.dumps(document, allow_nan=False)  # no NaN or Infinity left to write
    read_model(parse_json_document(text))  # and the model reads back without an error


@pytest.mark.parametrize("kind", ["embedded", "neo4j"])
async def test_a_store_holding_only_good_numbers_is_left_alone(
    kind: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    path = tmp_path / "graph.db"
    if kind == "neo4j":
        request.getfixturevalue("clean_neo4j")
    store = EmbeddedStore(str(path)) if kind == "embedded" else neo4j_store()
    await store.open()
    await store.write(
        [
            UpsertNode("KPI", "k", {"name": "K", "target": -1.7976931348623157e308}),
            UpsertNode("Stage", "s", {"name": "S", "order": INT_MAX}),
            UpsertNode("Evidence", "e", {"kind": "survey", "summary": "E", "sampleSize": 0}),
        ]
    )
    await store.close()
    record_version(kind, path, 3)
    store = EmbeddedStore(str(path)) if kind == "embedded" else neo4j_store()
    await store.open()
    try:
        report = store.last_upgrade  # type: ignore[attr-defined]
        kpi = (await store.get_nodes("KPI", ["k"]))["k"]
    finally:
        await store.close()
    changes = report.steps[0].changes
    assert (changes.counts, changes.details) == ({"nodes repaired": 0, "nodes deleted": 0}, [])
    assert (kpi.version, kpi.props["target"]) == (1, -1.7976931348623157e308)


@pytest.mark.parametrize("kind", ["embedded", "neo4j"])
async def test_a_node_with_text_and_numbers_to_repair_gets_both_from_version_1(
    kind: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    # The text repair (step 3) validates the node it repairs: the numbers step 4 repairs
    # must not stop it, and must reach step 4 as they were stored.
    path = tmp_path / "graph.db"
    if kind == "neo4j":
        request.getfixturevalue("clean_neo4j")
    both = [
        ("KPI", "k-both", {"name": "Net\x01 promoter"}, {"target": NAN}),
        ("Stage", "s-both", {"name": "Pay\x02", "order": 1}, {"order": 2**40}),
        (
            "Measurement",
            "m-both",
            {"value": 1.0, "at": "2026-02-01", "description": "x\x03"},
            {"value": INF},
        ),
    ]
    await _prepare(kind, path, both, version=1)
    store = EmbeddedStore(str(path)) if kind == "embedded" else neo4j_store()
    await store.open()
    try:
        report = store.last_upgrade  # type: ignore[attr-defined]
        kpi = (await store.get_nodes("KPI", ["k-both"]))["k-both"]
        stage = (await store.get_nodes("Stage", ["s-both"]))["s-both"]
        measurement = await store.get_nodes("Measurement", ["m-both"])
    finally:
        await store.close()
    assert [s.step.version for s in report.steps] == [2, 3, 4, 5, 6, 7, 8]
    text, numbers = report.steps[1].changes, report.steps[2].changes
    assert [d.split(":")[0] for d in text.details] == [
        "KPI 'k-both'",
        "Measurement 'm-both'",
        "Stage 's-both'",
    ]
    assert "KPI 'k-both': target nan not finite: removed" in numbers.details
    assert "Stage 's-both': order 1099511627776 out of range: set to 2147483647" in numbers.details
    assert "Measurement 'm-both': value inf not finite: the node deleted with its links" in (
        numbers.details
    )
    assert dict(kpi.props) == {"name": "Net promoter", "direction": "higher_is_better"}
    assert dict(stage.props) == {"name": "Pay", "order": INT_MAX}
    assert (kpi.version, stage.version) == (3, 3)  # one version per step that changed it
    assert measurement == {}


def test_only_what_graphql_cannot_carry_is_repaired() -> None:
    # A number wrong for another reason was never stored by a release: not guessed at.
    assert repair_numbers("PainPoint", "p", {"name": "P", "severity": 9}) is None
    assert repair_numbers("Step", "s", {"name": "S", "order": 1, "emotion": 7}) is None
    # Beyond GraphQL's Int, any int property: optional ones removed, whatever their bounds.
    repair = repair_numbers("Step", "s", {"name": "S", "order": -(2**31) - 1, "emotion": 2**31})
    assert repair is not None and not repair.delete
    assert repair.props == {"name": "S", "order": 0}
    assert repair.notes == [
        "emotion 2147483648 out of range: removed",
        "order -2147483649 out of range: set to 0",
    ]
    # Numbers that are not numbers (a boolean, text) are not this step's to repair.
    assert repair_numbers("KPI", "k", {"name": "K", "target": True}) is None
