"""Fidelity on realistic exchange files, on every store.

``harbour-mutual-claims.xml`` is an insurer's claims landscape over the business,
application and technology layers (with strategy, physical, motivation and
implementation elements, an and-junction and an or-junction, a nameless grouping,
names in English, German and French); ``kestrel-acquisition.xml`` a smaller model as
Archi writes it. For each: at least 90% of the elements and 85% of the relationships
are imported and each of the rest is reported with its reason; the graph exported and
imported again is the same graph (file -> graph -> file -> graph), every element going
out as the type it came in as and every relationship as one the standard permits; a
second import changes nothing.
"""

import hashlib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from graph_api.archimate import NS, export_archimate, import_archimate, map_model, parse_exchange
from graph_api.archimate.mapping import identifier_for
from graph_api.archimate.permitted import is_permitted
from graph_api.store.base import GraphStore
from graph_api.store.embedded import EmbeddedStore
from tests.archimate.helpers import FIXTURE, named_graph
from tests.conftest import ROOT
from tests.snapshots import take_snapshot

HARBOUR = Path(__file__).parent / "fixtures" / "harbour-mutual-claims.xml"
FILES = {"harbour": HARBOUR, "kestrel": FIXTURE}
XSI_TYPE = "{http://www.w3.org/2001/XMLSchema-instance}type"


def _text(name: str) -> str:
    return FILES[name].read_text(encoding="utf-8")


def _types(text: str) -> dict[str, str]:
    """identifier -> xsi:type of each element of an exchange file."""
    root = ET.fromstring(text)
    return {e.get("identifier", ""): e.get(XSI_TYPE, "") for e in root.iter(f"{{{NS}}}element")}


def test_the_harbour_file_is_what_it_claims_to_be() -> None:
    """Several layers, junctions, a nameless grouping, three languages."""
    model = parse_exchange(_text("harbour"))
    types = {e.type for e in model.elements}
    for layer_type in ("BusinessProcess", "ApplicationComponent", "Node", "AndJunction"):
        assert layer_type in types
    assert {"AndJunction", "OrJunction", "Grouping"} <= types
    assert any(not e.names for e in model.elements if e.type == "Grouping")
    langs = {n.lang for e in model.elements for n in e.names}
    assert langs == {"en", "de", "fr"}
    assert len(model.elements) >= 100 and len(model.relationships) >= 150


def test_the_harbour_counts_are_the_ones_docs_archimate_md_gives() -> None:
    report = map_model(parse_exchange(_text("harbour"))).report
    counted = (sum(report.nodes.values()), report.elements)
    assert (*counted, report.relationships_imported, report.relationships) == (96, 106, 149, 171)
    doc = " ".join((ROOT / "docs" / "archimate.md").read_text(encoding="utf-8").split())
    assert "96 of its 106 elements (91%) and 149 of its 171 relationships (87%)" in doc


@pytest.mark.parametrize("name", sorted(FILES))
async def test_the_targets_are_met_and_the_rest_is_reported(store: GraphStore, name: str) -> None:
    report = await import_archimate(store, _text(name), name)
    imported = sum(report.nodes.values())
    assert imported / report.elements >= 0.90, (imported, report.elements)
    assert report.relationships_imported / report.relationships >= 0.85, (
        report.relationships_imported,
        report.relationships,
    )
    # each element or relationship left out is reported, with why
    assert imported + sum(report.unmapped_elements.values()) == report.elements
    left_out = report.relationships - report.relationships_imported
    assert sum(report.unmapped_relationships.values()) == left_out
    for reported in (*report.unmapped_elements, *report.unmapped_relationships):
        assert report.reasons[reported], reported
    assert sum((await store.count_nodes()).values()) == imported + report.views


@pytest.mark.parametrize("name", sorted(FILES))
async def test_file_graph_file_graph_is_the_same(store: GraphStore, name: str) -> None:
    text = _text(name)
    await import_archimate(store, text, name)
    graph = await named_graph(store)
    exported = await export_archimate(store)
    # every element goes out as the ArchiMate type it came in as
    original = _types(text)
    for identifier, type_ in _types(exported).items():
        key = identifier.split(".", 1)[1]  # the file's identifiers are keys as they are
        assert original[key] == type_, (identifier, type_)
    # every relationship it writes is one ArchiMate 3.2 permits
    out_types = _types(exported)
    root = ET.fromstring(exported)
    for rel in root.iter(f"{{{NS}}}relationship"):
        ends = (out_types[rel.get("source", "")], out_types[rel.get("target", "")])
        assert is_permitted(ends[0], rel.get(XSI_TYPE, ""), ends[1]), (ends, rel.attrib)
    # the export read back is the same graph, here and in an empty store
    before = await take_snapshot(store)
    again = await import_archimate(store, exported, "exported")
    assert (again.created, again.updated, again.linked) == (0, 0, 0)
    assert again.unmapped_elements == again.unmapped_relationships == {}
    assert await take_snapshot(store) == before
    copy = EmbeddedStore(":memory:")
    await copy.open()
    try:
        await import_archimate(copy, exported, "exported")
        copied = await named_graph(copy)
        assert copied.nodes == graph.nodes
        assert copied.links == graph.links
        assert await export_archimate(copy) == exported
    finally:
        await copy.close()


@pytest.mark.parametrize("name", sorted(FILES))
async def test_importing_again_changes_nothing(store: GraphStore, name: str) -> None:
    first = await import_archimate(store, _text(name), name)
    before = await take_snapshot(store)
    again = await import_archimate(store, _text(name), name)
    assert (again.created, again.updated, again.linked) == (0, 0, 0)
    assert again.unchanged == first.created
    assert await take_snapshot(store) == before


def _harbour_id(name: str) -> str:
    """The identifier the harbour file gives an element (as its generator wrote it)."""
    return "id-" + hashlib.md5(name.encode()).hexdigest()


async def test_no_default_property_in_the_export(store: GraphStore) -> None:
    await import_archimate(store, _text("harbour"), "harbour")
    exported = await export_archimate(store)
    root = ET.fromstring(exported)
    finance = identifier_for("Process", _harbour_id("f-finance"))
    element = next(e for e in root.iter(f"{{{NS}}}element") if e.get("identifier") == finance)
    assert element.get(XSI_TYPE) == "BusinessFunction"
    assert element.find(f"{{{NS}}}properties") is None  # no kind: core, no behaviour
