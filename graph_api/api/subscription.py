"""The Subscription type: ``changes``, a feed of what committed writes did.

Served over WebSocket (graphql-transport-ws) at ``/graphql``. The events come from
:mod:`graph_api.services.changes` (the change log, followed across API processes);
this module only shapes them for GraphQL.
"""

from collections.abc import AsyncGenerator
from typing import Annotated

import strawberry
from strawberry.types import Info

from graph_api.errors import FieldError, ValidationFailed
from graph_api.graphql.types.changes import Change
from graph_api.graphql.types.node_kind import NodeKind, kind_name
from graph_api.security.authorization import needs
from graph_api.security.roles import Role
from graph_api.services.changes import DEFAULT_MAX_LAG

ChangeKinds = Annotated[
    list[NodeKind] | None,
    strawberry.argument(
        description="Only changes to nodes of these kinds; a link or unlink counts when "
        "either end is of one of them. Null or left out: every change."
    ),
]
After = Annotated[
    int | None,
    strawberry.argument(
        description="Resume: first every change after this `seq` (the last one received; "
        "0 for the whole change log), then the live ones, none missed or repeated. Left "
        "out: changes committed from now on."
    ),
]


async def _changes(
    info: Info, kinds: ChangeKinds = None, after: After = None
) -> AsyncGenerator[Change, None]:
    if kinds is not None and not kinds:
        raise ValidationFailed(
            [FieldError("kinds", "give at least one kind, or leave kinds out for every kind")]
        )
    names = [kind_name(member) for member in kinds] if kinds is not None else None
    # Closed however the stream ends (client completes, socket drops, error), so the
    # feed forgets this subscriber and its queue at once.
    async with await info.context.changes.follow(names, after) as subscriber:
        async for entry in subscriber:
            yield Change(event=entry.event, number=entry.seq)


@strawberry.type(description="Following the graph as it changes (over WebSocket).")
class Subscription:
    changes: AsyncGenerator[Change, None] = strawberry.subscription(
        resolver=_changes,
        metadata=needs(Role.VIEWER),
        description="Every change committed from now on (or after `after`), in commit "
        "order, whichever API process made it: nodes created, updated and deleted, "
        "relationships linked and unlinked. Deleting a node gives DELETED only, not "
        "UNLINKED for the relationships it took with it. Each change carries its `seq`: "
        "after a disconnection, subscribe again with `after` set to the last one received. "
        f"A subscriber more than {DEFAULT_MAX_LAG} events behind is disconnected with "
        "EVENTS_DROPPED.",
    )


def build_subscription() -> type:
    """The Subscription type (shared by every schema built)."""
    return Subscription


__all__ = ["Subscription", "build_subscription"]
