"""The formats read into records: repeated CSV columns, cells over several lines, JSON
flattened to dotted paths, status histories in time order."""

from graph_api.tracker.csv_export import read_csv_export
from graph_api.tracker.dates import parse_day
from graph_api.tracker.jira_json import read_jira_json
from graph_api.tracker.mapping import read_mapping
from graph_api.tracker.records import StatusChange, TrackerFormat
from tests.tracker.targets import FIXTURES


def test_jira_csv_keeps_every_repeated_column_and_multiline_cells() -> None:
    text = (FIXTURES / "jira-claims.csv").read_text(encoding="utf-8")
    records, unreadable = read_csv_export(text, "export")
    assert unreadable == []
    assert [r.where for r in records] == ["line 2", "line 3", "line 5", "line 6", "line 7"]
    story = records[1]
    assert story.values["Sprint"] == ("Claims Sprint 7", "Claims Sprint 8")
    assert story.values["Labels"] == ("step:submit-claim", "pain:lost-paperwork", "mobile")
    assert story.values["Description"][0].endswith('"resume" where it stopped.')
    assert story.values["Resolved"] == ()  # present, empty
    assert story.has(["Resolved"]) and not story.has(["Due date"])


def test_jira_json_is_flattened_to_dotted_paths() -> None:
    text = (FIXTURES / "jira-shop.json").read_text(encoding="utf-8")
    records, unreadable = read_jira_json(text, "export")
    assert unreadable == []
    epic, story = records[0], records[1]
    assert epic.values["fields.status.statusCategory.key"] == ("indeterminate",)
    assert epic.values["fields.labels"] == ("outcome:fast-checkout", "q1-goals")
    assert epic.values["fields.customfield_10016"] == ("40.0",)
    assert epic.values["fields.parent"] == () and epic.values["fields.resolutiondate"] == ()
    assert story.values["fields.parent.key"] == ("SHOP-10",)
    assert story.status_changes == (  # sorted by time: the export lists them unordered
        StatusChange("2026-11-03T10:00:00.000+0100", "In Progress"),
        StatusChange("2026-11-12T14:00:00.000+0100", "In Review"),
        StatusChange("2026-11-20T17:45:12.000+0100", "Done"),
    )
    assert not any(name.startswith("changelog") for name in story.values)


def test_the_days_trackers_write() -> None:
    jira = read_mapping(TrackerFormat.JIRA_CSV, None).date_formats
    azure = read_mapping(TrackerFormat.AZURE_CSV, None).date_formats
    for text, formats, day in [
        ("06/Dec/26 3:04 PM", jira, "2026-12-06"),
        ("6/Dec/2026 15:04", jira, "2026-12-06"),
        ("06/Dec/26", jira, "2026-12-06"),
        ("2026-12-06T23:59:59.000-0800", jira, "2026-12-06"),  # the day as written
        ("12/6/2026 3:04:05 PM", azure, "2026-12-06"),
        ("12/06/2026", azure, "2026-12-06"),
        ("2026-12-06", azure, "2026-12-06"),
    ]:
        assert parse_day(text, formats).isoformat() == day, text
