"""Garbage collection tuned for serving (``graph-api serve``; docs/reads.md).

A large answer allocates tens of thousands of small objects (the driver's records, the
answer's maps and lists), and CPython's default first-generation threshold (700
allocations) runs a collection every few hundred of them, each scanning the young
objects again; the process holds no reference cycles worth that. A higher threshold
makes collections rare, and freezing what start-up made (modules, the schema, an
embedded store's graph) keeps the older generations' collections from walking it.
"""

import gc


def raise_threshold(first_generation: int) -> None:
    """Collect the first generation every ``first_generation`` allocations (0 keeps
    Python's default)."""
    if first_generation:
        _, second, third = gc.get_threshold()
        gc.set_threshold(first_generation, second, third)


def freeze_startup_objects() -> None:
    """Move everything alive now out of the collector's sight (``gc.freeze``)."""
    gc.collect()
    gc.freeze()
