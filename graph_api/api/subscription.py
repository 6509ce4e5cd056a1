"""The Subscription type: ``changes``, a feed of what committed writes did.

Served over WebSocket (graphql-transport-ws) at ``/graphql``. The events come from
:mod:`graph_api.services.changes`; this module only shapes them for GraphQL.
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


async def _changes(info: Info, kinds: ChangeKinds = None) -> AsyncGenerator[Change, None]:
    if kinds is not None and not kinds:
        raise ValidationFailed(
            [FieldError("kinds", "give at least one kind, or leave kinds out for every kind")]
        )
    names = [kind_name(member) for member in kinds] if kinds is not None else None
    # Closed however the stream ends (client completes, socket drops, error), so the
    # feed forgets this subscriber and its queue at once.
    async with info.context.changes.subscribe(names) as subscriber:
        async for event in subscriber:
            yield Change(event=event)


@strawberry.type(description="Following the graph as it changes (over WebSocket).")
class Subscription:
    changes: AsyncGenerator[Change, None] = strawberry.subscription(
        resolver=_changes,
        metadata=needs(Role.VIEWER),
        description="Every change committed from now on, in commit order: nodes created, "
        "updated and deleted, relationships linked and unlinked. Deleting a node gives "
        "DELETED only, not UNLINKED for the relationships it took with it. Events are "
        "not replayed: read the current state after subscribing. A subscriber more than "
        f"{DEFAULT_MAX_LAG} events behind is disconnected with EVENTS_DROPPED.",
    )


def build_subscription() -> type:
    """The Subscription type (shared by every schema built)."""
    return Subscription


__all__ = ["Subscription", "build_subscription"]
