"""Importing an exchange file: parse, map (graph_api.archimate.mapping), load atomically.

The file becomes a model document (docs/model-format.md) and goes through the model
loader, so the import is one atomic write (a bad file writes nothing) and idempotent:
keys come from the ArchiMate identifiers, so a newer export of the same model updates
the same nodes in place.
"""

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from graph_api.archimate.derived import derived_orders
from graph_api.archimate.elements import MappedNode, kind_of, mapped_node
from graph_api.archimate.junctions import resolve_junctions
from graph_api.archimate.links import Edge, MappedLinks, map_links
from graph_api.archimate.mapping import STAGE_KIND
from graph_api.archimate.parse import ExchangeModel, parse_exchange
from graph_api.archimate.report import ImportReport
from graph_api.archimate.standard import JUNCTIONS, NOT_IMPORTED
from graph_api.archimate.texts import DEFAULT_LANGUAGE
from graph_api.archimate.view_import import VIEW_KIND, MappedView, map_views
from graph_api.errors import FieldError, ValidationFailed
from graph_api.long_work import off_the_loop
from graph_api.metamodel import NODE_KINDS, find_relationship
from graph_api.model_io import FORMAT, load_model
from graph_api.store.base import SYSTEM, GraphStore

_PARTS = ("Composition", "Aggregation")


@dataclass(slots=True)
class Mapped:
    """An exchange model as a model document, with the report of what was mapped."""

    document: dict[str, Any]
    report: ImportReport
    locations: dict[str, str]
    """Document path (``capabilities[2]``) -> the element it came from, for errors."""


def map_model(
    model: ExchangeModel, language: str = DEFAULT_LANGUAGE, source: str = "ArchiMate file"
) -> Mapped:
    """Map a parsed exchange model onto the metamodel (nothing is written); names and
    documentation in ``language`` become the nodes' labels and descriptions."""
    report = ImportReport(
        folders=model.folders,
        elements=len(model.elements),
        relationships=len(model.relationships),
    )
    by_id = {e.identifier: e for e in model.elements}
    stages = {
        r.target
        for r in model.relationships
        if r.type in _PARTS
        and r.source in by_id
        and r.target in by_id
        and by_id[r.source].type == by_id[r.target].type == "ValueStream"
    }
    nodes: dict[str, MappedNode] = {}
    unmapped: Counter[str] = Counter()
    for index, element in enumerate(model.elements):
        kind = kind_of(element, stages)
        if kind is None:
            unmapped[element.type] += 1
            report.reasons[element.type] = NOT_IMPORTED.get(
                element.type, f"{element.type} is no element type of ArchiMate 3.2"
            )
            continue
        nodes[element.identifier] = mapped_node(element, kind, index, report, language)
    report.unmapped_elements = dict(sorted(unmapped.items()))
    report.nodes = dict(sorted(Counter(n.ref.kind for n in nodes.values()).items()))

    junctions = {e.identifier for e in model.elements if e.type in JUNCTIONS}
    resolved, unresolved = resolve_junctions(model.relationships, junctions, source)
    mapped = map_links(resolved, unresolved, by_id, nodes, report)
    report.relationships_imported = sum(
        1 for r in model.relationships if r.identifier in mapped.imported
    )
    linked = _link_nodes(mapped)
    _default_orders(nodes.values(), mapped.edges)
    views = map_views(model.views, by_id, nodes, linked, report, language)
    return _document(nodes.values(), views, report)


def _link_nodes(mapped: MappedLinks) -> set[str]:
    """Give each edge's source its link (with the identifier of the relationship it stands
    for, where one does): the identifiers kept on links."""
    linked: set[str] = set()
    written: dict[tuple[str, str, str], int] = {}
    for index, (start, type_, end) in enumerate(mapped.edges):
        spec = find_relationship(start.ref.kind, type_, end.ref.kind)
        assert spec is not None  # map_links only returns allowed triples
        targets = start.links.setdefault(spec.out_field, [])
        at = (start.element.identifier, spec.out_field, end.ref.key)
        identifier = mapped.identifiers.get(index)
        if at not in written:
            written[at] = len(targets)
            targets.append(end.ref.key)
        if identifier is None or not isinstance(targets[written[at]], str):
            continue  # the link keeps the first relationship's identifier
        targets[written[at]] = {"key": end.ref.key, "identifier": identifier}
        linked.add(identifier)
    return linked


def _default_orders(nodes: Iterable[MappedNode], edges: list[Edge]) -> None:
    """A stage without an ``order`` property: its place among its value stream's stages,
    following NEXT (Triggering, Flow), ties in file order."""
    stages = sorted((n for n in nodes if n.ref.kind == STAGE_KIND), key=lambda n: n.index)
    stream = {t.ref.key: s.ref.key for s, type_, t in edges if type_ == "HAS_STAGE"}
    following = [
        (s.ref.key, t.ref.key)
        for s, type_, t in edges
        if type_ == "NEXT" and s.ref.kind == STAGE_KIND
    ]
    orders = derived_orders([n.ref.key for n in stages], stream, following)
    for node in stages:
        node.props.setdefault("order", orders[node.ref.key])


def _document(nodes: Iterable[MappedNode], views: list[MappedView], report: ImportReport) -> Mapped:
    document: dict[str, Any] = {"format": FORMAT}
    locations: dict[str, str] = {}
    for node in sorted(nodes, key=lambda n: n.index):
        section = NODE_KINDS[node.ref.kind].plural
        entries: list[dict[str, Any]] = document.setdefault(section, [])
        locations[f"{section}[{len(entries)}]"] = f"element {node.element.identifier}"
        entries.append({"key": node.ref.key, **node.props, **node.links})
    if views:
        section = NODE_KINDS[VIEW_KIND].plural
        document[section] = [view.entry for view in views]
        for index, view in enumerate(views):
            locations[f"{section}[{index}]"] = f"view {view.view.identifier}"
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
    mapped = await off_the_loop(map_model, parsed, language, source)
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
