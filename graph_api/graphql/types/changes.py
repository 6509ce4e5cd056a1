"""GraphQL types of changes, shared by the ``changes`` feed and the ``changeLog`` query."""

from datetime import datetime

import strawberry

from graph_api.graphql.ids import global_id
from graph_api.graphql.types.node_kind import NodeKind, node_kind
from graph_api.store.base import NodeRef
from graph_api.store.change_log import ChangeEvent, ChangeType

GraphQLChangeType = strawberry.enum(
    ChangeType,
    description="What happened: a node CREATED, UPDATED or DELETED; a relationship "
    "LINKED or UNLINKED.",
)


@strawberry.type(description="A node named by a change: its kind, key and global ID.")
class ChangeNode:
    ref: strawberry.Private[NodeRef]

    @strawberry.field(description="The node's kind.")
    def kind(self) -> NodeKind:
        return node_kind(self.ref.kind)

    @strawberry.field(description="The node's key.")
    def key(self) -> str:
        return self.ref.key

    @strawberry.field(description="The node's global ID.")
    def id(self) -> strawberry.ID:
        return strawberry.ID(global_id(self.ref))


@strawberry.type(
    description="One change a committed write made. A write that changed nothing (an "
    "update to the same values, a link that existed) gives none."
)
class Change:
    event: strawberry.Private[ChangeEvent]
    number: strawberry.Private[int]

    @strawberry.field(
        description="The change's number in the change log: increasing in commit order, "
        "across every API process. Pass the last one received as `changes(after:)` to "
        "resume, or as `changeLog(after:)`."
    )
    def seq(self) -> int:
        return self.number

    @strawberry.field(description="What happened.")
    def kind(self) -> ChangeType:
        return self.event.type

    @strawberry.field(
        description="The kind of the node changed; for LINKED and UNLINKED, of the "
        "relationship's source."
    )
    def node_kind(self) -> NodeKind:
        return node_kind(self.event.node.kind)

    @strawberry.field(description="The key of the node (for links, of the source).")
    def key(self) -> str:
        return self.event.node.key

    @strawberry.field(description="The global ID of the node (for links, of the source).")
    def id(self) -> strawberry.ID:
        return strawberry.ID(global_id(self.event.node))

    @strawberry.field(
        description="The node's version after the change; null for DELETED, LINKED and "
        "UNLINKED (relationships do not change the version of their ends)."
    )
    def version(self) -> int | None:
        return self.event.version

    @strawberry.field(
        description="When it happened: the node's updatedAt for CREATED and UPDATED, "
        "else when the write was committed."
    )
    def at(self) -> datetime:
        return self.event.at

    @strawberry.field(
        description="For LINKED and UNLINKED, the relationship type (e.g. HAS_STEP); else null."
    )
    def relationship(self) -> str | None:
        return self.event.relationship

    @strawberry.field(description="For LINKED and UNLINKED, where the relationship starts.")
    def source(self) -> ChangeNode | None:
        return ChangeNode(ref=self.event.source) if self.event.source else None

    @strawberry.field(description="For LINKED and UNLINKED, where the relationship ends.")
    def target(self) -> ChangeNode | None:
        return ChangeNode(ref=self.event.target) if self.event.target else None
