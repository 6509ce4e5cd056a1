"""Store upgrades: the version each store records, and the steps from one to the next.

:mod:`.versions` numbers the layouts and names the steps; :mod:`.subjects`,
:mod:`.text_repair`, :mod:`.number_repair` and :mod:`.cycle_repair` say what the steps
do to a value or a hierarchy, the same for both stores. Each store runs them with a
module of its own (:mod:`graph_api.store.embedded.upgrades`,
:mod:`graph_api.store.neo4j.upgrades`), each step in one transaction with the version it
reaches. Stores run them when they open; ``graph-api upgrade`` runs them on demand (with
``--dry-run``, to see what they would change). docs/upgrades.md is the users' account.
"""

from typing import Protocol, runtime_checkable

from graph_api.store.upgrades.versions import (
    CURRENT_VERSION,
    FIRST_VERSION,
    STEPS,
    Step,
    StoreTooNew,
    UpgradeFailed,
    UpgradeReport,
)


@runtime_checkable
class UpgradableStore(Protocol):
    """A store that can run its upgrades on demand instead of when it opens."""

    name: str
    upgrade_on_open: bool

    async def open(self) -> None: ...

    async def close(self) -> None: ...

    async def upgrade(self, *, dry_run: bool = False) -> UpgradeReport:
        """Run the steps the store lacks; with ``dry_run``, report them and change nothing."""
        ...


__all__ = [
    "CURRENT_VERSION",
    "FIRST_VERSION",
    "STEPS",
    "Step",
    "StoreTooNew",
    "UpgradableStore",
    "UpgradeFailed",
    "UpgradeReport",
]
