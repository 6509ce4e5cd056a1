"""The one table mapping ArchiMate onto the metamodel, both ways.

Elements: :data:`ELEMENTS` gives, per ArchiMate element type, the node kind it becomes
and the properties that say which type it was (``fixed``: a ``BusinessFunction`` is a
process whose ``behaviour`` is ``function``, an ``Artifact`` a data object whose ``kind``
is ``artifact``). The export reads those properties to write each node back as the type
it came from. ``defaults`` are set when the file gives none and are not written back.
A ``ValueStream`` composed into (or aggregated by) another ``ValueStream`` is a stage of
it (:data:`STAGE_KIND`), otherwise a value stream. The types that become no node are in
:data:`graph_api.archimate.standard.NOT_IMPORTED`, each with its reason.

Relationships: :data:`RELATIONSHIPS` lists, per ArchiMate relationship type, the
metamodel relationship types it may stand for, each read forward (the ArchiMate source
is the stored source) or reversed (the ArchiMate target is the stored source: in
ArchiMate the source of a composition is the whole, in the metamodel the part is
``PART_OF`` the whole). An ArchiMate relationship takes the first rule whose triple the
metamodel allows between the two mapped kinds (checked with
:func:`graph_api.metamodel.find_relationship`, never a list kept here); an ``Access``
takes each rule of its access type (``ReadWrite``: both). None allowed: it is not
imported and reported. The export walks the same table the other way.

Keys: :func:`key_for` turns an ArchiMate identifier into a key; :func:`identifier_for`
turns a node back into an identifier that :func:`key_for` maps to the same key.
"""

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from graph_api.archimate.permitted import is_permitted
from graph_api.archimate.standard import UNSPECIFIED_ACCESS
from graph_api.metamodel import find_relationship, is_key, slugify
from graph_api.metamodel.keys import KEY_MAX_LENGTH

Pairs = tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class ElementRule:
    """An ArchiMate element type and the node kind it becomes."""

    archimate: str
    kind: str
    fixed: Pairs = ()
    """Properties the type sets, which say the type: the export writes it back from them."""
    defaults: Pairs = ()
    """Properties set when the file gives none; not written back when unchanged."""

    def matches(self, props: Mapping[str, Any]) -> bool:
        """Whether a node with ``props`` is written as this type (its fixed values hold)."""
        return all(props.get(name) == value for name, value in self.fixed)


@dataclass(frozen=True, slots=True)
class RelationshipRule:
    """An ArchiMate relationship type standing for a metamodel relationship type."""

    archimate: str
    type: str
    reversed: bool = False
    """True when the ArchiMate target is the metamodel source."""
    access: tuple[str, ...] = ()
    """For ``Access``: the access types (``accessType``) this rule reads; the first is
    the one the export writes."""
    only: tuple[str, str] | None = None
    """The (ArchiMate source, target) kinds the rule is for, when another ArchiMate type
    stands for the same triple between other kinds."""

    def stored(self, source: str, target: str) -> tuple[str, str] | None:
        """(stored source, stored target) of ArchiMate ``source -> target`` kinds, if allowed."""
        if self.only is not None and self.only != (source, target):
            return None
        start, end = (target, source) if self.reversed else (source, target)
        return (start, end) if find_relationship(start, self.type, end) else None


def _behaviour(prefix: str, layer: str | None) -> tuple[ElementRule, ...]:
    on_layer: Pairs = (("layer", layer),) if layer else ()
    return (
        ElementRule(f"{prefix}Process", "Process", on_layer),
        ElementRule(f"{prefix}Function", "Process", (*on_layer, ("behaviour", "function"))),
        ElementRule(f"{prefix}Interaction", "Process", (*on_layer, ("behaviour", "interaction"))),
    )


def _by_kind(kind: str, field: str, types: dict[str, str]) -> tuple[ElementRule, ...]:
    return tuple(ElementRule(t, kind, ((field, value),)) for t, value in types.items())


