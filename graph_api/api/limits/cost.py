"""The cost limit: before anything runs, an estimate of how many objects an operation touches.

Cost model
==========

The estimate walks the operation that is about to run, with its fragments expanded where
they are spread and every aliased field counted as the separate field it is, and adds up
how many objects (nodes, connections, edges, traversal results ...) the answer can hold:

- **Scalar and enum fields are free**: they come with their object. So are introspection
  fields (``__schema``, ``__type``, ``__typename``), which never reach the store.
- **Every field of an object type costs 1 per object it is asked of**; its own objects then
  pay for their fields the same way. A field's count is the count of its parent times the
  field's *multiplier*:

  - a list field with page arguments (``first``/``last``) multiplies by its page size:
    the value given (a literal or a variable of this request), else the argument's default
    in the schema (``search`` 20, ``paths`` 10), else ``default_page_size``; sizes are
    capped at ``max_page_size`` because the API refuses larger pages anyway (VALIDATION),
    before the store;
  - a connection (an object field with page arguments, e.g. ``journeys(first: 50)`` or
    ``stepsConnection``) costs 1 and hands its page size to the lists directly inside it
    (``nodes``, ``edges``): ``journeys(first: 50) { nodes { name } }`` costs 1 + 50;
  - ``nodes(ids: [...])`` multiplies by the number of IDs;
  - any other list, i.e. a relationship list without pages (``Step.painPoints``,
    ``Journey.stages``) or a list inside a traversal's result (``Impact.groups``),
    multiplies by ``assumed_fan_out``;
  - a single object multiplies by 1.

- **A traversal adds a base cost** for the work the store does before any of its objects
  are counted, once per time it is asked (see :data:`FIELD_COSTS`): ``impact`` is
  scaled by ``maxDepth`` and ``paths`` by ``maxLength``, the two arguments that make them
  expensive.

- **A filter or an order adds its weight times the nodes it is tested on**, each time
  the field is asked: a ``where`` is tested on every node a listing considers (not only
  the page it returns), and a relationship test runs its filter on every related node.
  The weight is the value's size, what sits under ``some``/``none``/``all`` multiplied by
  the fan-out (:mod:`graph_api.api.limits.filters`); the nodes tested are
  ``assumed_kind_size`` for a listing of the whole graph (a ``Query`` field) and the
  fan-out for a relationship list. Literals and variables count alike.

For example, with the default settings (pages of 20, a fan-out of 5)::

    { journeys { nodes { name stages { name steps { name } } } } }

costs 1 (the connection) + 20 (journeys) + 20 x 5 (stages) + 20 x 5 x 5 (steps) = 621.
And, with 100 nodes assumed per kind::

    { systems(where: {processes: {some: {name: {eq: "x"}}}}) { totalCount } }

costs 1 (the connection) + 100 x 17: the filter weighs 1 (``processes``) + 1 (``some``)
+ 5 x (1 + 2), the processes of each system walked and their ``{name: {eq: "x"}}`` (a
field and its test) tested on each. An ``OR`` of 30,000 such filters two hops deep
weighs about 2.8 million, times 100 nodes: refused before its end is even walked.

Why the request's variables are used: graphql-core's validation rules see the document
only, not the variables, so a rule alone would have to assume the largest page for every
``first: $n``. Strawberry runs validation per request, though, after the variables are
known, so ``QueryCostLimiter`` (:mod:`graph_api.api.limits.cost_limit`) builds the rule
for each operation with that request's variables (and operation name) bound in: sizes
are exact, and the check still runs during validation, before any resolver and so before
the store.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLField,
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
    get_named_type,
    get_nullable_type,
    is_composite_type,
    is_list_type,
    value_from_ast_untyped,
)
from graphql.pyutils import Undefined

from graph_api.api import archimate_exchange, model_exchange
from graph_api.api.limits.filters import (
    SIZED_ARGUMENTS,
    ArgumentWeigher,
)
from graph_api.config import Settings
from graph_api.diagrams import graphql as diagram_fields
from graph_api.graphql.costs import FieldCost
from graph_api.traversals import TRAVERSALS

FIELD_COSTS: dict[str, FieldCost] = {
    **{traversal.name: traversal.cost for traversal in TRAVERSALS},
    **diagram_fields.COSTS,
    **model_exchange.QUERY_COSTS,
    **archimate_exchange.QUERY_COSTS,
}
"""The Query fields that cost more than the objects they return, each declared where the
field is built (a traversal's in its description)."""

TRAVERSAL_COSTS: dict[str, int] = {name: cost.base for name, cost in FIELD_COSTS.items()}
"""The base cost of each of those fields, in objects, by field name."""

PAGE_ARGUMENTS = ("first", "last")


@dataclass(frozen=True)
class CostModel:
    """The settings the estimate depends on."""

    default_page_size: int = 20
    max_page_size: int = 100
    assumed_fan_out: int = 5
    assumed_kind_size: int = 100
    max_filter_depth: int = 16
    max_filter_terms: int = 64

    @classmethod
    def from_settings(cls, settings: Settings) -> "CostModel":
        return cls(
            settings.default_page_size,
            settings.max_page_size,
            settings.assumed_fan_out,
            settings.assumed_kind_size,
            settings.max_filter_depth,
            settings.max_filter_terms,
        )


class _Estimator:
    """Walks one operation; fragment costs are memoised, so the walk is linear in size."""

    def __init__(
        self,
        schema: GraphQLSchema,
        fragments: Mapping[str, FragmentDefinitionNode],
        variables: Mapping[str, Any],
        model: CostModel,
        max_cost: int | None = None,
    ) -> None:
        self.schema = schema
        self.max_cost = max_cost
        self.fragments = fragments
        self.variables = dict(variables)
        self.model = model
        self.weigher = ArgumentWeigher(
            model.assumed_fan_out, model.max_filter_depth, model.max_filter_terms
        )
        self._fragment_costs: dict[tuple[str, int | None], int] = {}
        self._expanding: set[str] = set()

    def selections(self, selection_set: SelectionSetNode, parent: Any, page: int | None) -> int:
        """The cost of a selection set on one object of ``parent``.

        ``page``: the page size of the connection this is the selection of, for its lists.
        """
        total = 0
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                total += self.field(selection, parent, page)
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                on = self.schema.get_type(condition.name.value) if condition else parent
                total += self.selections(selection.selection_set, on, page)
            elif isinstance(selection, FragmentSpreadNode):
                total += self.fragment(selection.name.value, page)
        return total

    def fragment(self, name: str, page: int | None) -> int:
        definition = self.fragments.get(name)
        # An unknown or cyclic fragment is another rule's error; it costs nothing here.
        if definition is None or name in self._expanding:
            return 0
        memo = (name, page)
        if memo not in self._fragment_costs:
            self._expanding.add(name)
            on = self.schema.get_type(definition.type_condition.name.value)
            self._fragment_costs[memo] = self.selections(definition.selection_set, on, page)
            self._expanding.discard(name)
        return self._fragment_costs[memo]

    def field(self, node: FieldNode, parent: Any, page: int | None) -> int:
        name = node.name.value
        if name.startswith("__") or not isinstance(
            parent, GraphQLObjectType | GraphQLInterfaceType
        ):
            return 0
        definition = parent.fields.get(name)
        if definition is None:
            return 0  # an unknown field: FieldsOnCorrectTypeRule reports it
        base = self.traversal(node, definition, parent) + self.sized_arguments(
            node, definition, parent
        )
        named = get_named_type(definition.type)
        if not is_composite_type(named):
            return base  # a scalar is free, but not the traversal computing it
        is_list = is_list_type(get_nullable_type(definition.type))
        size = self.page_size(node, definition)
        if not is_list:
            multiplier, inner_page = 1, size
        elif size is not None:
            multiplier, inner_page = size, None
        elif "ids" in definition.args:
            ids = self.argument(node, definition, "ids")
            multiplier, inner_page = len(ids) if isinstance(ids, list) else 1, None
        else:
            multiplier, inner_page = self.model.assumed_fan_out if page is None else page, None
        inner = self.selections(node.selection_set, named, inner_page) if node.selection_set else 0
        return base + multiplier * (1 + inner)

    def traversal(self, node: FieldNode, definition: GraphQLField, parent: Any) -> int:
        cost = FIELD_COSTS.get(node.name.value)
        if parent is not self.schema.query_type or cost is None:
            return 0
        base = cost.base
        if cost.scaled_by is not None:
            argument, maximum = cost.scaled_by
            value = self.argument(node, definition, argument)
            base *= min(value, maximum) if isinstance(value, int) and value > 0 else maximum
        return base

    def sized_arguments(self, node: FieldNode, definition: GraphQLField, parent: Any) -> int:
        """The cost of the field's filter and order, each time it is asked: their weight
        (:mod:`graph_api.api.limits.filters`) times the nodes they are applied to."""
        if parent is self.schema.query_type:
            tested = self.model.assumed_kind_size  # a listing of the whole graph
        else:
            tested = self.model.assumed_fan_out  # a relationship list, per parent
        # A weight past this makes the operation too costly whatever else it asks.
        cap = None if self.max_cost is None else self.max_cost // tested + 1
        weight = 0
        for name in SIZED_ARGUMENTS:
            if name in definition.args:
                value = self.argument(node, definition, name)
                weight += self.weigher.weight(name, value, definition.args[name].type, cap)
        return weight * tested

    def page_size(self, node: FieldNode, definition: GraphQLField) -> int | None:
        """The page size of a field with page arguments; None for a field without."""
        if not any(name in definition.args for name in PAGE_ARGUMENTS):
            return None
        sizes = []
        for name in PAGE_ARGUMENTS:
            if name not in definition.args:
                continue
            value = self.argument(node, definition, name)
            if value is None:
                continue
            # A size that is not a number fails coercion later; until then, the largest.
            sizes.append(value if isinstance(value, int) else self.model.max_page_size)
        size = max(sizes) if sizes else self.model.default_page_size
        return min(max(size, 0), self.model.max_page_size)

    def argument(self, node: FieldNode, definition: GraphQLField, name: str) -> Any:
        """The argument's value: given (literal or variable), else its schema default."""
        for argument in node.arguments or ():
            if argument.name.value == name:
                value = value_from_ast_untyped(argument.value, self.variables)
                return None if value is Undefined else value
        default = definition.args[name].default_value
        return None if default is Undefined else default


def estimate_cost(
    schema: GraphQLSchema,
    operation: OperationDefinitionNode,
    fragments: Mapping[str, FragmentDefinitionNode],
    variables: Mapping[str, Any] | None = None,
    model: CostModel | None = None,
    max_cost: int | None = None,
) -> int:
    """The estimated cost of ``operation`` (see the module docstring for the model).

    ``max_cost``: the limit it will be held to. A filter heavier than the whole limit
    allows is then not walked to its end: :class:`TooHeavy` is raised instead.
    """
    given = dict(variables or {})
    for definition in operation.variable_definitions or ():
        name = definition.variable.name.value
        if name not in given and definition.default_value is not None:
            given[name] = value_from_ast_untyped(definition.default_value)
    root = schema.get_root_type(operation.operation)
    estimator = _Estimator(schema, fragments, given, model or CostModel(), max_cost)
    return estimator.selections(operation.selection_set, root, None)


__all__ = ["FIELD_COSTS", "TRAVERSAL_COSTS", "CostModel", "estimate_cost"]
