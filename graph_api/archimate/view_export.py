"""Writing View nodes as the views (diagrams) of an exchange file.

Each view is written with its boxes (nested in their parent box, as the format nests
them) and lines, so that a modelling tool opens the export with its diagrams:

- a box of a node is written as an ``Element`` box when that node is exported; a box of
  a node that is gone (deleted since, or of a kind the export leaves out) is left out,
  its inner boxes moving to the nearest box kept around them;
- a box without a node is a note (``Label``) when it has a label, else an empty grouping
  box (``Container``);
- a line of a relationship is written when that relationship is, else left out; it
  stays a ``Relationship`` line only where its boxes draw the relationship's two ends,
  as tools require, else it is written as a plain ``Line`` (a drawing edited through the
  API may join other boxes); a line drawing none is a ``Line``; a line whose end was
  left out is left out, and so is a line ending at it.

Identifiers are written as stored where they are XML names not used elsewhere in the
file; any other is replaced by one derived from the view and the stored one.
"""

import hashlib
import re
import xml.etree.ElementTree as ET  # building only: nothing is parsed here
from collections.abc import Callable
from typing import Any, NamedTuple

from graph_api.archimate.mapping import identifier_for
from graph_api.archimate.texts import exported_texts
from graph_api.store.base import NodeRecord

XSI_TYPE = "xsi:type"
VIEW_KIND = "View"


class WrittenRelationship(NamedTuple):
    """A relationship as the export wrote it: its identifier and its ends' elements."""

    identifier: str
    source: str
    target: str


class WrittenBox(NamedTuple):
    """A box as the export wrote it: its identifier and the element it draws, if any."""

    identifier: str
    element: str | None


WriteValues = Callable[[ET.Element, list[tuple[str, Any]]], None]
"""Writes ``<properties>`` of (name, value) pairs under an element (the export's own)."""

# An XML NCName, as xs:ID requires, kept to ASCII: what every tool reads back.
_NCNAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")


class Identifiers:
    """The identifiers written in one file: each unique, each an XML name."""

    def __init__(self, used: set[str]) -> None:
        self.used = used

    def claim(self, stored: str, scope: str) -> str:
        """``stored`` if it can be written as is, else one derived from ``scope`` and it."""
        chosen = stored
        if not _NCNAME.fullmatch(stored) or stored in self.used:
            digest = hashlib.sha256(f"{scope} {stored}".encode()).hexdigest()[:16]
            chosen = f"{scope}.{digest}"
        self.used.add(chosen)
        return chosen


def _text(parent: ET.Element, tag: str, value: str, language: str) -> None:
    ET.SubElement(parent, tag, {"xml:lang": language}).text = value


def write_views(
    holder: ET.Element,
    views: list[NodeRecord],
    elements: dict[str, str],
    relationships: dict[str, WrittenRelationship],
    identifiers: Identifiers,
    write_values: WriteValues,
    language: str,
) -> None:
    """Write ``views`` under ``holder`` (``<views>``): ``elements`` maps each exported
    node (``Kind:key``) to its element's identifier; ``relationships`` maps each stored
    link identifier written to the relationship written for it."""
    diagrams = ET.SubElement(holder, "diagrams")
    for record in views:
        props = dict(record.props)
        ident = identifiers.claim(identifier_for(VIEW_KIND, record.key), "view")
        attributes = {"identifier": ident, XSI_TYPE: "Diagram"}
        if props.get("viewpoint"):
            attributes["viewpoint"] = str(props["viewpoint"])
        view = ET.SubElement(diagrams, "view", attributes)
        names, documentation = exported_texts(props, "name", language)
        for tag, texts in (("name", names), ("documentation", documentation)):
            for text_language, text in texts:
                _text(view, tag, text, text_language)
        write_values(view, [(a["name"], a["value"]) for a in props.get("attributes") or ()])
        boxes = props.get("diagramNodes") or []
        written = _write_boxes(view, boxes, elements, ident, identifiers, language)
        lines = props.get("diagramConnections") or []
        _write_lines(view, lines, relationships, written, ident, identifiers)


