"""Mapping files: merged over the format's defaults, every bad entry named, and used."""

import pytest

from graph_api.errors import ValidationFailed
from graph_api.metamodel.enums import BacklogKind, BacklogStatus
from graph_api.store.base import GraphStore
from graph_api.tracker import TrackerFormat, read_mapping
from tests.tracker.targets import items, jira_csv, linked, run_import, seed_targets, story


@pytest.mark.parametrize("format", list(TrackerFormat))
def test_each_format_has_a_complete_default(format: TrackerFormat) -> None:
    mapping = read_mapping(format, None)
    assert mapping.columns("key") and mapping.columns("title")
    assert mapping.kinds["bug"] is BacklogKind.BUG
    assert set(mapping.links.values()) == {"steps", "painPoints", "outcomes", "opportunities"}


def test_a_mapping_file_is_merged_over_the_defaults() -> None:
    mapping = read_mapping(
        TrackerFormat.JIRA_CSV,
        """
tracker: jira:claims-team
key_prefix: jira-
fields:
  estimate: Custom field (Effort)
  labels: [Labels, Components]
kinds:
  Chore: task
  improvement: feature   # names are matched ignoring case
statuses:
  Backlog: idea
  In Review: null        # removed: falls back to the status category
links:
  "cx-step/": steps
  "opportunity:": null
""",
    )
    assert mapping.tracker == "jira:claims-team" and mapping.key_prefix == "jira-"
    assert mapping.columns("estimate") == ("Custom field (Effort)",)
    assert mapping.columns("labels") == ("Labels", "Components")
    assert mapping.columns("title") == ("Summary",)  # a default kept
    assert mapping.kinds["chore"] is BacklogKind.TASK
    assert mapping.kinds["improvement"] is BacklogKind.FEATURE
    assert mapping.kinds["epic"] is BacklogKind.EPIC
    assert mapping.statuses["backlog"] is BacklogStatus.IDEA
    assert "in review" not in mapping.statuses
    assert mapping.links == {
        "step:": "steps",
        "pain:": "painPoints",
        "outcome:": "outcomes",
        "cx-step/": "steps",
    }


def test_every_bad_entry_is_named() -> None:
    with pytest.raises(ValidationFailed) as refused:
        read_mapping(
            TrackerFormat.AZURE_CSV,
            """
trackers: jira
key_prefix: ADO
encoding: klingon
label_separator: "  "
date_formats: ["%d.%m.%Y", "dd.mm.yyyy"]
fields:
  estimat: Effort
  title: []
  parent: [Parent, 7]
kinds: {Spike: chore}
statuses: {Blocked: stuck}
status_categories: {Waiting: 3}
priorities: {P0: 0, Urgent: true, "5": 5}
links: {"x:": parent, "y:": changesSystems}
""",
        )
    assert [str(e) for e in refused.value.errors] == [
        "trackers: unknown setting; settings are: system, tracker, key_prefix, encoding, "
        "label_separator, date_formats, fields, kinds, statuses, status_categories, "
        "priorities, links",
        "key_prefix: 'ADO' cannot start a key: lower-case letters and digits, optionally "
        "ending in '-', '_' or '.'",
        "encoding: unknown encoding 'klingon'",
        "label_separator: expected a non-blank text, or null",
        "date_formats[1]: 'dd.mm.yyyy' is not a strptime pattern",
        "fields.parent: expected a column name or a list of them",
        "fields.estimat: no such field; fields are: key, id, title, type, status, "
        "status_category, priority, parent, estimate, created, started, resolved, labels, "
        "project",
        "kinds.Spike: 'chore' is not a kind: use one of epic, feature, story, task, bug",
        "statuses.Blocked: 'stuck' is not a status: use one of idea, todo, doing, done",
        "status_categories.Waiting: 3 is not a status: use one of idea, todo, doing, done",
        "priorities.P0: 0 is not a priority: use 1 to 5",
        "priorities.Urgent: True is not a priority: use 1 to 5",
        "links.x:: 'parent' is not a field labels link: use one of steps, painPoints, "
        "outcomes, opportunities",
        "links.y:: 'changesSystems' is not a field labels link: use one of steps, "
        "painPoints, outcomes, opportunities",
        "fields.title: required: name its column or field",
    ]


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("- a list\n- of things\n", ""),
        ("fields: [Summary]\n", "fields"),
        ("kinds: {Spike: task\n", "line 2, column 1"),
    ],
)
def test_a_file_that_is_no_mapping_is_refused(text: str, path: str) -> None:
    with pytest.raises(ValidationFailed) as refused:
        read_mapping(TrackerFormat.JIRA_JSON, text, "team.yaml")
    assert refused.value.errors[0].path == path
    assert refused.value.message.startswith("team.yaml")


async def test_an_import_follows_its_mapping(store: GraphStore) -> None:
    await seed_targets(store)
    mapping = """
tracker: jira:claims-team
key_prefix: jira-
kinds: {Chore: task}
links: {"cx-step/": steps}
"""
    export = jira_csv(story("CL-1", "Tidy", "", "cx-step/pay", "step:track-claim", type="Chore"))
    report = await run_import(store, export, TrackerFormat.JIRA_CSV, mapping)
    assert [o.key for o in report.created] == ["jira-cl-1"]
    stored = (await items(store))["jira-cl-1"]
    assert (stored.props["kind"], stored.props["tracker"]) == ("task", "jira:claims-team")
    assert await linked(store, "steps", ["jira-cl-1"]) == {"jira-cl-1": ["pay", "track-claim"]}