# For a kind with several types, the export writes the type whose fixed values the node
# has, the one with the most of them if several match; a node matching none (a value
# ArchiMate has no type for) is written as the kind's first type.
ELEMENTS: tuple[ElementRule, ...] = (
    ElementRule("Capability", "Capability"),
    ElementRule("ValueStream", "ValueStream"),
    *_behaviour("Business", None),
    *_behaviour("Application", "application"),
    *_behaviour("Technology", "technology"),
    ElementRule("ApplicationComponent", "System"),
    ElementRule("ApplicationCollaboration", "System", (("kind", "collaboration"),)),
    ElementRule("BusinessActor", "Team"),
    ElementRule("BusinessRole", "Team", (("kind", "role"),)),
    ElementRule("BusinessCollaboration", "Team", (("kind", "collaboration"),)),
    *_by_kind(
        "Service",
        "layer",
        {
            "BusinessService": "business",
            "ApplicationService": "application",
            "TechnologyService": "technology",
        },
    ),
    *_by_kind(
        "Interface",
        "layer",
        {"ApplicationInterface": "application", "TechnologyInterface": "technology"},
    ),
    ElementRule("BusinessInterface", "Channel", defaults=(("kind", "digital"),)),
    *_by_kind(
        "DataObject",
        "kind",
        {
            "DataObject": "data_object",
            "BusinessObject": "business_object",
            "Contract": "contract",
            "Representation": "representation",
            "Artifact": "artifact",
            "Material": "material",
        },
    ),
    *_by_kind(
        "TechnologyNode",
        "kind",
        {
            "Node": "node",
            "Device": "device",
            "SystemSoftware": "system_software",
            "CommunicationNetwork": "network",
            "Path": "path",
            "TechnologyCollaboration": "collaboration",
            "Equipment": "equipment",
            "Facility": "facility",
            "DistributionNetwork": "distribution_network",
        },
    ),
    *_by_kind(
        "Event",
        "layer",
        {
            "BusinessEvent": "business",
            "ApplicationEvent": "application",
            "TechnologyEvent": "technology",
        },
    ),
    ElementRule("WorkPackage", "BacklogItem", defaults=(("kind", "epic"),)),
    ElementRule("Deliverable", "BacklogItem", (("kind", "feature"),)),
)

STAGE_KIND = "ValueStreamStage"
"""The kind of a ``ValueStream`` element that is part of another ``ValueStream``."""

_READ = ("Read", "ReadWrite", "Access")
_WRITE = ("Write", "ReadWrite")

RELATIONSHIPS: tuple[RelationshipRule, ...] = (
    # Process / System / Service / TechnologyNode -> Capability or Service
    RelationshipRule("Realization", "REALIZES"),
    RelationshipRule("Realization", "CHANGES"),  # a deliverable changes what it realizes
    # a work package realizes its deliverables, which belong to it
    RelationshipRule("Realization", "PART_OF", reversed=True, only=("BacklogItem", "BacklogItem")),
    # a node realizes the system running on it (ArchiMate derives it from the node's
    # assignment to the artifact that realizes the system)
    RelationshipRule(
        "Realization", "DEPLOYED_ON", reversed=True, only=("TechnologyNode", "System")
    ),
    # System -> System, Interface -> System / Process, Process -> Step, node -> node
    RelationshipRule("Serving", "SERVES"),
    # System / Service / TechnologyNode serves a Process, System, Step or Touchpoint
    RelationshipRule("Serving", "USES", reversed=True),
    RelationshipRule("Serving", "ENABLED_BY", reversed=True),  # Capability serves stage
    # Team -> Process / System / Capability / Service / DataObject / ...
    RelationshipRule("Assignment", "OWNS"),
    RelationshipRule("Assignment", "PLAYS"),  # an actor is assigned to the role it plays
    # a node is assigned to the artifact deployed on it
    RelationshipRule(
        "Assignment", "DEPLOYED_ON", reversed=True, only=("TechnologyNode", "DataObject")
    ),
    # a component performs an (application) process
    RelationshipRule("Assignment", "USES", reversed=True, only=("System", "Process")),
    RelationshipRule("Composition", "PART_OF", reversed=True),  # whole -> part
    # a node composed of nodes (a data centre of clusters): the parts run in the whole,
    # so its outage reaches them
    RelationshipRule(
        "Composition", "DEPLOYED_ON", reversed=True, only=("TechnologyNode", "TechnologyNode")
    ),
    RelationshipRule("Composition", "HAS_STAGE"),  # ValueStream -> its stages
    RelationshipRule("Composition", "EXPOSES"),  # a system is composed of its interfaces
    RelationshipRule("Aggregation", "PART_OF", reversed=True),
    RelationshipRule(
        "Aggregation", "DEPLOYED_ON", reversed=True, only=("TechnologyNode", "TechnologyNode")
    ),
    RelationshipRule("Aggregation", "HAS_STAGE"),
    RelationshipRule("Aggregation", "EXPOSES"),
    RelationshipRule("Triggering", "NEXT"),  # stage -> next stage
    RelationshipRule("Triggering", "TRIGGERS"),  # systems, processes and events
    RelationshipRule("Flow", "NEXT"),
    RelationshipRule("Flow", "FLOWS_TO"),  # System -> System, Process -> Process
    RelationshipRule("Access", "READS", access=_READ),  # Process / System -> DataObject
    RelationshipRule("Access", "WRITES", access=_WRITE),
    # ArchiMate has no ownership: models say who is responsible for an element with an
    # association between the actor, role or collaboration and the element
    RelationshipRule("Association", "OWNS"),
    RelationshipRule("Association", "OWNS", reversed=True),
)

ELEMENT_KINDS: dict[str, ElementRule] = {rule.archimate: rule for rule in ELEMENTS}
MAPPED_KINDS: tuple[str, ...] = tuple(
    dict.fromkeys([*(r.kind for r in ELEMENTS), STAGE_KIND]).keys()
)
"""The node kinds the import writes and the export reads."""


