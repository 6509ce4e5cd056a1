"""Described argument types shared by the Query and Mutation fields."""

from typing import Annotated

import strawberry

from graph_api.graphql.ids import ANY_KIND_FORMS, of_kind_forms

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
NodeId = Annotated[
    strawberry.ID, strawberry.argument(description=f"The node, of any kind: {ANY_KIND_FORMS}.")
]
NodeIds = Annotated[
    list[strawberry.ID],
    strawberry.argument(description=f"The nodes, of any kinds, each by {ANY_KIND_FORMS}."),
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
    strawberry.argument(description=f"Only steps of this journey ({of_kind_forms('Journey')})."),
]
MinSeverity = Annotated[
    int, strawberry.argument(description="The least pain (severity 1-5) a step must reach.")
]
SourceId = Annotated[
    strawberry.ID,
    strawberry.argument(description=f"The node to start from, of any kind: {ANY_KIND_FORMS}."),
]
TargetId = Annotated[
    strawberry.ID,
    strawberry.argument(
        description="The node to reach, of the kind `field` leads to: its key, `Kind:key` "
        "or its global ID (its `id` field)."
    ),
]
FieldName = Annotated[
    str,
    strawberry.argument(
        description="A relationship field of the source's type, e.g. `touchpoints`."
    ),
]
