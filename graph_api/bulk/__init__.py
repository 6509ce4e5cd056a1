"""Bulk loading large, new models (``graph-api load``): checked whole, then written fast.

:func:`plan_model` reads and checks a model document (everything ``graph-api seed``
checks, and that it is self-contained) into a plan (:mod:`graph_api.store.bulk_plan`);
:func:`bulk_load` has the store check that none of its nodes is stored yet and write it
its own fast way (``GraphStore.bulk_create``), and reports how long the write took.
"""

from graph_api.bulk.load import BulkReport, bulk_load
from graph_api.bulk.plan import plan_model
from graph_api.store.bulk_plan import (
    DEFAULT_BATCH_SIZE,
    BulkLoadFailed,
    BulkPlan,
    BulkRefused,
    Progress,
    check_new,
    plan_ops,
)

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "BulkLoadFailed",
    "BulkPlan",
    "BulkRefused",
    "BulkReport",
    "Progress",
    "bulk_load",
    "check_new",
    "plan_model",
    "plan_ops",
]
