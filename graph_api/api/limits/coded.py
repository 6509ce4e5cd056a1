"""The document limits (depth, aliases, tokens), refusing with LIMIT_EXCEEDED.

Depth and aliases are measured as Strawberry's ``QueryDepthLimiter`` and
``MaxAliasesLimiter`` measure them (introspection fields add no depth, a fragment counts
where it is spread, once per path), by validation rules of our own: Strawberry's report
plain ``GraphQLError``\\ s without a code, and their messages do not all give the limit
and the measured value. Each refusal is a :class:`~graph_api.errors.LimitExceeded`
(``extensions.code``, the setting's name, its value, what was measured). The token limit
is the parser's (Strawberry's ``MaxTokensLimiter`` sets it); its refusals get the code here.
"""

from collections.abc import Collection, Iterable, Iterator, Mapping
from functools import cache
from typing import Any

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLSyntaxError,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionNode,
    ValidationContext,
    ValidationRule,
)
from graphql.language import Node
from strawberry.extensions import AddValidationRules, MaxTokensLimiter
from strawberry.types import ExecutionResult

from graph_api.api.library_seams import is_nesting_limit_error, is_token_limit_error
from graph_api.errors import LimitExceeded
from graph_api.plural import counted

Fragments = Mapping[str, FragmentDefinitionNode]
SelectionOwner = OperationDefinitionNode | FragmentDefinitionNode | FieldNode | InlineFragmentNode


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


def _fragments(context: ValidationContext) -> dict[str, FragmentDefinitionNode]:
    definitions = context.document.definitions
    return {d.name.value: d for d in definitions if isinstance(d, FragmentDefinitionNode)}


def _operations(context: ValidationContext) -> list[OperationDefinitionNode]:
    return [d for d in context.document.definitions if isinstance(d, OperationDefinitionNode)]


def _spread(node: FragmentSpreadNode, fragments: Fragments) -> FragmentDefinitionNode | None:
    """The fragment ``node`` spreads; None for one not defined (KnownFragmentNamesRule
    reports it), which counts as nothing."""
    return fragments.get(node.name.value)


def _selections(owner: SelectionOwner) -> Iterable[SelectionNode]:
    return owner.selection_set.selections if owner.selection_set is not None else ()


def depth(
    node: Node,
    fragments: Fragments,
    *,
    so_far: int = 0,
    cap: int | None = None,
    beyond: list[Node] | None = None,
    visited: frozenset[str] = frozenset(),
) -> int:
    """How many levels of fields ``node`` nests, QueryDepthLimiter's way.

    A field with a selection adds a level, an introspection field (``__schema``, ...)
    none; a fragment counts where it is spread, not again inside itself. With ``cap``,
    the walk stops at each node more than ``cap`` levels down, and adds it to ``beyond``.
    """
    if cap is not None and so_far > cap:
        if beyond is not None:
            beyond.append(node)
        return so_far
    if isinstance(node, FieldNode):
        if node.name.value.startswith("__") or node.selection_set is None:
            return 0
        so_far, gained = so_far + 1, 1
    elif isinstance(node, FragmentSpreadNode):
        fragment = _spread(node, fragments)
        if fragment is None or node.name.value in visited:
            return 0
        visited = visited | {node.name.value}
        return depth(fragment, fragments, so_far=so_far, cap=cap, beyond=beyond, visited=visited)
    elif isinstance(node, OperationDefinitionNode | FragmentDefinitionNode | InlineFragmentNode):
        gained = 0
    else:
        raise TypeError(f"no depth for a {node.kind} node")
    below = (
        depth(child, fragments, so_far=so_far, cap=cap, beyond=beyond, visited=visited)
        for child in _selections(node)
    )
    return gained + max(below, default=0)


