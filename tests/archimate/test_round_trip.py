"""Export -> import into an empty store gives the same graph, and the same file again."""

import xml.etree.ElementTree as ET

from graph_api.archimate import NS, export_archimate, import_archimate
from graph_api.archimate.mapping import MAPPED_KINDS
from graph_api.model_io import load_model, load_model_file
from graph_api.store.base import GraphStore, NodeRef
from graph_api.store.embedded import EmbeddedStore
from tests.archimate.helpers import fixture_text, named_graph
from tests.conftest import DEMO_MODEL
from tests.snapshots import take_snapshot

EXPORTED = {*MAPPED_KINDS, "View"}
"""The kinds an export writes: the mapped ones as elements, views as views."""


async def test_export_then_import_gives_the_same_graph(store: GraphStore) -> None:
    await import_archimate(store, fixture_text())
    exported = await export_archimate(store)
    copy = EmbeddedStore(":memory:")
    await copy.open()
    try:
        report = await import_archimate(copy, exported)
        assert report.unmapped_elements == report.unmapped_relationships == {}
        assert report.not_stored == []
        original, copied = await named_graph(store), await named_graph(copy)
        assert copied.nodes == original.nodes  # same keys and properties
        assert copied.links == original.links
        assert await export_archimate(copy) == exported
    finally:
        await copy.close()


async def test_the_export_is_an_archimate_exchange_file(store: GraphStore) -> None:
    await import_archimate(store, fixture_text())
    root = ET.fromstring(await export_archimate(store))
    assert root.tag == f"{{{NS}}}model"
    xsi = "{http://www.w3.org/2001/XMLSchema-instance}type"
    elements = root.findall(f"{{{NS}}}elements/{{{NS}}}element")
    types = sorted(e.get(xsi, "") for e in elements)
    # each element is written back as the type it was imported from
    assert types == sorted(
        ["Capability"] * 4
        + ["ValueStream"] * 4
        + ["BusinessProcess"] * 2
        + ["BusinessFunction"]
        + ["ApplicationComponent"] * 2
        + ["BusinessActor", "BusinessRole"]
        + ["DataObject"] * 2
    )
    crm = next(
        e for e in elements if e.get("identifier") == "system.id-01d3fccafdd317b776011bfd3a695ce7"
    )
    name = crm.find(f"{{{NS}}}name")
    assert name is not None and name.text == "CRM"
    assert name.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    relationships = root.findall(f"{{{NS}}}relationships/{{{NS}}}relationship")
    assert len(relationships) == 20
    access = sorted(r.get("accessType", "") for r in relationships if r.get(xsi) == "Access")
    assert access == ["Read", "Write"]
    # the whole is the source of a composition: a capability's parent, a value stream
    composition = [r for r in relationships if r.get(xsi) == "Composition"]
    assert {r.get("source", "").split(".")[0] for r in composition} == {
        "capability",
        "process",
        "valuestream",
    }


async def test_an_empty_graph_exports_an_empty_model(store: GraphStore) -> None:
    root = ET.fromstring(await export_archimate(store))
    assert root.findall(f"{{{NS}}}elements/{{{NS}}}element") == []


CARRIED_MODEL = {
    "format": "graph-api/v1",
    "systems": [
        {
            "key": "crm",
            "name": "CRM",
            "criticality": 4,
            "translations": [
                {"language": "de", "label": "Kundenverwaltung", "description": "Das CRM."},
                {"language": "pt-BR", "label": "Gestão de clientes"},
            ],
            "attributes": [
                {"name": "Cost centre", "value": "CC 4711"},
                {"name": "owner.email", "value": "it@example.org"},
                {"name": "Notes", "value": ""},
            ],
        }
    ],
    "processes": [
        {
            "key": "billing",
            "name": "Billing",
            "description": "Bill every customer monthly.",
            "translations": [{"language": "fr", "description": "Facturer chaque mois."}],
            "systems": ["crm"],
        }
    ],
}


async def test_translations_and_attributes_survive_the_round_trip(store: GraphStore) -> None:
    await load_model(store, CARRIED_MODEL, "model")
    exported = await export_archimate(store)
    copy = EmbeddedStore(":memory:")
    await copy.open()
    try:
        report = await import_archimate(copy, exported)
        assert report.not_stored == []
        original, copied = await named_graph(store), await named_graph(copy)
        assert original.by_name("System", "CRM")[1]["attributes"][0] == {
            "name": "Cost centre",
            "value": "CC 4711",
        }
        assert copied.nodes == original.nodes
        assert copied.links == original.links
    finally:
        await copy.close()
    root = ET.fromstring(exported)
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    billing = next(
        e for e in root.iter(f"{{{NS}}}element") if e.get("identifier", "").startswith("process.")
    )
    docs = [(d.get(lang), d.text) for d in billing.findall(f"{{{NS}}}documentation")]
    assert docs == [("en", "Bill every customer monthly."), ("fr", "Facturer chaque mois.")]
    definitions = [d.get("identifier", "") for d in root.iter(f"{{{NS}}}propertyDefinition")]
    assert "propid-owner.email" in definitions
    assert all(" " not in d for d in definitions), "identifiers are xs:ID values"


async def test_the_demo_model_goes_out_and_comes_back_the_same(store: GraphStore) -> None:
    """A graph written by other means (the demo's model file): its part the mapping
    covers is exported, each node as the ArchiMate type its properties say, and read back
    into an empty store as the same nodes and links, and the same file again."""
    await load_model_file(store, DEMO_MODEL)
    exported = await export_archimate(store)
    copy = EmbeddedStore(":memory:")
    await copy.open()
    try:
        report = await import_archimate(copy, exported)
        assert report.unmapped_elements == report.unmapped_relationships == {}
        assert report.not_stored == []
        original, copied = await take_snapshot(store), await take_snapshot(copy)
        mapped = {ref: state[0] for ref, state in original.nodes.items() if ref.kind in EXPORTED}
        assert {ref: state[0] for ref, state in copied.nodes.items()} == mapped
        assert copied.edges == {
            edge for edge in original.edges if {edge[1].kind, edge[2].kind} <= EXPORTED
        }
        assert len(mapped) > 100  # services, data, technology, ... of the demo among them
        assert NodeRef("View", "integration-landscape") in mapped  # with its drawing
        # the links the view's lines draw keep their identifiers, and the lines name them
        root = ET.fromstring(exported)
        drawn = {c.get("relationshipRef") for c in root.iter(f"{{{NS}}}connection")}
        written = {r.get("identifier") for r in root.iter(f"{{{NS}}}relationship")}
        assert drawn == {
            "rel-platform-serves-crm",
            "rel-platform-serves-billing",
            "rel-platform-serves-fsm",
        }
        assert drawn <= written
        assert await export_archimate(copy) == exported
    finally:
        await copy.close()
