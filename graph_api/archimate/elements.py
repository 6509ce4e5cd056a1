"""An element of the file as a node: its kind, key and properties.

The kind and the properties saying which ArchiMate type it was come from the mapping
table (:data:`graph_api.archimate.mapping.ELEMENTS`); the names, documentation and
properties of the element from :mod:`graph_api.archimate.texts`. A property of the file
that would contradict the element's type (a ``layer`` of ``technology`` on an
``ApplicationService``, a ``kind`` of ``role`` on a ``BusinessActor``) is reported, not
stored, so that the node is written back as the type it came from.
"""

from dataclasses import dataclass, field
from typing import Any

from graph_api.archimate.mapping import (
    ELEMENT_KINDS,
    STAGE_KIND,
    element_rule,
    key_for,
    kind_hint,
    type_fields,
)
from graph_api.archimate.parse import ArchiElement
from graph_api.archimate.report import ImportReport, NotStored
from graph_api.archimate.texts import label_and_translations, properties_and_attributes
from graph_api.metamodel import NODE_KINDS
from graph_api.store.base import NodeRef


@dataclass(slots=True)
class MappedNode:
    """The node an element becomes, with the links the import gives it."""

    element: ArchiElement
    ref: NodeRef
    props: dict[str, Any]
    index: int
    """The element's place in the file (ties are broken in file order)."""
    links: dict[str, list[str | dict[str, str]]] = field(default_factory=dict)
    """Relationship field (``parent``, ``systems``) -> the linked nodes, as model files
    give them: a key, or ``{key, identifier}`` for a link keeping its relationship's
    identifier."""


def kind_of(element: ArchiElement, stages: set[str]) -> str | None:
    """The node kind of ``element``; ``stages`` are the value streams part of another."""
    rule = ELEMENT_KINDS.get(element.type)
    if rule is None:
        return None
    if rule.kind == "ValueStream" and (
        element.identifier in stages or kind_hint(element.identifier) == STAGE_KIND
    ):
        return STAGE_KIND
    return rule.kind


def mapped_node(
    element: ArchiElement, kind: str, index: int, report: ImportReport, language: str
) -> MappedNode:
    """The node of ``element`` (of ``kind``); what it cannot keep goes to ``report``."""
    key = key_for(element.identifier, kind)
    spec = NODE_KINDS[kind]

    def keep(field_: str, value: str) -> None:
        report.not_stored.append(NotStored(element.identifier, kind, key, field_, value))

    props: dict[str, Any] = {}
    label_and_translations(element, props, spec.label_field, keep, language)
    rule = ELEMENT_KINDS[element.type]
    props.update(rule.defaults)
    own = {f.alias or a for a, f in spec.scalar_fields().items()} - {"name", "description"}
    given: dict[str, Any] = {}
    properties_and_attributes(element.properties, given, own, keep, language)
    says_type = type_fields(kind)
    for name, value in given.items():
        if name in says_type:
            continue  # set below, after the type's own
        props[name] = value
    for name, value in rule.fixed:
        if name in given and given[name] != value:
            keep(f"property:{name}", str(given[name]))  # the type says otherwise
        props[name] = value
    for name in sorted(says_type - {n for n, _ in rule.fixed}):
        if name not in given:
            continue
        trial = {**props, name: given[name]}
        if element_rule(kind, trial).archimate == element.type:
            props[name] = given[name]
        else:  # it would make the node another ArchiMate type
            keep(f"property:{name}", str(given[name]))
    return MappedNode(element, NodeRef(kind, key), props, index)
