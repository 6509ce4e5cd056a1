"""Jira's JSON: the REST search response (``/rest/api/2|3/search``), or a list of issues.

Each issue is flattened to dotted paths (``fields.issuetype.name``,
``fields.status.statusCategory.key``, ``fields.labels``): lists contribute each of their
values under the same path, so a mapping names fields the way Jira's documentation
shows them. With ``expand=changelog`` the status changes are kept for the start date.
"""

import json
from typing import Any

from graph_api.errors import FieldError, ValidationFailed
from graph_api.tracker.records import StatusChange, TrackerRecord

MAX_DEPTH = 12
"""Deepest nesting read: Jira's fields are a few levels deep; deeper values are skipped."""


def read_jira_json(text: str, source: str) -> tuple[list[TrackerRecord], list[tuple[str, str]]]:
    """The records of a Jira JSON export and the issues that cannot be read (where, why)."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise ValidationFailed([FieldError(where, exc.msg)], f"{source} is not valid JSON") from exc
    except (RecursionError, ValueError) as exc:
        raise ValidationFailed(
            [FieldError("", "nested too deeply or a number too long to read")],
            f"{source} cannot be read as JSON",
        ) from exc
    issues = document.get("issues") if isinstance(document, dict) else document
    if not isinstance(issues, list):
        raise ValidationFailed(
            [FieldError("issues", "expected a list of issues (a Jira search response)")],
            f"{source} is not a Jira export",
        )
    records: list[TrackerRecord] = []
    unreadable: list[tuple[str, str]] = []
    for index, issue in enumerate(issues):
        where = f"issues[{index}]"
        if not isinstance(issue, dict):
            unreadable.append((where, f"an issue is an object, not {type(issue).__name__}"))
            continue
        values: dict[str, list[str]] = {}
        _flatten(issue, "", values, 0)
        changes = tuple(_status_changes(issue.get("changelog")))
        records.append(TrackerRecord(where, {k: tuple(v) for k, v in values.items()}, changes))
    return records, unreadable


def _flatten(value: Any, path: str, into: dict[str, list[str]], depth: int) -> None:
    if depth > MAX_DEPTH:
        return
    if isinstance(value, dict):
        if path:
            into.setdefault(path, [])  # present: an object is not a missing value
        for name, inner in value.items():
            if isinstance(name, str) and name != "changelog":
                _flatten(inner, f"{path}.{name}" if path else name, into, depth + 1)
        return
    found = into.setdefault(path, [])
    if isinstance(value, list):
        for item in value:
            _flatten(item, path, into, depth + 1)
    elif isinstance(value, bool):
        found.append("true" if value else "false")
    elif isinstance(value, str):
        if value.strip():
            found.append(value.strip())
    elif isinstance(value, int | float):
        found.append(repr(value))


def _status_changes(changelog: Any) -> list[StatusChange]:
    """The status moves of a changelog, oldest first (Jira lists newest first or oldest
    first depending on the API version: sorted by time here)."""
    histories = changelog.get("histories") if isinstance(changelog, dict) else None
    if not isinstance(histories, list):
        return []
    changes: list[StatusChange] = []
    for history in histories:
        if not isinstance(history, dict) or not isinstance(history.get("created"), str):
            continue
        for item in history.get("items") or []:
            if isinstance(item, dict) and item.get("field") == "status":
                to = item.get("toString")
                if isinstance(to, str) and to.strip():
                    changes.append(StatusChange(history["created"], to.strip()))
    return sorted(changes, key=lambda change: change.at)


__all__ = ["read_jira_json"]
