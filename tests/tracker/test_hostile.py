"""Exports and rows of the shapes trackers (and people) really produce, on both stores:
each bad row refused with its reason and only it, a file that cannot be read refused
whole, and a failed write leaving the graph exactly as it was."""

import codecs
from collections.abc import Sequence
from typing import Any

import pytest

from graph_api.errors import Conflict, ValidationFailed
from graph_api.store.base import GraphStore, UpsertNode, WriteOp, WriteResult
from graph_api.tracker import ImportReport, TrackerFormat
from tests.tracker.targets import (
    HEADER,
    change_count,
    items,
    jira_csv,
    linked,
    run_import,
    seed_targets,
    story,
)

CSV = TrackerFormat.JIRA_CSV


def reasons(report: ImportReport) -> dict[str, list[str]]:
    return {r.tracker_key or r.where: list(r.reasons) for r in report.refused}


async def test_bad_rows_refuse_only_themselves(store: GraphStore) -> None:
    await seed_targets(store)
    export = jira_csv(
        story("OK-1"),
        story("OK-2", "", "", "step:pay"),
        story("BAD-1", "x" * 501),  # over the title's 500 characters
        story("BAD-2", created="31/Foo/26 3:04 PM"),
        story("BAD-3", created="2026-02-30T10:00:00.000+0100"),
        story("BAD-4", type="Chore"),
        story("BAD-5", status="Waiting"),
        story("BAD-6", priority="P0"),
        story("BAD-7", "", "", "step:no-such-step"),
        story("BAD-8", "", "", "pain:Not A Key"),
        story("***"),
        story("BAD-9", "", "NOPE-1"),  # a parent neither in the export nor in the graph
        story("BAD-10", "", "BAD-9"),  # under a refused parent
    )
    report = await run_import(store, export, CSV)
    assert [o.tracker_key for o in report.created] == ["OK-1", "OK-2"]
    why = reasons(report)
    assert set(why) == {"***", *(f"BAD-{n}" for n in range(1, 11))}
    assert why["BAD-1"] == ["title: String should have at most 500 characters"]
    assert "created date: '31/Foo/26 3:04 PM' is not a date" in why["BAD-2"][0]
    assert why["BAD-3"] == [
        "created date: '2026-02-30T10:00:00.000+0100' is not a date: 2026-02-30 does not exist"
    ]
    assert why["BAD-4"] == ["type 'Chore' is not mapped: add it to kinds in the mapping"]
    assert why["BAD-5"] == ["status 'Waiting' is not mapped: add it to statuses in the mapping"]
    assert why["BAD-6"] == ["priority 'P0' is not mapped: add it to priorities in the mapping"]
    assert why["BAD-7"] == ["a label names Step 'no-such-step', which does not exist"]
    assert why["BAD-8"] == ["label 'pain:Not A Key' names no valid key after 'pain:'"]
    assert why["***"] == ["issue key '***' has no letter or digit to make a key of"]
    assert why["BAD-9"] == ["parent 'NOPE-1' is neither in the export nor in the graph"]
    assert why["BAD-10"] == ["its parent 'BAD-9' is refused"]
    assert sorted(await items(store)) == ["ok-1", "ok-2"]
    assert await linked(store, "steps", ["ok-2"]) == {"ok-2": ["pay"]}


async def test_all_or_nothing_writes_nothing_when_a_row_is_refused(store: GraphStore) -> None:
    export = jira_csv(story("OK-1"), story("BAD-1", priority="P0"))
    log = await change_count(store)
    report = await run_import(store, export, CSV, all_or_nothing=True)
    assert not report.written and [r.tracker_key for r in report.refused] == ["BAD-1"]
    assert [o.tracker_key for o in report.created] == ["OK-1"]  # what it would have done
    assert await items(store) == {} and await change_count(store) == log


