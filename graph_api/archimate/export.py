"""Writing the graph as an ArchiMate exchange file: the kinds and relationships of the
mapping (graph_api.archimate.mapping) and nothing else.

Each node becomes an element with the identifier ``<kind>.<key>`` (which the import maps
back to the same key), a name and documentation (the description) in the graph's
language (``xml:lang="en"`` unless configured) followed by its translations, its other
properties as ArchiMate properties named like the metamodel's (``level``, ``maturity``,
``kind``, ``lifecycle``, ``criticality``, ``order``) and then its attributes: the import
reads them all back, so export -> import into an empty store gives the same graph.

Each node is written as the ArchiMate type its properties say
(:func:`graph_api.archimate.mapping.element_rule`: a process whose ``behaviour`` is
``function`` as a ``BusinessFunction``); the properties that say the type are not
written, nor any value the import would set again by itself: a property's default, the
type's default (a ``WorkPackage``'s ``kind: epic``), a capability's ``level`` equal to
its depth, a stage's ``order`` equal to its place. A pair of nodes linked by both
``READS`` and ``WRITES`` is one ``Access`` whose ``accessType`` is ``ReadWrite``.
"""

import hashlib
import re
import xml.etree.ElementTree as ET  # building only: nothing is parsed here
from enum import Enum
from typing import Any

from pydantic_core import PydanticUndefined

from graph_api.archimate.derived import derived_orders
from graph_api.archimate.mapping import (
    MAPPED_KINDS,
    STAGE_KIND,
    RelationshipRule,
    element_rule,
    export_rule,
    identifier_for,
)
from graph_api.archimate.parse_common import NS, XSI
from graph_api.archimate.texts import DEFAULT_LANGUAGE, exported_texts
from graph_api.archimate.view_export import (
    VIEW_KIND,
    Identifiers,
    WriteValues,
    WrittenRelationship,
    write_views,
)
from graph_api.metamodel import NODE_KINDS, outgoing_fields
from graph_api.model_io.writer import _all_records, links_along
from graph_api.store.base import GraphStore, NodeRecord
from graph_api.store.capability_levels import KIND, LEVEL

MODEL_IDENTIFIER = "graph-api-model"
SCHEMA_LOCATION = f"{NS} http://www.opengroup.org/xsd/archimate/3.1/archimate3_Model.xsd"


# The tree is built with the names as they are written (``xsi:type``, ``xml:lang``) and
# the namespaces declared on the root: the file has ArchiMate as its default namespace,
# as the tools write it, which ElementTree cannot serialise from qualified names.
XSI_TYPE = "xsi:type"


def _text(parent: ET.Element, tag: str, value: str, language: str) -> None:
    ET.SubElement(parent, tag, {"xml:lang": language}).text = value


_NAME_CHARS = re.compile(r"[A-Za-z0-9_.-]+")


def _definition_id(name: str) -> str:
    """A property definition's identifier (an xs:ID): readable when the name allows."""
    if _NAME_CHARS.fullmatch(name):
        return f"propid-{name}"
    return f"propdef-{hashlib.sha256(name.encode()).hexdigest()[:16]}"


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _field_defaults(kind: str) -> dict[str, Any]:
    """The kind's properties that have a default, with it (as stored)."""
    defaults: dict[str, Any] = {}
    for name, info in NODE_KINDS[kind].properties.model_fields.items():
        if info.default is PydanticUndefined or info.default is None:
            continue
        value = info.default.value if isinstance(info.default, Enum) else info.default
        defaults[info.alias or name] = value
    return defaults


Link = tuple[RelationshipRule, str, str, str, str | None]
"""(rule, access type written, source element identifier, target element identifier,
the link's stored identifier)."""

Pairs = dict[tuple[str, str, str], list[tuple[str, str, str | None]]]
"""Each mapped triple (source kind, type, target kind) -> its links as (source key,
target key, the link's identifier or None)."""


