"""A view's drawing: the boxes and lines a modelling tool lays out on a diagram.

A :class:`~graph_api.metamodel.kinds.View` says *which* nodes it shows through its
``shows...`` relationships, which impact and the stores follow. Where and how a tool draws
them is kept beside, as two lists of objects on the view:

- ``diagramNodes``: boxes, each with its bounds (``x``, ``y``, ``width``, ``height`` in the
  tool's units, nested boxes relative to the diagram as the exchange format says), the
  node it draws as ``Kind:key`` or, for a note or a grouping box, only a ``label``, and
  the box it sits in (``parent``);
- ``diagramConnections``: lines between two boxes (or lines), each naming the identifier
  of the relationship it draws (the one its link keeps, see ``AddLink.identifier``).

A box whose node has since been deleted, or a line whose relationship has, stays in the
lists; exports leave them out. The lists are objects, which Neo4j cannot hold as a
property: the Neo4j store keeps them as JSON text, like translations and attributes.
"""

import re
from typing import Annotated

from pydantic import Field, StringConstraints, model_validator

from graph_api.metamodel.carried import ListedObject
from graph_api.metamodel.keys import KEY_MAX_LENGTH, KEY_PATTERN
from graph_api.metamodel.relationships import SHOWN_KINDS
from graph_api.metamodel.text import LongText, Representable

MAX_DIAGRAM_NODES = 5_000
MAX_DIAGRAM_CONNECTIONS = 10_000
DRAWING_FIELDS = ("diagramNodes", "diagramConnections")
"""The camelCase names of a view's lists of objects."""
COORDINATE_LIMIT = 2**31 - 1
"""Bounds are GraphQL ``Int`` values (32 bits, signed), as every int property is."""

DiagramId = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=200),
    Representable,
]
"""A box's or a line's identifier within its view (an ArchiMate ``xs:ID``, say)."""

NodeName = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]
"""A node named as ``Kind:key``, e.g. ``System:claims``."""

Coordinate = Annotated[int, Field(ge=-COORDINATE_LIMIT, le=COORDINATE_LIMIT)]
Extent = Annotated[int, Field(ge=0, le=COORDINATE_LIMIT)]

_NODE_NAME = re.compile(rf"^([A-Za-z]+):({KEY_PATTERN.strip('^$')})$")


def node_name_problem(text: str) -> str | None:
    """Why ``text`` does not name a node as ``Kind:key`` of a kind a view can show."""
    match = _NODE_NAME.fullmatch(text)
    if match is None or len(match.group(2)) > KEY_MAX_LENGTH:
        return f"{text!r} does not name a node as Kind:key (e.g. 'System:claims')"
    if match.group(1) not in SHOWN_KINDS:
        return f"{text!r}: a view cannot show a {match.group(1)}"
    return None


class DiagramNode(ListedObject):
    """A box on a view: a node of the graph, or a note or grouping box with a label."""

    identifier: DiagramId = Field(description="The box's identifier within the view.")
    element: NodeName | None = Field(
        None, description="The node drawn, as Kind:key; none for a note or a grouping box."
    )
    label: LongText | None = Field(None, description="The text of a note or a grouping box.")
    x: Coordinate = Field(description="The box's left edge.")
    y: Coordinate = Field(description="The box's top edge.")
    width: Extent = Field(description="The box's width.")
    height: Extent = Field(description="The box's height.")
    parent: DiagramId | None = Field(None, description="The box this one is drawn inside.")

    @model_validator(mode="after")
    def _names_a_node(self) -> "DiagramNode":
        if self.element is not None and (problem := node_name_problem(self.element)):
            raise ValueError(problem)
        return self


class DiagramConnection(ListedObject):
    """A line on a view between two boxes (or a box and a line)."""

    identifier: DiagramId = Field(description="The line's identifier within the view.")
    relationship: DiagramId | None = Field(
        None,
        description="The identifier of the relationship drawn (its link's identifier); "
        "none for a line that draws no relationship.",
    )
    source: DiagramId = Field(description="The box (or line) the line starts at.")
    target: DiagramId = Field(description="The box (or line) the line ends at.")


def box_problems(nodes: tuple[DiagramNode, ...]) -> list[str]:
    """Why boxes cannot be one drawing: an identifier given twice, a parent the view does
    not have, a box inside itself."""
    problems: list[str] = []
    boxes: dict[str, DiagramNode] = {}
    for node in nodes:
        if node.identifier in boxes:
            problems.append(f"{node.identifier!r} names a box and a box")
        boxes.setdefault(node.identifier, node)
    for node in nodes:
        if node.parent is not None and node.parent not in boxes:
            where = f"box {node.identifier!r}: parent {node.parent!r}"
            problems.append(f"{where} is not a box of the view")
    problems.extend(_nesting_cycles(boxes))
    return problems


def line_problems(
    nodes: tuple[DiagramNode, ...], connections: tuple[DiagramConnection, ...]
) -> list[str]:
    """Why lines cannot be drawn among ``nodes``: an identifier given twice (a box's or
    another line's), an end that is no box or line of the view."""
    problems: list[str] = []
    ids = {node.identifier: "box" for node in nodes}
    for line in connections:
        if line.identifier in ids:
            problems.append(f"{line.identifier!r} names a {ids[line.identifier]} and a line")
        ids.setdefault(line.identifier, "line")
    for line in connections:
        for end in (line.source, line.target):
            if end not in ids:
                where = f"line {line.identifier!r}: {end!r}"
                problems.append(f"{where} is not a box or line of the view")
    return problems


def _nesting_cycles(boxes: dict[str, DiagramNode]) -> list[str]:
    """One problem per cycle of boxes drawn, through their parents, inside themselves.

    Each box is walked up once: a walk stops at a box already known to lead to the top."""
    problems: list[str] = []
    settled: set[str] = set()
    for start in boxes:
        chain: list[str] = []
        on_chain: set[str] = set()
        at: str | None = start
        while at is not None and at in boxes and at not in settled:
            if at in on_chain:
                problems.append(f"box {at!r} is drawn inside itself")
                break
            chain.append(at)
            on_chain.add(at)
            at = boxes[at].parent
        settled.update(chain)
    return problems


def refused_if(problems: list[str]) -> None:
    """Raise the problems found (the first twenty) as one ValueError."""
    if problems:
        raise ValueError("; ".join(problems[:20]))
