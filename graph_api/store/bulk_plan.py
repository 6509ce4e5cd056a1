"""What a bulk load writes: a self-contained model of new nodes, grouped for batching.

A bulk load only creates. Every link of the plan joins two nodes of the plan, and no
node of the plan may exist in the store yet; both are checked before anything is
written, as is everything ``graph-api seed`` checks (properties, keys, relationship
fields, one stage per step, ...): :func:`graph_api.bulk.plan_model` makes a plan only
of a model that passes. So the write itself cannot break a rule, and undoing it (when
it fails half-way) is deleting the nodes it created.

Each store writes a plan its own fast way (:meth:`GraphStore.bulk_create
<graph_api.store.base.GraphStore.bulk_create>`); what they share is here.
"""

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from graph_api.errors import FieldError, ValidationFailed
from graph_api.metamodel import RelationshipSpec
from graph_api.plural import counted
from graph_api.store.base import AddLink, NodeRef, UpsertNode, WriteOp
from graph_api.store.rules import require_link_identifier

if TYPE_CHECKING:  # the protocol names the plan in its bulk_create
    from graph_api.store.base import GraphStore

T = TypeVar("T")
Progress = Callable[[int, int], None]
"""Called after each batch is written with the nodes and the links it added."""
Started = Callable[[], None]
"""Called once the checks passed, right before the first write (to time the write)."""
DEFAULT_BATCH_SIZE = 10_000
CHECK_BATCH = 10_000


@dataclass(frozen=True, slots=True)
class BulkPlan:
    """The nodes to create by kind, and the links by relationship triple (as key pairs)."""

    nodes: dict[str, list[UpsertNode]] = field(default_factory=dict)
    links: dict[RelationshipSpec, list[tuple[str, str]]] = field(default_factory=dict)
    link_identifiers: dict[RelationshipSpec, dict[tuple[str, str], str]] = field(
        default_factory=dict
    )
    """The identifier (:attr:`AddLink.identifier`) of each link of ``links`` that has
    one, by triple and key pair; checked as any write checks it."""

    def identified(self, spec: RelationshipSpec) -> list[tuple[str, str, str | None]]:
        """The links of ``spec`` as (source key, target key, identifier or None)."""
        identifiers = self.link_identifiers.get(spec, {})
        return [(s, t, identifiers.get((s, t))) for s, t in self.links.get(spec, [])]

    @property
    def node_count(self) -> int:
        return sum(len(ops) for ops in self.nodes.values())

    @property
    def link_count(self) -> int:
        return sum(len(pairs) for pairs in self.links.values())


class BulkRefused(ValidationFailed):
    """VALIDATION: the model cannot be bulk-loaded; nothing was written."""

    def __init__(self, errors: list[FieldError], summary: str) -> None:
        super().__init__(errors, summary)
        self.summary = summary


class BulkLoadFailed(Exception):
    """The write failed half-way; ``removed`` tells whether what it wrote was deleted."""

    def __init__(self, cause: BaseException, written: int, removed: bool) -> None:
        undone = (
            "everything it wrote was deleted again"
            if removed
            else "what it wrote could NOT all be deleted again: see the log"
        )
        super().__init__(
            f"{type(cause).__name__}: {cause} "
            f"(after writing up to {counted(written, 'node')}; {undone})"
        )
        self.cause = cause
        self.written = written
        self.removed = removed


def chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def check_batch_size(batch_size: int) -> None:
    """Refuse a batch size below 1 (a write could never finish), before any check."""
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")


def refused(errors: list[FieldError], summary: str) -> BulkRefused:
    """Every error found; what is printed or answered of them is capped by
    :attr:`ValidationFailed.listed` (a file loaded twice has one per node)."""
    return BulkRefused(errors, f"{summary} ({counted(len(errors), 'error')})")


async def check_new(store: "GraphStore", plan: BulkPlan) -> None:
    """Raise VALIDATION (nothing written) if any node of the plan is already stored, or
    a link identifier of it may not be kept."""
    check_link_identifiers(plan)
    errors: list[FieldError] = []
    for kind, ops in plan.nodes.items():
        for batch in chunks([op.key for op in ops], CHECK_BATCH):
            found = await store.get_nodes(kind, batch)
            errors.extend(
                FieldError("", f"{kind} {key!r} is already in the store")
                for key in batch
                if key in found
            )
    if errors:
        raise refused(errors, "a bulk load only creates nodes: use `graph-api seed` to update")


def plan_ops(plan: BulkPlan) -> list[WriteOp]:
    """The plan as ordinary write operations (create-only upserts, then links)."""
    ops: list[WriteOp] = [
        UpsertNode(op.kind, op.key, op.props, create_only=True)
        for nodes in plan.nodes.values()
        for op in nodes
    ]
    ops.extend(
        AddLink(spec.type, NodeRef(spec.source, s), NodeRef(spec.target, t), identifier)
        for spec in plan.links
        for s, t, identifier in plan.identified(spec)
    )
    return ops


def check_link_identifiers(plan: BulkPlan) -> None:
    """Raise VALIDATION (nothing written) for each identifier of the plan that no write
    would keep (:func:`~graph_api.store.rules.link_identifier_problem`)."""
    errors: list[FieldError] = []
    for spec, identifiers in plan.link_identifiers.items():
        for (s, t), identifier in identifiers.items():
            try:
                op = AddLink(
                    spec.type, NodeRef(spec.source, s), NodeRef(spec.target, t), identifier
                )
                require_link_identifier(op)
            except ValidationFailed as exc:
                errors.extend(exc.errors)
    if errors:
        raise refused(errors, "invalid link identifiers")
