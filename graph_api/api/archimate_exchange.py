"""ArchiMate exchange files for integrators: ``exportArchimate`` and ``importArchimate``.

The export is a whole-model read, weighed in the cost model like ``exportModel``. See
docs/archimate.md. An import is one atomic write through the model loader; a file
that is malformed, not ArchiMate, or declares a DTD (entity expansion) writes nothing.
"""

from typing import Annotated, Any

import strawberry
from strawberry.types import Info

from graph_api.archimate import ImportReport, export_archimate, import_archimate
from graph_api.graphql.costs import FieldCost
from graph_api.security.authorization import needs
from graph_api.security.roles import Role

XmlArgument = Annotated[
    str,
    strawberry.argument(
        description="An ArchiMate 3.x Model Exchange File (namespace "
        "http://www.opengroup.org/xsd/archimate/3.0/) as XML text; DTDs are refused."
    ),
]


@strawberry.type(description="A count of one thing an ArchiMate import saw.")
class ArchimateCount:
    name: str = strawberry.field(
        description="A node kind, a stored triple ('Process USES System'), an ArchiMate "
        "element type, or 'Type (SourceType -> TargetType)' for a relationship."
    )
    count: int = strawberry.field(description="How many the file held.")
    reason: str | None = strawberry.field(
        default=None,
        description="For what is not imported: why (null for what is).",
    )


@strawberry.type(
    description="A value of the file the import could not keep: a text without a language "
    "beside the main one, a second text in one language, a property value in another "
    "language, an entry beyond the limits (50 translations, 100 attributes), or a name, "
    "documentation or property of a relationship (links carry none)."
)
class ArchimateNotStored:
    identifier: str = strawberry.field(
        description="The ArchiMate identifier of the element or relationship."
    )
    kind: str = strawberry.field(
        description="The node kind the element became, or the stored triple of a "
        "relationship ('Process USES System')."
    )
    key: str = strawberry.field(
        description="The key of that node, or 'source key -> target key' of a relationship."
    )
    field: str = strawberry.field(
        description="What it is: 'name@?', 'documentation@fr', 'property:<name>' or "
        "'property:<name>@<language>'."
    )
    value: str = strawberry.field(description="The value, as the file gives it.")


@strawberry.type(description="What an ArchiMate import mapped, left out and wrote.")
class ArchimateImportReport:
    nodes: list[ArchimateCount] = strawberry.field(description="Mapped elements per node kind.")
    links: list[ArchimateCount] = strawberry.field(
        description="Mapped relationships per stored triple."
    )
    unmapped_elements: list[ArchimateCount] = strawberry.field(
        description="Elements per ArchiMate type that map to no node kind (not imported)."
    )
    unmapped_relationships: list[ArchimateCount] = strawberry.field(
        description="Relationships not imported, per type and end types."
    )
    not_stored: list[ArchimateNotStored] = strawberry.field(
        description="Values the import could not keep: reported, not stored. Names and "
        "documentation in other languages become translations, and properties that "
        "are not the kind's become attributes."
    )
    elements: int = strawberry.field(description="Elements in the file, junctions included.")
    relationships: int = strawberry.field(description="Relationships in the file.")
    relationships_imported: int = strawberry.field(
        description="Relationships of the file that are part of a stored link (one into "
        "or out of a junction is, when a link it stands for is stored)."
    )
    views: int = strawberry.field(
        description="Views (diagrams) in the file, each imported as a View node."
    )
    boxes_without_node: int = strawberry.field(
        description="Boxes of views drawing an element that is not imported: kept as "
        "plain boxes (labelled with the element's name)."
    )
    lines_without_link: int = strawberry.field(
        description="Lines of views drawing a relationship that is not stored as a link "
        "of its own: kept as plain lines."
    )
    folders: int = strawberry.field(
        description="Folders of the file's organizations: not imported."
    )
    created: int = strawberry.field(description="Nodes that did not exist before.")
    updated: int = strawberry.field(description="Nodes whose properties changed.")
    unchanged: int = strawberry.field(description="Nodes the file left as they were.")
    linked: int = strawberry.field(description="Relationships added.")


def _counts(counts: dict[str, int], reasons: dict[str, str] | None = None) -> list[ArchimateCount]:
    why = reasons or {}
    return [ArchimateCount(name=name, count=n, reason=why.get(name)) for name, n in counts.items()]


def to_graphql(report: ImportReport) -> ArchimateImportReport:
    return ArchimateImportReport(
        nodes=_counts(report.nodes),
        links=_counts(report.links),
        unmapped_elements=_counts(report.unmapped_elements, report.reasons),
        unmapped_relationships=_counts(report.unmapped_relationships, report.reasons),
        not_stored=[
            ArchimateNotStored(
                identifier=v.identifier, kind=v.kind, key=v.key, field=v.field, value=v.value
            )
            for v in report.not_stored
        ],
        elements=report.elements,
        relationships=report.relationships,
        relationships_imported=report.relationships_imported,
        views=report.views,
        boxes_without_node=report.boxes_without_node,
        lines_without_link=report.lines_without_link,
        folders=report.folders,
        created=report.created,
        updated=report.updated,
        unchanged=report.unchanged,
        linked=report.linked,
    )


async def _import_archimate(info: Info, xml: XmlArgument) -> ArchimateImportReport:
    actor = info.context.principal.subject
    language = info.context.settings.model_language
    report = await import_archimate(info.context.store, xml, "xml", actor=actor, language=language)
    return to_graphql(report)


async def _export_archimate(info: Info) -> str:
    return await export_archimate(info.context.store, info.context.settings.model_language)


QUERY_FIELDS: dict[str, Any] = {
    "export_archimate": strawberry.field(
        resolver=_export_archimate,
        description="The mapped part of the graph (capabilities, value streams and their "
        "stages, processes, systems, teams, services, interfaces, channels, data objects, "
        "technology nodes, events, backlog items and the relationships between them) as "
        "an ArchiMate 3.1 exchange file, each node as the ArchiMate type it was imported "
        "as: importing it into an empty store gives the same nodes and links.",
    ),
}

QUERY_COSTS = {"exportArchimate": FieldCost(10_000)}
"""What the export costs towards an operation's limit: it reads the whole graph."""
MUTATION_FIELDS: dict[str, Any] = {
    "import_archimate": strawberry.mutation(
        resolver=_import_archimate,
        metadata=needs(Role.ADMIN),
        description="Import an ArchiMate exchange file in one atomic write (admin): "
        "mapped elements are upserted by keys derived from their identifiers and "
        "relationships added; nothing is deleted. Returns what was mapped and what was "
        "not. A malformed or non-ArchiMate file writes nothing (VALIDATION).",
    ),
}

__all__ = ["MUTATION_FIELDS", "QUERY_COSTS", "QUERY_FIELDS", "ArchimateImportReport"]
