"""Each format's export imported, changed and imported again, on both stores: exactly what
changed is written and reported, and an unchanged export writes nothing."""

from graph_api.services.observed import observed
from graph_api.store.base import GraphStore, UpsertNode
from graph_api.tracker import TrackerFormat
from tests.tracker.targets import (
    change_count,
    changes_since,
    items,
    linked,
    run_import,
    seed_targets,
)

CSV = TrackerFormat.JIRA_CSV


async def test_jira_csv_items_with_their_properties_parents_and_links(store: GraphStore) -> None:
    await seed_targets(store)
    report = await run_import(store, "jira-claims.csv", CSV)
    assert report.written and not report.refused
    assert [o.key for o in report.created] == [f"claims-{n}" for n in range(1, 6)]
    stored = await items(store)
    assert dict(stored["claims-2"].props) == {
        "title": "Upload documents from the phone",
        "kind": "story",
        "status": "doing",  # "In Review" is doing
        "priority": 3,
        "estimate": 5.0,
        "tracker": "jira:CLAIMS",
        "trackerKey": "CLAIMS-2",
        "openedAt": "2026-11-04",
    }
    assert stored["claims-3"].props["kind"] == "task"  # Sub-task
    assert stored["claims-4"].props["kind"] == "bug"
    assert stored["claims-4"].props["priority"] == 1  # Highest
    assert stored["claims-4"].props["resolvedAt"] == "2026-11-20"  # 20/Nov/26 5:30 PM
    assert stored["claims-5"].props["openedAt"] == "2026-11-20"  # ISO in the same column
    # the Parent column holds issue ids (Jira Cloud's CSV): resolved to the items
    parents = await linked(store, "parent", ["claims-2", "claims-3", "claims-5", "claims-1"])
    assert parents == {
        "claims-2": ["claims-1"],
        "claims-3": ["claims-2"],
        "claims-5": ["claims-1"],
        "claims-1": [],
    }
    assert await linked(store, "steps", ["claims-2", "claims-5"]) == {
        "claims-2": ["submit-claim"],
        "claims-5": ["track-claim"],
    }
    assert await linked(store, "painPoints", ["claims-2"]) == {"claims-2": ["lost-paperwork"]}
    assert await linked(store, "opportunities", ["claims-5"]) == {"claims-5": ["proactive-status"]}
    assert len(report.links_added) == 6  # "mobile" is the team's own label, not a link


async def test_jira_json_items_with_started_from_the_changelog(store: GraphStore) -> None:
    await seed_targets(store)
    report = await run_import(store, "jira-shop.json", TrackerFormat.JIRA_JSON)
    assert not report.refused
    stored = await items(store)
    assert dict(stored["shop-11"].props) == {
        "title": "Guest checkout: pay by card",
        "kind": "story",
        "status": "done",
        "priority": 3,
        "estimate": 8.0,
        "tracker": "jira:SHOP",
        "trackerKey": "SHOP-11",
        "openedAt": "2026-10-02",
        "startedAt": "2026-11-03",  # the first move to In Progress, histories unordered
        "resolvedAt": "2026-11-20",
    }
    # a status the mapping lacks falls back to its category (indeterminate: doing)
    assert stored["shop-13"].props["status"] == "doing"
    assert "estimate" not in stored["shop-13"].props  # null in the export
    assert await linked(store, "parent", ["shop-12", "shop-13"]) == {
        "shop-12": ["shop-11"],
        "shop-13": ["shop-10"],
    }
    assert await linked(store, "painPoints", ["shop-11", "shop-12"]) == {
        "shop-11": ["forced-signup"],
        "shop-12": ["forced-signup"],
    }
    assert await linked(store, "outcomes", ["shop-10"]) == {"shop-10": ["fast-checkout"]}


async def test_azure_csv_items_with_numeric_ids_prefixed(store: GraphStore) -> None:
    await seed_targets(store)
    report = await run_import(store, "azure-onboarding.csv", TrackerFormat.AZURE_CSV)
    assert not report.refused
    stored = await items(store)
    assert sorted(stored) == [f"ado-{n}" for n in range(4711, 4716)]
    assert dict(stored["ado-4713"].props) == {
        "title": "Book video slots",
        "kind": "task",
        "status": "done",  # Closed
        "priority": 3,
        "estimate": 6.0,  # Original Estimate, the first estimate column with a value
        "tracker": "azure-devops:Bank",
        "trackerKey": "4713",
        "openedAt": "2026-09-03",
        "startedAt": "2026-10-02",  # Activated Date
        "resolvedAt": "2026-11-01",  # Closed Date, there being no Resolved Date
    }
    assert stored["ado-4715"].props["kind"] == "story"  # Product Backlog Item
    assert stored["ado-4715"].props["status"] == "doing"  # Committed
    assert stored["ado-4714"].props["kind"] == "bug"
    # tags separated by "; "
    assert await linked(store, "steps", ["ado-4712"]) == {"ado-4712": ["verify-identity"]}
    assert await linked(store, "painPoints", ["ado-4712"]) == {"ado-4712": ["branch-visit"]}
    assert await linked(store, "parent", ["ado-4713", "ado-4715"]) == {
        "ado-4713": ["ado-4712"],
        "ado-4715": ["ado-4711"],
    }


