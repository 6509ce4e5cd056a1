"""Which column or field gives each property, and how tracker values become the graph's.

A mapping file (YAML) is merged over the format's defaults (:mod:`graph_api.tracker.defaults`):

- ``system``, ``tracker``, ``key_prefix``, ``encoding``, ``label_separator`` and
  ``date_formats`` replace the default's;
- the tables ``fields``, ``kinds``, ``statuses``, ``status_categories``, ``priorities`` and
  ``links`` are merged entry by entry: an entry replaces the default of the same name (names
  of types, statuses and priorities are matched ignoring case), and an entry set to null
  removes it.

Every entry is checked; a bad file is refused with one error per bad entry, each naming it
(``kinds.Spike: 'chore' is not a kind: use one of epic, feature, story, task, bug``).
"""

import codecs
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from graph_api.errors import FieldError, ValidationFailed
from graph_api.metamodel import relationship_fields
from graph_api.metamodel.enums import BacklogKind, BacklogStatus
from graph_api.metamodel.keys import KEY_PATTERN
from graph_api.model_io.loader import parse_document
from graph_api.plural import counted
from graph_api.tracker.defaults import DEFAULTS
from graph_api.tracker.records import TrackerFormat

FIELDS = {
    "key": "the tracker's issue key (CLAIMS-123, 4711): required",
    "id": "the tracker's internal id, when a parent column names parents by it",
    "title": "the title: required",
    "type": "the issue or work item type, mapped by kinds",
    "status": "the status, mapped by statuses",
    "status_category": "the status category, mapped by status_categories when the status is not",
    "priority": "the priority, mapped by priorities",
    "parent": "the parent's key (or id)",
    "estimate": "the estimate (a number)",
    "created": "when the item was created",
    "started": "when work started, when the export has no status history",
    "resolved": "when the item was resolved or closed",
    "labels": "labels or tags: links by the links prefixes",
    "project": "the project, for the tracker property when tracker is not given",
}
"""Each property a mapping's ``fields`` may name columns for, and what it gives."""

TABLES = ("fields", "kinds", "statuses", "status_categories", "priorities", "links")
SCALARS = ("system", "tracker", "key_prefix", "encoding", "label_separator", "date_formats")
LINKED_FIELDS = ("steps", "painPoints", "outcomes", "opportunities")
"""The BacklogItem relationship fields labels may link (the ADDRESSES relationships)."""

E = TypeVar("E", BacklogKind, BacklogStatus)

_PREFIX_PATTERN = KEY_PATTERN.removesuffix("$") + "[-_.]?$"


@dataclass(frozen=True, slots=True)
class TrackerMapping:
    """A complete, checked mapping for one export format."""

    format: TrackerFormat
    system: str
    """The tracker's name in the ``tracker`` property: ``jira``, ``azure-devops``."""
    tracker: str | None
    """The ``tracker`` property of every item; None: ``<system>:<project>``."""
    key_prefix: str
    """Put before the slug of a tracker key to make a node key (``ado-`` + ``4711``)."""
    encoding: str
    label_separator: str | None
    """Splits a label cell into labels (Azure's tags: ``a; b``); None: one label a value."""
    date_formats: tuple[str, ...]
    fields: Mapping[str, tuple[str, ...]]
    kinds: Mapping[str, BacklogKind]
    """Type name (case-folded) -> kind."""
    statuses: Mapping[str, BacklogStatus]
    status_categories: Mapping[str, BacklogStatus]
    priorities: Mapping[str, int]
    links: Mapping[str, str]
    """Label prefix -> BacklogItem relationship field."""

    def columns(self, name: str) -> tuple[str, ...]:
        return self.fields.get(name, ())


def read_mapping(
    format: TrackerFormat, text: str | None, source: str = "mapping"
) -> TrackerMapping:
    """The mapping of ``format``: its defaults, with the YAML ``text`` merged over them."""
    given = parse_document(text, source) if text is not None else None
    if given is None:
        given = {}
    if not isinstance(given, dict):
        raise ValidationFailed(
            [FieldError("", "a mapping file is a YAML mapping of settings")],
            f"{source} is not a tracker mapping",
        )
    errors: list[FieldError] = [
        FieldError(str(name), f"unknown setting; settings are: {', '.join(SCALARS + TABLES)}")
        for name in given
        if name not in SCALARS and name not in TABLES
    ]
    merged = _merged(DEFAULTS[format], given, errors)
    mapping = _checked(format, merged, errors)
    if errors or mapping is None:
        summary = f"{source} is not a valid tracker mapping ({counted(len(errors), 'error')})"
        raise ValidationFailed(errors, summary)
    return mapping


def _merged(
    defaults: dict[str, Any], given: dict[Any, Any], errors: list[FieldError]
) -> dict[str, Any]:
    merged = dict(defaults)
    for name in SCALARS:
        if name in given:
            merged[name] = given[name]
    for name in TABLES:
        if name not in given or given[name] is None:
            continue
        table = given[name]
        if not isinstance(table, dict):
            errors.append(FieldError(name, "expected a table of entries (name: value)"))
            continue
        entries = dict(defaults[name])
        for entry, value in table.items():
            if value is None:
                entries.pop(str(entry), None)
            else:
                entries[str(entry)] = value
        merged[name] = entries
    return merged


