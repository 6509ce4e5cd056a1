"""The shape of a parsed document, measured before any validation rule runs.

graphql-core's validation, and Strawberry's depth and alias limits, do work that grows
faster than the document: the rule that checks that fields can merge
(``OverlappingFieldsCanBeMergedRule``) compares every pair of fields that answer one
response key, and the depth and alias limits walk every fragment once per spread, so a
few fragments spreading each other twice cost them 2^n walks. The token limit bounds
the text, not these. Measured on this schema, 1,000 copies of ``personas { totalCount }``
(24 KB) took over 1 s to validate, and 20 fragments each spreading the next twice (831
bytes) 22 s.

So the document's shape is measured first, in one pass that is linear in its size
plus the limit (each fragment is measured once and its numbers reused at every spread),
and refused when one of these exceeds its setting:

- ``selections``: every selection (field, fragment spread, inline fragment) counted
  once per place it appears once fragments are expanded, summed over every definition
  (each operation and each fragment definition is validated on its own). This bounds
  the walks of the depth, alias and cost limits, and a chain of fragments spreading
  fragments (its sum grows with the square of its length).
- ``repeated``: the most fields answering one response path (the same alias or name
  at the same place, through fragments and inline fragments), which the merge rule
  compares pairwise.
- ``nesting``: the deepest chain of selections, a spread counting as a level, which
  bounds the recursion of the walks (the parser bounds nesting within one definition,
  not through fragments).
"""

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionNode,
    SelectionSetNode,
)

from graph_api.api.limits.coded import limit_error
from graph_api.config import Settings

Path = tuple[str, ...]
"""Response keys from a definition's root to a field."""


@dataclass(frozen=True)
class Shape:
    """A document's measures (see the module docstring)."""

    selections: int
    nesting: int
    repeated: int
    """0 when ``selections`` is over the limit given: then the paths are not merged."""
    repeated_path: str | None
    """The response path the most fields answer, dotted (``journeys.nodes.key``)."""


def _children(selection_set: SelectionSetNode) -> Iterable[SelectionNode]:
    """Every selection in ``selection_set``, nested ones too (not through spreads)."""
    stack = [selection_set]
    while stack:
        for selection in stack.pop().selections:
            yield selection
            inner = getattr(selection, "selection_set", None)
            if inner is not None:
                stack.append(inner)


def _fragment_order(fragments: Mapping[str, FragmentDefinitionNode]) -> list[str]:
    """The fragments, each after every fragment it spreads.

    A cycle is cut where it closes (NoFragmentCyclesRule reports it); the spread that
    closes it counts as empty. Iterative: a chain of fragments can be longer than
    Python's recursion allows.
    """

    def spread(name: str) -> Iterator[str]:
        for selection in _children(fragments[name].selection_set):
            if isinstance(selection, FragmentSpreadNode) and selection.name.value in fragments:
                yield selection.name.value

    order: list[str] = []
    done: set[str] = set()
    for root in fragments:
        if root in done:
            continue
        on_path = {root}
        stack = [(root, spread(root))]
        while stack:
            name, spreads = stack[-1]
            for inner in spreads:
                if inner not in done and inner not in on_path:
                    on_path.add(inner)
                    stack.append((inner, spread(inner)))
                    break
            else:
                stack.pop()
                on_path.discard(name)
                done.add(name)
                order.append(name)
    return order


@dataclass(frozen=True)
class _Size:
    selections: int
    nesting: int


def _size(selection_set: SelectionSetNode, sizes: Mapping[str, _Size]) -> _Size:
    """Selections and nesting of one definition, its spreads expanded (``sizes``)."""
    selections, nesting = 0, 0
    stack = [(selection_set, 1)]
    while stack:
        current, level = stack.pop()
        nesting = max(nesting, level)
        for selection in current.selections:
            selections += 1
            if isinstance(selection, FragmentSpreadNode):
                # Unknown or closing a cycle: another rule's error, empty here.
                spread = sizes.get(selection.name.value, _Size(0, 0))
                selections += spread.selections
                nesting = max(nesting, level + spread.nesting)
            elif selection.selection_set is not None:  # type: ignore[attr-defined]
                stack.append((selection.selection_set, level + 1))  # type: ignore[attr-defined]
    return _Size(selections, nesting)