def aliases(
    owner: SelectionOwner, fragments: Fragments, visited: frozenset[str] = frozenset()
) -> int:
    """The aliased fields under ``owner``, MaxAliasesLimiter's way: a fragment's count
    where it is spread, not again inside itself."""
    count = 0
    for selection in _selections(owner):
        if isinstance(selection, FieldNode) and selection.alias is not None:
            count += 1
        if isinstance(selection, FieldNode | InlineFragmentNode):
            count += aliases(selection, fragments, visited)
        elif isinstance(selection, FragmentSpreadNode):
            fragment = _spread(selection, fragments)
            if fragment is not None and selection.name.value not in visited:
                count += aliases(fragment, fragments, visited | {selection.name.value})
    return count


class DepthRule(ValidationRule):
    """Refuses an operation more than ``max_depth`` levels deep, at each place it goes
    past the limit; the message gives the deepest operation's real depth."""

    max_depth: int

    def __init__(self, context: ValidationContext) -> None:
        # The work is done here, as Strawberry's rule does it: its errors come before
        # those of the rules that report while the document is visited.
        super().__init__(context)
        fragments, operations = _fragments(context), _operations(context)
        beyond: list[Node] = []
        for operation in operations:
            depth(operation, fragments, cap=self.max_depth, beyond=beyond)
        if not beyond:
            return
        # Measured on to the end (the walk above stops at the limit): the document is
        # parsed and bounded by the shape limits, so this walk is too.
        deepest = max(depth(operation, fragments) for operation in operations)
        for node in beyond:
            self.report_error(
                limit_error(
                    f"The operation is {deepest} levels deep; the limit is {self.max_depth} "
                    "(max_query_depth).",
                    limit="max_query_depth",
                    maximum=self.max_depth,
                    measured=deepest,
                    nodes=[node],
                )
            )


class AliasRule(ValidationRule):
    """Refuses a document with more than ``max_alias_count`` aliased fields, counted
    over all its operations."""

    max_alias_count: int

    def __init__(self, context: ValidationContext) -> None:
        super().__init__(context)  # reports here, as DepthRule does
        fragments = _fragments(context)
        count = sum(aliases(operation, fragments) for operation in _operations(context))
        if count > self.max_alias_count:
            self.report_error(
                limit_error(
                    f"The document has {counted(count, 'alias', 'aliases')}; the limit is "
                    f"{self.max_alias_count} (max_aliases).",
                    limit="max_aliases",
                    maximum=self.max_alias_count,
                    measured=count,
                )
            )


@cache
def depth_rule(max_depth: int) -> type[ValidationRule]:
    """The :class:`DepthRule` for ``max_depth`` (one class per value, made once)."""
    return type("DepthLimitRule", (DepthRule,), {"max_depth": max_depth})


@cache
def alias_rule(max_alias_count: int) -> type[ValidationRule]:
    """The :class:`AliasRule` for ``max_alias_count`` (one class per value, made once)."""
    return type("AliasLimitRule", (AliasRule,), {"max_alias_count": max_alias_count})


class DepthLimit(AddValidationRules):
    """Adds the depth rule for ``max_depth`` (``max_query_depth``) to every validation."""

    def __init__(self, max_depth: int) -> None:
        super().__init__([depth_rule(max_depth)])
        self.max_depth = max_depth


class AliasLimit(AddValidationRules):
    """Adds the alias rule for ``max_alias_count`` (``max_aliases``) to every validation."""

    def __init__(self, max_alias_count: int) -> None:
        super().__init__([alias_rule(max_alias_count)])
        self.max_alias_count = max_alias_count


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
        if is_token_limit_error(error, self.max_token_count):
            return limit_error(
                f"The document has more than {counted(self.max_token_count, 'token')}; "
                f"the limit is {self.max_token_count} (max_tokens).",
                limit="max_tokens",
                maximum=self.max_token_count,
                measured=None,
                located_as=error,
            )
        if is_nesting_limit_error(error):
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
    "AliasRule",
    "DepthLimit",
    "DepthRule",
    "TokenLimit",
    "alias_rule",
    "aliases",
    "depth",
    "depth_rule",
    "limit_error",
]
