"""The execution context that hands whole answers to the response.

graphql-core completes every value of an answer field by field (a type check, a
resolver call and a path per value); a root field answered by a read plan returns its
value already complete (:class:`Complete`), which this context passes through as is.
It also lends itself to the request's context, so that the planner collects fields
with the request's own fragments and variables.
"""

from typing import Any

from graphql import GraphQLOutputType, GraphQLResolveInfo
from graphql.execution.collect_fields import FieldDetailsList
from graphql.pyutils import Path
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext


class Complete:
    """A field's value that already satisfies its type: every leaf serialised, every
    non-null value present (:mod:`graph_api.graphql.reads.answer` made sure)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


class PlannedExecution(StrawberryGraphQLCoreExecutionContext):
    """Strawberry's execution context, passing :class:`Complete` values through."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        context = self.context_value
        if hasattr(context, "executor"):
            context.executor = self

    def complete_value(
        self,
        return_type: GraphQLOutputType,
        field_details_list: FieldDetailsList,
        info: GraphQLResolveInfo[Any],
        path: Path,
        result: Any,
        position_context: Any,
    ) -> Any:
        if type(result) is Complete:
            return result.value
        return super().complete_value(
            return_type, field_details_list, info, path, result, position_context
        )
