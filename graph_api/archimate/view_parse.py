"""Reading the views (diagrams) of an exchange file: their boxes and lines.

A ``<view>`` under ``<views><diagrams>`` holds ``<node>`` boxes (nested ones inside their
box) and ``<connection>`` lines. A box draws an element (``xsi:type="Element"``, its
``elementRef``), or is a note (``Label``) or a grouping box (``Container``) with a
``<label>``; a line draws a relationship (``Relationship``, its ``relationshipRef``) or
is a plain ``Line``. Bounds (``x``, ``y``, ``w``, ``h``) are whole numbers. Styles and
bendpoints are not read: the graph keeps what is drawn and where, not how.

Problems are collected into the parse's error list, located as ``views[2] (id-v1)``: a
reference to an element, relationship, box or line the file does not have, an identifier
given twice within a view, bounds that are no whole numbers.
"""

from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from graph_api.archimate.parse_common import (
    LangString,
    Property,
    local_type,
    properties_of,
    q,
    texts_of,
)
from graph_api.errors import FieldError
from graph_api.metamodel.diagram import COORDINATE_LIMIT

BOX_TYPES = ("Element", "Label", "Container")
LINE_TYPES = ("Relationship", "Line")


@dataclass(frozen=True, slots=True)
class ViewBox:
    """One ``<node>`` of a view."""

    identifier: str
    type: str
    element: str | None
    """The element drawn (its identifier in the file), for an ``Element`` box."""
    labels: tuple[LangString, ...]
    x: int
    y: int
    width: int
    height: int
    parent: str | None


@dataclass(frozen=True, slots=True)
class ViewLine:
    """One ``<connection>`` of a view."""

    identifier: str
    type: str
    relationship: str | None
    """The relationship drawn (its identifier in the file), for a ``Relationship`` line."""
    source: str
    target: str


@dataclass(slots=True)
class ArchiView:
    """One ``<view>``: its texts, viewpoint, boxes (parents before children) and lines."""

    identifier: str
    names: tuple[LangString, ...]
    documentation: tuple[LangString, ...] = ()
    properties: tuple[Property, ...] = ()
    viewpoint: str | None = None
    boxes: list[ViewBox] = field(default_factory=list)
    lines: list[ViewLine] = field(default_factory=list)


def parse_views(
    root: Element,
    elements: set[str],
    relationships: set[str],
    definitions: dict[str, str],
    errors: list[FieldError],
) -> list[ArchiView]:
    """Every view of the file; ``elements`` and ``relationships`` are the identifiers the
    file declares, which boxes and lines may refer to."""
    views: list[ArchiView] = []
    seen: set[str] = set()
    for index, node in enumerate(root.iterfind(f"{q('views')}/{q('diagrams')}/{q('view')}")):
        ident = node.get("identifier", "")
        where = f"views[{index}] ({ident})" if ident else f"views[{index}]"
        if not ident:
            errors.append(FieldError(where, "view without identifier"))
            continue
        if ident in seen:
            errors.append(FieldError(where, "identifier used twice"))
            continue
        seen.add(ident)
        view = ArchiView(
            ident,
            texts_of(node, "name"),
            texts_of(node, "documentation"),
            properties_of(node, where, definitions, errors),
            node.get("viewpoint") or None,
        )
        _read_boxes(node, None, view, where, elements, errors)
        _read_lines(node, view, where, relationships, errors)
        views.append(view)
    return views


def _bound(node: Element, name: str, where: str, errors: list[FieldError]) -> int:
    value = node.get(name, "0").strip()
    try:
        number = int(value)
    except ValueError:
        errors.append(FieldError(f"{where}.{name}", f"{value[:40]!r} is no whole number"))
        return 0
    if abs(number) > COORDINATE_LIMIT or (name in ("w", "h") and number < 0):
        errors.append(FieldError(f"{where}.{name}", f"{number} is out of range"))
        return 0
    return number


def _read_boxes(
    holder: Element,
    parent: str | None,
    view: ArchiView,
    where: str,
    elements: set[str],
    errors: list[FieldError],
) -> None:
    """The boxes inside ``holder`` (the view, or a box), depth first, parents first."""
    # An explicit stack, not recursion: a hostile file may nest boxes thousands deep.
    stack = [(child, parent) for child in reversed(holder.findall(q("node")))]
    known = {box.identifier for box in view.boxes}
    while stack:
        node, inside = stack.pop()
        ident, type_ = node.get("identifier", ""), local_type(node)
        at = f"{where}.node {ident}" if ident else f"{where}.node"
        element = node.get("elementRef")
        if not ident or ident in known:
            errors.append(FieldError(at, "box without identifier, or one used twice"))
            continue
        if type_ not in BOX_TYPES:
            errors.append(FieldError(at, f"{type_!r} is no box type ({', '.join(BOX_TYPES)})"))
            continue
        if type_ == "Element" and element not in elements:
            errors.append(FieldError(at, f"elementRef {element!r} names no element"))
            continue
        known.add(ident)
        x, y, width, height = (_bound(node, name, at, errors) for name in ("x", "y", "w", "h"))
        drawn = element if type_ == "Element" else None
        labels = texts_of(node, "label")
        view.boxes.append(ViewBox(ident, type_, drawn, labels, x, y, width, height, inside))
        stack.extend((child, ident) for child in reversed(node.findall(q("node"))))


def _read_lines(
    node: Element,
    view: ArchiView,
    where: str,
    relationships: set[str],
    errors: list[FieldError],
) -> None:
    lines = node.findall(q("connection"))
    ends = {box.identifier for box in view.boxes} | {c.get("identifier", "") for c in lines}
    ends.discard("")
    seen: set[str] = set()
    boxes = {box.identifier for box in view.boxes}
    for line in lines:
        ident, type_ = line.get("identifier", ""), local_type(line)
        at = f"{where}.connection {ident}" if ident else f"{where}.connection"
        relationship = line.get("relationshipRef")
        problem = None
        if not ident or ident in seen or ident in boxes:
            problem = "line without identifier, or one used twice"
        elif type_ not in LINE_TYPES:
            problem = f"{type_!r} is no line type ({', '.join(LINE_TYPES)})"
        elif type_ == "Relationship" and relationship not in relationships:
            problem = f"relationshipRef {relationship!r} names no relationship"
        else:
            missing = [e for e in (line.get("source", ""), line.get("target", "")) if e not in ends]
            if missing:
                problem = f"{missing[0]!r} names no box or line of the view"
        if problem:
            errors.append(FieldError(at, problem))
            continue
        seen.add(ident)
        view.lines.append(
            ViewLine(
                ident,
                type_,
                relationship if type_ == "Relationship" else None,
                line.get("source", ""),
                line.get("target", ""),
            )
        )
