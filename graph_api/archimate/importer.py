"""Importing an exchange file: parse, map (graph_api.archimate.mapping), load atomically.

The file becomes a model document (docs/model-format.md) and goes through the model
loader, so the import is one atomic write (a bad file writes nothing) and idempotent:
keys come from the ArchiMate identifiers, so a newer export of the same model updates
the same nodes in place.
"""

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from graph_api.archimate.mapping import (
    ELEMENT_KINDS,
    STAGE_KIND,
    key_for,
    kind_hint,
    match_rule,
)
from graph_api.archimate.parse import (
    ArchiElement,
    ArchiRelationship,
    ExchangeModel,
    parse_exchange,
)
from graph_api.archimate.report import ImportReport, NotStored
from graph_api.archimate.texts import (
    DEFAULT_LANGUAGE,
    label_and_translations,
    properties_and_attributes,
)
from graph_api.errors import FieldError, ValidationFailed
from graph_api.long_work import off_the_loop
from graph_api.metamodel import NODE_KINDS, find_relationship
from graph_api.model_io import FORMAT, load_model
from graph_api.store.base import SYSTEM, GraphStore, NodeRef

_PARTS = ("Composition", "Aggregation")
_MAX_LEVEL = 3


@dataclass(slots=True)
class _Node:
    element: ArchiElement
    ref: NodeRef
    props: dict[str, Any]
    index: int
    links: dict[str, list[str]] = field(default_factory=dict)


@dataclass(slots=True)
class Mapped:
    """An exchange model as a model document, with the report of what was mapped."""

    document: dict[str, Any]
    report: ImportReport
    locations: dict[str, str]
    """Document path (``capabilities[2]``) -> the element it came from, for errors."""


def _kind_of(element: ArchiElement, stages: set[str]) -> str | None:
    rule = ELEMENT_KINDS.get(element.type)
    if rule is None:
        return None
    if rule.kind == "ValueStream" and (
        element.identifier in stages or kind_hint(element.identifier) == STAGE_KIND
    ):
        return STAGE_KIND
    return rule.kind


def _node(
    element: ArchiElement, kind: str, index: int, report: ImportReport, language: str
) -> _Node:
    key = key_for(element.identifier, kind)
    spec = NODE_KINDS[kind]

    def keep(field_: str, value: str) -> None:
        report.not_stored.append(NotStored(element.identifier, kind, key, field_, value))

    props: dict[str, Any] = {}
    label_and_translations(element, props, spec.label_field, keep, language)
    rule = ELEMENT_KINDS[element.type]
    if rule.team_kind:
        props["kind"] = rule.team_kind
    own = {f.alias or a for a, f in spec.scalar_fields().items()} - {"name", "description"}
    properties_and_attributes(element.properties, props, own, keep, language)
    return _Node(element, NodeRef(kind, key), props, index)


def map_model(model: ExchangeModel, language: str = DEFAULT_LANGUAGE) -> Mapped:
    """Map a parsed exchange model onto the metamodel (nothing is written); names and
    documentation in ``language`` become the nodes' labels and descriptions."""
    report = ImportReport(views=model.views, folders=model.folders)
    by_id = {e.identifier: e for e in model.elements}
    stages = {
        r.target
        for r in model.relationships
        if r.type in _PARTS
        and r.source in by_id
        and r.target in by_id
        and by_id[r.source].type == by_id[r.target].type == "ValueStream"
    }
    nodes: dict[str, _Node] = {}
    unmapped: Counter[str] = Counter()
    for index, element in enumerate(model.elements):
        kind = _kind_of(element, stages)
        if kind is None:
            unmapped[element.type] += 1
            continue
        nodes[element.identifier] = _node(element, kind, index, report, language)
    report.unmapped_elements = dict(sorted(unmapped.items()))
    report.nodes = dict(sorted(Counter(n.ref.kind for n in nodes.values()).items()))

    links: Counter[str] = Counter()
    skipped: Counter[str] = Counter()
    edges: list[tuple[_Node, str, _Node]] = []
    for rel in model.relationships:
        source, target = nodes.get(rel.source), nodes.get(rel.target)
        rule = match_rule(rel.type, source.ref.kind, target.ref.kind) if source and target else None
        if rule is None or source is None or target is None:
            ends = [
                by_id[i].type if i in by_id else "relationship" for i in (rel.source, rel.target)
            ]
            skipped[f"{rel.type} ({ends[0]} -> {ends[1]})"] += 1
            continue
        start, end = (target, source) if rule.reversed else (source, target)
        edges.append((start, rule.type, end))
        triple = f"{start.ref.kind} {rule.type} {end.ref.kind}"
        links[triple] += 1
        _report_relationship_texts(rel, triple, f"{start.ref.key} -> {end.ref.key}", report)
    report.links = dict(sorted(links.items()))
    report.unmapped_relationships = dict(sorted(skipped.items()))
    for start, type_, end in edges:
        spec = find_relationship(start.ref.kind, type_, end.ref.kind)
        assert spec is not None  # match_rule only returns allowed triples
        start.links.setdefault(spec.out_field, []).append(end.ref.key)
    _default_levels(nodes.values(), edges)
    _default_orders(nodes.values(), edges)
    return _document(nodes.values(), report)


