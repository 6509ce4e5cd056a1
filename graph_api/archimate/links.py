"""The file's relationships (junctions resolved) as links between the mapped nodes.

Each relationship takes the rules of the mapping table
(:func:`graph_api.archimate.mapping.match_rules`); what takes none is reported with its
reason: an end that is a relationship or an element that is not imported, a type the
graph has no place for (:data:`graph_api.archimate.standard.RELATIONSHIP_REASONS`), or no
triple of the metamodel between the two kinds. Where the metamodel allows one link of a
kind per node (a system is part of one larger system, an interface belongs to one
system), the file's first composition, else its first aggregation or other relationship,
is kept and the others are reported.
"""

from collections import Counter
from dataclasses import dataclass, field

from graph_api.archimate.elements import MappedNode
from graph_api.archimate.junctions import Relationship, Unresolved
from graph_api.archimate.mapping import match_rules
from graph_api.archimate.parse import ArchiElement
from graph_api.archimate.report import ImportReport, NotStored
from graph_api.archimate.standard import (
    RELATIONSHIP_REASONS,
    RELATIONSHIP_TYPES,
    UNSPECIFIED_ACCESS,
)
from graph_api.metamodel import find_relationship

Edge = tuple[MappedNode, str, MappedNode]


@dataclass(slots=True)
class MappedLinks:
    """The links to store, and which of the file's relationships they come from."""

    edges: list[Edge] = field(default_factory=list)
    imported: set[str] = field(default_factory=set)
    """Identifiers of the file's relationships that are part of a stored link."""
    identifiers: dict[int, str] = field(default_factory=dict)
    """Edge (its place in :attr:`edges`) -> the identifier of the one relationship of
    the file it stands for (an edge through a junction stands for several: none)."""


def _name(rel: Relationship, by_id: dict[str, ArchiElement]) -> str:
    ends = [by_id[i].type if i in by_id else "Relationship" for i in (rel.source, rel.target)]
    return f"{rel.type} ({ends[0]} -> {ends[1]})"


def _why_not(
    rel: Relationship, by_id: dict[str, ArchiElement], nodes: dict[str, MappedNode]
) -> str:
    for end, ident in (("source", rel.source), ("target", rel.target)):
        if ident not in by_id:
            return f"its {end} is a relationship, and the graph links nodes only"
        if ident not in nodes:
            return f"its {end} is a {by_id[ident].type}, which is not imported"
    if rel.type not in RELATIONSHIP_TYPES:
        return f"{rel.type} is no relationship type of ArchiMate 3.2"
    if rel.type in RELATIONSHIP_REASONS:
        return RELATIONSHIP_REASONS[rel.type]
    source, target = nodes[rel.source].ref.kind, nodes[rel.target].ref.kind
    return (
        f"the metamodel has no relationship from {source} to {target} that a {rel.type} stands for"
    )


def _rank(rel: Relationship) -> int:
    """Which relationship keeps the one link allowed: compositions first."""
    return {"Composition": 0, "Aggregation": 1}.get(rel.type, 2)


def map_links(
    relationships: list[Relationship],
    unresolved: list[Unresolved],
    by_id: dict[str, ArchiElement],
    nodes: dict[str, MappedNode],
    report: ImportReport,
) -> MappedLinks:
    """The links the relationships stand for; counts and reasons go to ``report``."""
    out = MappedLinks()
    links: Counter[str] = Counter()
    skipped: Counter[str] = Counter()
    reasons: dict[str, list[str]] = {}

    def skip(name: str, reason: str) -> None:
        skipped[name] += 1
        known = reasons.setdefault(name, [])
        if reason not in known:
            known.append(reason)

    for gone in unresolved:
        part = gone.relationship
        whole = Relationship(part.type, part.source, part.target, None, (part,))
        skip(_name(whole, by_id), gone.reason)
    single: dict[tuple[str, str, str, str], str] = {}
    for rel in sorted(relationships, key=_rank):
        source, target = nodes.get(rel.source), nodes.get(rel.target)
        rules = (
            match_rules(rel.type, source.ref.kind, target.ref.kind, rel.access)
            if source and target
            else ()
        )
        if not rules or source is None or target is None:
            skip(_name(rel, by_id), _why_not(rel, by_id, nodes))
            continue
        for rule in rules:
            start, end = (target, source) if rule.reversed else (source, target)
            spec = find_relationship(start.ref.kind, rule.type, end.ref.kind)
            assert spec is not None  # match_rules only returns allowed triples
            taken = _taken(spec.single_target, spec.single_source, start, rule.type, end, single)
            if taken:
                skip(_name(rel, by_id), taken)
                continue
            if len(rel.parts) == 1:
                out.identifiers[len(out.edges)] = rel.parts[0].identifier
            out.edges.append((start, rule.type, end))
            out.imported.update(p.identifier for p in rel.parts)
            triple = f"{start.ref.kind} {rule.type} {end.ref.kind}"
            links[triple] += 1
            _report_texts(rel, triple, f"{start.ref.key} -> {end.ref.key}", report)
        if rel.type == "Access" and (rel.access or UNSPECIFIED_ACCESS) == UNSPECIFIED_ACCESS:
            report.not_stored.append(
                NotStored(
                    rel.identifier,
                    f"{source.ref.kind} READS {target.ref.kind}",
                    f"{source.ref.key} -> {target.ref.key}",
                    "accessType",
                    "Access (no direction given: stored as a read)",
                )
            )
    report.links = dict(sorted(links.items()))
    report.unmapped_relationships = dict(sorted(skipped.items()))
    report.reasons.update({name: "; ".join(why) for name, why in reasons.items()})
    return out


def _taken(
    single_target: bool,
    single_source: bool,
    start: MappedNode,
    type_: str,
    end: MappedNode,
    single: dict[tuple[str, str, str, str], str],
) -> str | None:
    """Why the link cannot be stored as the metamodel allows one such link per node and
    an earlier relationship took it, or None (the link is noted as taken)."""
    checks = []
    if single_target:
        checks.append(("target", start, end))
    if single_source:
        checks.append(("source", end, start))
    slots = [
        ((side, node.ref.kind, node.ref.key, f"{type_} {other.ref.kind}"), node, other)
        for side, node, other in checks
    ]
    for slot, node, other in slots:
        first = single.get(slot)
        if first is not None and first != other.ref.key:
            what = "parent" if type_ == "PART_OF" else f"{type_} {slot[0]}"
            return (
                f"a {node.ref.kind} has one {what} of kind {other.ref.kind}: the file's "
                "first (a composition before an aggregation) is kept"
            )
    for slot, _, other in slots:  # taken only once every side is free
        single[slot] = other.ref.key
    return None


def _report_texts(rel: Relationship, triple: str, ends: str, report: ImportReport) -> None:
    """A stored link has no properties: a relationship's names, documentation and
    properties are reported."""
    for part in rel.parts:
        values = [
            *((f"name@{t.lang or '?'}", t.text) for t in part.names),
            *((f"documentation@{t.lang or '?'}", t.text) for t in part.documentation),
            *((f"property:{p.name}", p.value) for p in part.properties),
        ]
        for field_, value in values:
            report.not_stored.append(NotStored(part.identifier, triple, ends, field_, value))
