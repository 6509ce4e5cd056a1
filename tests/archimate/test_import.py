"""Importing the fixture exchange file (as Archi writes it) on every store.

The report counts exactly what was mapped and what was not; the store then holds the
mapped nodes with their properties and links; a second import changes nothing and a
changed file updates the same nodes in place.
"""

from graph_api.archimate import import_archimate
from graph_api.store.base import GraphStore
from tests.archimate.helpers import fixture_text, named_graph
from tests.snapshots import take_snapshot

EXPECTED_NODES = {
    "Capability": 4,
    "DataObject": 2,
    "Process": 3,
    "System": 2,
    "Team": 2,
    "ValueStream": 1,
    "ValueStreamStage": 3,
}
EXPECTED_LINKS = {
    "Capability PART_OF Capability": 2,
    "Process FLOWS_TO Process": 1,
    "Process PART_OF Process": 1,
    "Process REALIZES Capability": 3,
    "Process USES System": 2,
    "Process WRITES DataObject": 1,
    "System READS DataObject": 1,
    "Team OWNS Process": 2,
    "Team OWNS ValueStream": 1,
    "ValueStream HAS_STAGE ValueStreamStage": 3,
    "ValueStreamStage ENABLED_BY Capability": 1,
    "ValueStreamStage NEXT ValueStreamStage": 2,
}
EXPECTED_LINKS_BY_NAME = {
    ("Customer Onboarding", "PART_OF", "Customer Management"),
    ("Identity Verification", "PART_OF", "Customer Onboarding"),
    ("Verify Identity", "PART_OF", "Handle Order"),
    ("Handle Order", "REALIZES", "Customer Onboarding"),
    ("Verify Identity", "REALIZES", "Identity Verification"),
    ("Billing Operations", "REALIZES", "Billing"),
    ("Handle Order", "USES", "CRM"),
    ("Billing Operations", "USES", "Billing Engine"),
    ("Sign Up", "ENABLED_BY", "Customer Onboarding"),
    ("Sales Team", "OWNS", "Handle Order"),
    ("Sales Team", "OWNS", "Acquire Customer"),
    ("Billing Clerk", "OWNS", "Billing Operations"),
    ("Acquire Customer", "HAS_STAGE", "Explore Offers"),
    ("Acquire Customer", "HAS_STAGE", "Sign Up"),
    ("Acquire Customer", "HAS_STAGE", "Get Connected"),
    ("Explore Offers", "NEXT", "Sign Up"),
    ("Sign Up", "NEXT", "Get Connected"),
    ("Handle Order", "FLOWS_TO", "Billing Operations"),
    ("Handle Order", "WRITES", "Customer Record"),
    ("Billing Engine", "READS", "Invoice"),
}


async def test_the_report_counts_mapped_and_unmapped_exactly(store: GraphStore) -> None:
    report = await import_archimate(store, fixture_text())
    assert report.nodes == EXPECTED_NODES
    assert report.links == EXPECTED_LINKS
    assert report.unmapped_elements == {"Requirement": 1}
    assert report.unmapped_relationships == {"Realization (BusinessProcess -> Requirement)": 1}
    assert report.reasons["Requirement"].startswith("a motivation element")
    assert report.reasons["Realization (BusinessProcess -> Requirement)"] == (
        "its target is a Requirement, which is not imported"
    )
    assert (report.elements, report.relationships, report.relationships_imported) == (18, 21, 20)
    assert report.views == 1
    # the view is a node too, linked to the three nodes it shows
    assert (report.created, report.updated, report.unchanged, report.linked) == (18, 0, 0, 23)
    kept = {(v.kind, v.field, v.value) for v in report.not_stored}
    # Everything else has a place: see the translations and attributes below.
    assert kept == {
        ("System", "name@?", "Billing engine (legacy name)"),
        ("System", "property:Owner@de", "Finanz-IT"),
        # a link carries no properties: the Serving relationship's name and property
        ("Process USES System", "name@en", "customer lookup"),
        ("Process USES System", "property:Owner", "Sales IT"),
    }
    serving = [v for v in report.not_stored if v.kind == "Process USES System"]
    assert {v.identifier for v in serving} == {"id-e015edc698b8f71212d8536d9b97571c"}
    assert {v.key for v in serving} == {
        "id-3818a019e165d3b61cf8962a39874096 -> id-01d3fccafdd317b776011bfd3a695ce7"
    }


