"""What every export format is read into: one record per tracker item, its values by name.

A record keeps, for each column (CSV) or dotted field path (JSON) the export has, the
non-empty values it holds there: a tuple, because Jira's CSV repeats columns ("Labels",
"Sprint") and JSON holds lists. The mapping (:mod:`graph_api.tracker.mapping`) then names
which of them give each property, the same way for every format.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum


class TrackerFormat(StrEnum):
    """The export formats the import reads."""

    JIRA_CSV = "jira-csv"
    """Jira's "Export Excel CSV (all fields)": one row per issue, repeated column names."""
    JIRA_JSON = "jira-json"
    """A Jira REST search response: ``{"issues": [{"key", "fields": {...}}]}``."""
    AZURE_CSV = "azure-csv"
    """An Azure DevOps query exported as CSV (a flat query with a Parent column)."""


@dataclass(frozen=True, slots=True)
class StatusChange:
    """One move of an item to another status, as a changelog records it."""

    at: str
    """When, as the export writes it."""
    to: str
    """The status the item moved to, by name."""


@dataclass(frozen=True, slots=True)
class TrackerRecord:
    """One item of an export, before any mapping."""

    where: str
    """Where it is in the file, for the report: ``line 7`` or ``issues[3]``."""
    values: Mapping[str, tuple[str, ...]]
    """Column or field path -> its non-empty values; a name present without a value (an
    empty cell, a JSON null) maps to ``()``, a name the export lacks is absent."""
    status_changes: tuple[StatusChange, ...] = ()
    """The item's status history, oldest first, where the export has one (Jira JSON
    fetched with ``expand=changelog``)."""

    def has(self, names: Iterable[str]) -> bool:
        """Whether the export has any of these columns or fields (even empty)."""
        return any(name in self.values for name in names)

    def first(self, names: Iterable[str]) -> str | None:
        """The first value of the first of ``names`` that has one."""
        for name in names:
            found = self.values.get(name)
            if found:
                return found[0]
        return None

    def every(self, names: Iterable[str]) -> list[str]:
        """Every value of every one of ``names``, in order."""
        return [value for name in names for value in self.values.get(name, ())]


__all__ = ["StatusChange", "TrackerFormat", "TrackerRecord"]
