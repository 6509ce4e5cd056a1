"""Values the import derives when the file gives none, and the export therefore need
not write: a value-stream stage's ``order``. Both sides call the same function, so that
the export leaves out exactly the values an import would derive again (no default is
written back as a new property). A capability's ``level`` is derived by the stores
themselves on every write (:mod:`graph_api.store.capability_levels`).
"""

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence


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
