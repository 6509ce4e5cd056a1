"""The execution context that hands whole answers to the response.

graphql-core completes every value of an answer field by field (a type check, a
resolver call and a path per value). A root field answered by a read plan returns its
value already complete (:class:`Complete`), passed through as is; a root field of a query
whose resolver returns GraphQL objects (a traversal's answer) is projected whole by
:class:`~graph_api.graphql.reads.objects.WholeAnswers`, or completed as usual where it
cannot be. The context also lends itself to the request's context, so that the planner
collects fields with the request's own fragments and variables.
"""

from typing import Any

from graphql import GraphQLOutputType, GraphQLResolveInfo, OperationType
from graphql.execution.collect_fields import FieldDetailsList
from graphql.pyutils import Path

from graph_api.graphql.library_seams import StrawberryExecution, strawberry_schema
from graph_api.graphql.reads.answer import Broken
from graph_api.graphql.reads.objects import WholeAnswers
from graph_api.graphql.reads.selection import Planner


class Complete:
    """A field's value that already satisfies its type: every leaf serialised, every
    non-null value present (:mod:`graph_api.graphql.reads.answer` made sure)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


class PlannedExecution(StrawberryExecution):
    """Strawberry's execution context, with root answers completed whole."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._planner: Planner | None = None
        context = self.context_value
        if hasattr(context, "executor"):
            context.executor = self

    def planner(self) -> Planner | None:
        """The request's planner, made on first use; None when reads are not planned
        (the setting ``read_plans`` off, or a context without settings)."""
        settings = getattr(self.context_value, "settings", None)
        if settings is None or not settings.read_plans:
            return None
        if self._planner is None:
            self._planner = Planner(self, strawberry_schema(self.schema), settings)
        return self._planner

    async def complete_awaitable_value(
        self,
        return_type: GraphQLOutputType,
        field_details_list: FieldDetailsList,
        info: GraphQLResolveInfo[Any],
        path: Path,
        result: Any,
        position_context: Any,
    ) -> Any:
        # graphql-core's own, with a whole answer passed through where there is one
        # (resolvers that return values are awaited here: root fields among them).
        try:
            resolved = await self.with_abort_signal(result)
            if type(resolved) is Complete:
                return resolved.value
            # What a resolver returns, at the root or below (impact's pages and its
            # deprecated groups: hundreds to tens of thousands of items), is projected
            # whole when it can be.
            if self.operation.operation == OperationType.QUERY:
                whole = self._whole(return_type, field_details_list, resolved)
                if whole is not None:
                    return whole.value
            completed = self.complete_value(
                return_type, field_details_list, info, path, resolved, position_context
            )
            if self.is_awaitable(completed):
                completed = await completed
        except Exception as raw_error:
            self.handle_field_error(raw_error, return_type, field_details_list, path)
            completed = None
        return completed

    def _whole(
        self, return_type: GraphQLOutputType, field_details_list: FieldDetailsList, value: Any
    ) -> Complete | None:
        """A root answer projected whole, or None where completion must answer."""
        planner = self.planner()
        if planner is None:
            return None
        answers = WholeAnswers(planner)
        try:
            nodes = [d.node for d in field_details_list]
            return Complete(answers.value(return_type, nodes, value))
        except Broken:
            return None
