"""Store versions: the numbered layouts a store's data has had, and the steps between them.

Each store records the version its data is in (the embedded store in its SQLite file's
``user_version``, Neo4j on one ``:StoreVersion`` node). A store written before versions
were kept records none and is at :data:`FIRST_VERSION`; a new, empty store starts at
:data:`CURRENT_VERSION`. Opening a store runs the steps it lacks, in order, each in one
transaction together with the version it reaches (``graph-api upgrade`` runs them too).
"""

import logging
from dataclasses import dataclass, field

from graph_api.errors import GraphApiError

log = logging.getLogger("graph_api.upgrades")

FIRST_VERSION = 1
"""The data of releases that kept no version: subjects as callers gave them, any text."""


@dataclass(frozen=True, slots=True)
class Step:
    """One upgrade: what it does to a store at ``version - 1`` to bring it to ``version``."""

    version: int
    name: str
    summary: str


STEPS: tuple[Step, ...] = (
    Step(
        2,
        "namespace-subjects",
        "createdBy, updatedBy and the change log's actors that were JWT subjects get the "
        "`jwt:` prefix",
    ),
    Step(
        3,
        "repair-text",
        "text holding characters exports cannot carry (control characters, non-characters) "
        "loses them; each node repaired gets a new version and a change-log entry by `system`",
    ),
    Step(
        4,
        "repair-numbers",
        "infinities and NaN in float properties, and whole numbers beyond GraphQL's 32-bit "
        "Int, are removed when optional, an order is clamped, a measurement without a finite "
        "value is deleted with its links; each change is logged by `system`",
    ),
    Step(
        5,
        "break-hierarchy-cycles",
        "each cycle of a hierarchy (PART_OF) loses one link: the one linked last by the "
        "change log, else the one leaving its greatest key; each link removed is logged as "
        "an unlink by `system`",
    ),
    Step(
        6,
        "derive-capability-levels",
        "each capability's level is derived from the capability hierarchy, at any depth "
        "(it was given by writers, 1 to 3): a capability whose stored level differs gets "
        "the derived one, a new version and a change-log entry by `system`",
    ),
    Step(
        7,
        "link-identifiers",
        "relationships may carry an identifier (another tool's name for them): the "
        "embedded store's file gets a column for it; Neo4j's relationships hold it as a "
        "property and need nothing; no data changes",
    ),
    Step(
        8,
        "backlog-tracker-fields",
        "backlog items may come from a tracker: they can carry the tracker, its key for the "
        "item, the dates it was opened, started and resolved, and the kind `bug`, which "
        "earlier releases cannot read; Neo4j gets an index on the tracker key; no data "
        "changes",
    ),
)
CURRENT_VERSION = STEPS[-1].version
"""The version this code reads and writes."""


def pending_steps(version: int) -> tuple[Step, ...]:
    """The steps a store at ``version`` lacks, in the order they run."""
    return tuple(step for step in STEPS if step.version > version)


class StoreTooNew(GraphApiError):
    """The store was upgraded by a newer release than this code: it would misread it."""

    code = "STORE_TOO_NEW"

    def __init__(self, store: str, found: int) -> None:
        super().__init__(
            f"the {store} store is at version {found}, newer than this code's version "
            f"{CURRENT_VERSION}: run a release that knows version {found}, or restore a "
            "backup taken before the upgrade"
        )
        self.found = found


class UpgradeFailed(GraphApiError):
    """A step could not complete; its transaction rolled back, the store is as it was."""

    code = "UPGRADE_FAILED"


def check_supported(store: str, version: int) -> None:
    """Raise :class:`StoreTooNew` for a version this code does not know."""
    if version > CURRENT_VERSION:
        raise StoreTooNew(store, version)


@dataclass(slots=True)
class StepChanges:
    """What one step changed: counts by what was counted, and the things it changed."""

    counts: dict[str, int] = field(default_factory=dict)
    details: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class StepReport:
    step: Step
    changes: StepChanges


@dataclass(slots=True)
class UpgradeReport:
    """What an upgrade did (or, for a dry run, would do) to one store."""

    store: str
    from_version: int
    to_version: int
    dry_run: bool = False
    steps: list[StepReport] = field(default_factory=list)

    def add(self, step: Step, changes: StepChanges) -> None:
        self.steps.append(StepReport(step, changes))
        self.to_version = step.version
        if not self.dry_run:  # operators see in the server's log that the data changed
            counts = ", ".join(f"{what}: {n}" for what, n in changes.counts.items())
            log.info(
                "%s store upgraded to version %d (%s): %s",
                self.store,
                step.version,
                step.name,
                counts,
            )

    def lines(self, max_details: int = 20) -> list[str]:
        """The report as the command line prints it, at most ``max_details`` per step."""
        would = "would be upgraded" if self.dry_run else "upgraded"
        if self.to_version == self.from_version:
            head = f"{self.store} store: at version {self.from_version}, nothing to do"
            return [head + (" (dry run)" if self.dry_run else "")]
        lines = [
            f"{self.store} store {would} from version {self.from_version} to {self.to_version}"
        ]
        for report in self.steps:
            step, changes = report.step, report.changes
            lines.append(f"  {step.version} {step.name}: {step.summary}")
            lines += [f"      {what}: {n}" for what, n in changes.counts.items()]
            lines += [f"      {detail}" for detail in changes.details[:max_details]]
            if len(changes.details) > max_details:
                lines.append(f"      ... and {len(changes.details) - max_details} more")
        if self.dry_run:
            lines.append("dry run: nothing was changed")
        return lines
