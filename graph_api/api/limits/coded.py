"""Strawberry's document limits (depth, aliases, tokens), refusing with LIMIT_EXCEEDED.

Strawberry's ``QueryDepthLimiter``, ``MaxAliasesLimiter`` and ``MaxTokensLimiter`` decide;
their errors are plain ``GraphQLError``\\ s without a code, and their messages do not all
give the limit and the measured value. Each is subclassed here to report the same refusal
as a :class:`~graph_api.errors.LimitExceeded` (``extensions.code``, the setting's name,
its value, what was measured).
"""

import sys
from collections.abc import Callable, Collection, Iterator
from typing import Any

from graphql import (
    ASTValidationRule,
    DocumentNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLSyntaxError,
    ValidationContext,
)
from graphql.language import Node
from strawberry.extensions import MaxAliasesLimiter, MaxTokensLimiter, QueryDepthLimiter
from strawberry.extensions.max_aliases import count_fields_with_alias
from strawberry.extensions.query_depth_limiter import (
    determine_depth,
    get_fragments,
    get_queries_and_mutations,
)
from strawberry.types import ExecutionResult

from graph_api.errors import LimitExceeded
from graph_api.plural import counted

Recode = Callable[[GraphQLError, ValidationContext], GraphQLError]


def limit_error(
    message: str,
    *,
    limit: str,
    maximum: int,
    measured: int | None,
    nodes: Collection[Node] | None = None,
    located_as: GraphQLError | None = None,
) -> GraphQLError:
    """A refusal located in the document; its code and numbers come from LimitExceeded.

    ``located_as``: an error whose location (source and positions) the refusal keeps.
    """
    original = LimitExceeded(message, limit=limit, maximum=maximum, measured=measured)
    if located_as is not None and nodes is None:
        return GraphQLError(
            message,
            source=located_as.source,
            positions=located_as.positions,
            original_error=original,
        )
    return GraphQLError(message, nodes=nodes, original_error=original)


def recoding(rule: type[ASTValidationRule], recode: Recode) -> type[ASTValidationRule]:
    """``rule``, with every error it reports passed through ``recode`` first.

    Strawberry's limit rules do all their work in ``__init__`` and report through the
    shared ``ValidationContext``: its ``on_error`` is swapped for that call only, so the
    other rules' errors are left alone.
    """

    class Recoded(rule):  # type: ignore[valid-type, misc]
        def __init__(self, context: ValidationContext) -> None:
            report = context.on_error
            context.on_error = lambda error: report(recode(error, context))  # type: ignore[method-assign]
            try:
                super().__init__(context)
            finally:
                context.on_error = report  # type: ignore[method-assign]

    Recoded.__name__ = f"Coded{rule.__name__}"
    return Recoded


def known_fragments_only(rule: type[ASTValidationRule]) -> type[ASTValidationRule]:
    """``rule``, skipped for a document that spreads a fragment it does not define.

    Strawberry's depth limit looks every spread up without a default (a KeyError, which
    reached the client as the message "'Nope'"); KnownFragmentNamesRule reports the
    unknown fragment instead.
    """

    class KnownFragmentsOnly(rule):  # type: ignore[valid-type, misc]
        def __init__(self, context: ValidationContext) -> None:
            definitions = context.document.definitions
            known = {d.name.value for d in definitions if isinstance(d, FragmentDefinitionNode)}
            if spread_names(context.document) <= known:
                super().__init__(context)
            else:
                ASTValidationRule.__init__(self, context)

    KnownFragmentsOnly.__name__ = rule.__name__
    return KnownFragmentsOnly


def spread_names(document: DocumentNode) -> set[str]:
    """The names of every fragment spread in ``document``."""
    names: set[str] = set()
    stack = [d.selection_set for d in document.definitions if hasattr(d, "selection_set")]
    while stack:
        for selection in stack.pop().selections:
            if isinstance(selection, FragmentSpreadNode):
                names.add(selection.name.value)
            elif selection.selection_set is not None:
                stack.append(selection.selection_set)
    return names


