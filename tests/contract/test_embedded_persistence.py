"""The embedded store's SQLite file: what was written survives closing and reopening.

Embedded only (not parametrised): writes through one :class:`EmbeddedStore`, closes it,
opens another on the same file (``tmp_path``) and compares full snapshots: nodes with
their properties, versions and timestamps, and relationships, including updates,
deletes and unlinks; and the demo model with its traversal answers. A failed write
must leave the file as it was.
"""

import asyncio
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from graph_api.errors import GraphApiError
from graph_api.model_io import load_model_file
from graph_api.store.base import AddLink, DeleteNode, RemoveLink
from graph_api.store.embedded import EmbeddedStore, staged
from graph_api.traversals import PAINFUL_STEPS
from graph_api.traversals.painful_steps.result import PainfulStepsQuery
from tests.conftest import DEMO_MODEL
from tests.contract.helpers import SMALL_GRAPH, persona, ref, step
from tests.expected_demo import DEMO_LINKS, DEMO_NODES, PAINFUL_ALL_MIN_5, row_tuple
from tests.snapshots import GraphSnapshot, take_snapshot


async def _reopened_snapshot(path: Path) -> GraphSnapshot:
    reopened = EmbeddedStore(str(path))
    await reopened.open()
    try:
        return await take_snapshot(reopened)
    finally:
        await reopened.close()


async def test_writes_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "graph.db"
    store = EmbeddedStore(str(path))
    await store.open()
    await store.write(SMALL_GRAPH)
    await store.write([persona("p1", "Priya"), step("ride", 4)])  # ride -> version 2
    await store.write([persona("p1", "Priya", "Works from home")])  # p1 -> version 2
    await store.write([DeleteNode("Step", "buy")])
    await store.write(
        [RemoveLink("ON_CHANNEL", ref("Touchpoint", "board"), ref("Channel", "station"))]
    )
    await store.write([AddLink("NEXT", ref("Step", "check"), ref("Step", "ride"))])
    before = await take_snapshot(store)
    await store.close()

    after = await _reopened_snapshot(path)
    assert after == before
    assert after.nodes[ref("Step", "ride")][:2] == ({"name": "Ride", "order": 4}, 2)
    assert after.nodes[ref("Persona", "p1")][:2] == (
        {"name": "Priya", "description": "Works from home"},
        2,
    )
    assert ref("Step", "buy") not in after.nodes
    assert after.edges == {
        ("HAS_STEP", ref("Stage", "plan"), ref("Step", "check")),
        ("HAS_STEP", ref("Stage", "travel"), ref("Step", "ride")),
        ("NEXT", ref("Step", "check"), ref("Step", "ride")),
        ("HAS_TOUCHPOINT", ref("Step", "check"), ref("Touchpoint", "board")),
        ("ON_CHANNEL", ref("Touchpoint", "ticket-app"), ref("Channel", "app")),
    }


async def test_a_failed_write_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "graph.db"
    store = EmbeddedStore(str(path))
    await store.open()
    await store.write(SMALL_GRAPH)
    before = await take_snapshot(store)
    with pytest.raises(GraphApiError):
        await store.write([persona("p1", "Priya"), DeleteNode("Step", "ghost")])
    await store.close()
    assert await _reopened_snapshot(path) == before


async def test_the_demo_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    store = EmbeddedStore(str(path))
    await store.open()
    await load_model_file(store, DEMO_MODEL)
    before = await take_snapshot(store)
    await store.close()

    reopened = EmbeddedStore(str(path))
    await reopened.open()
    try:
        assert await take_snapshot(reopened) == before
        assert (len(before.nodes), len(before.edges)) == (DEMO_NODES, DEMO_LINKS)
        rows = await reopened.traverse(PAINFUL_STEPS, PainfulStepsQuery(min_severity=5))
        assert [row_tuple(r) for r in rows] == PAINFUL_ALL_MIN_5
        summary = await load_model_file(reopened, DEMO_MODEL)
        assert (summary.created, summary.updated, summary.unchanged, summary.linked) == (
            0,
            0,
            DEMO_NODES,
            0,
        )
    finally:
        await reopened.close()


async def test_open_is_idempotent_and_a_new_file_is_empty(tmp_path: Path) -> None:
    store = EmbeddedStore(str(tmp_path / "sub" / "new.db"))
    await store.open()
    await store.open()
    try:
        assert await store.count_nodes() == {}
        await store.ping()
    finally:
        await store.close()
    assert (tmp_path / "sub" / "new.db").exists()


@pytest.mark.parametrize("cancellations", [1, 3])
async def test_a_cancelled_large_write_settles_before_the_next_one(
    tmp_path: Path, cancellations: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large write runs in a thread that cannot be stopped: cancelling the request that
    awaits it (a timeout) must neither free the write lock before the thread is done nor
    leave memory and file disagreeing, however often it is cancelled."""
    settled = threading.Event()
    original = staged.staged_write

    def slow_staged_write(*args: Any) -> Any:
        time.sleep(0.3)  # still working when the cancellations come
        try:
            return original(*args)
        finally:
            settled.set()

    monkeypatch.setattr(staged, "staged_write", slow_staged_write)
    path = tmp_path / "graph.db"
    store = EmbeddedStore(str(path))
    await store.open()
    large = [persona(f"p{i}", f"Persona {i}") for i in range(staged.LARGE_WRITE)]
    writing = asyncio.ensure_future(store.write(large))
    await asyncio.sleep(0.05)
    for _ in range(cancellations):
        writing.cancel()
        await asyncio.sleep(0.01)
    with pytest.raises(asyncio.CancelledError):
        await writing
    assert settled.is_set(), "the cancellation came back while the thread still wrote"
    await store.write([persona("after", "Written next")])
    in_memory = await take_snapshot(store)
    await store.close()
    assert await _reopened_snapshot(path) == in_memory
    assert len(in_memory.nodes) == len(large) + 1  # the large write committed, memory too
