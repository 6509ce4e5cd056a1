"""Reading a model document into a bulk plan, checked whole before anything is written.

The plan itself (:class:`~graph_api.store.bulk_plan.BulkPlan`) is the stores' business:
each writes one its own fast way. Here a document becomes one, if it passes everything
``graph-api seed`` checks and is self-contained (every link joins two of its nodes).
"""

from dataclasses import replace
from typing import Any

from graph_api.errors import FieldError
from graph_api.metamodel import NODE_KINDS, RELATIONSHIPS, RelationshipSpec, find_relationship
from graph_api.model_io import read_model
from graph_api.store import capability_levels
from graph_api.store.base import UpsertNode
from graph_api.store.bulk_plan import BulkPlan, refused


def plan_model(document: Any) -> BulkPlan:
    """Read and check ``document``; raises VALIDATION listing every problem."""
    draft = read_model(document)
    outside = [
        FieldError(
            path,
            f"{ref} is not in the file: a bulk load takes a self-contained model "
            "(link to nodes already stored with `graph-api seed`)",
        )
        for ref, path in draft.external.items()
    ]
    errors = draft.in_document_order([*draft.errors, *outside])
    if errors:
        raise refused(errors, "invalid model")
    nodes: dict[str, list[UpsertNode]] = {kind: [] for kind in NODE_KINDS}
    for op in draft.nodes.values():
        nodes[op.kind].append(op)
    links: dict[RelationshipSpec, list[tuple[str, str]]] = {spec: [] for spec in RELATIONSHIPS}
    identifiers: dict[RelationshipSpec, dict[tuple[str, str], str]] = {}
    for link in draft.links:
        spec = find_relationship(link.source.kind, link.type, link.target.kind)
        if spec is None:  # cannot happen: the reader only makes allowed links
            raise ValueError(f"no relationship {link}")
        pair = (link.source.key, link.target.key)
        links[spec].append(pair)
        if (identifier := draft.link_identifiers.get(link)) is not None:
            identifiers.setdefault(spec, {})[pair] = identifier
    _derive_levels(nodes, links)
    return BulkPlan(
        {kind: ops for kind, ops in nodes.items() if ops},
        {spec: pairs for spec, pairs in links.items() if pairs},
        identifiers,
    )


def _derive_levels(
    nodes: dict[str, list[UpsertNode]], links: dict[RelationshipSpec, list[tuple[str, str]]]
) -> None:
    """Each capability's level from the plan's hierarchy (the plan holds every whole)."""
    hierarchy = find_relationship(
        capability_levels.KIND, capability_levels.HIERARCHY, capability_levels.KIND
    )
    wholes = dict(links.get(hierarchy, [])) if hierarchy else {}
    capabilities = nodes.get(capability_levels.KIND, [])
    levels = capability_levels.derived_levels({op.key: wholes.get(op.key) for op in capabilities})
    nodes[capability_levels.KIND] = [
        replace(op, props={**op.props, capability_levels.LEVEL: levels[op.key]})
        for op in capabilities
    ]