def _report_relationship_texts(
    rel: ArchiRelationship, triple: str, ends: str, report: ImportReport
) -> None:
    """A stored link has no properties: a relationship's names, documentation and
    properties are reported."""
    values = [
        *((f"name@{t.lang or '?'}", t.text) for t in rel.names),
        *((f"documentation@{t.lang or '?'}", t.text) for t in rel.documentation),
        *((f"property:{p.name}", p.value) for p in rel.properties),
    ]
    for field_, value in values:
        report.not_stored.append(NotStored(rel.identifier, triple, ends, field_, value))


def _default_levels(nodes: Any, edges: list[tuple[_Node, str, _Node]]) -> None:
    """A capability without a ``level`` property: its depth under PART_OF, at most 3."""
    parent = {
        s.ref.key: t
        for s, type_, t in edges
        if type_ == "PART_OF" and s.ref.kind == t.ref.kind == "Capability"
    }
    for node in nodes:
        if node.ref.kind != "Capability" or "level" in node.props:
            continue
        level, current, seen = 1, node, {node.ref.key}
        while (up := parent.get(current.ref.key)) is not None and up.ref.key not in seen:
            level, current = level + 1, up
            seen.add(up.ref.key)
        node.props["level"] = min(level, _MAX_LEVEL)


def _default_orders(nodes: Any, edges: list[tuple[_Node, str, _Node]]) -> None:
    """A stage without an ``order`` property: its place among its value stream's stages,
    following NEXT (Triggering, Flow), ties in file order; positions start at 1."""
    stages = [n for n in nodes if n.ref.kind == STAGE_KIND]
    stream = {t.ref.key: s.ref.key for s, type_, t in edges if type_ == "HAS_STAGE"}
    incoming: Counter[str] = Counter()
    following: dict[str, list[_Node]] = {}
    for s, type_, t in edges:
        if type_ == "NEXT" and s.ref.kind == STAGE_KIND:
            incoming[t.ref.key] += 1
            following.setdefault(s.ref.key, []).append(t)
    ready = sorted((n for n in stages if not incoming[n.ref.key]), key=lambda n: n.index)
    ranked: list[_Node] = []
    while ready:
        node = ready.pop(0)
        ranked.append(node)
        for nxt in following.get(node.ref.key, []):
            incoming[nxt.ref.key] -= 1
            if not incoming[nxt.ref.key]:
                ready = sorted([*ready, nxt], key=lambda n: n.index)
    ranked += sorted((n for n in stages if n not in ranked), key=lambda n: n.index)  # cycles
    position: Counter[str | None] = Counter()
    for node in ranked:
        group = stream.get(node.ref.key)
        position[group] += 1
        node.props.setdefault("order", position[group])


def _document(nodes: Any, report: ImportReport) -> Mapped:
    document: dict[str, Any] = {"format": FORMAT}
    locations: dict[str, str] = {}
    for node in sorted(nodes, key=lambda n: n.index):
        section = NODE_KINDS[node.ref.kind].plural
        entries: list[dict[str, Any]] = document.setdefault(section, [])
        locations[f"{section}[{len(entries)}]"] = f"element {node.element.identifier}"
        entries.append({"key": node.ref.key, **node.props, **node.links})
    return Mapped(document, report, locations)


_SECTION_PATH = re.compile(r"^(\w+\[\d+\])(.*)$")


def _relocate(errors: list[FieldError], locations: dict[str, str]) -> list[FieldError]:
    """Errors located in the file's terms: ``element id-42.level`` for ``capabilities[3].level``."""
    moved: list[FieldError] = []
    for error in errors:
        match = _SECTION_PATH.match(error.path)
        if match and match.group(1) in locations:
            moved.append(FieldError(locations[match.group(1)] + match.group(2), error.message))
        else:
            moved.append(error)
    return moved


async def import_archimate(
    store: GraphStore,
    text: str,
    source: str = "ArchiMate file",
    *,
    actor: str = SYSTEM,
    language: str = DEFAULT_LANGUAGE,
) -> ImportReport:
    """Import exchange-file text in one atomic write; VALIDATION before anything is written.

    ``language`` is the graph's: names and documentation in it become labels and
    descriptions, the others translations."""
    parsed = await off_the_loop(parse_exchange, text, source)  # keep the loop free
    mapped = await off_the_loop(map_model, parsed, language)
    try:
        summary = await load_model(store, mapped.document, source, actor=actor)
    except ValidationFailed as exc:
        raise ValidationFailed(
            _relocate(exc.errors, mapped.locations), f"{source} cannot be imported"
        ) from exc
    report = mapped.report
    report.created, report.updated = summary.created, summary.updated
    report.unchanged, report.linked = summary.unchanged, summary.linked
    return report
