"""What a listing's ``where`` and ``orderBy`` weigh in the cost model, and how deep a
filter may nest.

A filter is tested on every node a listing considers, not only on the page returned:
each of its tests is work per node, and a relationship test (``some``/``none``/``all``)
runs the filter inside it on every related node. So a filter's *weight* counts its
terms, the ones under a relationship test multiplied by ``assumed_fan_out`` per level:

- a property test counts 1 per operator given (``in``: 1 per value in its list);
- ``AND``, ``OR`` and ``NOT`` count 1 plus their filters' weights (an element of a
  list at least 1, even ``{}``);
- a relationship test counts, per quantifier given, 1 plus ``assumed_fan_out`` times
  (1 + the weight of the filter inside): the related nodes walked and tested.

An ``orderBy`` weighs 1 per sort key. :mod:`graph_api.api.limits.cost` multiplies the
weight by the nodes tested: ``assumed_kind_size`` for a listing of the whole graph (a
``Query`` field), ``assumed_fan_out`` for a relationship list, and by how many times the
field is asked (once per parent object).

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

from graph_api.api.types.filters import RELATION_INPUTS

RELATION_FILTERS = frozenset(
    cls.__strawberry_definition__.name  # type: ignore[attr-defined]
    for cls in RELATION_INPUTS.values()
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


class TooHeavy(Exception):
    """A ``where`` or ``orderBy`` value weighs more than the walk was allowed to find."""

    def __init__(self, argument: str) -> None:
        super().__init__(argument)
        self.argument = argument


class ArgumentWeigher:
    """Weighs argument values for one operation (memoised per value and type)."""

    def __init__(self, fan_out: int, max_depth: int) -> None:
        self.fan_out = fan_out
        self.max_depth = max_depth
        self._weighed: dict[tuple[int, str], tuple[int, int]] = {}
        """(id of a value, its type) to its weight and how deep it nests."""
        self._steps_left: int | None = None

    def weight(
        self, argument: str, value: Any, value_type: GraphQLInputType, cap: int | None = None
    ) -> int:
        """The weight of ``value`` given to ``argument`` (of type ``value_type``).

        Raises :class:`FilterTooDeep` when it nests input objects deeper than
        ``max_depth``: checked level by level, so the walk's recursion stays bounded.
        Raises :class:`TooHeavy` once the walk has counted ``cap`` (every part walked
        weighs at least 1), so that a huge value costs no more to refuse than the
        largest one accepted.
        """
        self._steps_left = cap
        weight, _ = self._value(argument, value, value_type, 1)
        return weight

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
        self._step(argument)
        nullable = get_nullable_type(value_type)
        if is_list_type(nullable):
            inner = nullable.of_type
            if isinstance(value, list) and not is_input_object_type(get_named_type(inner)):
                self._step(argument, len(value))  # values (``in``): 1 each
                return len(value), 0
            weight, height = 0, 0
            for item in value if isinstance(value, list) else [value]:
                item_weight, item_height = self._value(argument, item, inner, depth)
                weight, height = weight + max(item_weight, 1), max(height, item_height)
            return weight, height
        named = get_named_type(value_type)
        if not isinstance(named, GraphQLInputObjectType) or not isinstance(value, dict):
            return 1, 0  # a leaf, or a value that coercion will refuse
        if depth > self.max_depth:
            raise FilterTooDeep(argument, self.max_depth)
        key = (id(value), named.name)
        if key not in self._weighed:
            self._weighed[key] = self._object(argument, value, named, depth)
        weight, height = self._weighed[key]
        if depth + height - 1 > self.max_depth:  # weighed before, at a shallower place
            raise FilterTooDeep(argument, self.max_depth)
        return weight, height

    def _object(
        self, argument: str, value: Mapping[str, Any], named: GraphQLInputObjectType, depth: int
    ) -> tuple[int, int]:
        weight, height = 0, 0
        for name, item in value.items():
            field = named.fields.get(name)
            if field is None:
                weight += 1  # an unknown field: coercion refuses it later
                continue
            inner, inner_height = self._value(argument, item, field.type, depth + 1)
            height = max(height, inner_height)
            if named.name in RELATION_FILTERS:
                weight += 1 + self.fan_out * (1 + inner)  # some/none/all: per related node
            elif get_named_type(field.type) is named:
                weight += 1 + inner  # AND, OR, NOT: filters of the same kind
            else:
                weight += max(inner, 1)
        return weight, height + 1


__all__ = ["RELATION_FILTERS", "SIZED_ARGUMENTS", "ArgumentWeigher", "FilterTooDeep", "TooHeavy"]
