"""Views (diagrams) and relationship identifiers through import and export, on every store.

The harbour file's two views hold what modelling tools draw: nested boxes, a grouping box
(its element is not imported), a location, a note in two languages, a container with a
label, lines of relationships, a line of a relationship with a grouping end, plain lines
(one ending at a line), and a second view drawing a junction with the three lines through
it. Each view becomes a View node showing the nodes its boxes draw; every box and line is
kept; the export writes the views again, each box on its element and each line on its
relationship, as a modelling tool reads them; and the file's relationship identifiers are
the ones the export writes.
"""

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from graph_api.archimate import export_archimate, import_archimate, map_model, parse_exchange
from graph_api.archimate.parse_common import NS
from graph_api.metamodel import NODE_KINDS, relationship_fields
from graph_api.store.base import DeleteNode, GraphStore, NodeRef, UpsertNode
from graph_api.store.listing import ListQuery
from graph_api.traversals import IMPACT
from graph_api.traversals.impact.result import ImpactQuery

HARBOUR = Path(__file__).parent / "fixtures" / "harbour-mutual-claims.xml"
XSI_TYPE = "{http://www.w3.org/2001/XMLSchema-instance}type"
LANDSCAPE = "id-view-landscape"
ASSESSMENT = "id-view-assessment"


def q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def harbour() -> str:
    return HARBOUR.read_text(encoding="utf-8")


def relationships_of(text: str) -> dict[str, tuple[str, str, str]]:
    """identifier -> (type, source, target) of each relationship of an exchange file."""
    root = ET.fromstring(text)
    return {
        r.get("identifier", ""): (r.get(XSI_TYPE, ""), r.get("source", ""), r.get("target", ""))
        for r in root.iter(q("relationship"))
    }


async def view_props(store: GraphStore, key: str) -> dict[str, Any]:
    found = await store.get_nodes("View", [key])
    return dict(found[key].props)


async def shown(store: GraphStore, key: str) -> set[NodeRef]:
    nodes: set[NodeRef] = set()
    for field in relationship_fields("View").values():
        ends = await store.neighbours(field, [key])
        nodes.update(NodeRef(n.kind, n.key) for n in ends.get(key, []))
    return nodes


def test_the_report_counts_views_and_what_they_keep_as_plain_drawing() -> None:
    report = map_model(parse_exchange(harbour())).report
    assert report.views == 2
    # the grouping and the location in the landscape, the junction in the assessment
    assert report.boxes_without_node == 3
    # the line with a grouping end, and the three lines through the junction
    assert report.lines_without_link == 4
    assert any("views (diagrams): 2 imported" in line for line in report.lines())


async def test_views_become_view_nodes_with_every_box_and_line(store: GraphStore) -> None:
    await import_archimate(store, harbour(), "harbour")
    props = await view_props(store, LANDSCAPE)
    assert props["name"] == "Claims application landscape"
    assert props["viewpoint"] == "Application Cooperation"
    assert props["translations"] == [{"language": "de", "label": "Anwendungslandschaft Schaden"}]
    assert props["attributes"] == [{"name": "Owner", "value": "Enterprise Architecture"}]
    boxes = {box["identifier"]: box for box in props["diagramNodes"]}
    assert len(boxes) == 10
    claims = boxes["id-box-claims"]
    assert claims["parent"] == "id-box-back-office"
    assert (claims["x"], claims["y"], claims["width"], claims["height"]) == (60, 80, 150, 55)
    assert claims["element"].startswith("System:")
    assert "element" not in boxes["id-box-back-office"]  # a grouping: not imported
    assert boxes["id-box-back-office"]["label"] == "Back office"
    assert boxes["id-box-amsterdam"]["label"] == "Amsterdam"
    assert (
        boxes["id-box-note"]["label"] == "Flows between the claims systems, as of the last review."
    )
    assert boxes["id-box-bus"]["parent"] == "id-box-integration"
    lines = {line["identifier"]: line for line in props["diagramConnections"]}
    assert len(lines) == 7
    assert lines["id-line-crm-claims"]["relationship"] == "id-28c61d71e4926283d8ab1c2afa797df6"
    assert "relationship" not in lines["id-line-office-payment"]
    assert lines["id-line-note-flow"]["target"] == "id-line-claims-payment"
    drawn = {NodeRef(*box["element"].split(":")) for box in boxes.values() if "element" in box}
    assert await shown(store, LANDSCAPE) == drawn
    assert len(drawn) == 6
    assessment = await view_props(store, ASSESSMENT)
    assert assessment["name"] == "Beoordeling via de junctie"  # the only name it has
    assert all("relationship" not in line for line in assessment["diagramConnections"])


async def test_relationship_identifiers_are_kept_on_links(store: GraphStore) -> None:
    await import_archimate(store, harbour(), "harbour")
    file_relationships = relationships_of(harbour())
    kept: set[str] = set()
    for kind in NODE_KINDS:
        keys = [r.key for r in (await store.list_nodes(kind, _everything())).records]
        for field in relationship_fields(kind).values():
            if field.direction == "out":
                for ids in (await store.link_identifiers(field, keys)).values():
                    kept.update(ids.values())
    assert "id-28c61d71e4926283d8ab1c2afa797df6" in kept  # CRM serves Claims
    assert kept <= set(file_relationships)
    assert len(kept) >= 100


