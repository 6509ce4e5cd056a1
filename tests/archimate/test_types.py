"""Each imported element keeps its ArchiMate type: exported as the type it came in as,
with no property written back that the type (or a default) already says."""

import xml.etree.ElementTree as ET

from graph_api.archimate import NS, export_archimate, import_archimate
from graph_api.archimate.mapping import ELEMENTS
from graph_api.store.base import GraphStore
from tests.archimate.helpers import named_graph

HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="id-m">\n'
    '  <name xml:lang="en">M</name>\n'
)
XSI_TYPE = "{http://www.w3.org/2001/XMLSchema-instance}type"


def exchange_file(elements: list[tuple[str, str, dict[str, str]]]) -> str:
    """Elements (identifier, type, properties), each named after its identifier."""
    names = sorted({name for _, _, props in elements for name in props})
    definitions = "".join(
        f'<propertyDefinition identifier="p-{n}" type="string"><name>{n}</name>'
        "</propertyDefinition>"
        for n in names
    )
    parts = []
    for ident, type_, props in elements:
        values = "".join(
            f'<property propertyDefinitionRef="p-{n}"><value>{v}</value></property>'
            for n, v in props.items()
        )
        held = f"<properties>{values}</properties>" if values else ""
        parts.append(
            f'<element identifier="{ident}" xsi:type="{type_}"><name>{ident}</name>{held}</element>'
        )
    return (
        HEAD + f"<elements>{''.join(parts)}</elements>\n"
        f"<propertyDefinitions>{definitions}</propertyDefinitions>\n</model>\n"
    )


def exported_elements(text: str) -> dict[str, tuple[str, dict[str, str]]]:
    """The export's elements: key -> (type, {property name: value})."""
    root = ET.fromstring(text)
    names = {
        d.get("identifier"): d.findtext(f"{{{NS}}}name")
        for d in root.iter(f"{{{NS}}}propertyDefinition")
    }
    out: dict[str, tuple[str, dict[str, str]]] = {}
    for element in root.iter(f"{{{NS}}}element"):
        props = {
            str(names[p.get("propertyDefinitionRef")]): p.findtext(f"{{{NS}}}value") or ""
            for p in element.iter(f"{{{NS}}}property")
        }
        key = element.get("identifier", "").split(".", 1)[1]
        out[key] = (element.get(XSI_TYPE, ""), props)
    return out


async def test_every_imported_type_is_exported_as_itself(store: GraphStore) -> None:
    types = [rule.archimate for rule in ELEMENTS]
    elements: list[tuple[str, str, dict[str, str]]] = [(f"id-{t.lower()}", t, {}) for t in types]
    report = await import_archimate(store, exchange_file(elements))
    assert report.unmapped_elements == {}
    out = exported_elements(await export_archimate(store))
    assert {key: type_ for key, (type_, _) in out.items()} == {f"id-{t.lower()}": t for t in types}
    # the type says it all: no property is written back for any of them
    assert {key: props for key, (_, props) in out.items() if props} == {}


async def test_a_property_contradicting_the_type_is_reported_not_stored(
    store: GraphStore,
) -> None:
    elements = [
        ("id-actor", "BusinessActor", {"kind": "role"}),  # would make it a BusinessRole
        ("id-dept", "BusinessActor", {"kind": "department"}),
        ("id-service", "ApplicationService", {"layer": "technology"}),
        ("id-story", "WorkPackage", {"kind": "story"}),
        ("id-release", "WorkPackage", {"kind": "feature"}),  # would make it a Deliverable
        ("id-shop", "BusinessInterface", {"kind": "physical"}),
        ("id-portal", "BusinessInterface", {}),
    ]
    report = await import_archimate(store, exchange_file(elements))
    refused = {(v.identifier, v.field, v.value) for v in report.not_stored}
    assert refused == {
        ("id-actor", "property:kind", "role"),
        ("id-service", "property:layer", "technology"),
        ("id-release", "property:kind", "feature"),
    }
    graph = await named_graph(store)
    assert graph.by_name("Team", "id-actor")[1] == {"name": "id-actor"}
    assert graph.by_name("Team", "id-dept")[1] == {"name": "id-dept", "kind": "department"}
    assert graph.by_name("Service", "id-service")[1] == {
        "name": "id-service",
        "layer": "application",
    }
    assert graph.by_name("BacklogItem", "id-story")[1]["kind"] == "story"
    assert graph.by_name("BacklogItem", "id-release")[1]["kind"] == "epic"
    assert graph.by_name("Channel", "id-shop")[1]["kind"] == "physical"
    assert graph.by_name("Channel", "id-portal")[1]["kind"] == "digital"
    out = exported_elements(await export_archimate(store))
    assert out["id-actor"] == ("BusinessActor", {})
    assert out["id-dept"] == ("BusinessActor", {"kind": "department"})
    assert out["id-service"] == ("ApplicationService", {})
    assert out["id-story"] == ("WorkPackage", {"kind": "story"})
    assert out["id-release"] == ("WorkPackage", {})  # an epic: the type's default
    assert out["id-shop"] == ("BusinessInterface", {"kind": "physical"})
    assert out["id-portal"] == ("BusinessInterface", {})