async def test_a_key_on_two_rows_refuses_both(store: GraphStore) -> None:
    export = jira_csv(story("DUP-1", "First"), story("OK-1"), story("DUP-1", "Second"))
    report = await run_import(store, export, CSV)
    assert [o.tracker_key for o in report.created] == ["OK-1"]
    assert [r.where for r in report.refused] == ["line 2", "line 4"]
    assert report.refused[0].reasons == (
        "issue key 'DUP-1' is on 2 records (line 2, line 4): which one holds is unclear",
    )


async def test_circular_parents_are_refused_in_the_export_and_with_the_graph(
    store: GraphStore,
) -> None:
    first = await run_import(
        store,
        jira_csv(
            story("C-1"),
            story("C-2", "", "C-1"),
            story("LOOP-1", "", "LOOP-2"),
            story("LOOP-2", "", "LOOP-1"),
            story("SELF-1", "", "SELF-1"),
        ),
        CSV,
    )
    assert [o.tracker_key for o in first.created] == ["C-1", "C-2"]
    why = reasons(first)
    assert why["LOOP-1"] == ["its parents go round in a circle: LOOP-1 -> LOOP-2 -> LOOP-1"]
    assert why["LOOP-2"] == ["its parents go round in a circle: LOOP-2 -> LOOP-1 -> LOOP-2"]
    assert why["SELF-1"] == ["is its own parent"]
    # C-1 under C-2, which the graph keeps under C-1: refused, the graph as it was
    before = await items(store)
    second = await run_import(store, jira_csv(story("C-1", "", "C-2")), CSV)
    assert reasons(second) == {"C-1": ["its parents go round in a circle: C-1 -> C-2 -> C-1"]}
    assert await items(store) == before
    assert await linked(store, "parent", ["c-1", "c-2"]) == {"c-1": [], "c-2": ["c-1"]}
    # both rows together, turned round: a valid move
    third = await run_import(store, jira_csv(story("C-1", "", "C-2"), story("C-2")), CSV)
    assert not third.refused and {o.tracker_key for o in third.updated} == {"C-1", "C-2"}
    assert await linked(store, "parent", ["c-1", "c-2"]) == {"c-1": ["c-2"], "c-2": []}


async def test_a_parent_stored_but_not_in_the_export_is_found(store: GraphStore) -> None:
    await run_import(store, jira_csv(story("EPIC-1", type="Epic")), CSV)
    report = await run_import(store, jira_csv(story("S-1", "", "EPIC-1")), CSV)
    assert not report.refused
    assert await linked(store, "parent", ["s-1"]) == {"s-1": ["epic-1"]}
    # an empty parent cell: the tracker says it has none now
    again = await run_import(store, jira_csv(story("S-1")), CSV)
    assert [o.changes for o in again.updated] == [("parent",)]
    assert await linked(store, "parent", ["s-1"]) == {"s-1": []}


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
)
async def test_byte_order_marks_decide_the_encoding(
    store: GraphStore, bom: bytes, encoding: str
) -> None:
    title = "Ärger über Gebühren"
    data = bom + jira_csv(story("ENC-1", title)).decode().encode(encoding)
    report = await run_import(store, data, CSV)
    assert not report.refused
    stored = (await items(store))["enc-1"]
    assert (stored.props["title"], stored.props["trackerKey"]) == (title, "ENC-1")


async def test_another_encoding_is_refused_unless_the_mapping_names_it(store: GraphStore) -> None:
    data = jira_csv(story("ENC-1", "Café crème")).decode().encode("cp1252")
    with pytest.raises(ValidationFailed) as refused:
        await run_import(store, data, CSV)
    assert refused.value.errors[0].path == "line 2, byte 11"  # ENC-1,,Caf|é
    assert "byte 0xe9 is not utf-8" in refused.value.errors[0].message
    assert await items(store) == {}
    report = await run_import(store, data, CSV, mapping="encoding: cp1252")
    assert not report.refused
    assert (await items(store))["enc-1"].props["title"] == "Café crème"


async def test_a_huge_cell_the_import_does_not_read_is_no_obstacle(store: GraphStore) -> None:
    header = (*HEADER, "Description")
    row = (*story("BIG-1")[:8], "", "", "y" * 2_000_000)
    report = await run_import(store, jira_csv(row, header=header), CSV)
    assert [o.tracker_key for o in report.created] == ["BIG-1"]