def _fields(selection_set: SelectionSetNode, fields: Mapping[str, Counter[Path]]) -> Counter[Path]:
    """How many fields answer each response path of one definition, its spreads
    expanded (``fields``); inline fragments and spreads add no key to the path."""
    counts: Counter[Path] = Counter()
    stack: list[tuple[SelectionSetNode, Path]] = [(selection_set, ())]
    while stack:
        current, path = stack.pop()
        for selection in current.selections:
            if isinstance(selection, FieldNode):
                here = (*path, (selection.alias or selection.name).value)
                counts[here] += 1
                if selection.selection_set is not None:
                    stack.append((selection.selection_set, here))
            elif isinstance(selection, InlineFragmentNode):
                stack.append((selection.selection_set, path))
            elif isinstance(selection, FragmentSpreadNode):
                for inner, count in fields.get(selection.name.value, Counter()).items():
                    counts[(*path, *inner)] += count
    return counts


def measure_shape(document: DocumentNode, max_selections: int) -> Shape:
    """The shape of ``document``.

    ``max_selections``: above it, the fields' paths are not merged (that work is what
    the limit bounds), and ``repeated`` is 0. Counting the selections and the nesting
    is linear in the document's size whatever the fragments do.
    """
    fragments = {
        d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
    }
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    order = _fragment_order(fragments)
    sizes: dict[str, _Size] = {}
    for name in order:
        sizes[name] = _size(fragments[name].selection_set, sizes)
    every = [*sizes.values(), *(_size(o.selection_set, sizes) for o in operations)]
    selections = sum(size.selections for size in every)
    nesting = max((size.nesting for size in every), default=0)
    if selections > max_selections:
        return Shape(selections, nesting, 0, None)
    # Within the limit, merging the paths is bounded by it too: a fragment's paths are
    # merged once per spread, and each of its fields was counted once per spread.
    fields: dict[str, Counter[Path]] = {}
    for name in order:
        fields[name] = _fields(fragments[name].selection_set, fields)
    repeated, repeated_path = 0, None
    for counts in [*fields.values(), *(_fields(o.selection_set, fields) for o in operations)]:
        for path, count in counts.items():
            if count > repeated:
                repeated, repeated_path = count, path
    return Shape(selections, nesting, repeated, ".".join(repeated_path) if repeated_path else None)


@dataclass(frozen=True)
class ShapeLimits:
    """The settings the shape is checked against."""

    max_selections: int
    max_repeated_fields: int
    max_selection_nesting: int

    @classmethod
    def from_settings(cls, settings: Settings) -> "ShapeLimits":
        return cls(
            settings.max_selections,
            settings.max_repeated_fields,
            settings.max_selection_nesting,
        )


def shape_errors(document: DocumentNode, limits: ShapeLimits) -> list[GraphQLError]:
    """The refusals of ``document``'s shape (LIMIT_EXCEEDED), empty when it is within
    ``limits``; the first measure over its limit is reported (the others may be partial).
    """
    shape = measure_shape(document, limits.max_selections)
    if shape.selections > limits.max_selections:
        return [
            limit_error(
                f"The document has {shape.selections} selections once its fragments are "
                f"expanded; the limit is {limits.max_selections} (max_selections).",
                limit="max_selections",
                maximum=limits.max_selections,
                measured=shape.selections,
            )
        ]
    if shape.nesting > limits.max_selection_nesting:
        return [
            limit_error(
                f"The document's selections nest {shape.nesting} levels deep, fragments "
                f"and inline fragments included; the limit is {limits.max_selection_nesting} "
                "(max_selection_nesting).",
                limit="max_selection_nesting",
                maximum=limits.max_selection_nesting,
                measured=shape.nesting,
            )
        ]
    if shape.repeated > limits.max_repeated_fields:
        return [
            limit_error(
                f"The document selects '{shape.repeated_path}' {shape.repeated} times, "
                f"fragments included; the limit is {limits.max_repeated_fields} "
                "(max_repeated_fields).",
                limit="max_repeated_fields",
                maximum=limits.max_repeated_fields,
                measured=shape.repeated,
            )
        ]
    return []


__all__ = ["Shape", "ShapeLimits", "measure_shape", "shape_errors"]
