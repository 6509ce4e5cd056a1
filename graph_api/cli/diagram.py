"""``graph-api diagram``: journeys, service blueprints and impact as Mermaid text.

The same diagrams as the GraphQL fields ``journeyDiagram``, ``serviceBlueprintDiagram``
and ``impactDiagram``, drawn by the same functions (:mod:`graph_api.diagrams`) from the
same traversals, read straight from the store as ``graph-api export`` does. Their
arguments name nodes by the API's rule (:mod:`graph_api.graphql.ids`): a global ID,
``Kind:key`` or a key.
"""

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Annotated

import typer
from rich.markup import escape

from graph_api.cli.console import errors
from graph_api.cli.on_store import on_store
from graph_api.cli.settings import StoreOption, settings_for
from graph_api.diagrams import (
    blueprint_diagram,
    blueprint_refs,
    impact_diagram,
    impact_refs,
    journey_diagram,
    journey_refs,
    read_labels,
)
from graph_api.errors import GraphApiError, NotFound, ValidationFailed
from graph_api.graphql.argument_checks import key_of
from graph_api.graphql.ids import ANY_KIND_FORMS, of_kind_forms, resolve_node
from graph_api.metamodel.kinds import INT_MAX
from graph_api.store.base import GraphStore
from graph_api.traversals import IMPACT, SERVICE_BLUEPRINT
from graph_api.traversals.evidence_age import EvidenceAge
from graph_api.traversals.evidence_window import today
from graph_api.traversals.impact.graphql import MAX_DEPTH
from graph_api.traversals.impact.result import ImpactQuery
from graph_api.traversals.service_blueprint.result import ServiceBlueprint

diagram_app = typer.Typer(
    help="Diagrams as Mermaid text (journey, service blueprint, impact), printed to stdout.",
    no_args_is_help=True,
)
JourneyKey = Annotated[
    str, typer.Argument(help=f"The journey: {of_kind_forms('Journey').replace('`', '')}.")
]


def _print(store: str | None, draw: Callable[[GraphStore], Awaitable[str]]) -> None:
    """Open the store, draw, print the text; a clear message and exit 1 on an error."""
    settings = settings_for(store)
    try:
        text = on_store(settings, draw)
    except ValidationFailed as exc:
        # Escaped: the message quotes the argument, which may hold [markup] of its own.
        for error in exc.errors:
            errors.print(f"[red]{exc.code}:[/red] {escape(str(error))}", highlight=False)
        raise typer.Exit(1) from exc
    except GraphApiError as exc:
        errors.print(f"[red]{exc.code}:[/red] {escape(exc.message)}", highlight=False)
        raise typer.Exit(1) from exc
    typer.echo(text, nl=False)


async def _blueprint(source: GraphStore, journey: str) -> ServiceBlueprint:
    key = key_of(journey, "Journey", "KEY")
    blueprint = await source.traverse(SERVICE_BLUEPRINT, key)
    if blueprint is None:
        raise NotFound("Journey", key)
    return blueprint


@diagram_app.command("journey")
def journey(key: JourneyKey, store: StoreOption = None) -> None:
    """A journey as a Mermaid `journey` diagram (a section per stage, a task per step)."""

    async def draw(source: GraphStore) -> str:
        blueprint = await _blueprint(source, key)
        return journey_diagram(blueprint, await read_labels(source, journey_refs(blueprint)))

    _print(store, draw)


@diagram_app.command("blueprint")
def blueprint(
    key: JourneyKey,
    store: StoreOption = None,
    stale_evidence: Annotated[
        bool,
        typer.Option(
            "--stale-evidence",
            help="Mark the steps whose evidence is all older than the age "
            "(serviceBlueprintDiagram's staleEvidence).",
        ),
    ] = False,
    max_age_days: Annotated[
        int | None,
        typer.Option(
            "--max-age-days",
            min=0,
            max=INT_MAX,
            help="With --stale-evidence: the age in days (GRAPH_API_EVIDENCE_MAX_AGE_DAYS "
            "unless given).",
        ),
    ] = None,
    as_of: Annotated[
        datetime | None,
        typer.Option(
            "--as-of",
            formats=["%Y-%m-%d"],
            help="With --stale-evidence: the day the age counts back from (today, UTC).",
        ),
    ] = None,
) -> None:
    """A journey's service blueprint as a Mermaid flowchart (a subgraph per lane, gaps
    marked; with --stale-evidence, steps whose evidence is stale too)."""
    age = None
    if stale_evidence:
        days = settings_for(store).evidence_max_age_days if max_age_days is None else max_age_days
        age = EvidenceAge(as_of.date() if as_of else today(), days)

    async def draw(source: GraphStore) -> str:
        result = await _blueprint(source, key)
        return blueprint_diagram(result, await read_labels(source, blueprint_refs(result)), age)

    _print(store, draw)


@diagram_app.command("impact")
def impact(
    node: Annotated[
        str,
        typer.Argument(
            metavar="NODE",
            help=f"The node that changes: {ANY_KIND_FORMS.replace('`', '')}.",
        ),
    ],
    depth: Annotated[
        int,
        typer.Option("--depth", min=1, max=MAX_DEPTH, help="The longest chain to follow."),
    ] = 6,
    store: StoreOption = None,
) -> None:
    """What a change to a node hits, as a Mermaid flowchart of the explaining chains."""

    async def draw(source: GraphStore) -> str:
        start = await resolve_node(source, node, "NODE")
        if not await source.get_nodes(start.kind, [start.key]):
            raise NotFound(start.kind, start.key)
        rows = await source.traverse(IMPACT, ImpactQuery(start, depth))
        return impact_diagram(start, rows, await read_labels(source, impact_refs(start, rows)))

    _print(store, draw)