def _checked(
    format: TrackerFormat, merged: dict[str, Any], errors: list[FieldError]
) -> TrackerMapping | None:
    system = _text(merged["system"], "system", errors)
    tracker = merged.get("tracker")
    if tracker is not None:
        tracker = _text(tracker, "tracker", errors)
    key_prefix = merged["key_prefix"] if merged["key_prefix"] is not None else ""
    if not isinstance(key_prefix, str) or (key_prefix and not _matches_prefix(key_prefix)):
        errors.append(
            FieldError(
                "key_prefix",
                f"{key_prefix!r} cannot start a key: lower-case letters and digits, "
                "optionally ending in '-', '_' or '.'",
            )
        )
        key_prefix = ""
    encoding = _text(merged["encoding"], "encoding", errors)
    try:
        codecs.lookup(encoding)
    except LookupError:
        errors.append(FieldError("encoding", f"unknown encoding {encoding!r}"))
    separator = merged["label_separator"]
    if separator is not None and (not isinstance(separator, str) or not separator.strip()):
        errors.append(FieldError("label_separator", "expected a non-blank text, or null"))
        separator = None
    formats = _date_formats(merged["date_formats"], errors)
    mapping = TrackerMapping(
        format=format,
        system=system,
        tracker=tracker,
        key_prefix=key_prefix,
        encoding=encoding,
        label_separator=separator.strip() if separator else None,
        date_formats=formats,
        fields=_fields(merged["fields"], errors),
        kinds=_values(merged["kinds"], "kinds", BacklogKind, errors),
        statuses=_values(merged["statuses"], "statuses", BacklogStatus, errors),
        status_categories=_values(
            merged["status_categories"], "status_categories", BacklogStatus, errors
        ),
        priorities=_priorities(merged["priorities"], errors),
        links=_links(merged["links"], errors),
    )
    for required in ("key", "title"):
        if not mapping.columns(required):
            errors.append(FieldError(f"fields.{required}", "required: name its column or field"))
    return mapping


def _matches_prefix(prefix: str) -> bool:
    return re.fullmatch(_PREFIX_PATTERN, prefix) is not None


def _text(value: Any, path: str, errors: list[FieldError]) -> str:
    if not isinstance(value, str) or not value.strip():
        errors.append(FieldError(path, f"expected a non-blank text, not {value!r}"))
        return ""
    return value.strip()


def _date_formats(value: Any, errors: list[FieldError]) -> tuple[str, ...]:
    if not isinstance(value, list):
        errors.append(FieldError("date_formats", "expected a list of strptime patterns"))
        return ()
    for index, pattern in enumerate(value):
        if not isinstance(pattern, str) or "%" not in pattern:
            errors.append(
                FieldError(f"date_formats[{index}]", f"{pattern!r} is not a strptime pattern")
            )
    return tuple(p for p in value if isinstance(p, str))


def _fields(table: dict[str, Any], errors: list[FieldError]) -> dict[str, tuple[str, ...]]:
    fields: dict[str, tuple[str, ...]] = {}
    for name, columns in table.items():
        path = f"fields.{name}"
        if name not in FIELDS:
            errors.append(FieldError(path, f"no such field; fields are: {', '.join(FIELDS)}"))
            continue
        names = [columns] if isinstance(columns, str) else columns
        if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
            errors.append(FieldError(path, "expected a column name or a list of them"))
            continue
        fields[name] = tuple(n.strip() for n in names)
    return fields


def _values(
    table: dict[str, Any], path: str, enum: type[E], errors: list[FieldError]
) -> dict[str, E]:
    allowed = ", ".join(e.value for e in enum)
    found: dict[str, E] = {}
    for name, value in table.items():
        try:
            found[name.casefold()] = enum(value)
        except ValueError:
            noun = "kind" if enum is BacklogKind else "status"
            errors.append(
                FieldError(f"{path}.{name}", f"{value!r} is not a {noun}: use one of {allowed}")
            )
    return found


def _priorities(table: dict[str, Any], errors: list[FieldError]) -> dict[str, int]:
    found: dict[str, int] = {}
    for name, value in table.items():
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
            errors.append(
                FieldError(f"priorities.{name}", f"{value!r} is not a priority: use 1 to 5")
            )
            continue
        found[name.casefold()] = value
    return found


def _links(table: dict[str, Any], errors: list[FieldError]) -> dict[str, str]:
    fields = relationship_fields("BacklogItem")
    found: dict[str, str] = {}
    for prefix, field in table.items():
        path = f"links.{prefix}"
        if not prefix.strip():
            errors.append(FieldError(path, "a prefix cannot be blank"))
        elif field not in LINKED_FIELDS or field not in fields:
            errors.append(
                FieldError(
                    path,
                    f"{field!r} is not a field labels link: use one of {', '.join(LINKED_FIELDS)}",
                )
            )
        else:
            found[prefix.strip()] = field
    return found


__all__ = ["FIELDS", "LINKED_FIELDS", "TrackerMapping", "read_mapping"]
