"""Ingestion on both stores: created, unchanged, updated and refused records, all or nothing.

A re-sent batch must change nothing at all (no version, no change-log entry); a batch
refused all-or-nothing, or a write that fails, must leave the graph exactly as it was.
"""

from collections.abc import Sequence

import pytest

from graph_api.errors import Conflict, StoreUnavailable
from graph_api.ingest import IngestFormat, Outcome, ingest_text, plan, run
from graph_api.ingest.keys import node_key
from graph_api.metamodel import relationship_fields
from graph_api.store.base import SYSTEM, GraphStore, UpsertNode, WriteOp, WriteResult
from graph_api.store.change_log import ChangeLogQuery
from tests.ingest.graph import evidence, measurement, ndjson, with_targets
from tests.snapshots import take_snapshot


async def _log_size(store: GraphStore) -> int:
    return len(await store.change_log(ChangeLogQuery(first=10_000)))


async def _kpi_of(store: GraphStore, key: str) -> list[str]:
    found = await store.neighbours(relationship_fields("Measurement")["kpi"], [key])
    return [r.key for r in found[key]]


async def _targets(store: GraphStore, key: str, field: str) -> list[str]:
    found = await store.neighbours(relationship_fields("Evidence")[field], [key])
    return sorted(r.key for r in found[key])


async def test_a_batch_creates_then_a_resent_batch_changes_nothing(store: GraphStore) -> None:
    await with_targets(store)
    batch = ndjson(
        measurement("m-1"),
        measurement("Survey 2026/11 #7", kpi="nps", value=-12),
        evidence(
            "ev-1", touchpoints=["web-checkout"], painPoints=["slow-page"], outcomes=["pay-fast"]
        ),
    )
    report = await ingest_text(store, batch, IngestFormat.NDJSON, actor="key:feeder")
    assert [r.outcome for r in report.results] == [Outcome.CREATED] * 3
    assert report.written
    derived = node_key("Survey 2026/11 #7")
    assert [r.key for r in report.results] == ["m-1", derived, "ev-1"]
    nodes = await store.get_nodes("Measurement", ["m-1", derived])
    assert nodes["m-1"].props == {"value": 71.5, "at": "2026-11-01"}
    assert nodes["m-1"].created_by == "key:feeder"
    assert nodes[derived].props["value"] == -12
    assert await _kpi_of(store, derived) == ["nps"]
    assert await _targets(store, "ev-1", "steps") == ["pay"]
    assert await _targets(store, "ev-1", "outcomes") == ["pay-fast"]

    before, log = await take_snapshot(store), await _log_size(store)
    again = await ingest_text(store, batch, IngestFormat.NDJSON, actor="key:other")
    assert [r.outcome for r in again.results] == [Outcome.UNCHANGED] * 3
    assert not again.written
    assert await take_snapshot(store) == before  # same versions, same audit fields
    assert await _log_size(store) == log


async def test_changed_records_update_their_node_and_links(store: GraphStore) -> None:
    await with_targets(store)
    await ingest_text(
        store,
        ndjson(measurement("m-1"), evidence("ev-1", source="Survey tool")),
        IngestFormat.NDJSON,
    )
    # Something the graph keeps of its own: a description is not the record's to clear.
    current = (await store.get_nodes("Measurement", ["m-1"]))["m-1"]
    await store.write([UpsertNode("Measurement", "m-1", {**current.props, "description": "kept"})])
    changed = ndjson(
        measurement("m-1", kpi="nps", value=30),
        evidence("ev-1", steps=["confirm"], touchpoints=["web-checkout"]),
    )
    report = await ingest_text(store, changed, IngestFormat.NDJSON, actor="key:feeder")
    assert [r.outcome for r in report.results] == [Outcome.UPDATED, Outcome.UPDATED]
    node = (await store.get_nodes("Measurement", ["m-1"]))["m-1"]
    assert node.props == {"value": 30, "at": "2026-11-01", "description": "kept"}
    assert node.version == current.version + 2  # the description, then the record
    assert node.updated_by == "key:feeder"
    assert await _kpi_of(store, "m-1") == ["nps"]  # moved: a measurement has one KPI
    ev = (await store.get_nodes("Evidence", ["ev-1"]))["ev-1"]
    assert "source" not in ev.props  # the record no longer gives one
    assert await _targets(store, "ev-1", "steps") == ["confirm"]
    assert await _targets(store, "ev-1", "touchpoints") == ["web-checkout"]


async def test_only_links_changed_is_an_update_without_a_new_version(store: GraphStore) -> None:
    await with_targets(store)
    await ingest_text(store, ndjson(evidence("ev-1")), IngestFormat.NDJSON)
    version = (await store.get_nodes("Evidence", ["ev-1"]))["ev-1"].version
    report = await ingest_text(
        store, ndjson(evidence("ev-1", steps=["pay", "confirm"])), IngestFormat.NDJSON
    )
    assert report.results[0].outcome is Outcome.UPDATED
    assert (await store.get_nodes("Evidence", ["ev-1"]))["ev-1"].version == version
    assert await _targets(store, "ev-1", "steps") == ["confirm", "pay"]


