"""A whole batch: read, checked, planned against the store, then written.

Changes are written with :meth:`~graph_api.store.base.GraphStore.write`, as the caller
(``createdBy``/``updatedBy``, the change log's actor), so they are atomic, versioned,
logged and published to the change feed like any other write. Reading, checking and
planning cost a fixed number of store calls per batch (:mod:`graph_api.ingest.plan`),
not one per record.

A bad record refuses only itself, unless the caller asks for all-or-nothing: then one
bad record means nothing is written, and the report says why. An all-or-nothing batch is
one write: if it fails, the graph is as it was. Otherwise the changes are written in
writes of :data:`WRITE_RECORDS` records, so that a batch of 100,000 measurements stays
within what one Neo4j transaction may hold in memory; a write that fails raises its error
and leaves its own records unwritten, the writes before it kept. Sending the batch again
is then safe: what was written comes back unchanged.
"""

from collections.abc import Sequence

from graph_api.errors import FieldError
from graph_api.ingest.formats import IngestFormat, read_records
from graph_api.ingest.limits import MAX_ID_CHARS
from graph_api.ingest.plan import Checked, Plan, plan_batch, write_order
from graph_api.ingest.raw import RawRecord
from graph_api.ingest.records import RECORD_TYPES, check_record
from graph_api.ingest.report import IngestReport, Outcome, RecordResult
from graph_api.long_work import off_the_loop
from graph_api.metamodel.text import UNREPRESENTABLE
from graph_api.plural import counted
from graph_api.store.base import SYSTEM, GraphStore

WRITE_RECORDS = 10_000
"""Records whose changes one write holds, outside all-or-nothing: 100,000 measurements
with their links and change-log entries are more than a Neo4j transaction may hold with
its default memory limit (``dbms.memory.transaction.total.max``)."""

OFF_THE_LOOP = 500
"""Records from which reading and checking a batch runs in a worker thread: thousands of
records are a noticeable stretch of CPU work that would hold up other requests."""


def shown_id(external_id: object) -> str | None:
    """A refused record's id as its report shows it: text or a whole number, cut to
    :data:`MAX_ID_CHARS` characters, with the characters no report can carry (a lone
    surrogate cannot even be written as UTF-8) shown as U+FFFD."""
    if isinstance(external_id, bool) or not isinstance(external_id, str | int):
        return None
    text = str(external_id)
    if len(text) > MAX_ID_CHARS:
        text = text[:MAX_ID_CHARS] + "…"
    return UNREPRESENTABLE.sub("\ufffd", text)


def _refused(raw: RawRecord, errors: Sequence[FieldError]) -> RecordResult:
    type_ = raw.fields.get("type")
    kind = RECORD_TYPES.get(type_) if isinstance(type_, str) else None
    return RecordResult(
        raw.number,
        raw.line,
        Outcome.REFUSED,
        id=shown_id(raw.fields.get("id")),
        kind=kind,
        errors=tuple(errors),
    )


def check_all(raws: Sequence[RawRecord]) -> tuple[list[Checked], list[RecordResult]]:
    """The records that pass their own checks, and the refusals of the others."""
    checked: list[Checked] = []
    refused: list[RecordResult] = []
    for raw in raws:
        if raw.problem is not None:
            refused.append(_refused(raw, [raw.problem]))
            continue
        outcome = check_record(raw.fields)
        if isinstance(outcome, list):
            refused.append(_refused(raw, outcome))
        else:
            checked.append((raw, outcome))
    return checked, refused


def _read_and_check(
    data: bytes | str, format: IngestFormat
) -> tuple[list[Checked], list[RecordResult]]:
    return check_all(read_records(data, format))


async def ingest_text(
    store: GraphStore,
    data: bytes | str,
    format: IngestFormat,
    *,
    actor: str = SYSTEM,
    all_or_nothing: bool = False,
) -> IngestReport:
    """Ingest the records ``data`` holds, written in ``format``.

    Raises VALIDATION or LIMIT_EXCEEDED for a batch that cannot be read at all (see
    :mod:`graph_api.ingest.formats`), before anything is written."""
    if len(data) >= OFF_THE_LOOP * 40:  # about OFF_THE_LOOP short records
        checked, refused = await off_the_loop(_read_and_check, data, format)
    else:
        checked, refused = _read_and_check(data, format)
    return await _ingest(store, checked, refused, actor=actor, all_or_nothing=all_or_nothing)


async def ingest_records(
    store: GraphStore,
    raws: Sequence[RawRecord],
    *,
    actor: str = SYSTEM,
    all_or_nothing: bool = False,
) -> IngestReport:
    """Ingest records already read (the ``ingest`` mutation's)."""
    checked, refused = check_all(raws)
    return await _ingest(store, checked, refused, actor=actor, all_or_nothing=all_or_nothing)


async def _ingest(
    store: GraphStore,
    checked: list[Checked],
    refused: list[RecordResult],
    *,
    actor: str,
    all_or_nothing: bool,
) -> IngestReport:
    plan = await plan_batch(store, checked)
    results = sorted([*refused, *plan.results.values()], key=lambda r: r.record)
    bad = [r.record for r in results if r.errors]
    if all_or_nothing and bad:
        shown = ", ".join(str(n) for n in bad[:20]) + (" ..." if len(bad) > 20 else "")
        reason = (
            f"nothing was written: all-or-nothing, and {counted(len(bad), 'record')} "
            f"refused (record {shown})"
        )
        results = [r if r.outcome is Outcome.REFUSED else _not_written(r) for r in results]
        return IngestReport(results, all_or_nothing, written=False, reason=reason)
    if all_or_nothing and plan.changes:
        await store.write(plan.ops, actor=actor)  # one write: all of it or none
    elif plan.changes:
        await write_in_parts(store, plan, actor)
    return IngestReport(results, all_or_nothing, written=bool(plan.changes))


async def write_in_parts(store: GraphStore, plan: Plan, actor: str) -> None:
    """The plan's changes, :data:`WRITE_RECORDS` records to a write, in record order."""
    numbers = sorted(plan.changes)
    for start in range(0, len(numbers), WRITE_RECORDS):
        part = numbers[start : start + WRITE_RECORDS]
        await store.write(write_order([op for n in part for op in plan.changes[n]]), actor=actor)


def _not_written(result: RecordResult) -> RecordResult:
    """``result`` of a good record in an all-or-nothing batch that another refused."""
    return RecordResult(
        result.record, result.line, Outcome.REFUSED, result.id, result.kind, result.key
    )


__all__ = ["OFF_THE_LOOP", "WRITE_RECORDS", "check_all", "ingest_records", "ingest_text"]