async def test_the_export_keeps_identifiers_and_draws_the_views(store: GraphStore) -> None:
    await import_archimate(store, harbour(), "harbour")
    exported = await export_archimate(store)
    before, after = relationships_of(harbour()), relationships_of(exported)
    lines = {
        line["relationship"]
        for key in (LANDSCAPE,)
        for line in (await view_props(store, key))["diagramConnections"]
        if "relationship" in line
    }
    assert lines and lines <= set(after)
    for identifier in lines:
        assert after[identifier][0] == before[identifier][0]
    root = ET.fromstring(exported)
    check_views_read_as_a_tool_reads_them(root)
    views = root.findall(f"{q('views')}/{q('diagrams')}/{q('view')}")
    assert [v.get("identifier") for v in views] == [
        "view.id-view-assessment",
        "view.id-view-landscape",
    ]
    landscape = views[1]
    assert landscape.get("viewpoint") == "Application Cooperation"
    assert len(list(landscape.iter(q("node")))) == 10
    assert len(list(landscape.iter(q("connection")))) == 7
    nested = landscape.find(f"{q('node')}[@identifier='id-box-back-office']")
    assert nested is not None
    assert {n.get("identifier") for n in nested.findall(q("node"))} == {
        "id-box-claims",
        "id-box-payment",
        "id-box-documents",
    }


def check_views_read_as_a_tool_reads_them(root: ET.Element) -> None:
    """What a modelling tool checks on opening a file: unique identifiers, each box on an
    element of the file, each line on a relationship of the file whose ends are the
    elements of the line's boxes, each line's ends boxes or lines of its view."""
    identifiers = [e.get("identifier") for e in root.iter() if e.get("identifier")]
    assert len(identifiers) == len(set(identifiers))
    elements = {e.get("identifier") for e in root.iter(q("element"))}
    relationships = {
        r.get("identifier"): (r.get("source"), r.get("target"))
        for r in root.iter(q("relationship"))
    }
    for view in root.iter(q("view")):
        boxes = {n.get("identifier"): n for n in view.iter(q("node"))}
        for box in boxes.values():
            if box.get(XSI_TYPE) == "Element":
                assert box.get("elementRef") in elements, box.attrib
            else:
                assert box.get(XSI_TYPE) in ("Label", "Container"), box.attrib
        connections = {c.get("identifier"): c for c in view.iter(q("connection"))}
        for line in connections.values():
            ends = (line.get("source"), line.get("target"))
            assert all(end in boxes or end in connections for end in ends), line.attrib
            if line.get(XSI_TYPE) == "Relationship":
                drawn = relationships[line.get("relationshipRef")]
                refs = tuple(boxes[end].get("elementRef") for end in ends)
                assert drawn == refs, (line.attrib, drawn, refs)


async def test_a_view_of_deleted_nodes_exports_what_is_left(store: GraphStore) -> None:
    await import_archimate(store, harbour(), "harbour")
    props = await view_props(store, LANDSCAPE)
    boxes = {box["identifier"]: box for box in props["diagramNodes"]}
    claims = NodeRef(*boxes["id-box-claims"]["element"].split(":"))
    await store.write([DeleteNode(claims.kind, claims.key)])
    root = ET.fromstring(await export_archimate(store))
    check_views_read_as_a_tool_reads_them(root)
    landscape = next(
        v for v in root.iter(q("view")) if v.get("identifier") == "view.id-view-landscape"
    )
    written = {n.get("identifier") for n in landscape.iter(q("node"))}
    assert "id-box-claims" not in written and "id-box-payment" in written
    lines = {c.get("identifier") for c in landscape.iter(q("connection"))}
    # the lines at the deleted box go, and so does the line ending at one of them
    assert lines == {"id-line-office-payment"}


async def test_impact_of_an_imported_view(store: GraphStore) -> None:
    await import_archimate(store, harbour(), "harbour")
    rows = await store.traverse(IMPACT, ImpactQuery(NodeRef("View", LANDSCAPE), 2))
    hit = {row.node for row in rows}
    drawn = await shown(store, LANDSCAPE)
    assert hit and not hit & drawn
    for row in rows:
        first = row.hops[0]
        assert (first.source if first.forward else first.target) in drawn


def _everything() -> ListQuery:
    return ListQuery.by_key(1000, None)


async def test_a_drawing_edited_through_the_api_still_opens_in_a_tool(store: GraphStore) -> None:
    """Lines naming a relationship between boxes that do not draw its ends are written as
    plain lines; a chain of lines ending at a line that is gone goes with it."""
    await import_archimate(store, harbour(), "harbour")
    props = await view_props(store, LANDSCAPE)
    boxes = {box["identifier"]: box for box in props["diagramNodes"]}
    flow = "id-b2481c4a5f1febdf70d83c2c4db33d2a"  # Payment flows to the General Ledger
    chain = 2_000
    lines = [
        # the payment flow drawn between the payment and the portal boxes
        {"identifier": "moved", "relationship": flow, "source": "id-box-payment",
         "target": "id-box-portal"},
        # a relationship drawn from a box to a line, which no tool draws
        {"identifier": "to-line", "relationship": flow, "source": "id-box-crm",
         "target": "moved"},
        # a chain of lines, the first ending at a box that is no longer drawn
        {"identifier": "c0", "source": "id-box-note", "target": "id-box-claims"},
        *({"identifier": f"c{i}", "source": f"c{i - 1}", "target": "id-box-note"}
          for i in range(1, chain)),
    ]  # fmt: skip
    props["diagramConnections"] = lines
    claims = NodeRef(*boxes["id-box-claims"]["element"].split(":"))
    await store.write([UpsertNode("View", LANDSCAPE, props), DeleteNode(claims.kind, claims.key)])
    root = ET.fromstring(await export_archimate(store))
    check_views_read_as_a_tool_reads_them(root)
    landscape = next(v for v in root.iter(q("view")) if v.get("identifier") == f"view.{LANDSCAPE}")
    written = {c.get("identifier"): c for c in landscape.iter(q("connection"))}
    assert set(written) == {"moved", "to-line"}
    assert {c.get(XSI_TYPE) for c in written.values()} == {"Line"}
