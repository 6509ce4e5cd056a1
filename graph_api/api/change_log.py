"""``changeLog``: the append-only record of every committed change, with who made it."""

from datetime import UTC, datetime
from typing import Annotated, Any

import strawberry
from strawberry.types import Info

from graph_api.errors import ValidationFailed
from graph_api.graphql.ids import ANY_KIND_FORMS, resolve_node
from graph_api.graphql.types.changes import Change
from graph_api.graphql.types.pagination import page_size_error
from graph_api.store.change_log import ChangeLogEntry, ChangeLogQuery


@strawberry.type(name="ChangeLogEntry", description="One change, as the change log keeps it.")
class ChangeLogEntryType:
    entry: strawberry.Private[ChangeLogEntry]

    @strawberry.field(description="The entry's number: increasing in commit order.")
    def seq(self) -> int:
        return self.entry.seq

    @strawberry.field(
        description="Who made the change: `key:<id>` for an API key, `jwt:<sub>` for a JWT, "
        "or `system` for the API's own writes (the demo load, the CLI)."
    )
    def actor(self) -> str:
        return self.entry.actor

    @strawberry.field(description="What changed, as the `changes` feed reports it.")
    def change(self) -> Change:
        return Change(event=self.entry.event, number=self.entry.seq)


@strawberry.type(description="A page of the change log, oldest first.")
class ChangeLogPage:
    entries: list[ChangeLogEntryType] = strawberry.field(description="The entries.")
    has_more: bool = strawberry.field(description="Whether entries follow this page.")
    last_seq: int | None = strawberry.field(
        description="The last entry's seq: pass it as `after` for the next page."
    )


NodeFilter = Annotated[
    strawberry.ID | None,
    strawberry.argument(
        description="Only entries about this node, including its relationships: "
        f"{ANY_KIND_FORMS} (a deleted node by `Kind:key` or its global ID)."
    ),
]
Since = Annotated[
    datetime | None,
    strawberry.argument(description="Only entries at or after this time (UTC if no offset)."),
]
AfterSeq = Annotated[int | None, strawberry.argument(description="Only entries after this `seq`.")]
FirstEntries = Annotated[
    int | None, strawberry.argument(description="How many entries (by default 20, at most 100).")
]


async def _change_log(
    info: Info,
    node_id: NodeFilter = None,
    since: Since = None,
    after: AfterSeq = None,
    first: FirstEntries = None,
) -> ChangeLogPage:
    settings = info.context.settings
    size = settings.default_page_size if first is None else first
    if error := page_size_error(settings, "first", size):
        raise ValidationFailed([error])
    store = info.context.store
    node = await resolve_node(store, node_id, "nodeId") if node_id is not None else None
    if since is not None and since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    query = ChangeLogQuery(node=node, since=since, after_seq=after, first=size + 1)
    entries = await store.change_log(query)
    shown = entries[:size]
    return ChangeLogPage(
        entries=[ChangeLogEntryType(entry=e) for e in shown],
        has_more=len(entries) > size,
        last_seq=shown[-1].seq if shown else after,
    )


QUERY_FIELDS: dict[str, Any] = {
    "change_log": strawberry.field(
        resolver=_change_log,
        description="The change log: every change committed, oldest first, with who made "
        "it. Append-only: entries are written in the same transaction as the change.",
    ),
}
