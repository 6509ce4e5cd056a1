"""The one table mapping ArchiMate onto the metamodel, both ways.

Elements: :data:`ELEMENTS` gives the node kind of each mapped ArchiMate element type.
A ``ValueStream`` composed into (or aggregated by) another ``ValueStream`` is a stage of
it (:data:`STAGE_KIND`), otherwise a value stream.

Relationships: :data:`RELATIONSHIPS` lists, per ArchiMate relationship type, the
metamodel relationship types it may stand for, each read forward (the ArchiMate source
is the stored source) or reversed (the ArchiMate target is the stored source: in
ArchiMate the source of a composition is the whole, in the metamodel the part is
``PART_OF`` the whole). An ArchiMate relationship takes the first rule whose triple the
metamodel allows between the two mapped kinds (checked with
:func:`graph_api.metamodel.find_relationship`, never a list kept here); none allowed:
it is unmapped and reported. The export walks the same table the other way.

Keys: :func:`key_for` turns an ArchiMate identifier into a key; :func:`identifier_for`
turns a node back into an identifier that :func:`key_for` maps to the same key.
"""

import hashlib
from dataclasses import dataclass

from graph_api.metamodel import find_relationship, is_key, slugify
from graph_api.metamodel.keys import KEY_MAX_LENGTH


@dataclass(frozen=True, slots=True)
class ElementRule:
    """An ArchiMate element type and the node kind it becomes."""

    archimate: str
    kind: str
    team_kind: str | None = None
    """For teams: the ``kind`` property given when the file sets none."""


@dataclass(frozen=True, slots=True)
class RelationshipRule:
    """An ArchiMate relationship type standing for a metamodel relationship type."""

    archimate: str
    type: str
    reversed: bool = False
    """True when the ArchiMate target is the metamodel source."""

    def stored(self, source: str, target: str) -> tuple[str, str] | None:
        """(stored source, stored target) of ArchiMate ``source -> target`` kinds, if allowed."""
        start, end = (target, source) if self.reversed else (source, target)
        return (start, end) if find_relationship(start, self.type, end) else None


# The first rule of an ArchiMate type is the one the export writes for its kind.
ELEMENTS: tuple[ElementRule, ...] = (
    ElementRule("Capability", "Capability"),
    ElementRule("ValueStream", "ValueStream"),
    ElementRule("BusinessProcess", "Process"),
    ElementRule("BusinessFunction", "Process"),
    ElementRule("ApplicationComponent", "System"),
    ElementRule("BusinessActor", "Team"),
    ElementRule("BusinessRole", "Team", team_kind="role"),
)

STAGE_KIND = "ValueStreamStage"
"""The kind of a ``ValueStream`` element that is part of another ``ValueStream``."""

RELATIONSHIPS: tuple[RelationshipRule, ...] = (
    RelationshipRule("Realization", "REALIZES"),  # Process -> Capability
    RelationshipRule("Serving", "SERVES"),  # Process -> Step / Touchpoint
    RelationshipRule("Serving", "USES", reversed=True),  # System serves Process
    RelationshipRule("Serving", "ENABLED_BY", reversed=True),  # Capability serves stage
    RelationshipRule("Assignment", "OWNS"),  # Team -> Process / System / Capability / ...
    RelationshipRule("Composition", "PART_OF", reversed=True),  # whole -> part
    RelationshipRule("Composition", "HAS_STAGE"),  # ValueStream -> its stages
    RelationshipRule("Aggregation", "PART_OF", reversed=True),
    RelationshipRule("Aggregation", "HAS_STAGE"),
    RelationshipRule("Triggering", "NEXT"),  # stage -> next stage
    RelationshipRule("Flow", "NEXT"),
)

ELEMENT_KINDS: dict[str, ElementRule] = {rule.archimate: rule for rule in ELEMENTS}
MAPPED_KINDS: tuple[str, ...] = tuple(
    dict.fromkeys([*(r.kind for r in ELEMENTS), STAGE_KIND]).keys()
)
"""The node kinds the import writes and the export reads."""


def export_type(kind: str, team_kind: object = None) -> str:
    """The ArchiMate element type a node of ``kind`` is written as."""
    if kind == STAGE_KIND:
        return "ValueStream"
    rules = [r for r in ELEMENTS if r.kind == kind]
    for rule in rules:
        if rule.team_kind is not None and rule.team_kind == team_kind:
            return rule.archimate
    return rules[0].archimate


def match_rule(archimate: str, source: str, target: str) -> RelationshipRule | None:
    """The first rule of an ArchiMate relationship between two mapped kinds that the
    metamodel allows, or None (the relationship is unmapped)."""
    for rule in RELATIONSHIPS:
        if rule.archimate == archimate and rule.stored(source, target):
            return rule
    return None


def map_relationship(archimate: str, source: str, target: str) -> tuple[str, str, str] | None:
    """The stored (source kind, type, target kind) of an ArchiMate relationship, if any."""
    rule = match_rule(archimate, source, target)
    ends = rule.stored(source, target) if rule else None
    return (ends[0], rule.type, ends[1]) if rule and ends else None


def export_rule(type_: str, source: str, target: str) -> RelationshipRule | None:
    """The rule the export writes a stored relationship with: the first one that maps
    back to the same triple on import (so that the round trip is exact)."""
    for rule in RELATIONSHIPS:
        if rule.type != type_:
            continue
        archi_source, archi_target = (target, source) if rule.reversed else (source, target)
        if map_relationship(rule.archimate, archi_source, archi_target) == (source, type_, target):
            return rule
    return None


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


def markdown_table() -> str:
    """The mapping as Markdown tables (docs/archimate.md holds a copy a test checks)."""
    lines = ["| ArchiMate element | node kind |", "|---|---|"]
    for rule in ELEMENTS:
        extra = f" (`kind: {rule.team_kind}` unless set)" if rule.team_kind else ""
        lines.append(f"| `{rule.archimate}` | {rule.kind}{extra} |")
    lines.append(f"| `ValueStream` part of a `ValueStream` | {STAGE_KIND} |")
    lines += [
        "",
        "| ArchiMate relationship | stored as | read | triples the metamodel allows |",
        "|---|---|---|---|",
    ]
    for rel in RELATIONSHIPS:
        triples = sorted(
            f"{ends[0]} {rel.type} {ends[1]}"
            for s in MAPPED_KINDS
            for t in MAPPED_KINDS
            if (ends := rel.stored(s, t))
            and map_relationship(rel.archimate, s, t) == (ends[0], rel.type, ends[1])
        )
        read = "target to source" if rel.reversed else "source to target"
        shown = ", ".join(triples) if triples else "none between mapped kinds"
        lines.append(f"| `{rel.archimate}` | `{rel.type}` | {read} | {shown} |")
    return "\n".join(lines) + "\n"
