"""Stores: one protocol (:mod:`.base`), one module per backend."""

from graph_api.store.base import (
    AddLink,
    DeleteNode,
    GraphStore,
    NodeFilter,
    NodeRecord,
    NodeRef,
    Page,
    RemoveLink,
    UpsertNode,
    WriteOp,
    WriteResult,
)
from graph_api.store.results import PainfulStepRow

__all__ = [
    "AddLink",
    "DeleteNode",
    "GraphStore",
    "NodeFilter",
    "NodeRecord",
    "NodeRef",
    "Page",
    "PainfulStepRow",
    "RemoveLink",
    "UpsertNode",
    "WriteOp",
    "WriteResult",
]
