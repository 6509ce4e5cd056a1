"""What a bulk load writes: a self-contained model of new nodes, grouped for batching.

A bulk load only creates. Every link of the document joins two nodes of the document,
and no node of the document may exist in the store yet; both are checked before
anything is written, as is everything ``graph-api seed`` checks (properties, keys,
relationship fields, one stage per step, ...). So the write itself cannot break a rule,
and undoing it (when it fails half-way) is deleting the nodes it created.
"""

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from graph_api.errors import FieldError, ValidationFailed
from graph_api.metamodel import NODE_KINDS, RELATIONSHIPS, RelationshipSpec, find_relationship
from graph_api.model_io import read_model
from graph_api.plural import counted
from graph_api.store.base import GraphStore, UpsertNode

T = TypeVar("T")
Progress = Callable[[int, int], None]
"""Called after each committed batch with the nodes and the links it added."""
CHECK_BATCH = 10_000


@dataclass(frozen=True, slots=True)
class BulkPlan:
    """The nodes to create by kind, and the links by relationship triple (as key pairs)."""

    nodes: dict[str, list[UpsertNode]] = field(default_factory=dict)
    links: dict[RelationshipSpec, list[tuple[str, str]]] = field(default_factory=dict)

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


def _refused(errors: list[FieldError], summary: str) -> BulkRefused:
    """Every error found; what is printed or answered of them is capped by
    :attr:`ValidationFailed.listed` (a file loaded twice has one per node)."""
    return BulkRefused(errors, f"{summary} ({counted(len(errors), 'error')})")


def plan_model(document: Any) -> BulkPlan:
    """Read and check ``document``; raises VALIDATION listing every problem."""
    draft = read_model(document)
    outside = [
        FieldError(
            path,
            f"{ref} is not in the file: a bulk load takes a self-contained model "
            "(link to nodes already stored with `graph-api seed`)",
        )
        for ref, path in draft.external.items()
    ]
    errors = draft.in_document_order([*draft.errors, *outside])
    if errors:
        raise _refused(errors, "invalid model")
    nodes: dict[str, list[UpsertNode]] = {kind: [] for kind in NODE_KINDS}
    for op in draft.nodes.values():
        nodes[op.kind].append(op)
    links: dict[RelationshipSpec, list[tuple[str, str]]] = {spec: [] for spec in RELATIONSHIPS}
    for link in draft.links:
        spec = find_relationship(link.source.kind, link.type, link.target.kind)
        if spec is None:  # cannot happen: the reader only makes allowed links
            raise ValueError(f"no relationship {link}")
        links[spec].append((link.source.key, link.target.key))
    return BulkPlan(
        {kind: ops for kind, ops in nodes.items() if ops},
        {spec: pairs for spec, pairs in links.items() if pairs},
    )


async def check_new(store: GraphStore, plan: BulkPlan) -> None:
    """Raise VALIDATION (nothing written) if any node of the plan is already stored."""
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
        raise _refused(errors, "a bulk load only creates nodes: use `graph-api seed` to update")