async def test_a_bad_record_refuses_only_itself(store: GraphStore) -> None:
    await with_targets(store)
    batch = ndjson(
        measurement("m-1"),
        measurement("m-2", kpi="no-such-kpi"),
        evidence("ev-1", steps=["pay", "no-such-step"]),
        "{not json",
        measurement("m-3", at="2026-02-30"),
        evidence("ev-2", steps=["confirm"]),
    )
    report = await ingest_text(store, batch, IngestFormat.NDJSON)
    outcomes = [r.outcome for r in report.results]
    assert outcomes == [Outcome.CREATED, *[Outcome.REFUSED] * 4, Outcome.CREATED]
    by_record = {r.record: r for r in report.refused}
    assert [(e.path, e.message) for e in by_record[2].errors] == [
        ("kpi", "no KPI with the key 'no-such-kpi'")
    ]
    assert [e.path for e in by_record[3].errors] == ["steps"]
    assert "'no-such-step'" in by_record[3].errors[0].message
    assert by_record[4].line == 4 and by_record[4].errors[0].path == "line"
    assert [e.path for e in by_record[5].errors] == ["at"]
    assert set(await store.get_nodes("Measurement", ["m-1", "m-2", "m-3"])) == {"m-1"}
    assert set(await store.get_nodes("Evidence", ["ev-1", "ev-2"])) == {"ev-2"}


async def test_all_or_nothing_with_a_bad_record_leaves_the_graph_as_it_was(
    store: GraphStore,
) -> None:
    await with_targets(store)
    await ingest_text(store, ndjson(measurement("m-1")), IngestFormat.NDJSON)
    before, log = await take_snapshot(store), await _log_size(store)
    batch = ndjson(measurement("m-1", value=1), measurement("m-2"), measurement("m-3", kpi="x"))
    report = await ingest_text(store, batch, IngestFormat.NDJSON, all_or_nothing=True)
    assert not report.written
    assert report.reason is not None and "record 3" in report.reason
    assert [r.outcome for r in report.results] == [Outcome.REFUSED] * 3
    assert [r.record for r in report.refused] == [3]  # the one with problems of its own
    assert await take_snapshot(store) == before
    assert await _log_size(store) == log
    # The same batch without the bad record goes through whole.
    good = await ingest_text(
        store, batch.rsplit("\n", 2)[0], IngestFormat.NDJSON, all_or_nothing=True
    )
    assert [r.outcome for r in good.results] == [Outcome.UPDATED, Outcome.CREATED]


async def test_ids_repeated_within_a_batch(store: GraphStore) -> None:
    await with_targets(store)
    batch = ndjson(
        measurement("m-1"),
        measurement("m-1"),  # the same again: nothing more to do
        measurement("m-2", value=1),
        measurement("m-2", value=2),  # which value holds? not the server's guess
        measurement(7),
        measurement("7"),  # a whole number and its digits are one id
    )
    report = await ingest_text(store, batch, IngestFormat.NDJSON)
    outcomes = [r.outcome for r in report.results]
    assert outcomes == [
        Outcome.CREATED,
        Outcome.UNCHANGED,
        Outcome.REFUSED,
        Outcome.REFUSED,
        Outcome.CREATED,
        Outcome.UNCHANGED,
    ]
    assert report.results[1].note == "repeats record 1"
    assert "records 3, 4" in report.results[2].errors[0].message
    assert set(await store.get_nodes("Measurement", ["m-1", "m-2", "7"])) == {"m-1", "7"}


async def test_a_failing_write_leaves_the_graph_as_it_was(store: GraphStore) -> None:
    """A measurement created meanwhile by someone else makes the create conflict: the
    whole write fails and nothing of the batch is kept."""
    await with_targets(store)
    before = await take_snapshot(store)

    class Racing:
        """The store, with another writer creating m-2 between the batch's read and write."""

        def __init__(self, inner: GraphStore) -> None:
            self.inner = inner

        def __getattr__(self, name: str) -> object:
            return getattr(self.inner, name)

        async def write(self, ops, *, actor="system"):  # type: ignore[no-untyped-def]
            await self.inner.write(
                [UpsertNode("Measurement", "m-2", {"value": 1, "at": "2026-01-01"})]
            )
            nonlocal before
            before = await take_snapshot(self.inner)
            return await self.inner.write(ops, actor=actor)

    batch = ndjson(measurement("m-1"), measurement("m-2"), evidence("ev-1"))
    try:
        await ingest_text(Racing(store), batch, IngestFormat.NDJSON)  # type: ignore[arg-type]
    except Conflict:
        pass
    else:
        raise AssertionError("the write should have conflicted")
    assert await take_snapshot(store) == before


async def test_a_large_batch_is_written_in_parts_and_safe_to_send_again(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Outside all-or-nothing, WRITE_RECORDS records go to a write: a failing write keeps
    the parts before it, and sending the batch again completes it, the kept records
    coming back unchanged."""
    await with_targets(store)
    monkeypatch.setattr(run, "WRITE_RECORDS", 2)
    monkeypatch.setattr(plan, "OFF_THE_LOOP", 1)  # compared in a worker thread, as large ones
    writes: list[int] = []

    class FailingThird:
        def __init__(self, inner: GraphStore) -> None:
            self.inner = inner

        def __getattr__(self, name: str) -> object:
            return getattr(self.inner, name)

        async def write(self, ops: Sequence[WriteOp], *, actor: str = SYSTEM) -> WriteResult:
            writes.append(len(ops))
            if len(writes) == 3:
                raise StoreUnavailable("gone")
            return await self.inner.write(ops, actor=actor)

    batch = ndjson(*(measurement(f"m-{n}", value=n) for n in range(7)))
    with pytest.raises(StoreUnavailable):
        await ingest_text(FailingThird(store), batch, IngestFormat.NDJSON)  # type: ignore[arg-type]
    assert writes == [4, 4, 4]  # two records a write: a node and a link each
    kept = await store.get_nodes("Measurement", [f"m-{n}" for n in range(7)])
    assert sorted(kept) == ["m-0", "m-1", "m-2", "m-3"]
    again = await ingest_text(store, batch, IngestFormat.NDJSON)
    outcomes = [r.outcome for r in again.results]
    assert outcomes == [Outcome.UNCHANGED] * 4 + [Outcome.CREATED] * 3
