"""``painfulSteps``: steps that hurt, with what serves them and who works on them."""

from typing import Annotated

import strawberry
from strawberry.types import Info

from graph_api.errors import FieldError
from graph_api.graphql.argument_checks import (
    check_first,
    optional_key,
    raise_if,
    require_node,
)
from graph_api.graphql.arguments import JourneyId, MinSeverity
from graph_api.graphql.costs import FieldCost
from graph_api.graphql.ids import of_kind_forms
from graph_api.graphql.loading import NodesRead, keys_by_kind, read_selected, selected_names
from graph_api.graphql.types.node_types import (
    BacklogItem,
    PainPoint,
    Process,
    Service,
    Step,
    System,
    TechnologyNode,
    Touchpoint,
)
from graph_api.traversals.description import Traversal
from graph_api.traversals.painful_steps import cypher, memory
from graph_api.traversals.painful_steps.result import (
    PainfulStepRow,
    PainfulStepsQuery,
    PainPointEvidence,
    ServingSystem,
)

PersonaFilter = Annotated[
    strawberry.ID | None,
    strawberry.argument(
        description=f"Only steps of the journeys for this persona ({of_kind_forms('Persona')})."
    ),
]
ChannelFilter = Annotated[
    strawberry.ID | None,
    strawberry.argument(
        description=f"Only steps with a touchpoint on this channel ({of_kind_forms('Channel')})."
    ),
]
# The first release's name for the channel filter, kept for the clients that use it; it
# takes the same forms as channelId.
ChannelKey = Annotated[
    str | None,
    strawberry.argument(
        description="Only steps with a touchpoint on this channel; the same as `channelId`.",
        deprecation_reason="Use `channelId`, which takes the same values.",
    ),
]
FirstRows = Annotated[
    int | None,
    strawberry.argument(
        description="Return only the first rows (0 up to the maximum page size); all if omitted."
    ),
]


@strawberry.type(description="A pain point of a painful step, with how much evidence backs it.")
class PainPointWithEvidence:
    item: strawberry.Private[PainPointEvidence]
    nodes: strawberry.Private[NodesRead]

    @strawberry.field(description="The pain point.")
    def pain_point(self) -> PainPoint:
        return self.nodes.one(PainPoint, self.item.pain_point_key)

    @strawberry.field(description="How many pieces of evidence SUPPORT the pain point.")
    def evidence_count(self) -> int:
        return self.item.evidence_count


@strawberry.type(
    name="ServingSystem",
    description="A system serving a painful step (used by a process that serves the step "
    "or one of its touchpoints) and what it depends on, one hop away (`impact` follows "
    "dependencies all the way).",
)
class ServingSystemEntry:
    item: strawberry.Private[ServingSystem]
    nodes: strawberry.Private[NodesRead]

    @strawberry.field(description="The serving system.")
    def system(self) -> System:
        return self.nodes.one(System, self.item.system_key)

    @strawberry.field(
        description="The systems that SERVE it, directly or through an interface they "
        "EXPOSE, by key."
    )
    def served_by(self) -> list[System]:
        return self.nodes.many(System, self.item.served_by)

    @strawberry.field(description="The systems that send it data (FLOWS_TO it), by key.")
    def receives_from(self) -> list[System]:
        return self.nodes.many(System, self.item.receives_from)

    @strawberry.field(description="The technology it is DEPLOYED_ON, by key.")
    def deployed_on(self) -> list[TechnologyNode]:
        return self.nodes.many(TechnologyNode, self.item.deployed_on)

    @strawberry.field(description="The technology it USES (a platform, a network), by key.")
    def uses_technology(self) -> list[TechnologyNode]:
        return self.nodes.many(TechnologyNode, self.item.uses_technology)

    @strawberry.field(
        description="The services it USES (a technology service, another system's service), by key."
    )
    def uses_services(self) -> list[Service]:
        return self.nodes.many(Service, self.item.uses_services)


