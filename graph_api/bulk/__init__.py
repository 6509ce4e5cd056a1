"""Bulk loading large, new models (``graph-api load``): checked whole, then written fast.

:func:`plan_model` reads and checks a model document (everything ``graph-api seed``
checks, and that it is self-contained); :func:`bulk_load` checks that none of its nodes
is stored yet and writes it through the store's bulk path
(:mod:`graph_api.store.embedded.bulk`, :mod:`graph_api.store.neo4j.bulk`).
"""

from graph_api.bulk.load import DEFAULT_BATCH_SIZE, BulkReport, bulk_load, plan_ops
from graph_api.bulk.plan import (
    BulkLoadFailed,
    BulkPlan,
    BulkRefused,
    Progress,
    check_new,
    plan_model,
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