class DepthLimit(QueryDepthLimiter):
    """``QueryDepthLimiter``; the refusal names the operation and its real depth."""

    def __init__(self, max_depth: int) -> None:
        super().__init__(max_depth=max_depth)
        self.max_depth = max_depth
        self.validation_rules = [
            known_fragments_only(recoding(rule, self._recode)) for rule in self.validation_rules
        ]

    def _recode(self, error: GraphQLError, context: ValidationContext) -> GraphQLError:
        depth = _deepest(context)
        return limit_error(
            f"The operation is {depth} levels deep; the limit is {self.max_depth} "
            "(max_query_depth).",
            limit="max_query_depth",
            maximum=self.max_depth,
            measured=depth,
            nodes=error.nodes,
        )


def _deepest(context: ValidationContext) -> int:
    """The depth of the deepest operation, measured as QueryDepthLimiter does, unbounded.

    The limiter stops counting at the limit; this walk does not (the document is bounded
    by the token limit and parsed already, so the walk is too).
    """
    definitions = context.document.definitions
    fragments = get_fragments(definitions)
    return max(
        (
            determine_depth(
                node=operation,
                fragments=fragments,
                depth_so_far=0,
                max_depth=sys.maxsize,
                context=context,
                operation_name=name,
                should_ignore=None,
            )
            for name, operation in get_queries_and_mutations(definitions).items()
        ),
        default=0,
    )


class AliasLimit(MaxAliasesLimiter):
    """``MaxAliasesLimiter``, refusing with LIMIT_EXCEEDED and the count of aliases."""

    def __init__(self, max_alias_count: int) -> None:
        super().__init__(max_alias_count=max_alias_count)
        self.max_alias_count = max_alias_count
        self.validation_rules = [recoding(rule, self._recode) for rule in self.validation_rules]

    def _recode(self, error: GraphQLError, context: ValidationContext) -> GraphQLError:
        definitions = context.document.definitions
        fragments = get_fragments(definitions)
        count = sum(
            count_fields_with_alias(operation, fragments)
            for operation in get_queries_and_mutations(definitions).values()
        )
        return limit_error(
            f"The document has {counted(count, 'alias', 'aliases')}; the limit is "
            f"{self.max_alias_count} (max_aliases).",
            limit="max_aliases",
            maximum=self.max_alias_count,
            measured=count,
            nodes=error.nodes,
        )


class TokenLimit(MaxTokensLimiter):
    """``MaxTokensLimiter``; the parser's refusals, syntax errors, get the code.

    Two refusals happen while parsing, before any validation rule can run: more tokens
    than ``max_tokens`` (Strawberry's limiter), and a document nested too deeply for the
    parser's recursion (a depth bomb of hundreds of levels, refused as ``max_query_depth``).
    The parser stops there, so the real count is unknown: counting on would cost the very
    work the limit saves. ``measured`` is null for both.
    """

    def __init__(self, max_token_count: int, max_depth: int) -> None:
        super().__init__(max_token_count=max_token_count)
        self.max_depth = max_depth

    def on_operation(self) -> Iterator[None]:
        try:
            yield from super().on_operation()
        except GraphQLSyntaxError as error:
            # Parsed off the loop (graph_api/api/document_cache.py), the error is raised
            # out of the operation, and Strawberry answers it as the request's only error.
            raise self._recode(error) from None
        # Parsed by Strawberry, the error is in its result; only the two refusals are
        # replaced.
        result: Any = self.execution_context.result
        if isinstance(result, ExecutionResult) and result.errors:
            result.errors = [self._recode(error) for error in result.errors]

    def _recode(self, error: GraphQLError) -> GraphQLError:
        if not isinstance(error, GraphQLSyntaxError):
            return error
        if error.message.endswith(f"more than {self.max_token_count} tokens. Parsing aborted."):
            return limit_error(
                f"The document has more than {counted(self.max_token_count, 'token')}; "
                f"the limit is {self.max_token_count} (max_tokens).",
                limit="max_tokens",
                maximum=self.max_token_count,
                measured=None,
                located_as=error,
            )
        if error.message.endswith("Document is nested too deeply. Parsing aborted."):
            return limit_error(
                "The document is nested too deeply to parse; the limit is "
                f"{counted(self.max_depth, 'level')} (max_query_depth).",
                limit="max_query_depth",
                maximum=self.max_depth,
                measured=None,
                located_as=error,
            )
        return error


__all__ = [
    "AliasLimit",
    "DepthLimit",
    "TokenLimit",
    "known_fragments_only",
    "limit_error",
    "recoding",
    "spread_names",
]
