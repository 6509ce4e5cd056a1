"""A view's drawing holds together, or is refused naming what is wrong.

Boxes and lines are checked as one drawing: identifiers unique across both, parents and
line ends that exist, no box inside itself (however long the chain), nodes named as
``Kind:key`` of a kind a view can show, bounds within GraphQL's Int, sizes not negative,
and no more boxes or lines than the limits.
"""

from typing import Any

import pytest
from pydantic import ValidationError

from graph_api.metamodel import validate_properties
from graph_api.metamodel.diagram import MAX_DIAGRAM_CONNECTIONS, MAX_DIAGRAM_NODES


def box(ident: str, **extra: Any) -> dict[str, Any]:
    return {"identifier": ident, "x": 0, "y": 0, "width": 10, "height": 10, **extra}


def line(ident: str, source: str, target: str, **extra: Any) -> dict[str, Any]:
    return {"identifier": ident, "source": source, "target": target, **extra}


def view(nodes: list[dict[str, Any]], lines: list[dict[str, Any]] | None = None) -> Any:
    values: dict[str, Any] = {"name": "V", "diagramNodes": nodes}
    if lines is not None:
        values["diagramConnections"] = lines
    return validate_properties("View", values)


def refused(nodes: list[dict[str, Any]], lines: list[dict[str, Any]] | None = None) -> str:
    with pytest.raises(ValidationError) as caught:
        view(nodes, lines)
    return str(caught.value)


def test_a_drawing_that_holds_together_is_kept() -> None:
    kept = view(
        [
            box("group", label="Back office"),
            box("a", element="System:crm", parent="group"),
            box("b", element="Process:order-to-cash", x=-5, y=2**31 - 1),
        ],
        [line("l1", "a", "b", relationship="rel-1"), line("l2", "group", "l1")],
    )
    assert [n.identifier for n in kept.diagram_nodes] == ["group", "a", "b"]
    assert kept.diagram_connections[1].target == "l1"  # a line may end at a line


def test_empty_lists_are_kept_as_none() -> None:
    kept = view([], [])
    assert kept.diagram_nodes is None and kept.diagram_connections is None


@pytest.mark.parametrize(
    ("nodes", "lines", "message"),
    [
        ([box("a"), box("a")], None, "'a' names a box and a box"),
        ([box("a")], [line("a", "a", "a")], "'a' names a box and a line"),
        ([box("a", parent="nowhere")], None, "parent 'nowhere' is not a box of the view"),
        ([box("a", parent="a")], None, "box 'a' is drawn inside itself"),
        ([box("a", parent="b"), box("b", parent="a")], None, "is drawn inside itself"),
        ([box("a")], [line("l", "a", "gone")], "'gone' is not a box or line of the view"),
        ([box("a", element="crm")], None, "does not name a node as Kind:key"),
        ([box("a", element="System:Not A Key")], None, "does not name a node as Kind:key"),
        ([box("a", element="View:other")], None, "a view cannot show a View"),
        ([box("a", element="Spaceship:x")], None, "a view cannot show a Spaceship"),
        ([box("a", width=-1)], None, "greater than or equal to 0"),
        ([box("a", x=2**31)], None, "less than or equal to 2147483647"),
        ([box(" ")], None, "at least 1 character"),
        ([box("a\x00")], None, "holds U+0000"),
        ([{"identifier": "a", "x": 0}], None, "Field required"),
        ([box("a", colour="red")], None, "Extra inputs are not permitted"),
    ],
)
def test_a_drawing_that_does_not_hold_together_is_refused(
    nodes: list[dict[str, Any]], lines: list[dict[str, Any]] | None, message: str
) -> None:
    assert message in refused(nodes, lines)


def test_a_cycle_at_the_end_of_a_long_chain_is_named_once() -> None:
    depth = MAX_DIAGRAM_NODES - 2
    nodes = [box(f"b{i}", parent=f"b{i + 1}") for i in range(depth)]
    nodes += [box(f"b{depth}", parent=f"b{depth + 1}"), box(f"b{depth + 1}", parent=f"b{depth}")]
    message = refused(nodes)
    assert "is drawn inside itself" in message
    assert message.count("inside itself") == 1  # one cycle, named once


def test_a_deep_chain_without_cycle_is_kept() -> None:
    nodes = [box(f"b{i}", parent=f"b{i + 1}") for i in range(MAX_DIAGRAM_NODES - 1)]
    nodes.append(box(f"b{MAX_DIAGRAM_NODES - 1}"))
    assert len(view(nodes).diagram_nodes) == MAX_DIAGRAM_NODES


def test_too_many_boxes_or_lines_are_refused() -> None:
    assert "at most 5000 items" in refused([box(f"b{i}") for i in range(MAX_DIAGRAM_NODES + 1)])
    lines = [line(f"l{i}", "a", "a") for i in range(MAX_DIAGRAM_CONNECTIONS + 1)]
    assert "at most 10000 items" in refused([box("a")], lines)


def test_many_problems_are_named_within_bounds() -> None:
    nodes = [box(f"b{i}", parent="nowhere") for i in range(1000)]
    message = refused(nodes)
    assert message.count("is not a box of the view") == 20  # the first twenty