async def _links(store: GraphStore, records: dict[str, list[NodeRecord]]) -> Pairs:
    """Every link of a mapped triple, with its identifier."""
    found: Pairs = {}
    for kind in MAPPED_KINDS:
        keys = [r.key for r in records[kind]]
        if not keys:
            continue
        for field in outgoing_fields(kind).values():
            rel = field.relationship
            if rel.target not in MAPPED_KINDS or export_rule(rel.type, kind, rel.target) is None:
                continue
            ends = await links_along(store, field, keys)
            pairs = [
                (key, other.key, identifier)
                for key in keys
                for other, identifier in ends.get(key, [])
            ]
            if pairs:
                found[(kind, rel.type, rel.target)] = pairs
    return found


def _derived(
    records: dict[str, list[NodeRecord]], links: Pairs
) -> dict[tuple[str, str], dict[str, int]]:
    """What an import of the export derives by itself: (kind, key) -> {property: value}."""
    stream = {stage: vs for vs, stage, _ in links.get(("ValueStream", "HAS_STAGE", STAGE_KIND), [])}
    following = [(a, b) for a, b, _ in links.get((STAGE_KIND, "NEXT", STAGE_KIND), [])]
    orders = derived_orders([r.key for r in records[STAGE_KIND]], stream, following)
    # Every write derives a capability's level from the map, so the one stored is the
    # one an import derives again (graph_api.store.capability_levels).
    derived = {(KIND, r.key): {LEVEL: r.props[LEVEL]} for r in records[KIND] if LEVEL in r.props}
    derived.update({(STAGE_KIND, key): {"order": order} for key, order in orders.items()})
    return derived


def _written_values(
    kind: str, props: dict[str, Any], derived: dict[str, int], label_field: str
) -> list[tuple[str, Any]]:
    """The node's properties written as ArchiMate properties: its own (less what the
    type says and what an import would set by itself), then its attributes."""
    rule = element_rule(kind, props)
    implied = {**_field_defaults(kind), **dict(rule.defaults), **derived}
    said = {name for name, _ in rule.fixed}
    own = {
        n: v
        for n, v in props.items()
        if n not in (label_field, "description", "translations", "attributes")
        and n not in said
        and not (n in implied and implied[n] == v)
    }
    attributes = props.get("attributes") or []
    return [*sorted(own.items()), *((a["name"], a["value"]) for a in attributes)]


