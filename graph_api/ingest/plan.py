"""What each checked record changes, read from the store in a few batched calls.

For a batch it reads, whatever its size: the nodes its records name (one ``get_nodes``
per kind), the targets they link to (one per target kind), and the links the existing
nodes have (one ``neighbours`` per relationship field). Then each record is compared
with what is stored: a node that already holds exactly the record's values and links is
UNCHANGED and written not at all (no new version, no change-log entry, no event).

Idempotency is by the node key the external id names (:mod:`graph_api.ingest.keys`).
Within one batch, an id repeated with the same content is UNCHANGED after its first
record; repeated with other content, every record of it is refused (which one holds is
not the server's guess to make).
"""

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from graph_api.errors import FieldError
from graph_api.ingest.raw import RawRecord
from graph_api.ingest.records import LINK_FIELDS, PROPERTY_FIELDS, CheckedRecord
from graph_api.ingest.report import Outcome, RecordResult
from graph_api.long_work import off_the_loop
from graph_api.metamodel import RelationshipField
from graph_api.metamodel import relationship_fields as all_relationship_fields
from graph_api.store.base import AddLink, GraphStore, NodeRecord, NodeRef, RemoveLink, UpsertNode

Checked = tuple[RawRecord, CheckedRecord]


@cache
def relationship_fields(kind: str) -> Mapping[str, RelationshipField]:
    """The relationship fields of ``kind``, worked out once (the metamodel builds them
    anew on each call, and a batch asks per record)."""
    return all_relationship_fields(kind)


IngestOp = UpsertNode | RemoveLink | AddLink


def _run_of(op: IngestOp) -> tuple[int, str, str, str]:
    """Where ``op`` goes in a write: nodes first, then the links removed (a measurement
    moved to another KPI leaves the old one before it joins the new one), then those
    added; within each, by kind or relationship, so that each is one run of one sort,
    which a store writes in a few batches."""
    if isinstance(op, UpsertNode):
        return (0, op.kind, "", "")
    return (1 if isinstance(op, RemoveLink) else 2, op.type, op.source.kind, op.target.kind)


def write_order(ops: Sequence[IngestOp]) -> list[IngestOp]:
    """``ops`` in the order one write applies them (:func:`_run_of`)."""
    return sorted(ops, key=_run_of)


@dataclass(slots=True)
class Plan:
    """The outcome of every record and the operations that write the changed ones."""

    results: dict[int, RecordResult] = field(default_factory=dict)
    """By record number."""
    changes: dict[int, list[IngestOp]] = field(default_factory=dict)
    """By record number, for the records that change the graph: what writes them."""

    @property
    def ops(self) -> list[IngestOp]:
        """Every change, in write order."""
        return write_order([op for ops in self.changes.values() for op in ops])


def _result(raw: RawRecord, record: CheckedRecord, outcome: Outcome, **more: Any) -> RecordResult:
    return RecordResult(
        raw.number, raw.line, outcome, record.external_id, record.kind, record.key, **more
    )


def without_repeats(checked: Sequence[Checked], plan: Plan) -> list[Checked]:
    """The records whose id the batch names once, or first with one content; the others
    get their outcome in ``plan``."""
    by_node: dict[tuple[str, str], list[Checked]] = defaultdict(list)
    for raw, record in checked:
        by_node[(record.kind, record.key)].append((raw, record))
    kept: list[Checked] = []
    for group in by_node.values():
        first_raw, first = group[0]
        if all(record == first for _, record in group):
            kept.append(group[0])
            for raw, record in group[1:]:
                note = f"repeats record {first_raw.number}"
                plan.results[raw.number] = _result(raw, record, Outcome.UNCHANGED, note=note)
            continue
        numbers = ", ".join(str(raw.number) for raw, _ in group)
        for raw, record in group:
            problem = FieldError(
                "id",
                f"{record.external_id!r} names records {numbers} of this batch with different "
                "values: send one record per id",
            )
            plan.results[raw.number] = _result(raw, record, Outcome.REFUSED, errors=(problem,))
    kept.sort(key=lambda pair: pair[0].number)
    return kept


@dataclass(frozen=True, slots=True)
class Stored:
    """What the store holds of a batch's records."""

    nodes: Mapping[str, Mapping[str, NodeRecord]]
    """Kind -> key -> the stored node."""
    targets: Mapping[str, set[str]]
    """Target kind -> the keys of it that exist."""
    linked: Mapping[tuple[str, str], Mapping[str, frozenset[str]]]
    """(kind, field) -> node key -> the keys it links to now."""


