"""What a Query field costs, declared where the field is built.

The cost limit (:mod:`graph_api.api.limits.cost`) adds these up for an operation before
it runs; each feature declares its fields' costs next to them (a traversal in its
:class:`~graph_api.traversals.Traversal`), so there is no table of names to keep in step.
"""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FieldCost:
    """A field's base cost in objects: a rough weight of the store work it does (a scan
    of the whole model weighs more than one journey's neighbourhood)."""

    base: int
    scaled_by: tuple[str, int] | None = None
    """An argument the base is multiplied by, and that argument's maximum (the value used
    when the argument is absent or out of range): ``("maxDepth", 5)``."""


__all__ = ["FieldCost"]
