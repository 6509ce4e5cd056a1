"""Step 6 on both stores: capability levels, given by writers (1 to 3) until version 5,
are derived from the capability hierarchy, at any depth.

The store is written at version 5 as that release wrote it: the levels its writers gave,
some matching the hierarchy, some not (a part at level 1, a top one at 2, a chain deeper
than 3 capped at 3). Opening re-levels exactly those that differ, each with a new
version and an UPDATED entry by ``system``; the rest, and every other node, is unchanged.
"""

import json
import sqlite3
from pathlib import Path

import pytest
from neo4j import GraphDatabase

from graph_api.store.base import SYSTEM, AddLink, NodeRef, UpsertNode
from graph_api.store.change_log import ChangeLogQuery, ChangeType
from graph_api.store.embedded import EmbeddedStore
from graph_api.store.upgrades import CURRENT_VERSION
from tests.conftest import NEO4J_TEST_DATABASE, NEO4J_TEST_URI, _neo4j_auth, neo4j_store
from tests.upgrades.release import embedded_view, neo4j_view, record_version

WHOLE_OF = {"ops": None, "sales": None, "s1": "sales", "s2": "s1", "s3": "s2", "s4": "s3"}
"""A capability map: ops alone, sales with a chain of parts four deep below it."""
GIVEN = {"ops": 2, "sales": 1, "s1": 1, "s2": 3, "s3": 3, "s4": 3}
"""The levels the release's writers gave (it kept them between 1 and 3)."""
DERIVED = {"ops": 1, "sales": 1, "s1": 2, "s2": 3, "s3": 4, "s4": 5}


def _make(kind: str, path: Path) -> EmbeddedStore:
    return EmbeddedStore(str(path)) if kind == "embedded" else neo4j_store()  # type: ignore[return-value]


def _give_levels_behind_the_rules(kind: str, path: Path) -> None:
    """Set each capability's level as the release stored it (a write would derive it)."""
    if kind == "embedded":
        with sqlite3.connect(path) as db:
            for key, level in GIVEN.items():
                (props,) = db.execute(
                    "SELECT props FROM nodes WHERE kind = 'Capability' AND key = ?", (key,)
                ).fetchone()
                props = json.dumps({**json.loads(props), "level": level}, sort_keys=True)
                db.execute(
                    "UPDATE nodes SET props = ? WHERE kind = 'Capability' AND key = ?",
                    (props, key),
                )
        return
    with GraphDatabase.driver(NEO4J_TEST_URI, auth=_neo4j_auth()) as driver:
        driver.execute_query(
            "UNWIND keys($levels) AS key MATCH (c:Capability {key: key}) "
            "SET c.level = $levels[key]",
            levels=GIVEN,
            database_=NEO4J_TEST_DATABASE,
        )


async def _write_at_version_5(kind: str, path: Path) -> None:
    store = _make(kind, path)
    await store.open()
    try:
        await store.write(
            [UpsertNode("Capability", key, {"name": key.upper()}) for key in WHOLE_OF]
            + [UpsertNode("Process", "p", {"name": "P"})]
            + [
                AddLink("PART_OF", NodeRef("Capability", part), NodeRef("Capability", whole))
                for part, whole in WHOLE_OF.items()
                if whole is not None
            ]
        )
    finally:
        await store.close()
    _give_levels_behind_the_rules(kind, path)
    record_version(kind, path, 5)


@pytest.fixture(params=["embedded", "neo4j"])
def kind(request: pytest.FixtureRequest) -> str:
    if request.param == "neo4j":
        request.getfixturevalue("clean_neo4j")
    return str(request.param)


async def test_levels_that_differ_from_the_hierarchy_are_derived(kind: str, tmp_path: Path) -> None:
    path = tmp_path / "graph.db"
    await _write_at_version_5(kind, path)
    view = embedded_view if kind == "embedded" else (lambda _: neo4j_view())
    before = view(path)

    store = _make(kind, path)
    await store.open()
    try:
        report = store.last_upgrade
        assert report is not None
        records = await store.get_nodes("Capability", list(WHOLE_OF))
        logs = {
            key: await store.change_log(ChangeLogQuery(NodeRef("Capability", key)))
            for key in WHOLE_OF
        }
        process = (await store.get_nodes("Process", ["p"]))["p"]
    finally:
        await store.close()

    changed = {key for key in WHOLE_OF if GIVEN[key] != DERIVED[key]}
    assert changed == {"ops", "s1", "s3", "s4"}
    assert [(s.step.version, s.step.name) for s in report.steps] == [
        (6, "derive-capability-levels"),
        (7, "link-identifiers"),
        (8, "backlog-tracker-fields"),
    ]
    assert report.steps[0].changes.counts == {"capabilities re-levelled": len(changed)}
    assert report.steps[0].changes.details == [
        f"Capability {key!r}: level {GIVEN[key]} -> {DERIVED[key]}" for key in sorted(changed)
    ]
    assert {key: r.props["level"] for key, r in records.items()} == DERIVED
    for key, record in records.items():
        assert record.version == (2 if key in changed else 1), key
        assert record.updated_by == (SYSTEM if key in changed else record.created_by), key
        updates = [e for e in logs[key] if e.event.type == ChangeType.UPDATED]
        assert [(e.actor, e.event.version) for e in updates] == (
            [(SYSTEM, 2)] if key in changed else []
        ), key
    assert process.version == 1
    assert before.links == view(path).links

    again = _make(kind, path)
    await again.open()
    await again.close()
    second = again.last_upgrade
    assert second is not None
    assert (second.from_version, second.steps) == (CURRENT_VERSION, [])
