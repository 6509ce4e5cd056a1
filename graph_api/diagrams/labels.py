"""The names the diagrams show: each node's label (its name, statement, title, ...)."""

from collections.abc import Iterable, Mapping

from graph_api.metamodel import node_spec
from graph_api.store.base import GraphStore, NodeRecord, NodeRef

Labels = Mapping[NodeRef, str]
"""The label of each node a diagram names; a node missing here is shown by its key."""


def label_of(record: NodeRecord) -> str:
    """A node's label: the property its kind labels nodes with (as the API's ``label``)."""
    return str(record.props.get(node_spec(record.kind).label_field, ""))


def label(labels: Labels, ref: NodeRef) -> str:
    """The label of ``ref``, or its key when it has none."""
    return labels.get(ref, "").strip() or ref.key


async def read_labels(store: GraphStore, refs: Iterable[NodeRef]) -> dict[NodeRef, str]:
    """The labels of ``refs``, read from ``store`` in one call per kind (nodes it does
    not hold are left out)."""
    by_kind: dict[str, dict[str, None]] = {}
    for ref in refs:
        by_kind.setdefault(ref.kind, {})[ref.key] = None
    labels: dict[NodeRef, str] = {}
    for kind, keys in by_kind.items():
        for record in (await store.get_nodes(kind, list(keys))).values():
            labels[record.ref] = label_of(record)
    return labels
