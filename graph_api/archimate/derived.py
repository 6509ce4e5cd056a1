"""Values the import derives when the file gives none, and the export therefore need
not write: a capability's ``level`` and a value-stream stage's ``order``.

Both sides call the same functions, so that the export leaves out exactly the values an
import would derive again (no default is written back as a new property).
"""

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from annotated_types import Le

from graph_api.metamodel import NODE_KINDS


def _largest_level() -> int | None:
    """The largest capability level the metamodel allows, if it bounds it."""
    field = NODE_KINDS["Capability"].properties.model_fields["level"]
    bounds = [m.le for m in field.metadata if isinstance(m, Le)]
    return int(bounds[0]) if bounds else None  # type: ignore[call-overload]


def derived_levels(capabilities: Iterable[str], parent: Mapping[str, str]) -> dict[str, int]:
    """Each capability's depth under ``PART_OF`` (``parent``: key -> parent key), 1 for a
    top-level one, at most the metamodel's largest level."""
    largest = _largest_level()
    levels: dict[str, int] = {}
    for key in capabilities:
        level, current, seen = 1, key, {key}
        while (up := parent.get(current)) is not None and up not in seen:
            level, current = level + 1, up
            seen.add(up)
        levels[key] = min(level, largest) if largest is not None else level
    return levels


def derived_orders(
    stages: Sequence[str], stream: Mapping[str, str], following: Iterable[tuple[str, str]]
) -> dict[str, int]:
    """Each stage's place among its value stream's stages (``stream``: stage -> value
    stream), following ``NEXT`` (``following``: (stage, next stage) pairs), ties in the
    order of ``stages``; positions start at 1."""
    place = {key: index for index, key in enumerate(stages)}
    incoming: Counter[str] = Counter()
    after: dict[str, list[str]] = {}
    for source, target in following:
        if source in place and target in place:
            incoming[target] += 1
            after.setdefault(source, []).append(target)
    ready = sorted((k for k in stages if not incoming[k]), key=place.__getitem__)
    ranked: list[str] = []
    while ready:
        key = ready.pop(0)
        ranked.append(key)
        for nxt in after.get(key, []):
            incoming[nxt] -= 1
            if not incoming[nxt]:
                ready = sorted([*ready, nxt], key=place.__getitem__)
    done = set(ranked)
    ranked += [k for k in stages if k not in done]  # stages on a cycle, in order
    position: Counter[str | None] = Counter()
    orders: dict[str, int] = {}
    for key in ranked:
        group = stream.get(key)
        position[group] += 1
        orders[key] = position[group]
    return orders
