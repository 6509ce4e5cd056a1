"""Whole-model exchange for integrators: ``exportModel`` and ``importModel``.

Both speak the model-file format (docs/model-format.md) in YAML or JSON; an import is
one atomic write, so a bad document changes nothing and lists every error.
"""

from typing import Annotated, Any

import strawberry
from strawberry.types import Info

from graph_api.graphql.costs import FieldCost
from graph_api.long_work import off_the_loop
from graph_api.model_io import ModelFormat, dump_document, export_model, load_model, parse_text
from graph_api.security.authorization import needs
from graph_api.security.roles import Role

GraphQLModelFormat = strawberry.enum(ModelFormat, description="How a model document is written.")

FormatArgument = Annotated[
    ModelFormat, strawberry.argument(description="YAML (the default) or JSON.")
]
DocumentArgument = Annotated[
    str, strawberry.argument(description="A model document (docs/model-format.md).")
]


@strawberry.type(description="What an import did.")
class ImportResult:
    created: int = strawberry.field(description="Nodes that did not exist before.")
    updated: int = strawberry.field(description="Nodes whose properties changed.")
    unchanged: int = strawberry.field(description="Nodes the document left as they were.")
    linked: int = strawberry.field(description="Relationships added.")


async def _export_model(info: Info, format: FormatArgument = ModelFormat.YAML) -> str:
    return dump_document(await export_model(info.context.store), format)


async def _import_model(
    info: Info, document: DocumentArgument, format: FormatArgument = ModelFormat.YAML
) -> ImportResult:
    # Parsing a large document takes seconds: in a worker thread, off the event loop.
    document_value = await off_the_loop(parse_text, document, format, "document")
    actor = info.context.principal.subject
    summary = await load_model(info.context.store, document_value, actor=actor)
    return ImportResult(
        created=summary.created,
        updated=summary.updated,
        unchanged=summary.unchanged,
        linked=summary.linked,
    )


QUERY_FIELDS: dict[str, Any] = {
    "export_model": strawberry.field(
        resolver=_export_model,
        description="The whole graph as a model document: importing it into an empty "
        "store and exporting again gives the same document.",
    ),
}

QUERY_COSTS = {"exportModel": FieldCost(10_000)}
"""What the export costs towards an operation's limit: it reads the whole graph."""
MUTATION_FIELDS: dict[str, Any] = {
    "import_model": strawberry.mutation(
        resolver=_import_model,
        metadata=needs(Role.ADMIN),
        description="Upsert a whole model document in one atomic write: nodes are created "
        "or updated and links added; nothing is deleted. A bad document writes nothing "
        "and VALIDATION lists every error with its location.",
    ),
}

__all__ = ["MUTATION_FIELDS", "QUERY_COSTS", "QUERY_FIELDS", "GraphQLModelFormat", "ImportResult"]
