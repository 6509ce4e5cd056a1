"""Stores: one protocol (:mod:`.base`), one module per backend."""

from graph_api.store.base import (
    AddLink,
    DeleteNode,
    GraphStore,
    NodeRecord,
    NodeRef,
    RemoveLink,
    UpsertNode,
    WriteOp,
    WriteResult,
)
from graph_api.store.listing import ListQuery, Page

__all__ = [
    "AddLink",
    "DeleteNode",
    "GraphStore",
    "ListQuery",
    "NodeRecord",
    "NodeRef",
    "Page",
    "RemoveLink",
    "UpsertNode",
    "WriteOp",
    "WriteResult",
]