@strawberry.type(description="A step whose pain reached the threshold, with what serves it.")
class PainfulStep:
    row: strawberry.Private[PainfulStepRow]
    nodes: strawberry.Private[NodesRead]

    @strawberry.field(description="The painful step.")
    def step(self) -> Step:
        return self.nodes.one(Step, self.row.step_key)

    @strawberry.field(
        description="The highest severity among the pain points on the step or its touchpoints."
    )
    def pain(self) -> int:
        return self.row.pain

    @strawberry.field(
        description="The pain points on the step or on any of its touchpoints, by key."
    )
    def pain_points(self) -> list[PainPoint]:
        return self.nodes.many(PainPoint, self.row.pain_point_keys)

    @strawberry.field(
        description="The same pain points as `painPoints` (same order), each with the number "
        "of pieces of evidence supporting it."
    )
    def pain_points_with_evidence(self) -> list[PainPointWithEvidence]:
        return [
            PainPointWithEvidence(item=item, nodes=self.nodes)
            for item in self.row.pain_point_evidence
        ]

    @strawberry.field(description="The step's touchpoints (each with its channel), by key.")
    def touchpoints(self) -> list[Touchpoint]:
        return self.nodes.many(Touchpoint, self.row.touchpoint_keys)

    @strawberry.field(
        description="The processes serving the step directly or through its touchpoints "
        "(each with its capabilities, systems and owners), by key."
    )
    def processes(self) -> list[Process]:
        return self.nodes.many(Process, self.row.process_keys)

    @strawberry.field(
        description="The backlog items already addressing the step or any of its pain "
        "points, by priority (1 first, no priority last), then key."
    )
    def backlog_items(self) -> list[BacklogItem]:
        return self.nodes.many(BacklogItem, self.row.backlog_item_keys)

    @strawberry.field(
        description="The systems the serving processes use, by key, each with the systems "
        "and technology it depends on. Optional: only an operation that selects this field "
        "has the store walk the dependencies."
    )
    def serving_systems(self) -> list[ServingSystemEntry]:
        found = self.row.serving_systems or []
        return [ServingSystemEntry(item=item, nodes=self.nodes) for item in found]


# The fields that answer nodes, and the kind each answers: what is read before answering.
NODE_FIELDS: dict[str, str] = {
    "step": "Step",
    "painPoints": "PainPoint",
    "painPoint": "PainPoint",
    "touchpoints": "Touchpoint",
    "processes": "Process",
    "backlogItems": "BacklogItem",
    "system": "System",
    "servedBy": "System",
    "receivesFrom": "System",
    "deployedOn": "TechnologyNode",
    "usesTechnology": "TechnologyNode",
    "usesServices": "Service",
}
SERVING_SYSTEMS = "servingSystems"
"""The optional part of the answer: walked only when an operation selects it."""


def _keys(rows: list[PainfulStepRow]) -> dict[str, list[str | None]]:
    keys = keys_by_kind(NODE_FIELDS)
    for row in rows:
        keys["Step"].append(row.step_key)
        keys["PainPoint"] += row.pain_point_keys
        keys["PainPoint"] += (item.pain_point_key for item in row.pain_point_evidence)
        keys["Touchpoint"] += row.touchpoint_keys
        keys["Process"] += row.process_keys
        keys["BacklogItem"] += row.backlog_item_keys
        for system in row.serving_systems or []:
            keys["System"] += [system.system_key, *system.served_by, *system.receives_from]
            keys["TechnologyNode"] += [*system.deployed_on, *system.uses_technology]
            keys["Service"] += system.uses_services
    return keys


async def resolve_painful_steps(
    info: Info,
    journey_id: JourneyId = None,
    persona_id: PersonaFilter = None,
    channel_id: ChannelFilter = None,
    channel_key: ChannelKey = None,
    min_severity: MinSeverity = 4,
    first: FirstRows = None,
) -> list[PainfulStep]:
    errors: list[FieldError] = []
    journey = optional_key(journey_id, "Journey", "journeyId", errors)
    persona = optional_key(persona_id, "Persona", "personaId", errors)
    channel = optional_key(channel_id, "Channel", "channelId", errors)
    if channel_key is not None:
        if channel_id is not None:
            errors.append(FieldError("channelKey", "give channelId or channelKey, not both"))
        channel = optional_key(channel_key, "Channel", "channelKey", errors)
    if not 1 <= min_severity <= 5:
        errors.append(FieldError("minSeverity", "must be between 1 and 5"))
    errors += check_first(info, first)
    raise_if(errors)
    await require_node(info, "Journey", journey)
    await require_node(info, "Persona", persona)
    await require_node(info, "Channel", channel)
    with_systems = SERVING_SYSTEMS in selected_names(info)
    query = PainfulStepsQuery(journey, persona, channel, min_severity, first, with_systems)
    rows = await info.context.store.traverse(TRAVERSAL, query)
    # One batch per kind the selection asks for; the rows then answer without awaits.
    nodes = await read_selected(info, TRAVERSAL.node_fields, _keys(rows))
    return [PainfulStep(row=row, nodes=nodes) for row in rows]


TRAVERSAL = Traversal(
    name="painfulSteps",
    cypher=cypher.painful_steps,
    in_memory=memory.painful_steps,
    field=strawberry.field(
        resolver=resolve_painful_steps,
        description="Steps whose pain (the highest severity of the pain points on the "
        "step or on its touchpoints) is at least `minSeverity`, most painful first, "
        "ties by step key. The filters combine: `journeyId` keeps a journey's steps, "
        "`personaId` the steps of the persona's journeys, `channelId` the steps with a "
        "touchpoint on that channel (NOT_FOUND if any of them names no node); `first` "
        "keeps the first rows. `servingSystems`, when selected, adds what the systems "
        "serving each step depend on.",
    ),
    cost=FieldCost(1_000),
    node_fields=NODE_FIELDS,
)
"""The traversal, as :data:`graph_api.traversals.TRAVERSALS` registers it."""