async def export_archimate(store: GraphStore, language: str = DEFAULT_LANGUAGE) -> str:
    """The mapped part of the graph as exchange-file text, labels, descriptions and
    values in ``language`` (the graph's), translations in theirs; then its views."""
    records: dict[str, list[NodeRecord]] = {
        kind: await _all_records(store, kind) for kind in MAPPED_KINDS
    }
    links = await _links(store, records)
    derived = _derived(records, links)
    root = ET.Element(
        "model",
        {
            "xmlns": NS,
            "xmlns:xsi": XSI,
            "xsi:schemaLocation": SCHEMA_LOCATION,
            "identifier": MODEL_IDENTIFIER,
        },
    )
    _text(root, "name", "graph-api export", language)
    definitions: dict[str, str] = {}

    def write_values(node: ET.Element, values: list[tuple[str, Any]]) -> None:
        if values:
            holder = ET.SubElement(node, "properties")
            for name, value in values:
                ref = definitions.setdefault(name, _definition_id(name))
                prop = ET.SubElement(holder, "property", {"propertyDefinitionRef": ref})
                _text(prop, "value", _value(value), language)

    types = _write_elements(root, records, derived, write_values, language)
    identifiers = Identifiers({MODEL_IDENTIFIER, *types})
    written = _write_relationships(root, _relationships(links, types), identifiers)
    views = ET.Element("views")  # built before the definitions its properties add to
    elements = {f"{kind}:{r.key}": identifier_for(kind, r.key) for kind in MAPPED_KINDS
                for r in records[kind]}  # fmt: skip
    view_records = await _all_records(store, VIEW_KIND)
    write_views(views, view_records, elements, written, identifiers, write_values, language)
    if definitions:
        holder = ET.SubElement(root, "propertyDefinitions")
        for name, ident in definitions.items():
            definition = ET.SubElement(
                holder, "propertyDefinition", {"identifier": ident, "type": "string"}
            )
            _text(definition, "name", name, language)
    if view_records:
        root.append(views)
    ET.indent(root)
    # A parser reads a raw carriage return as a line feed (XML 1.0, 2.11): written as a
    # reference it reads back as itself. ElementTree escapes it in attributes, not in text.
    body = ET.tostring(root, encoding="unicode").replace("\r", "&#13;")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def _write_elements(
    root: ET.Element,
    records: dict[str, list[NodeRecord]],
    derived: dict[tuple[str, str], dict[str, int]],
    write_values: WriteValues,
    language: str,
) -> dict[str, str]:
    """Write the nodes as elements; element identifier -> the ArchiMate type written."""
    elements = ET.SubElement(root, "elements")
    types: dict[str, str] = {}
    for kind in MAPPED_KINDS:
        for record in records[kind]:
            props = dict(record.props)
            identifier = identifier_for(kind, record.key)
            types[identifier] = element_rule(kind, props).archimate
            node = ET.SubElement(
                elements, "element", {"identifier": identifier, XSI_TYPE: types[identifier]}
            )
            label_field = NODE_KINDS[kind].label_field
            names, documentation = exported_texts(props, label_field, language)
            for tag, texts in (("name", names), ("documentation", documentation)):
                for text_language, text in texts:
                    _text(node, tag, text, text_language)
            write_values(
                node, _written_values(kind, props, derived.get((kind, record.key), {}), label_field)
            )
    return types


def _write_relationships(
    root: ET.Element, links: list[Link], identifiers: Identifiers
) -> dict[str, WrittenRelationship]:
    """Write the relationships, each with its link's identifier where it has one (else
    one derived from its type and ends); stored identifier -> what was written."""
    holder = ET.SubElement(root, "relationships")
    written: dict[str, WrittenRelationship] = {}
    for rule, access, source, target, stored in links:
        if stored is None:
            digest = hashlib.sha256(f"{rule.archimate} {source} {target}".encode())
            identifier = identifiers.claim(f"rel-{digest.hexdigest()[:20]}", "rel")
        else:
            identifier = identifiers.claim(stored, "rel")
            written[stored] = WrittenRelationship(identifier, source, target)
        attributes = {"identifier": identifier, "source": source, "target": target}
        attributes[XSI_TYPE] = rule.archimate
        if access:
            attributes["accessType"] = access
        ET.SubElement(holder, "relationship", attributes)
    return written


def _relationships(links: Pairs, types: dict[str, str]) -> list[Link]:
    """The relationships to write, in the order of the stored triples, each as a type
    ArchiMate permits between its ends' element types (``types``: identifier -> type)
    where one maps back to the link: ``READS`` and ``WRITES`` of one pair are one
    ``Access`` whose ``accessType`` is ``ReadWrite`` (and whose identifier is either's)."""
    written: list[Link] = []
    seen_access: dict[tuple[str, str], int] = {}
    for (kind, type_, target_kind), pairs in links.items():
        for key, other, identifier in pairs:
            ends = (identifier_for(kind, key), identifier_for(target_kind, other))
            rule = export_rule(type_, kind, target_kind, types[ends[0]], types[ends[1]])
            assert rule is not None  # _links keeps only triples the table maps
            source, target = (ends[1], ends[0]) if rule.reversed else ends
            if not rule.access:
                written.append((rule, "", source, target, identifier))
                continue
            at = seen_access.get((source, target))
            if at is None:
                seen_access[(source, target)] = len(written)
                written.append((rule, rule.access[0], source, target, identifier))
            else:  # the pair's other direction: one read-write access
                first = written[at]
                written[at] = (first[0], "ReadWrite", source, target, first[4] or identifier)
    return written
