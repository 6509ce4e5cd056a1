"""The mapping each format has unless the caller gives another (docs/ingestion.md,
"Backlog items from a tracker", tables them). Written in the mapping file's own shape, so
a caller's file is merged over them and both are checked by the same code
(:mod:`graph_api.tracker.mapping`)."""

from typing import Any

from graph_api.tracker.records import TrackerFormat

LINK_PREFIXES: dict[str, str] = {
    "step:": "steps",
    "pain:": "painPoints",
    "outcome:": "outcomes",
    "opportunity:": "opportunities",
}
"""Label prefix -> the BacklogItem relationship field a label ``<prefix><key>`` links."""

STATUS_CATEGORIES: dict[str, str] = {
    # Jira's status category keys (JSON) and names (CSV "Status Category")
    "new": "todo",
    "indeterminate": "doing",
    "done": "done",
    "To Do": "todo",
    "In Progress": "doing",
}

JIRA_KINDS: dict[str, str] = {
    "Epic": "epic",
    "Feature": "feature",
    "New Feature": "feature",
    "Story": "story",
    "User Story": "story",
    "Improvement": "story",
    "Task": "task",
    "Sub-task": "task",
    "Subtask": "task",
    "Spike": "task",
    "Bug": "bug",
}

JIRA_STATUSES: dict[str, str] = {
    "Backlog": "todo",
    "Open": "todo",
    "To Do": "todo",
    "Selected for Development": "todo",
    "Reopened": "todo",
    "In Progress": "doing",
    "In Development": "doing",
    "In Review": "doing",
    "In Testing": "doing",
    "Done": "done",
    "Resolved": "done",
    "Closed": "done",
}

JIRA_PRIORITIES: dict[str, int] = {
    "Highest": 1,
    "High": 2,
    "Medium": 3,
    "Low": 4,
    "Lowest": 5,
    "Blocker": 1,
    "Critical": 2,
    "Major": 3,
    "Minor": 4,
    "Trivial": 5,
}

JIRA_CSV_DATES = [
    "%d/%b/%y %I:%M %p",
    "%d/%b/%Y %I:%M %p",
    "%d/%b/%y %H:%M",
    "%d/%b/%Y %H:%M",
    "%d/%b/%y",
    "%d/%b/%Y",
]

DEFAULTS: dict[TrackerFormat, dict[str, Any]] = {
    TrackerFormat.JIRA_CSV: {
        "system": "jira",
        "key_prefix": "",
        "encoding": "utf-8",
        "label_separator": None,
        "date_formats": JIRA_CSV_DATES,
        "fields": {
            "key": ["Issue key"],
            "id": ["Issue id"],
            "title": ["Summary"],
            "type": ["Issue Type"],
            "status": ["Status"],
            "status_category": ["Status Category"],
            "priority": ["Priority"],
            "parent": ["Parent", "Parent id", "Custom field (Epic Link)"],
            "estimate": ["Custom field (Story Points)", "Custom field (Story point estimate)"],
            "created": ["Created"],
            "started": ["Custom field (Start date)"],
            "resolved": ["Resolved"],
            "labels": ["Labels"],
            "project": ["Project key"],
        },
        "kinds": JIRA_KINDS,
        "statuses": JIRA_STATUSES,
        "status_categories": STATUS_CATEGORIES,
        "priorities": JIRA_PRIORITIES,
        "links": LINK_PREFIXES,
    },
    TrackerFormat.JIRA_JSON: {
        "system": "jira",
        "key_prefix": "",
        "encoding": "utf-8",
        "label_separator": None,
        "date_formats": JIRA_CSV_DATES,
        "fields": {
            "key": ["key"],
            "id": ["id"],
            "title": ["fields.summary"],
            "type": ["fields.issuetype.name"],
            "status": ["fields.status.name"],
            "status_category": ["fields.status.statusCategory.key"],
            "priority": ["fields.priority.name"],
            "parent": ["fields.parent.key"],
            "estimate": ["fields.customfield_10016", "fields.customfield_10026"],
            "created": ["fields.created"],
            "started": [],
            "resolved": ["fields.resolutiondate"],
            "labels": ["fields.labels"],
            "project": ["fields.project.key"],
        },
        "kinds": JIRA_KINDS,
        "statuses": JIRA_STATUSES,
        "status_categories": STATUS_CATEGORIES,
        "priorities": JIRA_PRIORITIES,
        "links": LINK_PREFIXES,
    },
    TrackerFormat.AZURE_CSV: {
        "system": "azure-devops",
        "key_prefix": "ado-",
        "encoding": "utf-8",
        "label_separator": ";",
        "date_formats": [
            "%m/%d/%Y %I:%M:%S %p",
            "%m/%d/%Y %I:%M %p",
            "%m/%d/%Y %H:%M:%S",
            "%m/%d/%Y %H:%M",
            "%m/%d/%Y",
        ],
        "fields": {
            "key": ["ID"],
            "id": [],
            "title": ["Title"],
            "type": ["Work Item Type"],
            "status": ["State"],
            "status_category": ["State Category"],
            "priority": ["Priority"],
            "parent": ["Parent"],
            "estimate": ["Story Points", "Effort", "Original Estimate", "Size"],
            "created": ["Created Date"],
            "started": ["Activated Date"],
            "resolved": ["Resolved Date", "Closed Date"],
            "labels": ["Tags"],
            "project": ["Team Project"],
        },
        "kinds": {
            "Epic": "epic",
            "Feature": "feature",
            "User Story": "story",
            "Product Backlog Item": "story",
            "Requirement": "story",
            "Task": "task",
            "Bug": "bug",
        },
        "statuses": {
            "Proposed": "idea",
            "Design": "idea",
            "New": "todo",
            "To Do": "todo",
            "Approved": "todo",
            "Committed": "doing",
            "Active": "doing",
            "In Progress": "doing",
            "Doing": "doing",
            "Resolved": "done",
            "Closed": "done",
            "Done": "done",
            "Removed": "done",
        },
        "status_categories": {
            "Proposed": "todo",
            "In Progress": "doing",
            "Resolved": "done",
            "Completed": "done",
            "Removed": "done",
        },
        "priorities": {"1": 1, "2": 2, "3": 3, "4": 4},
        "links": LINK_PREFIXES,
    },
}

__all__ = ["DEFAULTS", "LINK_PREFIXES"]