def _write_boxes(
    view: ET.Element,
    boxes: list[dict[str, Any]],
    elements: dict[str, str],
    scope: str,
    identifiers: Identifiers,
    language: str,
) -> dict[str, WrittenBox]:
    """Write the boxes kept; stored box identifier -> what was written."""
    by_id = {box["identifier"]: box for box in boxes}
    kept = {
        box["identifier"]
        for box in boxes
        if box.get("element") is None or box["element"] in elements
    }

    def holder_of(box: dict[str, Any]) -> str | None:
        """The nearest kept box around ``box`` (None: the view itself)."""
        at, steps = box.get("parent"), 0
        while at is not None and at in by_id and at not in kept and steps <= len(by_id):
            at, steps = by_id[at].get("parent"), steps + 1
        return at if at in kept else None

    children: dict[str | None, list[dict[str, Any]]] = {}
    for box in boxes:
        if box["identifier"] in kept:
            children.setdefault(holder_of(box), []).append(box)
    written: dict[str, WrittenBox] = {}
    stack: list[tuple[ET.Element, dict[str, Any]]] = [
        (view, box) for box in reversed(children.get(None, []))
    ]
    while stack:  # depth first, in stored order; no recursion, however deep the nesting
        parent, box = stack.pop()
        node = _box(parent, box, elements, scope, identifiers, language)
        written[box["identifier"]] = WrittenBox(node.get("identifier", ""), node.get("elementRef"))
        stack.extend((node, inner) for inner in reversed(children.get(box["identifier"], [])))
    return written


def _box(
    parent: ET.Element,
    box: dict[str, Any],
    elements: dict[str, str],
    scope: str,
    identifiers: Identifiers,
    language: str,
) -> ET.Element:
    attributes = {"identifier": identifiers.claim(str(box["identifier"]), scope)}
    element, label = box.get("element"), box.get("label")
    if element is not None:
        attributes.update({XSI_TYPE: "Element", "elementRef": elements[element]})
    else:
        attributes[XSI_TYPE] = "Label" if label else "Container"
    for name, stored in (("x", "x"), ("y", "y"), ("w", "width"), ("h", "height")):
        attributes[name] = str(box[stored])
    node = ET.SubElement(parent, "node", attributes)
    if element is None and label:
        _text(node, "label", str(label), language)
    return node


def _write_lines(
    view: ET.Element,
    lines: list[dict[str, Any]],
    relationships: dict[str, WrittenRelationship],
    boxes: dict[str, WrittenBox],
    scope: str,
    identifiers: Identifiers,
) -> None:
    """Write the lines kept. A line may end at a line: those ending at a line left out
    are left out in turn, each line looked at once per end that goes."""
    kept = {
        line["identifier"]: line
        for line in lines
        if line.get("relationship") is None or line["relationship"] in relationships
    }
    ending_at: dict[str, list[str]] = {}
    for ident, line in kept.items():
        for end in (line["source"], line["target"]):
            ending_at.setdefault(end, []).append(ident)
    gone = [i for i, line in kept.items() if not _ends_known(line, boxes, kept)]
    while gone:
        ident = gone.pop()
        if kept.pop(ident, None) is not None:
            gone.extend(ending_at.get(ident, []))
    written = {i: identifiers.claim(str(i), scope) for i in kept}
    ends = {**{i: box.identifier for i, box in boxes.items()}, **written}
    for ident, line in kept.items():
        attributes = {
            "identifier": written[ident],
            "source": ends[line["source"]],
            "target": ends[line["target"]],
            XSI_TYPE: "Line",
        }
        drawn = relationships.get(line.get("relationship") or "")
        source, target = boxes.get(line["source"]), boxes.get(line["target"])
        if drawn is not None and _draws(drawn, source, target):
            attributes.update({XSI_TYPE: "Relationship", "relationshipRef": drawn.identifier})
        ET.SubElement(view, "connection", attributes)


def _ends_known(line: dict[str, Any], boxes: dict[str, WrittenBox], lines: dict[str, Any]) -> bool:
    return all(end in boxes or end in lines for end in (line["source"], line["target"]))


def _draws(
    drawn: WrittenRelationship, source: WrittenBox | None, target: WrittenBox | None
) -> bool:
    """Whether boxes at these ends draw the relationship's two elements, as tools require."""
    if source is None or target is None:
        return False  # a relationship is drawn between boxes, not to a line
    return (source.element, target.element) == (drawn.source, drawn.target)
