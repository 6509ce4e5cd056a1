"""Filters evaluated in memory, with the semantics of :mod:`graph_api.store.listing`."""

from collections.abc import Callable
from typing import Any

from graph_api.store.base import NodeRecord
from graph_api.store.embedded.memory import MemoryGraph
from graph_api.store.listing import (
    AllOf,
    AnyOf,
    Filter,
    Not,
    PropertyTest,
    Related,
    value_of,
)


def matches(memory: MemoryGraph, record: NodeRecord, where: Filter) -> bool:
    """Whether ``record`` passes ``where``."""
    if isinstance(where, PropertyTest):
        return _passes(value_of(record, where.name), where)
    if isinstance(where, AllOf):
        return all(matches(memory, record, item) for item in where.items)
    if isinstance(where, AnyOf):
        return any(matches(memory, record, item) for item in where.items)
    if isinstance(where, Not):
        return not matches(memory, record, where.item)
    return _related(memory, record, where)


def _related(memory: MemoryGraph, record: NodeRecord, where: Related) -> bool:
    rel = where.field.relationship
    walk = memory.targets if where.field.direction == "out" else memory.sources
    refs = walk(record.ref, rel.type, where.field.other_kind)
    others = [r for r in map(memory.get, refs) if r is not None]
    inner = where.where
    hits = sum(1 for other in others if inner is None or matches(memory, other, inner))
    if where.quantifier == "some":
        return hits > 0
    if where.quantifier == "none":
        return hits == 0
    return hits == len(others)


def _in(value: Any, options: Any) -> bool:
    return value in options


_COMPARISONS: dict[str, Callable[[Any, Any], bool]] = {
    "eq": lambda value, operand: bool(value == operand),
    "in": _in,
    "contains": lambda value, operand: isinstance(value, str) and operand in value,
    "startsWith": lambda value, operand: isinstance(value, str) and value.startswith(operand),
    "gt": lambda value, operand: bool(value > operand),
    "gte": lambda value, operand: bool(value >= operand),
    "lt": lambda value, operand: bool(value < operand),
    "lte": lambda value, operand: bool(value <= operand),
}


def _passes(value: Any, test: PropertyTest) -> bool:
    if test.op == "isNull":
        return (value is None) is bool(test.value)
    if value is None:
        return False
    return _COMPARISONS[test.op](value, test.value)
