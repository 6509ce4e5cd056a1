"""The explaining chains of an impact answer as a Mermaid ``flowchart LR``.

One node per distinct node on the chains (the changed node, of class ``start``, and
every node hit), its id derived from kind and key (:func:`~graph_api.diagrams.mermaid.
node_id`) and its label ``Kind: label``; one edge per distinct relationship crossed,
``source -->|"TYPE"| target`` in its **stored** direction (as the hops of ``impact``
show it; the direction the walk crossed it in plays no part). Nodes come nearest first
(by distance, then kind and key), edges in the order the chains first cross them. For a
view, whose chains begin at the nodes it shows, a dotted ``SHOWS`` edge joins the view to
each of those nodes first.
"""

from collections.abc import Sequence

from graph_api.diagrams.labels import Labels, label
from graph_api.diagrams.mermaid import flowchart_label, flowchart_text, node_id
from graph_api.store.base import NodeRef
from graph_api.traversals.impact.result import ImpactRow

START_STYLE = "classDef start fill:#fff3cd,stroke:#b26a00,stroke-width:3px"


def _ordered(rows: Sequence[ImpactRow]) -> list[ImpactRow]:
    return sorted(rows, key=lambda row: (row.distance, row.node.kind, row.node.key))


def impact_refs(start: NodeRef, rows: Sequence[ImpactRow]) -> list[NodeRef]:
    """The nodes :func:`impact_diagram` draws, in its order: the start, then each node
    hit (every node on a chain is one of them)."""
    refs = [start]
    for row in _ordered(rows):
        refs.append(row.node)
        for hop in row.hops:
            refs.extend((hop.source, hop.target))
    return list(dict.fromkeys(refs))


def impact_diagram(start: NodeRef, rows: Sequence[ImpactRow], labels: Labels) -> str:
    """The Mermaid ``flowchart LR`` text of what a change to ``start`` hits (``rows``)."""
    lines = ["flowchart LR", f"  {START_STYLE}"]
    for ref in impact_refs(start, rows):
        text = flowchart_label(f"{ref.kind}: {label(labels, ref)}")
        style = ":::start" if ref == start else ""
        lines.append(f"  {node_id(ref.kind, ref.key)}[{text}]{style}")
    origins = dict.fromkeys(row.origin for row in _ordered(rows))
    view = node_id(start.kind, start.key)
    for origin in origins:
        if origin != start:  # a view's chains begin at the nodes it shows
            lines.append(f'  {view} -.->|"SHOWS"| {node_id(origin.kind, origin.key)}')
    edges = dict.fromkeys(
        (hop.type, hop.source, hop.target) for row in _ordered(rows) for hop in row.hops
    )
    for type_, source, target in edges:
        lines.append(
            f'  {node_id(source.kind, source.key)} -->|"{flowchart_text(type_)}"| '
            f"{node_id(target.kind, target.key)}"
        )
    return "\n".join(lines) + "\n"