async def test_the_store_holds_the_mapped_nodes_and_links(store: GraphStore) -> None:
    await import_archimate(store, fixture_text())
    graph = await named_graph(store)
    assert len(graph.nodes) == 18  # the 17 elements mapped and the view
    assert {link for link in graph.links if link[1] != "SHOWS"} == EXPECTED_LINKS_BY_NAME
    key, props = graph.by_name("Capability", "Customer Management")
    assert key == "id-b9625bf30fc83ff0cb46ceb80c7cddc7"  # the ArchiMate identifier
    # the English name although French comes first; level from the property
    assert props == {
        "name": "Customer Management",
        "description": "Everything needed to win, know and keep customers.",
        "level": 1,
        "translations": [{"language": "de", "label": "Kundenmanagement"}],
        "attributes": [{"name": "Owner", "value": "Jane Doe"}],
    }
    # French first in the file: English is the label, French name and documentation
    # one translation
    assert graph.by_name("ValueStream", "Acquire Customer")[1] == {
        "name": "Acquire Customer",
        "description": "From first interest to a working line.",
        "translations": [
            {
                "language": "fr",
                "label": "Acquérir un client",
                "description": "Du premier intérêt à une ligne qui fonctionne.",
            }
        ],
    }
    # level from the depth under Composition/Aggregation, maturity from the property
    assert graph.by_name("Capability", "Customer Onboarding")[1]["level"] == 2
    assert graph.by_name("Capability", "Customer Onboarding")[1]["maturity"] == 3
    assert graph.by_name("Capability", "Identity Verification")[1]["level"] == 3
    assert graph.by_name("Capability", "Billing")[1] == {
        "name": "Billing",
        "level": 1,
        "maturity": 2,
    }
    orders = {
        name: graph.by_name("ValueStreamStage", name)[1]["order"]
        for name in ("Explore Offers", "Sign Up", "Get Connected")
    }
    assert orders == {"Explore Offers": 1, "Sign Up": 2, "Get Connected": 3}
    assert graph.by_name("Process", "Verify Identity")[1]["kind"] == "support"
    assert graph.by_name("Process", "Handle Order")[1]["kind"] == "core"
    assert graph.by_name("System", "CRM")[1] == {
        "name": "CRM",
        "description": "Salesforce Sales Cloud.",
        "criticality": 5,
        "lifecycle": "phase_out",
        "translations": [{"language": "de", "label": "Kundenverwaltungssystem"}],
    }
    # no English documentation: the German one is a translation without a label
    assert graph.by_name("System", "Billing Engine")[1] == {
        "name": "Billing Engine",
        "criticality": 4,
        "lifecycle": "active",
        "translations": [{"language": "de", "description": "Rechnungsstellung."}],
        "attributes": [{"name": "Owner", "value": "Finance IT"}],
    }
    assert graph.by_name("Team", "Billing Clerk")[1] == {"name": "Billing Clerk", "kind": "role"}
    assert graph.by_name("Team", "Sales Team")[1] == {"name": "Sales Team"}
    # a BusinessFunction is a process whose behaviour says so (written back as one)
    assert graph.by_name("Process", "Billing Operations")[1] == {
        "name": "Billing Operations",
        "kind": "core",
        "behaviour": "function",
    }
    assert graph.by_name("DataObject", "Invoice")[1] == {"name": "Invoice", "kind": "data_object"}


async def test_importing_twice_changes_nothing(store: GraphStore) -> None:
    await import_archimate(store, fixture_text())
    before = await take_snapshot(store)
    again = await import_archimate(store, fixture_text())
    assert (again.created, again.updated, again.unchanged, again.linked) == (0, 0, 18, 0)
    assert await take_snapshot(store) == before


async def test_a_newer_export_updates_in_place(store: GraphStore) -> None:
    await import_archimate(store, fixture_text())
    before = await named_graph(store)
    onboarding_key, _ = before.by_name("Capability", "Customer Onboarding")
    clerk = "id-c88a3069951baf93e358675b2f7d91c2"
    billing = "id-780c462e85ba4399a5d42e88f69a15ca"
    changed = (
        fixture_text()
        .replace(
            '<name xml:lang="en">Customer Onboarding</name>',
            '<name xml:lang="en">Customer Onboarding and Activation</name>',
        )
        .replace(
            "  </relationships>",
            f'    <relationship identifier="id-new" source="{clerk}" target="{billing}" '
            'xsi:type="Assignment" />\n  </relationships>',
        )
    )
    report = await import_archimate(store, changed)
    assert (report.created, report.updated, report.unchanged, report.linked) == (0, 1, 17, 1)
    after = await named_graph(store)
    assert after.by_name("Capability", "Customer Onboarding and Activation")[0] == onboarding_key
    assert len(after.nodes) == 18
    assert len(after.links) == len(before.links) + 1
    assert ("Billing Clerk", "OWNS", "Billing") in after.links
