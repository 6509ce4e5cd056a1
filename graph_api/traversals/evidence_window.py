"""The GraphQL side of evidence ageing: the ``maxAgeDays`` and ``asOf`` arguments that
``coverage``, ``serviceBlueprint`` and ``serviceBlueprintDiagram`` share, the window they
make (echoed in answers) and how a set of evidence stands against it.

The rule itself is :mod:`graph_api.traversals.evidence_age`.
"""

from datetime import UTC, date, datetime
from typing import Annotated

import strawberry
from strawberry.types import Info

from graph_api.errors import FieldError
from graph_api.traversals.evidence_age import EvidenceAge, EvidenceFreshness

MaxAgeDays = Annotated[
    int | None,
    strawberry.argument(
        description="Days after which a piece of evidence no longer counts as fresh (0: "
        "only evidence collected on `asOf`); default: the setting "
        "GRAPH_API_EVIDENCE_MAX_AGE_DAYS (365). Negative: VALIDATION."
    ),
]
AsOf = Annotated[
    date | None,
    strawberry.argument(
        description="The day the evidence's age is taken on (default: today, UTC); "
        "evidence collected after it does not count as fresh."
    ),
]


def today() -> date:
    """Today in UTC: the default ``asOf``, the same for every caller whatever its zone."""
    return datetime.now(UTC).date()


def evidence_age(
    info: Info, max_age_days: int | None, as_of: date | None, errors: list[FieldError]
) -> EvidenceAge:
    """The age the arguments ask for, the settings' where they are omitted; a negative
    ``maxAgeDays`` adds a field error (and the default stands in, so that every problem
    can be listed in one VALIDATION error)."""
    default: int = info.context.settings.evidence_max_age_days
    if max_age_days is not None and max_age_days < 0:
        errors.append(FieldError("maxAgeDays", f"must not be negative, got {max_age_days}"))
        max_age_days = None
    return EvidenceAge(as_of or today(), default if max_age_days is None else max_age_days)


@strawberry.type(
    description="The window evidence must have been collected in to count as fresh: from "
    "`since` to `asOf`, both days included."
)
class EvidenceWindow:
    age: strawberry.Private[EvidenceAge]

    @strawberry.field(description="The day the age is taken on.")
    def as_of(self) -> date:
        return self.age.as_of

    @strawberry.field(description="How many days old evidence may be and still be fresh.")
    def max_age_days(self) -> int:
        return self.age.max_age_days

    @strawberry.field(
        description="The window's first day: `asOf` minus `maxAgeDays` (the calendar's "
        "first day, 0001-01-01, for an age longer than that)."
    )
    def since(self) -> date:
        return self.age.window_start


@strawberry.type(
    name="EvidenceFreshness",
    description="How a set of distinct evidence stands against an evidence window: "
    "`evidenceCount` = `freshCount` + `olderCount` + `laterCount` + `undatedCount`.",
)
class EvidenceFreshnessCounts:
    counts: strawberry.Private[EvidenceFreshness]

    @strawberry.field(description="Every piece of the evidence.")
    def evidence_count(self) -> int:
        return self.counts.evidence_count

    @strawberry.field(description="Those collected in the window.")
    def fresh_count(self) -> int:
        return self.counts.fresh_count

    @strawberry.field(description="Those collected before the window.")
    def older_count(self) -> int:
        return self.counts.older_count

    @strawberry.field(description="Those collected after `asOf`.")
    def later_count(self) -> int:
        return self.counts.later_count

    @strawberry.field(description="Those without `collectedAt`: never fresh.")
    def undated_count(self) -> int:
        return self.counts.undated_count

    @strawberry.field(
        description="The latest day a piece of it was collected on or before `asOf`; null "
        "when none was."
    )
    def latest_date(self) -> date | None:
        return self.counts.latest_date

    @strawberry.field(description="Whether there is evidence and none of it is fresh.")
    def stale(self) -> bool:
        return self.counts.stale
