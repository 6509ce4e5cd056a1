"""The version each store records, on both stores: a new store starts at the current one, a
newer store is refused, a failed step leaves the store as it was, a dry run changes
nothing, and two processes opening the same store at once run each step once."""

import asyncio
import json
import os
import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest
from neo4j import AsyncManagedTransaction

from graph_api.app import create_app
from graph_api.store.embedded import EmbeddedStore
from graph_api.store.embedded import upgrades as embedded_steps
from graph_api.store.neo4j import upgrades as neo4j_steps
from graph_api.store.upgrades import CURRENT_VERSION, StoreTooNew, UpgradeFailed
from graph_api.store.upgrades.versions import StepChanges
from tests.conftest import ROOT, app_settings, neo4j_store
from tests.upgrades.expected import expected_after, with_subjects_namespaced
from tests.upgrades.release import Release, neo4j_version, sqlite_version


@pytest.mark.parametrize("kind", ["embedded", "neo4j"])
async def test_a_new_store_starts_at_the_current_version(
    kind: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    path = tmp_path / "new.db"
    if kind == "neo4j":
        request.getfixturevalue("clean_neo4j")
    store = EmbeddedStore(str(path)) if kind == "embedded" else neo4j_store()
    await store.open()
    await store.close()
    report = store.last_upgrade  # type: ignore[attr-defined]
    assert (report.from_version, report.to_version, report.steps) == (8, 8, [])
    recorded = sqlite_version(path) if kind == "embedded" else neo4j_version()
    assert recorded == CURRENT_VERSION == 8


async def test_a_store_newer_than_the_code_is_refused(release: Release) -> None:
    release.record_version(CURRENT_VERSION + 1)
    before = release.view()
    for upgrade_on_open in (True, False):
        with pytest.raises(StoreTooNew) as refused:
            await release.opened(upgrade_on_open=upgrade_on_open)
        assert refused.value.message == (
            f"the {release.kind} store is at version 9, newer than this code's version 8: "
            "run a release that knows version 9, or restore a backup taken before the upgrade"
        )
    # The server does not start on it either.
    app = create_app(app_settings(), release.make())
    with pytest.raises(StoreTooNew):
        async with app.router.lifespan_context(app):
            pass
    assert release.view() == before
    assert release.recorded_version() == 9


async def test_a_failed_step_leaves_the_store_as_it_was(
    release: Release, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = release.written()

    # Step 3 doing its work, then failing: what it wrote must roll back.
    def embedded_step(conn: sqlite3.Connection, now: datetime) -> StepChanges:
        embedded_steps.repair_text(conn, now)
        raise UpgradeFailed("a step failing after it wrote")

    async def neo4j_step(tx: AsyncManagedTransaction, now: datetime) -> StepChanges:
        await neo4j_steps.repair_text(tx, now)
        raise UpgradeFailed("a step failing after it wrote")

    monkeypatch.setitem(embedded_steps.EMBEDDED_STEPS, 3, embedded_step)  # type: ignore[index]
    monkeypatch.setitem(neo4j_steps.NEO4J_STEPS, 3, neo4j_step)  # type: ignore[index]
    with pytest.raises(UpgradeFailed, match="a step failing after it wrote"):
        await release.opened()
    # Step 2 committed with its version; step 3 left nothing, not even its log entries,
    # and steps 4 and 5 did not run.
    assert release.recorded_version() == 2
    assert release.view() == with_subjects_namespaced(before)
    monkeypatch.undo()
    store = await release.opened()
    report = store.last_upgrade  # type: ignore[attr-defined]
    await store.close()
    assert (report.from_version, [s.step.version for s in report.steps]) == (2, [3, 4, 5, 6, 7, 8])
    after = release.view()
    assert after == expected_after(before, after)


async def test_a_dry_run_says_what_opening_does_and_changes_nothing(release: Release) -> None:
    store = await release.opened(upgrade_on_open=False)
    try:
        dry = await store.upgrade(dry_run=True)  # type: ignore[attr-defined]
    finally:
        await store.close()
    assert (dry.dry_run, dry.from_version, dry.to_version) == (True, 1, 8)
    assert dry.lines()[0] == f"{release.kind} store would be upgraded from version 1 to 8"
    assert dry.lines()[-1] == "dry run: nothing was changed"
    assert release.view() == release.written()
    assert release.recorded_version() is None
    store = await release.opened()
    real = store.last_upgrade  # type: ignore[attr-defined]
    await store.close()
    assert [(s.step, s.changes.counts) for s in real.steps] == [
        (s.step, s.changes.counts) for s in dry.steps
    ]
    assert [s.changes.details for s in real.steps] == [s.changes.details for s in dry.steps]


OPEN_AT = """
import asyncio, json, sys, time
from tests.conftest import neo4j_store
from graph_api.store.embedded import EmbeddedStore

kind, path, start = sys.argv[1], sys.argv[2], float(sys.argv[3])
store = EmbeddedStore(path) if kind == "embedded" else neo4j_store()


async def main():
    await asyncio.sleep(max(0.0, start - time.time()))
    await store.open()
    await store.close()
    report = store.last_upgrade
    steps = [s.step.version for s in report.steps]
    print(json.dumps([report.from_version, report.to_version, steps]))

asyncio.run(main())
"""


async def test_two_processes_opening_at_once_run_each_step_once(release: Release) -> None:
    before = release.written()
    start = time.time() + 4  # both processes started and ready by then
    processes = [
        await asyncio.create_subprocess_exec(
            *(sys.executable, "-c", OPEN_AT, release.kind, str(release.path), str(start)),
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in range(2)
    ]
    outputs = await asyncio.wait_for(asyncio.gather(*(p.communicate() for p in processes)), 120)
    for process, (_, err) in zip(processes, outputs, strict=True):
        assert process.returncode == 0, err.decode()
    reports = [json.loads(out) for out, _ in outputs]
    assert [r[1] for r in reports] == [8, 8]
    ran = sorted(step for r in reports for step in r[2])
    assert ran == [2, 3, 4, 5, 6, 7, 8], reports
    after = release.view()
    assert after == expected_after(before, after)
