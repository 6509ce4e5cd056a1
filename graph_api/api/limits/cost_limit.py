"""The cost limit enforced: the validation rule that refuses an operation whose estimate
(:mod:`graph_api.api.limits.cost`) passes ``max_query_cost``, and the schema extension
that adds it for each operation with that operation's variables."""

from collections.abc import Iterator, Mapping
from typing import Any

from graphql import (
    FragmentDefinitionNode,
    GraphQLError,
    OperationDefinitionNode,
    ValidationContext,
    ValidationRule,
)
from strawberry.extensions import AddValidationRules

from graph_api.api.limits.coded import limit_error
from graph_api.api.limits.cost import CostModel, estimate_cost
from graph_api.api.limits.filters import (
    FilterTooDeep,
    FilterTooLarge,
    TooHeavy,
)
from graph_api.api.limits.per_request import PerRequestRule
from graph_api.plural import counted


def cost_rule(
    max_cost: int,
    model: CostModel,
    variables: Mapping[str, Any] | None = None,
    operation_name: str | None = None,
) -> type[ValidationRule]:
    """A validation rule refusing operations whose estimated cost exceeds ``max_cost``."""

    class QueryCostRule(PerRequestRule):
        def __init__(self, context: ValidationContext) -> None:
            super().__init__(context)
            definitions = context.document.definitions
            fragments = {
                d.name.value: d for d in definitions if isinstance(d, FragmentDefinitionNode)
            }
            # The operation that will run; all of them when the request does not say which.
            operations = [d for d in definitions if isinstance(d, OperationDefinitionNode)]
            if operation_name is not None:
                operations = [o for o in operations if o.name and o.name.value == operation_name]
            for operation in operations:
                try:
                    cost = estimate_cost(
                        context.schema, operation, fragments, variables, model, max_cost
                    )
                except TooHeavy as heavy:
                    context.report_error(_too_costly(max_cost, None, operation, heavy.argument))
                    continue
                except FilterTooDeep as deep:
                    context.report_error(_too_deep(deep, operation))
                    continue
                except FilterTooLarge as large:
                    context.report_error(_too_large(large, operation))
                    continue
                except RecursionError:
                    # Nested beyond what can be walked: far beyond any limit.
                    context.report_error(_too_costly(max_cost, None, operation))
                    continue
                if cost > max_cost:
                    context.report_error(_too_costly(max_cost, cost, operation))

    return QueryCostRule


def _too_deep(deep: FilterTooDeep, operation: OperationDefinitionNode) -> GraphQLError:
    return limit_error(
        f"A '{deep.argument}' value nests more than {counted(deep.maximum, 'level')} of input "
        f"objects; the limit is {deep.maximum} (max_filter_depth).",
        limit="max_filter_depth",
        maximum=deep.maximum,
        measured=None,
        nodes=[operation],
    )


def _too_large(large: FilterTooLarge, operation: OperationDefinitionNode) -> GraphQLError:
    return limit_error(
        f"A '{large.argument}' value has more than {counted(large.maximum, 'term')} (fields "
        f"and list elements); the limit is {large.maximum} (max_filter_terms).",
        limit="max_filter_terms",
        maximum=large.maximum,
        measured=None,
        nodes=[operation],
    )


def _too_costly(
    max_cost: int,
    cost: int | None,
    operation: OperationDefinitionNode,
    heavy_argument: str | None = None,
) -> GraphQLError:
    if heavy_argument is not None:
        measured = f"is over the limit for its '{heavy_argument}' alone"
    elif cost is None:
        measured = "cannot be estimated"
    else:
        measured = f"is {cost}"
    return limit_error(
        f"The operation's estimated cost {measured}; the limit is {max_cost} "
        "(max_query_cost). Ask for smaller pages (first/last), fewer nested lists or "
        "smaller filters.",
        limit="max_query_cost",
        maximum=max_cost,
        measured=cost,
        nodes=[operation],
    )


class QueryCostLimiter(AddValidationRules):
    """Adds the cost rule, built for each operation with its request's variables."""

    def __init__(self, *, max_cost: int, model: CostModel) -> None:
        super().__init__([])
        self.max_cost = max_cost
        self.model = model

    def on_operation(self) -> Iterator[None]:
        context = self.execution_context
        self.validation_rules = [
            cost_rule(self.max_cost, self.model, context.variables, context.operation_name)
        ]
        yield from super().on_operation()


__all__ = ["QueryCostLimiter", "cost_rule"]
