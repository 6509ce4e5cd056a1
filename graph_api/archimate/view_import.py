"""The file's views as View nodes: what each shows, and its drawing.

A view becomes a ``View`` node (key from its identifier, like an element's) whose
``shows...`` relationships name the nodes its boxes draw, and whose ``diagramNodes`` and
``diagramConnections`` keep every box and line with its bounds
(:mod:`graph_api.metamodel.diagram`). Nothing of the drawing is dropped:

- a box of an element that is not imported (a junction, a grouping, a location) stays a
  box without a node, labelled with the element's name where it has one;
- a line of a relationship that is not stored as a link of its own (one that is not
  imported, or one standing for part of a junction's chain) stays a line without a
  relationship;
- notes (``Label``) and grouping boxes (``Container``) keep their label.

The report counts both kinds of leftovers.
"""

from dataclasses import dataclass
from typing import Any

from graph_api.archimate.elements import MappedNode
from graph_api.archimate.mapping import key_for
from graph_api.archimate.parse import ArchiElement
from graph_api.archimate.parse_common import LangString, text_in
from graph_api.archimate.report import ImportReport, NotStored
from graph_api.archimate.texts import label_and_translations, properties_and_attributes
from graph_api.archimate.view_parse import ArchiView, ViewBox
from graph_api.metamodel import NODE_KINDS, find_relationship

VIEW_KIND = "View"


@dataclass(slots=True)
class MappedView:
    """A view as the model-document entry of its View node."""

    view: ArchiView
    entry: dict[str, Any]


def _label(box: ViewBox, by_id: dict[str, ArchiElement], language: str) -> str | None:
    texts: tuple[LangString, ...] = box.labels
    if not texts and box.element is not None and box.element in by_id:
        texts = by_id[box.element].names  # a box of an element the graph does not keep
    chosen = text_in(texts, language, else_first=True)
    return chosen.text if chosen else None


def _box(
    box: ViewBox,
    nodes: dict[str, MappedNode],
    by_id: dict[str, ArchiElement],
    language: str,
) -> dict[str, Any]:
    drawn = nodes.get(box.element) if box.element is not None else None
    entry: dict[str, Any] = {"identifier": box.identifier}
    if drawn is not None:
        entry["element"] = f"{drawn.ref.kind}:{drawn.ref.key}"
    elif (label := _label(box, by_id, language)) is not None:
        entry["label"] = label
    entry.update(x=box.x, y=box.y, width=box.width, height=box.height)
    if box.parent is not None:
        entry["parent"] = box.parent
    return entry


def map_views(
    views: list[ArchiView],
    by_id: dict[str, ArchiElement],
    nodes: dict[str, MappedNode],
    linked: set[str],
    report: ImportReport,
    language: str,
) -> list[MappedView]:
    """The View entries of ``views``; ``linked`` holds the identifiers of the file's
    relationships that are stored as links of their own (the lines that may name them)."""
    mapped: list[MappedView] = []
    for view in views:
        key = key_for(view.identifier, VIEW_KIND)
        props: dict[str, Any] = {}

        def keep(field_: str, value: str, key: str = key, ident: str = view.identifier) -> None:
            report.not_stored.append(NotStored(ident, VIEW_KIND, key, field_, value))

        texts = ArchiElement(view.identifier, "View", view.names, view.documentation)
        label_and_translations(texts, props, NODE_KINDS[VIEW_KIND].label_field, keep, language)
        props.setdefault("name", view.identifier)  # the exchange format lets a view be nameless
        reserved = set(NODE_KINDS[VIEW_KIND].property_names()) - {"viewpoint"}
        for prop in view.properties:
            if prop.name in reserved:  # the drawing and texts are the view's own
                keep(f"property:{prop.name}", prop.value)
        own = [p for p in view.properties if p.name not in reserved]
        properties_and_attributes(tuple(own), props, {"viewpoint"}, keep, language)
        if view.viewpoint:
            props["viewpoint"] = view.viewpoint
        boxes = [_box(box, nodes, by_id, language) for box in view.boxes]
        report.boxes_without_node += sum(
            1 for box in view.boxes if box.type == "Element" and box.element not in nodes
        )
        lines = []
        for line in view.lines:
            drawn = {"identifier": line.identifier, "source": line.source, "target": line.target}
            if line.relationship is not None and line.relationship in linked:
                drawn["relationship"] = line.relationship
            elif line.relationship is not None:
                report.lines_without_link += 1
            lines.append(drawn)
        props["diagramNodes"] = boxes
        props["diagramConnections"] = lines
        entry = {"key": key, **props, **_shows(view, nodes)}
        mapped.append(MappedView(view, entry))
    report.views = len(views)
    return mapped


def _shows(view: ArchiView, nodes: dict[str, MappedNode]) -> dict[str, list[str]]:
    """The view's ``shows...`` fields: the nodes its boxes draw, in drawing order."""
    fields: dict[str, list[str]] = {}
    for box in view.boxes:
        drawn = nodes.get(box.element) if box.element is not None else None
        if drawn is None:
            continue
        spec = find_relationship(VIEW_KIND, "SHOWS", drawn.ref.kind)
        assert spec is not None  # a view shows every kind but views
        keys = fields.setdefault(spec.out_field, [])
        if drawn.ref.key not in keys:
            keys.append(drawn.ref.key)
    return fields
