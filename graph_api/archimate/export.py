"""Writing the graph as an ArchiMate exchange file: the kinds and relationships of the
mapping (graph_api.archimate.mapping) and nothing else.

Each node becomes an element with the identifier ``<kind>.<key>`` (which the import maps
back to the same key), a name and documentation (the description) in the graph's
language (``xml:lang="en"`` unless configured) followed by its translations, its other
properties as ArchiMate properties named like the metamodel's (``level``, ``maturity``,
``kind``, ``lifecycle``, ``criticality``, ``order``) and then its attributes: the import
reads them all back, so export -> import into an empty store gives the same graph.
"""

import hashlib
import re
import xml.etree.ElementTree as ET  # building only: nothing is parsed here
from typing import Any

from graph_api.archimate.mapping import MAPPED_KINDS, export_rule, export_type, identifier_for
from graph_api.archimate.parse import NS, XSI
from graph_api.archimate.texts import DEFAULT_LANGUAGE, exported_texts
from graph_api.metamodel import NODE_KINDS, outgoing_fields
from graph_api.model_io.writer import _all_records
from graph_api.store.base import GraphStore, NodeRecord

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


async def export_archimate(store: GraphStore, language: str = DEFAULT_LANGUAGE) -> str:
    """The mapped part of the graph as exchange-file text, labels, descriptions and
    values in ``language`` (the graph's), translations in theirs."""
    records: dict[str, list[NodeRecord]] = {
        kind: await _all_records(store, kind) for kind in MAPPED_KINDS
    }
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
    elements = ET.SubElement(root, "elements")
    definitions: dict[str, str] = {}
    for kind in MAPPED_KINDS:
        for record in records[kind]:
            props = dict(record.props)
            node = ET.SubElement(
                elements,
                "element",
                {
                    "identifier": identifier_for(kind, record.key),
                    XSI_TYPE: export_type(kind, props.get("kind")),
                },
            )
            label_field = NODE_KINDS[kind].label_field
            names, documentation = exported_texts(props, label_field, language)
            for tag, texts in (("name", names), ("documentation", documentation)):
                for text_language, text in texts:
                    _text(node, tag, text, text_language)
            attributes = props.pop("attributes", None) or []
            own = {
                n: v
                for n, v in props.items()
                if n not in (label_field, "description", "translations")
            }
            values = [*sorted(own.items()), *((a["name"], a["value"]) for a in attributes)]
            if values:
                holder = ET.SubElement(node, "properties")
                for name, value in values:
                    ref = definitions.setdefault(name, _definition_id(name))
                    prop = ET.SubElement(holder, "property", {"propertyDefinitionRef": ref})
                    _text(prop, "value", _value(value), language)
    relationships = ET.SubElement(root, "relationships")
    for kind in MAPPED_KINDS:
        keys = [r.key for r in records[kind]]
        if not keys:
            continue
        for field in outgoing_fields(kind).values():
            rel = field.relationship
            rule = export_rule(rel.type, rel.source, rel.target)
            if rule is None or rel.target not in MAPPED_KINDS:
                continue
            found = await store.neighbours(field, keys)
            for key in keys:
                for other in found.get(key, []):
                    ends = (identifier_for(kind, key), identifier_for(rel.target, other.key))
                    source, target = (ends[1], ends[0]) if rule.reversed else ends
                    digest = hashlib.sha256(f"{rule.archimate} {source} {target}".encode())
                    ET.SubElement(
                        relationships,
                        "relationship",
                        {
                            "identifier": f"rel-{digest.hexdigest()[:20]}",
                            "source": source,
                            "target": target,
                            XSI_TYPE: rule.archimate,
                        },
                    )
    if definitions:
        holder = ET.SubElement(root, "propertyDefinitions")
        for name, ident in definitions.items():
            definition = ET.SubElement(
                holder, "propertyDefinition", {"identifier": ident, "type": "string"}
            )
            _text(definition, "name", name, language)
    ET.indent(root)
    # A parser reads a raw carriage return as a line feed (XML 1.0, 2.11): written as a
    # reference it reads back as itself. ElementTree escapes it in attributes, not in text.
    body = ET.tostring(root, encoding="unicode").replace("\r", "&#13;")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
