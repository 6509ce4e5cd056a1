"""The store protocol: what the API needs from a graph database, shaped for batches.

Two adapters implement it: :mod:`graph_api.store.embedded` (in process, SQLite file)
and :mod:`graph_api.store.neo4j` (Neo4j through the async driver). Both run the same
contract tests (``tests/contract``). Every call works on many nodes at once so that a
GraphQL request costs a bounded number of round trips whatever its list sizes.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from graph_api.metamodel import RelationshipField
from graph_api.store.traversal import AnswerT, QueryT, StoreTraversal

if TYPE_CHECKING:  # listing, change_log and bulk_plan build on the records defined here
    from graph_api.store.bulk_plan import BulkPlan, Progress, Started
    from graph_api.store.change_log import ChangeLogEntry, ChangeLogQuery
    from graph_api.store.listing import Filter, ListQuery, Page, SortKey
    from graph_api.store.read_plan import ReadPage, ReadPlan

SYSTEM = "system"
"""The actor of writes no caller asked for (the demo load at start-up, the CLI)."""


@dataclass(frozen=True, slots=True, order=True)
class NodeRef:
    """Names one node: its kind and its key."""

    kind: str
    key: str

    def __str__(self) -> str:
        return f"{self.kind} {self.key!r}"


@dataclass(frozen=True, slots=True)
class NodeRecord:
    """A stored node: its properties (camelCase, JSON values) and audit fields."""

    kind: str
    key: str
    props: Mapping[str, Any]
    created_at: datetime
    updated_at: datetime
    version: int
    created_by: str = ""
    """Who created the node (the principal's subject; ``system`` for internal writes)."""
    updated_by: str = ""
    """Who last changed its properties."""

    @property
    def ref(self) -> NodeRef:
        return NodeRef(self.kind, self.key)


UNREAD_TIME = datetime(1970, 1, 1, tzinfo=UTC)
"""Stands for an audit time a read did not ask for (never shown: nothing selected it)."""


def key_only_record(kind: str, key: str) -> NodeRecord:
    """A node known by its kind and key alone (a traversal's answer named it), for an
    answer that selects nothing else of it: its other fields are stand-ins."""
    return NodeRecord(kind, key, {}, UNREAD_TIME, UNREAD_TIME, 0)


@dataclass(frozen=True, slots=True)
class UpsertNode:
    """Create a node or replace its properties.

    ``create_only`` refuses an existing key (CONFLICT); ``must_exist`` refuses a missing
    one (NOT_FOUND); ``expected_version`` refuses a node whose version differs (CONFLICT).
    Writing the properties a node already has changes nothing, not even its version.
    """

    kind: str
    key: str
    props: Mapping[str, Any]
    create_only: bool = False
    must_exist: bool = False
    expected_version: int | None = None

    @property
    def ref(self) -> NodeRef:
        return NodeRef(self.kind, self.key)


@dataclass(frozen=True, slots=True)
class DeleteNode:
    """Delete a node and every relationship it has (NOT_FOUND if it does not exist)."""

    kind: str
    key: str
    expected_version: int | None = None

    @property
    def ref(self) -> NodeRef:
        return NodeRef(self.kind, self.key)


@dataclass(frozen=True, slots=True)
class AddLink:
    """Ensure the relationship ``source -[type]-> target`` exists.

    ``identifier`` is another tool's name for the relationship (an ArchiMate
    relationship's ``identifier``), kept so that it survives an import and an export.
    Given, the link is created with it, or an existing link takes it (replacing the one
    it had); None leaves an existing link's identifier as it is. Identifiers are not
    unique: two links may carry the same one. See
    :func:`graph_api.store.rules.link_identifier_problem` for the ones refused.
    """

    type: str
    source: NodeRef
    target: NodeRef
    identifier: str | None = None

    @property
    def link(self) -> "LinkRef":
        return LinkRef(self.type, self.source, self.target)


@dataclass(frozen=True, slots=True)
class RemoveLink:
    """Remove the relationship ``source -[type]-> target`` (NOT_FOUND if absent)."""

    type: str
    source: NodeRef
    target: NodeRef


WriteOp = UpsertNode | DeleteNode | AddLink | RemoveLink


@dataclass(frozen=True, slots=True)
class LinkRef:
    """Names one relationship: ``source -[type]-> target``."""

    type: str
    source: NodeRef
    target: NodeRef


@dataclass(slots=True)
class WriteResult:
    """What one atomic write did."""

    created: list[NodeRef] = field(default_factory=list)
    updated: list[NodeRef] = field(default_factory=list)
    unchanged: list[NodeRef] = field(default_factory=list)
    deleted: list[NodeRef] = field(default_factory=list)
    linked: int = 0
    """How many relationships the write added: ``len(links_added)``."""
    unlinked: int = 0
    """How many relationships the write removed: ``len(links_removed)``."""
    records: dict[NodeRef, NodeRecord] = field(default_factory=dict)
    """The state after the write of every node the write upserted."""
    links_added: list[LinkRef] = field(default_factory=list)
    """Relationships that did not exist and now do, in the order the write added them
    (an AddLink of a relationship that already existed is not listed)."""
    links_removed: list[LinkRef] = field(default_factory=list)
    """Relationships removed by RemoveLink. Those that went with a deleted node are not
    listed: the node's entry in ``deleted`` stands for them."""
    links_identified: list[LinkRef] = field(default_factory=list)
    """Relationships that already existed and whose identifier the write set or changed
    (an AddLink giving the identifier a link already has is not listed, nor is a link
    the write added: ``links_added`` lists it, with whatever identifier it was given)."""
    logged: "list[ChangeLogEntry]" = field(default_factory=list)
    """The change-log entries the write appended, in ``seq`` order, numbered as the log
    keeps them: what the change feed publishes (:mod:`graph_api.services.changes`)."""


@runtime_checkable
class GraphStore(Protocol):
    """A graph of nodes and relationships that follows the metamodel."""

    name: str

    async def open(self) -> None:
        """Connect and create constraints and indexes; idempotent."""

    async def close(self) -> None:
        """Release connections and files."""

    async def ping(self) -> None:
        """Return when the store answers; raise StoreUnavailable otherwise."""

    async def get_nodes(self, kind: str, keys: Sequence[str]) -> dict[str, NodeRecord]:
        """The nodes of ``kind`` with these keys; missing keys are absent from the result."""

    async def kinds_with_keys(self, keys: Sequence[str]) -> dict[str, list[str]]:
        """For each of ``keys``, the kinds that have a node with it, in metamodel order
        (an empty list when none has): how a key alone names a node of any kind."""

    async def list_nodes(self, kind: str, query: "ListQuery") -> "Page":
        """A page of the nodes of ``kind`` that ``query`` selects, in its order."""

    async def neighbours(
        self,
        field: RelationshipField,
        keys: Sequence[str],
        *,
        where: "Filter | None" = None,
        order: "Sequence[SortKey]" = (),
    ) -> dict[str, list[NodeRecord]]:
        """For each key, the nodes at the other end of ``field`` that pass ``where``.

        In ``order`` when given (a full order, see ``effective_order``), else by
        position (``order``, then key) where the kind has one, else by key.
        """

    async def read(self, plan: "ReadPlan") -> "ReadPage":
        """The plan's roots with everything below them, in one round trip
        (:mod:`graph_api.store.read_plan`); answers what reading level by level through
        ``get_nodes``, ``list_nodes`` and ``neighbours`` would."""

    async def read_all(self, plans: Sequence["ReadPlan"]) -> "list[ReadPage]":
        """The answers of several plans of nodes by key (no listings), in one round trip:
        how a traversal reads the nodes of every kind its answer names."""

    async def linked_keys(
        self, field: RelationshipField, keys: Sequence[str]
    ) -> dict[str, list[str]]:
        """For each key, the keys of the nodes at the other end of ``field``, sorted (an
        empty list for a node without links or without a node): what ``neighbours``
        answers without reading the nodes, in one round trip however many keys. Bulk
        writers compare what they send with what is linked through it."""

    async def link_identifiers(
        self, field: RelationshipField, keys: Sequence[str]
    ) -> dict[str, dict[str, str]]:
        """For each key, the identifiers of its links along ``field``: the other end's key
        -> the link's identifier, for the links that have one (an empty dict when none
        has). Read in one round trip, however many keys."""

    async def write(self, ops: Sequence[WriteOp], *, actor: str = SYSTEM) -> WriteResult:
        """Apply ``ops`` in order as one transaction: all of them or, on error, none.

        ``actor`` is recorded as ``createdBy``/``updatedBy`` of the nodes it writes and
        on the change-log entries the write appends in the same transaction.
        """

    async def bulk_create(
        self,
        plan: "BulkPlan",
        *,
        batch_size: int,
        actor: str = SYSTEM,
        progress: "Progress | None" = None,
        started: "Started | None" = None,
    ) -> int:
        """Create the plan's nodes and links, all or none, the store's fastest way.

        Raises VALIDATION before writing if a node of the plan is already stored, and
        :class:`~graph_api.store.bulk_plan.BulkLoadFailed` if the write failed (nothing
        of it kept). ``started`` is called when the checks passed, ``progress`` after
        each batch of at most ``batch_size`` nodes or links. Returns how many stored
        nodes, left over by interrupted earlier loads of the same model, were deleted
        and written again (only Neo4j ever had such leftovers).
        """

    async def change_log(self, query: "ChangeLogQuery") -> "list[ChangeLogEntry]":
        """Change-log entries in commit order (see :mod:`graph_api.store.change_log`)."""

    async def last_change_seq(self) -> int:
        """The ``seq`` of the newest committed change-log entry; 0 when the log is empty.
        A read of the log made after it sees every entry up to it."""

    async def count_nodes(self) -> dict[str, int]:
        """How many nodes of each kind the store holds (kinds with none are left out)."""

    async def traverse(
        self, traversal: "StoreTraversal[QueryT, AnswerT]", query: QueryT
    ) -> AnswerT:
        """The answer of ``traversal`` (one of :mod:`graph_api.traversals`) to ``query``:
        on Neo4j its Cypher in one round trip, on the embedded store its in-memory version."""