def element_rule(kind: str, props: Mapping[str, Any]) -> ElementRule:
    """The ArchiMate element type a node of ``kind`` with ``props`` is written as."""
    if kind == STAGE_KIND:
        return ELEMENT_KINDS["ValueStream"]
    rules = [r for r in ELEMENTS if r.kind == kind]
    matching = [r for r in rules if r.matches(props)]
    return max(matching, key=lambda r: len(r.fixed)) if matching else rules[0]


def export_type(kind: str, props: Mapping[str, Any]) -> str:
    """The ArchiMate element type a node of ``kind`` is written as."""
    return element_rule(kind, props).archimate


@cache  # a pure function of the table, asked once per element
def type_fields(kind: str) -> frozenset[str]:
    """The properties of ``kind`` that say which ArchiMate type a node is."""
    return frozenset(name for r in ELEMENTS if r.kind == kind for name, _ in r.fixed)


@cache  # a pure function of the table, asked once per relationship
def match_rules(
    archimate: str, source: str, target: str, access: str | None = None
) -> tuple[RelationshipRule, ...]:
    """The rules an ArchiMate relationship between two mapped kinds is stored by: the
    first one whose triple the metamodel allows, or for an ``Access`` each rule of its
    access type that fits; empty when none fits (the relationship is not imported)."""
    fitting = [r for r in RELATIONSHIPS if r.archimate == archimate and r.stored(source, target)]
    if archimate == "Access":
        given = access or UNSPECIFIED_ACCESS
        return tuple(r for r in fitting if given in r.access)
    return tuple(fitting[:1])


def map_relationship(
    archimate: str, source: str, target: str, access: str | None = None
) -> list[tuple[str, str, str]]:
    """The stored (source kind, type, target kind) of an ArchiMate relationship, if any."""
    triples: list[tuple[str, str, str]] = []
    for rule in match_rules(archimate, source, target, access):
        ends = rule.stored(source, target)
        if ends:
            triples.append((ends[0], rule.type, ends[1]))
    return triples


@cache  # a pure function of the table, asked once per stored triple
def round_trip_rules(type_: str, source: str, target: str) -> tuple[RelationshipRule, ...]:
    """The rules a stored relationship can be written with: those that map back to the
    same triple on import (so that the round trip is exact), in table order."""
    rules: list[RelationshipRule] = []
    for rule in RELATIONSHIPS:
        if rule.type != type_:
            continue
        archi_source, archi_target = (target, source) if rule.reversed else (source, target)
        access = rule.access[0] if rule.access else None
        mapped = map_relationship(rule.archimate, archi_source, archi_target, access)
        if mapped == [(source, type_, target)]:
            rules.append(rule)
    return tuple(rules)


def export_rule(
    type_: str,
    source: str,
    target: str,
    source_type: str | None = None,
    target_type: str | None = None,
) -> RelationshipRule | None:
    """The rule the export writes a stored relationship with: the first that maps back to
    the same triple and that ArchiMate 3.2 permits between the two elements' types (given
    both), else the first that maps back (a link no permitted relationship expresses)."""
    rules = round_trip_rules(type_, source, target)
    if source_type and target_type:
        for rule in rules:
            ends = (target_type, source_type) if rule.reversed else (source_type, target_type)
            if is_permitted(ends[0], rule.archimate, ends[1]):
                return rule
    return rules[0] if rules else None


def _prefix(kind: str) -> str:
    return kind.lower() + "."


def key_for(identifier: str, kind: str) -> str:
    """The key of the node an ArchiMate element with ``identifier`` becomes.

    ``<kind>.<key>`` (what the export writes, e.g. ``process.order-to-cash``) gives
    ``<key>``; an identifier that is already a key (Archi's ``id-4f0c...``) is kept; any
    other is slugified and given 8 hex digits of its SHA-256, so that identifiers that
    differ only in case or punctuation never share a key.
    """
    prefix = _prefix(kind)
    if identifier.startswith(prefix) and is_key(identifier[len(prefix) :]):
        return identifier[len(prefix) :]
    if is_key(identifier):
        return identifier
    digest = hashlib.sha256(identifier.encode("utf-8")).hexdigest()[:8]
    slug = slugify(identifier)[: KEY_MAX_LENGTH - 9].strip("-_.") or "id"
    return f"{slug}-{digest}"


def kind_hint(identifier: str) -> str | None:
    """The kind an exported identifier names (``valuestreamstage.x`` -> ValueStreamStage)."""
    for kind in MAPPED_KINDS:
        if identifier.startswith(_prefix(kind)) and is_key(identifier[len(_prefix(kind)) :]):
            return kind
    return None


def identifier_for(kind: str, key: str) -> str:
    """The identifier the export gives a node: unique across kinds, an XML NCName."""
    return _prefix(kind) + key
