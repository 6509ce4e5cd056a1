"""The ``ingest`` mutation: a small batch of measurements and evidence, as GraphQL input.

The same records as ``POST /ingest`` (docs/ingestion.md), checked, written and reported
by the same code (:mod:`graph_api.ingest`); at most
:data:`~graph_api.ingest.limits.MAX_GRAPHQL_RECORDS` per call. Values whose type GraphQL
checks (numbers, lists) are refused by GraphQL for the whole operation, as any GraphQL
input is; kinds, keys and dates are text, so a wrong one refuses only its record.
"""

from enum import Enum
from typing import Annotated, Any

import strawberry
from strawberry.types import Info

from graph_api.errors import LimitExceeded
from graph_api.ingest import IngestReport, Outcome, ingest_records
from graph_api.ingest.formats import CSV_COLUMNS
from graph_api.ingest.limits import MAX_GRAPHQL_RECORDS
from graph_api.ingest.raw import RawRecord
from graph_api.plural import counted
from graph_api.security.authorization import needs
from graph_api.security.roles import Role


@strawberry.enum(description="What an ingested record writes.")
class IngestRecordType(Enum):
    MEASUREMENT = "measurement"
    EVIDENCE = "evidence"


IngestOutcome = strawberry.enum(Outcome, name="IngestOutcome", description="What a record did.")


@strawberry.input(description="A measurement or a piece of evidence to ingest.")
class IngestRecordInput:
    type: IngestRecordType = strawberry.field(description="What the record writes.")
    id: str = strawberry.field(
        description="Its id in the system it comes from: re-sending it changes nothing."
    )
    kpi: str | None = strawberry.field(default=None, description="Measurement: the KPI's key.")
    value: float | None = strawberry.field(default=None, description="Measurement: the value.")
    at: str | None = strawberry.field(
        default=None, description="Measurement: the date it refers to, YYYY-MM-DD."
    )
    kind: str | None = strawberry.field(
        default=None, description="Evidence: its kind (an EvidenceKind value, e.g. survey)."
    )
    summary: str | None = strawberry.field(default=None, description="Evidence: what it shows.")
    source: str | None = strawberry.field(
        default=None, description="Evidence: where it comes from."
    )
    collected_at: str | None = strawberry.field(
        default=None, description="Evidence: when it was collected, YYYY-MM-DD."
    )
    sample_size: int | None = strawberry.field(
        default=None, description="Evidence: how many customers or cases."
    )
    score: float | None = strawberry.field(default=None, description="Evidence: its score.")
    steps: list[str] | None = strawberry.field(
        default=None, description="Evidence: keys of the steps it supports."
    )
    touchpoints: list[str] | None = strawberry.field(
        default=None, description="Evidence: keys of the touchpoints it supports."
    )
    pain_points: list[str] | None = strawberry.field(
        default=None, description="Evidence: keys of the pain points it supports."
    )
    outcomes: list[str] | None = strawberry.field(
        default=None, description="Evidence: keys of the desired outcomes it supports."
    )


_FIELDS = {column: name for column, name in CSV_COLUMNS.items() if column not in ("type", "id")}
"""Input attribute -> the record field (the NDJSON name): the input's attributes are the
CSV columns, type and id apart (set first)."""


def _raw(number: int, record: IngestRecordInput) -> RawRecord:
    fields: dict[str, Any] = {"type": record.type.value, "id": record.id}
    for attribute, name in _FIELDS.items():
        value = getattr(record, attribute)
        if value is not None:
            fields[name] = value
    return RawRecord(number, 0, fields)


@strawberry.type(description="One problem of a refused record.")
class IngestRecordError:
    field: str = strawberry.field(description="The field at fault ('line', 'targets', ...).")
    message: str = strawberry.field(description="What is wrong with it.")


@strawberry.type(description="What one record did.")
class IngestRecordResult:
    record: int = strawberry.field(description="Its position in the batch, from 1.")
    outcome: Outcome = strawberry.field(description="Created, updated, unchanged, refused.")
    id: str | None = strawberry.field(description="Its id.")
    kind: str | None = strawberry.field(description="Measurement or Evidence.")
    key: str | None = strawberry.field(description="The key of its node.")
    note: str | None = strawberry.field(description="Which earlier record of the batch it repeats.")
    errors: list[IngestRecordError] = strawberry.field(description="Why it was refused.")


@strawberry.type(description="What an ingested batch did.")
class IngestResult:
    records: int = strawberry.field(description="Records in the batch.")
    created: int = strawberry.field(description="Records whose node was created.")
    updated: int = strawberry.field(description="Records whose node or links changed.")
    unchanged: int = strawberry.field(description="Records the graph already held as sent.")
    refused: int = strawberry.field(description="Records not written.")
    written: bool = strawberry.field(description="Whether anything was written.")
    reason: str | None = strawberry.field(
        description="Why nothing was written (all-or-nothing and a record refused)."
    )
    results: list[IngestRecordResult] = strawberry.field(description="Every record, in order.")


def to_graphql(report: IngestReport) -> IngestResult:
    return IngestResult(
        records=len(report.results),
        created=report.counts[Outcome.CREATED],
        updated=report.counts[Outcome.UPDATED],
        unchanged=report.counts[Outcome.UNCHANGED],
        refused=report.counts[Outcome.REFUSED],
        written=report.written,
        reason=report.reason,
        results=[
            IngestRecordResult(
                record=r.record,
                outcome=r.outcome,
                id=r.id,
                kind=r.kind,
                key=r.key,
                note=r.note,
                errors=[IngestRecordError(field=e.path, message=e.message) for e in r.errors],
            )
            for r in report.results
        ],
    )


RecordsArgument = Annotated[
    list[IngestRecordInput],
    strawberry.argument(description=f"At most {MAX_GRAPHQL_RECORDS} records."),
]
AllOrNothingArgument = Annotated[
    bool, strawberry.argument(description="Write nothing if any record is refused.")
]


async def _ingest(
    info: Info, records: RecordsArgument, all_or_nothing: AllOrNothingArgument = False
) -> IngestResult:
    if len(records) > MAX_GRAPHQL_RECORDS:
        raise LimitExceeded(
            f"ingest takes at most {counted(MAX_GRAPHQL_RECORDS, 'record')}, not "
            f"{len(records)}: send larger batches to POST /ingest",
            limit="records",
            maximum=MAX_GRAPHQL_RECORDS,
            measured=len(records),
        )
    raws = [_raw(number, record) for number, record in enumerate(records, start=1)]
    actor = info.context.principal.subject
    report = await ingest_records(
        info.context.store, raws, actor=actor, all_or_nothing=all_or_nothing
    )
    return to_graphql(report)


MUTATION_FIELDS: dict[str, Any] = {
    "ingest": strawberry.mutation(
        resolver=_ingest,
        metadata=needs(Role.INGEST),
        description="Write measurements and evidence by their external ids (ingest, editor "
        f"or admin; at most {MAX_GRAPHQL_RECORDS} records, larger batches go to POST "
        "/ingest): a record already held as sent changes nothing, a bad record refuses only "
        "itself unless allOrNothing. See docs/ingestion.md.",
    ),
}

__all__ = ["MUTATION_FIELDS", "IngestResult"]
