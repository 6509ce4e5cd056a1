"""What an import did (or, dry run, would do), item by item: the answer of the CLI and of
``POST /tracker/import``."""

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class ItemOutcome:
    """An item created, updated or left unchanged; ``changes`` names what changed."""

    tracker_key: str
    key: str
    changes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Refused:
    """A record not imported, and why."""

    where: str
    tracker_key: str | None
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class LinkOutcome:
    """A link of an item along ``field`` (``steps``, ``painPoints``, ...) to ``target``."""

    tracker_key: str
    key: str
    field: str
    target: str


@dataclass(frozen=True, slots=True)
class Missing:
    """An item of the same tracker and project that the export does not contain."""

    tracker_key: str
    key: str


@dataclass(slots=True)
class ImportReport:
    format: str
    source: str
    dry_run: bool = False
    all_or_nothing: bool = False
    written: bool = False
    """Whether the graph was written (false on a dry run, when nothing changed, and when
    all-or-nothing refused the export)."""
    created: list[ItemOutcome] = field(default_factory=list)
    updated: list[ItemOutcome] = field(default_factory=list)
    unchanged: list[ItemOutcome] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)
    links_added: list[LinkOutcome] = field(default_factory=list)
    links_no_longer_labelled: list[LinkOutcome] = field(default_factory=list)
    """Links of items the export labels, that their labels no longer name: kept."""
    missing_from_export: list[Missing] = field(default_factory=list)
    """Items of the export's trackers that it no longer contains: kept."""

    def as_json(self) -> dict[str, Any]:
        """The report as the HTTP endpoint answers it (camelCase)."""

        def item(outcome: ItemOutcome) -> dict[str, Any]:
            return {
                "trackerKey": outcome.tracker_key,
                "key": outcome.key,
                "changes": list(outcome.changes),
            }

        def link(outcome: LinkOutcome) -> dict[str, Any]:
            return {
                "trackerKey": outcome.tracker_key,
                "key": outcome.key,
                "field": outcome.field,
                "target": outcome.target,
            }

        return {
            "format": self.format,
            "dryRun": self.dry_run,
            "allOrNothing": self.all_or_nothing,
            "written": self.written,
            "counts": self.counts(),
            "created": [item(o) for o in self.created],
            "updated": [item(o) for o in self.updated],
            "unchanged": [item(o) for o in self.unchanged],
            "refused": [
                {"where": r.where, "trackerKey": r.tracker_key, "reasons": list(r.reasons)}
                for r in self.refused
            ],
            "linksAdded": [link(o) for o in self.links_added],
            "linksNoLongerLabelled": [link(o) for o in self.links_no_longer_labelled],
            "missingFromExport": [
                {"trackerKey": m.tracker_key, "key": m.key} for m in self.missing_from_export
            ],
        }

    def counts(self) -> dict[str, int]:
        return {
            "created": len(self.created),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
            "refused": len(self.refused),
            "linksAdded": len(self.links_added),
            "linksNoLongerLabelled": len(self.links_no_longer_labelled),
            "missingFromExport": len(self.missing_from_export),
        }


__all__ = ["ImportReport", "ItemOutcome", "LinkOutcome", "Missing", "Refused"]