async def test_the_same_export_again_changes_nothing(store: GraphStore) -> None:
    await seed_targets(store)
    for fixture, format in (
        ("jira-claims.csv", CSV),
        ("jira-shop.json", TrackerFormat.JIRA_JSON),
        ("azure-onboarding.csv", TrackerFormat.AZURE_CSV),
    ):
        await run_import(store, fixture, format)
        before, log = await items(store), await change_count(store)
        again = await run_import(store, fixture, format)
        assert not again.written and not again.created and not again.updated
        assert not again.links_added and not again.refused and not again.missing_from_export
        assert len(again.unchanged) == 5 if format is not TrackerFormat.JIRA_JSON else 4
        assert await items(store) == before  # versions and updatedAt included
        assert await change_count(store) == log


async def test_a_changed_export_changes_exactly_what_changed(store: GraphStore) -> None:
    await seed_targets(store)
    await run_import(store, "jira-claims.csv", CSV)
    before, log = await items(store), await change_count(store)
    report = await run_import(store, "jira-claims-changed.csv", CSV)
    assert [(o.tracker_key, o.key) for o in report.created] == [("CLAIMS-6", "claims-6")]
    assert {o.tracker_key: o.changes for o in report.updated} == {
        "CLAIMS-2": ("resolvedAt", "status", "title"),
        "CLAIMS-5": ("parent",),  # moved under the new CLAIMS-6
    }
    assert [o.tracker_key for o in report.unchanged] == ["CLAIMS-1", "CLAIMS-3"]
    assert [(m.tracker_key, m.key) for m in report.missing_from_export] == [
        ("CLAIMS-4", "claims-4")
    ]
    assert [(x.key, x.field, x.target) for x in report.links_no_longer_labelled] == [
        ("claims-2", "painPoints", "lost-paperwork")
    ]
    assert report.links_added == [] and report.refused == []
    after = await items(store)
    assert after["claims-2"].props["title"] == "Upload claim documents from the phone"
    assert after["claims-2"].props["status"] == "done"
    assert after["claims-2"].props["resolvedAt"] == "2026-12-07"
    assert after["claims-2"].version == before["claims-2"].version + 1
    for unchanged in ("claims-1", "claims-3", "claims-5"):  # a parent is a link, not a property
        assert after[unchanged] == before[unchanged]
    assert after["claims-4"] == before["claims-4"]  # missing from the export: kept
    assert await linked(store, "parent", ["claims-5", "claims-6"]) == {
        "claims-5": ["claims-6"],
        "claims-6": ["claims-1"],
    }
    # the unlabelled link is reported, not removed
    assert await linked(store, "painPoints", ["claims-2"]) == {"claims-2": ["lost-paperwork"]}
    assert sorted(await changes_since(store, log)) == [
        ("CREATED", "claims-6", ""),
        ("LINKED", "claims-5", "claims-6"),
        ("LINKED", "claims-6", "claims-1"),
        ("UNLINKED", "claims-5", "claims-1"),
        ("UPDATED", "claims-2", ""),
    ]


async def test_a_dry_run_reports_and_writes_nothing(store: GraphStore) -> None:
    await seed_targets(store)
    log = await change_count(store)
    report = await run_import(store, "jira-claims.csv", CSV, dry_run=True)
    assert len(report.created) == 5 and len(report.links_added) == 6 and not report.written
    assert await items(store) == {}
    assert await change_count(store) == log


async def test_an_item_typed_by_hand_is_updated_by_its_tracker_key(store: GraphStore) -> None:
    await seed_targets(store)
    await store.write(
        [
            # carries the tracker key: the import takes it over, keeping its key and
            # what the export does not say (its description)
            _item("upload-from-phone", "Upload", trackerKey="CLAIMS-2", description="kept"),
            # has the key the import would make for CLAIMS-1, without its tracker key
            _item("claims-1", "Something else entirely"),
        ]
    )
    report = await run_import(store, "jira-claims.csv", CSV)
    assert not report.refused
    keys = {o.tracker_key: o.key for o in [*report.created, *report.updated]}
    assert keys["CLAIMS-2"] == "upload-from-phone"
    assert keys["CLAIMS-1"] == "claims-1-2"  # the first free one
    stored = await items(store)
    assert stored["claims-1"].props["title"] == "Something else entirely"
    assert stored["upload-from-phone"].props["description"] == "kept"
    assert stored["upload-from-phone"].props["title"] == "Upload documents from the phone"
    assert await linked(store, "parent", ["upload-from-phone", "claims-3"]) == {
        "upload-from-phone": ["claims-1-2"],
        "claims-3": ["upload-from-phone"],
    }
    again = await run_import(store, "jira-claims.csv", CSV)
    assert not again.created and not again.updated  # the numbered key is found again


def _item(key: str, title: str, **props: object) -> UpsertNode:
    return UpsertNode("BacklogItem", key, {"title": title, **props})


async def test_the_change_feed_sees_what_an_import_changed(store: GraphStore) -> None:
    await seed_targets(store)
    await run_import(store, "jira-claims.csv", CSV)
    watched = observed(store)
    subscriber = watched.changes.subscribe(["BacklogItem"])
    await run_import(watched, "jira-claims.csv", CSV)  # unchanged: no event
    await run_import(watched, "jira-claims-changed.csv", CSV)
    events = []
    while not subscriber.queue.empty():
        events.append((await subscriber.__anext__()).event)
    subscriber.close()
    assert sorted((e.type.value, e.node.key, e.target.key if e.target else "") for e in events) == [
        ("CREATED", "claims-6", ""),
        ("LINKED", "claims-5", "claims-6"),
        ("LINKED", "claims-6", "claims-1"),
        ("UNLINKED", "claims-5", "claims-1"),
        ("UPDATED", "claims-2", ""),
    ]
