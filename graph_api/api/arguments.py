"""Described argument types shared by the Query and Mutation fields."""

from typing import Annotated

import strawberry

First = Annotated[
    int | None,
    strawberry.argument(
        description="How many nodes to return (by default 20, at most 100 unless configured)."
    ),
]
After = Annotated[
    str | None,
    strawberry.argument(description="Return the nodes after this cursor (`pageInfo.endCursor`)."),
]
Last = Annotated[
    int | None,
    strawberry.argument(description="How many nodes to return from the end of the listing."),
]
Before = Annotated[
    str | None,
    strawberry.argument(
        description="Return the nodes before this cursor (`pageInfo.startCursor`)."
    ),
]
Search = Annotated[
    str | None,
    strawberry.argument(description="Only nodes whose label or description contains this text."),
]
Key = Annotated[str, strawberry.argument(description="The node's key.")]
NodeId = Annotated[strawberry.ID, strawberry.argument(description="A global node ID.")]
NodeIds = Annotated[list[strawberry.ID], strawberry.argument(description="Global node IDs.")]
IdOrKey = Annotated[
    strawberry.ID, strawberry.argument(description="The node's global ID or its key.")
]
NewKey = Annotated[
    str | None,
    strawberry.argument(description="The new node's key; derived from its label when omitted."),
]
ExpectedVersion = Annotated[
    int | None,
    strawberry.argument(
        description="The version the client read; CONFLICT if the node has changed since."
    ),
]
JourneyId = Annotated[
    strawberry.ID | None,
    strawberry.argument(description="Only steps of this journey (its global ID or key)."),
]
MinSeverity = Annotated[
    int, strawberry.argument(description="The least pain (severity 1-5) a step must reach.")
]
SourceId = Annotated[
    strawberry.ID, strawberry.argument(description="The global ID of the node to start from.")
]
TargetId = Annotated[
    strawberry.ID, strawberry.argument(description="The global ID of the node to reach.")
]
FieldName = Annotated[
    str,
    strawberry.argument(
        description="A relationship field of the source's type, e.g. `touchpoints`."
    ),
]