@pytest.mark.parametrize(
    ("data", "path", "message"),
    [
        (b"", "line 1", "no header row naming the columns"),
        (b"Summary,Status\r\nA story,To Do\r\n", "fields.key", "the export has no Issue key"),
        (b'Issue key,Summary\r\nA-1,"never closed\r\n', "line 2", "unexpected end of data"),
    ],
)
async def test_files_that_cannot_be_read_are_refused_whole(
    store: GraphStore, data: bytes, path: str, message: str
) -> None:
    with pytest.raises(ValidationFailed) as refused:
        await run_import(store, data, CSV)
    assert (refused.value.errors[0].path, refused.value.errors[0].message[: len(message)]) == (
        path,
        message,
    )
    assert await items(store) == {}


async def test_a_row_wider_than_the_header_is_refused(store: GraphStore) -> None:
    data = b"Issue key,Summary\r\nA-1,Fine\r\nA-2,Split, by a comma\r\n"
    report = await run_import(store, data, CSV)
    assert [o.tracker_key for o in report.created] == ["A-1"]
    assert reasons(report) == {"line 3": ["3 cells but the header names 2 columns"]}


@pytest.mark.parametrize(
    ("document", "path"),
    [
        (b'{"issues": {"key": "A-1"}}', "issues"),
        (b'{"issues": [', "line 1, column 13"),
        (b"[" * 100_000 + b"]" * 100_000, ""),
    ],
)
async def test_json_that_is_no_jira_export_is_refused(
    store: GraphStore, document: bytes, path: str
) -> None:
    with pytest.raises(ValidationFailed) as refused:
        await run_import(store, document, TrackerFormat.JIRA_JSON)
    assert refused.value.errors[0].path == path


async def test_json_issues_of_the_wrong_shape_refuse_only_themselves(store: GraphStore) -> None:
    document = (
        b'{"issues": [7, {"key": "J-1", "fields": {"summary": "Fine", '
        b'"customfield_10016": "lots", "labels": [{"deep": [[["x"]]]}]}}, '
        b'{"key": "J-2", "fields": {"summary": "Fine too", "customfield_10016": 1e400}}]}'
    )
    report = await run_import(store, document, TrackerFormat.JIRA_JSON)
    assert reasons(report) == {
        "issues[0]": ["an issue is an object, not int"],
        "J-1": ["estimate 'lots' is not a number"],
        "J-2": ["estimate 'inf' is not a number"],
    }


class ChangedUnderneath:
    """A store in which someone edits CLAIMS-2 between the import's reading and its write."""

    def __init__(self, inner: GraphStore) -> None:
        self.inner = inner

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    async def write(self, ops: Sequence[WriteOp], *, actor: str = "system") -> WriteResult:
        props = {**(await self.inner.get_nodes("BacklogItem", ["claims-2"]))["claims-2"].props}
        await self.inner.write(
            [UpsertNode("BacklogItem", "claims-2", {**props, "title": "Edited"})]
        )
        return await self.inner.write(ops, actor=actor)


async def test_a_failed_write_leaves_the_graph_as_it_was(store: GraphStore) -> None:
    await seed_targets(store)
    await run_import(store, "jira-claims.csv", CSV)
    with pytest.raises(Conflict):
        await run_import(ChangedUnderneath(store), "jira-claims-changed.csv", CSV)  # type: ignore[arg-type]
    after = await items(store)
    assert after["claims-2"].props["title"] == "Edited"  # the other edit, and only it
    assert after["claims-2"].version == 2
    assert "claims-6" not in after  # not created
    assert await linked(store, "parent", ["claims-5"]) == {"claims-5": ["claims-1"]}
    report = await run_import(store, "jira-claims-changed.csv", CSV)  # imported again: fine
    assert [o.tracker_key for o in report.created] == ["CLAIMS-6"]