async def read_stored(store: GraphStore, records: Sequence[CheckedRecord]) -> Stored:
    """What the store holds of ``records``, in one call per kind and per field."""
    keys: dict[str, list[str]] = defaultdict(list)
    target_keys: dict[str, set[str]] = defaultdict(set)
    for record in records:
        keys[record.kind].append(record.key)
        fields = relationship_fields(record.kind)
        for name, linked_keys in record.links.items():
            target_keys[fields[name].other_kind].update(linked_keys)
    nodes = {kind: await store.get_nodes(kind, kind_keys) for kind, kind_keys in keys.items()}
    targets = {
        kind: set(await store.get_nodes(kind, sorted(wanted)))
        for kind, wanted in target_keys.items()
    }
    linked: dict[tuple[str, str], dict[str, frozenset[str]]] = {}
    for kind, stored in nodes.items():
        fields = relationship_fields(kind)
        for name in LINK_FIELDS[kind]:
            found = await store.linked_keys(fields[name], list(stored)) if stored else {}
            linked[(kind, name)] = {key: frozenset(others) for key, others in found.items()}
    return Stored(nodes, targets, linked)


def missing_targets(record: CheckedRecord, stored: Stored) -> list[FieldError]:
    """A problem per field naming keys of nodes that do not exist."""
    problems: list[FieldError] = []
    fields = relationship_fields(record.kind)
    for name, keys in record.links.items():
        other = fields[name].other_kind
        missing = sorted(keys - stored.targets.get(other, set()))
        if missing:
            shown = ", ".join(repr(key) for key in missing[:10])
            more = f" and {len(missing) - 10} more" if len(missing) > 10 else ""
            problems.append(FieldError(name, f"no {other} with the key {shown}{more}"))
    return problems


def plan_record(raw: RawRecord, record: CheckedRecord, stored: Stored, plan: Plan) -> None:
    """The outcome of ``record`` and the operations it needs, added to ``plan``."""
    if problems := missing_targets(record, stored):
        plan.results[raw.number] = _result(raw, record, Outcome.REFUSED, errors=tuple(problems))
        return
    ref = NodeRef(record.kind, record.key)
    current = stored.nodes[record.kind].get(record.key)
    ops: list[IngestOp] = []
    if current is None:
        ops.append(UpsertNode(ref.kind, ref.key, record.props, create_only=True))
        outcome = Outcome.CREATED
    else:
        # The record sets its own properties; the rest (a description, translations)
        # belong to the graph and stay.
        own = PROPERTY_FIELDS[record.kind]
        props = {k: v for k, v in current.props.items() if k not in own} | dict(record.props)
        outcome = Outcome.UNCHANGED
        if props != dict(current.props):
            # On the version read: a change made meanwhile fails the write (CONFLICT)
            # instead of being overwritten unseen.
            ops.append(UpsertNode(ref.kind, ref.key, props, expected_version=current.version))
            outcome = Outcome.UPDATED
    fields = relationship_fields(record.kind)
    for name, wanted in record.links.items():
        now = stored.linked[(record.kind, name)].get(record.key, frozenset())
        spec = fields[name]
        rel = spec.relationship
        for key in sorted(now - wanted):
            other = NodeRef(spec.other_kind, key)
            ends = (ref, other) if spec.direction == "out" else (other, ref)
            ops.append(RemoveLink(rel.type, *ends))
        for key in sorted(wanted - now):
            other = NodeRef(spec.other_kind, key)
            ends = (ref, other) if spec.direction == "out" else (other, ref)
            ops.append(AddLink(rel.type, *ends))
        if now != wanted and outcome is Outcome.UNCHANGED:
            outcome = Outcome.UPDATED
    plan.results[raw.number] = _result(raw, record, outcome)
    if ops:
        plan.changes[raw.number] = ops


OFF_THE_LOOP = 2_000
"""Records from which comparing them with the store runs in a worker thread: a second
or more of CPU work for a large batch, which would hold up other requests."""


def _plan_all(kept: Sequence[Checked], stored: Stored, plan: Plan) -> None:
    for raw, record in kept:
        plan_record(raw, record, stored, plan)


async def plan_batch(store: GraphStore, checked: Sequence[Checked]) -> Plan:
    """The outcome of every checked record, and what writes the changes."""
    plan = Plan()
    kept = without_repeats(checked, plan)
    stored = await read_stored(store, [record for _, record in kept])
    if len(kept) >= OFF_THE_LOOP:
        await off_the_loop(_plan_all, kept, stored, plan)
    else:
        _plan_all(kept, stored, plan)
    return plan


__all__ = ["IngestOp", "Plan", "plan_batch", "write_order"]
