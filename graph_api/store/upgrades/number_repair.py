"""Step 4, shared by both stores: a node's numbers as the API can carry them.

Earlier releases stored two kinds of numbers this one refuses:

- floats that are not finite (infinities, NaN) in the float properties without bounds
  (``KPI.target``, ``Evidence.score``, ``Measurement.value``, ``BacklogItem.estimate``,
  which only refused negatives, took ``+inf``), which GraphQL's ``Float`` and JSON cannot
  carry: reading such a node failed;
- whole numbers beyond GraphQL's 32-bit ``Int`` in the int properties without an upper
  bound (the ``order`` of stages, steps and value-stream stages, ``Evidence.sampleSize``).

Each property is repaired by the rule of its kind:

- an optional property is removed (it is unknown, as if never given);
- a required order beyond the bound is clamped to it: the node stays after every sibling
  whose order is within the bound, as it was (siblings with one order are listed by key),
  and no sibling stored correctly is rewritten, as renumbering them would;
- a node whose required float is not finite (a measurement's value) is deleted with its
  links: a measurement without a value measures nothing, and any value put in its place
  would count in the KPI's status and trend as if measured.

The repaired properties are validated as any write; a result still invalid stops the
upgrade (:class:`UpgradeFailed`).
"""

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import annotated_types
from pydantic.fields import FieldInfo

from graph_api.metamodel import node_spec
from graph_api.metamodel.kinds import INT_MAX, INT_MIN
from graph_api.metamodel.validation import property_errors
from graph_api.store.upgrades.versions import UpgradeFailed


@dataclass(slots=True)
class NumberRepair:
    """What the repair of one node does: its new properties, or its deletion."""

    props: dict[str, Any] = field(default_factory=dict)
    delete: bool = False
    notes: list[str] = field(default_factory=list)
    """One per property repaired: its name, the value stored and what became of it."""

    def describe(self, node: object) -> str:
        """One line for the report: the node, then each property and its old value."""
        return f"{node}: {'; '.join(self.notes)}"


def _number_type(info: FieldInfo) -> type | None:
    """``int`` or ``float`` for a property holding one (optional or not), else None."""
    annotation = info.annotation
    types = getattr(annotation, "__args__", None) or (annotation,)
    for number in (float, int):
        if number in types:
            return number
    return None


def _bounds(info: FieldInfo) -> tuple[float, float]:
    low, high = float(INT_MIN), float(INT_MAX)
    for meta in info.metadata:
        if isinstance(meta, annotated_types.Ge):
            low = max(low, float(meta.ge))  # type: ignore[arg-type]
        elif isinstance(meta, annotated_types.Le):
            high = min(high, float(meta.le))  # type: ignore[arg-type]
    return low, high


def _finite(value: Any) -> bool:
    try:
        return math.isfinite(float(value))
    except OverflowError:  # an integer too large for a float
        return False


def _problem(number: type, info: FieldInfo, value: Any) -> str | None:
    """Why ``value`` cannot stay in the property, or None when it can."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None  # not a number: nothing this step repairs
    if number is float:
        return None if _finite(value) else "not finite"
    if not isinstance(value, int):
        return None
    # Only what GraphQL cannot carry: a number wrong for another reason (a severity of 9)
    # was never stored by a release, and the upgrade does not guess what it meant.
    return None if INT_MIN <= value <= INT_MAX else "out of range"


def set_aside(kind: str, props: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """``props`` with each number this step repairs replaced by a value its property
    takes, and those numbers by name: for an earlier step (text repair) to validate the
    rest of a node, then put them back for this step to repair and report."""
    infos = {(i.alias or n): i for n, i in node_spec(kind).properties.model_fields.items()}
    standing_in, originals = dict(props), {}
    for name, value in props.items():
        info = infos.get(name)
        number = None if info is None else _number_type(info)
        if info is None or number is None or _problem(number, info, value) is None:
            continue
        low, high = _bounds(info)
        originals[name] = value
        standing_in[name] = number(min(max(0, low), high))
    return standing_in, originals


def repair_numbers(kind: str, key: str, props: Mapping[str, Any]) -> NumberRepair | None:
    """What to do with the node ``kind`` ``key`` whose properties are ``props``; None
    when every number can stay. :class:`UpgradeFailed` when the result is not valid."""
    fields = node_spec(kind).properties.model_fields
    infos = {(info.alias or name): info for name, info in fields.items()}
    repair = NumberRepair(props=dict(props))
    for name, value in sorted(props.items()):  # one order of notes on both stores
        info = infos.get(name)
        number = None if info is None else _number_type(info)
        if info is None or number is None:
            continue
        problem = _problem(number, info, value)
        if problem is None:
            continue
        if not info.is_required():
            del repair.props[name]
            repair.notes.append(f"{name} {value!r} {problem}: removed")
        elif number is int:
            low, high = _bounds(info)
            repair.props[name] = int(high if value > high else low)
            repair.notes.append(f"{name} {value!r} {problem}: set to {repair.props[name]}")
        else:
            repair.delete = True
            repair.notes.append(f"{name} {value!r} {problem}: the node deleted with its links")
    if not repair.notes:
        return None
    if repair.delete:
        return repair
    stored, errors = property_errors(kind, repair.props)
    if errors:
        problems = "; ".join(str(e) for e in errors)
        raise UpgradeFailed(f"{kind} {key!r}: its numbers cannot be repaired: {problems}")
    repair.props = stored
    return repair
