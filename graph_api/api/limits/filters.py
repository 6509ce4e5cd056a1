r"""What a listing's ``where`` and ``orderBy`` weigh in the cost model, and how deep a
filter may nest.

A filter is tested on every node a listing considers, not only on the page returned,
and a relationship test (``some``/``none``/``all``) runs the filter inside it on every
related node. So a filter's *weight* is its size, with what sits under a relationship
test multiplied by ``assumed_fan_out`` per level:

- every field given counts 1 (``name``, ``eq``, ``AND``, ``NOT``, ``processes`` ...),
  every element of a list 1 (an ``OR`` of ``{}``\ s too), every value of an ``in`` 1;
- a quantifier (``some``/``none``/``all``) adds ``assumed_fan_out`` times (1 + the
  weight of its filter): the related nodes walked, and its filter tested on each.

So ``{name: {eq: "x"}}`` weighs 2, ``{key: {in: ["a", "b"]}}`` 4, and
``{processes: {some: {name: {eq: "x"}}}}`` 1 + (1 + 5 x (1 + 2)) = 17.

An ``orderBy`` weighs 2 per sort key (an element and its field).
:mod:`graph_api.api.limits.cost` multiplies the weight by the nodes tested:
``assumed_kind_size`` for a listing of the whole graph (a ``Query`` field),
``assumed_fan_out`` for a relationship list, and by how many times the field is asked
(once per parent object).

Two bounds come before the weight: a value may nest ``max_filter_depth`` levels of input
objects, and have ``max_filter_terms`` terms (fields and list elements, not the values of
an ``in``, which reach a store as one parameter): the size of what a store plans. Neo4j
plans each new filter afresh, in time that grows faster than its terms (measured on the
demo model: 16 OR-ed two-hop filters, 97 terms, took 1.6 s; 32 of them, 193 terms, 4.2 s).

Values come from the literal or the request's variables alike. A value used several
times (one variable spread into many places) is weighed once per use, but walked once.
"""

from collections.abc import Mapping
from typing import Any

from graphql import (
    GraphQLInputObjectType,
    GraphQLInputType,
    get_named_type,
    get_nullable_type,
    is_input_object_type,
    is_list_type,
)
from strawberry.types import get_object_definition

from graph_api.graphql.types.filters import RELATION_INPUTS

RELATION_FILTERS = frozenset(
    get_object_definition(cls, strict=True).name for cls in RELATION_INPUTS.values()
)
"""The input types of relationship tests: their filter runs once per related node."""

SIZED_ARGUMENTS = ("where", "orderBy")
"""The arguments of a listing whose size drives the work of each node it considers."""


class FilterTooDeep(Exception):
    """A ``where`` or ``orderBy`` value nests input objects deeper than allowed."""

    def __init__(self, argument: str, maximum: int) -> None:
        super().__init__(argument)
        self.argument = argument
        self.maximum = maximum


class FilterTooLarge(Exception):
    """A ``where`` or ``orderBy`` value has more terms than allowed."""

    def __init__(self, argument: str, maximum: int) -> None:
        super().__init__(argument)
        self.argument = argument
        self.maximum = maximum


class TooHeavy(Exception):
    """A ``where`` or ``orderBy`` value weighs more than the walk was allowed to find."""

    def __init__(self, argument: str) -> None:
        super().__init__(argument)
        self.argument = argument


class ArgumentWeigher:
    """Weighs argument values for one operation (memoised per value and type)."""

    def __init__(self, fan_out: int, max_depth: int, max_terms: int) -> None:
        self.fan_out = fan_out
        self.max_depth = max_depth
        self.max_terms = max_terms
        self._weighed: dict[tuple[int, str], tuple[int, int, int]] = {}
        """(id of a value, its type) to its weight, how deep it nests and its terms."""
        self._steps_left: int | None = None
        self._terms = 0

    def weight(
        self, argument: str, value: Any, value_type: GraphQLInputType, cap: int | None = None
    ) -> int:
        """The weight of ``value`` given to ``argument`` (of type ``value_type``).

        Raises :class:`FilterTooDeep` when it nests input objects deeper than
        ``max_depth``: checked level by level, so the walk's recursion stays bounded.
        Raises :class:`FilterTooLarge` once it has more than ``max_terms`` terms (fields
        and list elements, a value used twice counted twice): the size of the query a
        store plans for it. Raises :class:`TooHeavy` once the walk has taken more than
        ``cap`` steps: a step is a field, a list's element or an ``in`` value, each of
        which adds 1 to the weight, so the weight is over ``cap`` too. A huge value then
        costs no more to refuse than the largest one accepted.
        """
        self._steps_left = cap
        self._terms = 0
        weight, _ = self._value(argument, value, value_type, 1)
        return weight

    def _term(self, argument: str, terms: int = 1) -> None:
        self._terms += terms
        if self._terms > self.max_terms:
            raise FilterTooLarge(argument, self.max_terms)

    def _step(self, argument: str, steps: int = 1) -> None:
        if self._steps_left is not None:
            self._steps_left -= steps
            if self._steps_left < 0:
                raise TooHeavy(argument)

    def _value(
        self, argument: str, value: Any, value_type: GraphQLInputType, depth: int
    ) -> tuple[int, int]:
        """(weight, levels of input objects) of ``value`` at ``depth``."""
        if value is None:
            return 0, 0  # not given, or null
        nullable = get_nullable_type(value_type)
        if is_list_type(nullable):
            inner = nullable.of_type
            items = value if isinstance(value, list) else [value]  # one value: a list of it
            if not is_input_object_type(get_named_type(inner)):
                self._step(argument, len(items))  # values (``in``): 1 each
                return len(items), 0
            weight, height = 0, 0
            for item in items:
                self._step(argument)
                self._term(argument)
                item_weight, item_height = self._value(argument, item, inner, depth)
                weight, height = weight + 1 + item_weight, max(height, item_height)
            return weight, height
        named = get_named_type(value_type)
        if not isinstance(named, GraphQLInputObjectType) or not isinstance(value, dict):
            return 0, 0  # a leaf (its field counted it), or a value coercion refuses
        if depth > self.max_depth:
            raise FilterTooDeep(argument, self.max_depth)
        key = (id(value), named.name)
        if key in self._weighed:  # weighed before (a variable used again)
            weight, height, terms = self._weighed[key]
            self._term(argument, terms)
        else:
            before = self._terms
            weight, height = self._object(argument, value, named, depth)
            self._weighed[key] = (weight, height, self._terms - before)
        if depth + height - 1 > self.max_depth:  # weighed before, at a shallower place
            raise FilterTooDeep(argument, self.max_depth)
        return weight, height

    def _object(
        self, argument: str, value: Mapping[str, Any], named: GraphQLInputObjectType, depth: int
    ) -> tuple[int, int]:
        weight, height = 0, 0
        for name, item in value.items():
            self._step(argument)
            self._term(argument)
            field = named.fields.get(name)
            if field is None:
                weight += 1  # an unknown field: coercion refuses it later
                continue
            inner, inner_height = self._value(argument, item, field.type, depth + 1)
            height = max(height, inner_height)
            weight += 1
            if named.name in RELATION_FILTERS:
                weight += self.fan_out * (1 + inner)  # some/none/all: per related node
            else:
                weight += inner
        return weight, height + 1


__all__ = [
    "RELATION_FILTERS",
    "SIZED_ARGUMENTS",
    "ArgumentWeigher",
    "FilterTooDeep",
    "FilterTooLarge",
    "TooHeavy",
]
